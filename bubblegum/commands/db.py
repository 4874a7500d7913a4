"""`bubblegum db ...`: schema migrations through Alembic."""

from __future__ import annotations

import typer

app = typer.Typer(help="Database schema migrations.", no_args_is_help=True)


@app.command()
def upgrade(revision: str = typer.Argument("head")) -> None:
    """Apply migrations up to REVISION (default: head)."""
    from bubblegum.services.migrations import upgrade as run_upgrade

    run_upgrade(revision)
    typer.echo(f"database at {revision}")


@app.command()
def downgrade(revision: str) -> None:
    """Revert migrations down to REVISION."""
    from bubblegum.services.migrations import downgrade as run_downgrade

    run_downgrade(revision)
    typer.echo(f"database at {revision}")


@app.command()
def current() -> None:
    """Show the database's current revision."""
    from bubblegum.services.migrations import current_revision

    typer.echo(current_revision() or "empty")
