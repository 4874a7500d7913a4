"""`bubblegum backup` and `bubblegum restore`: a whole installation in one file."""

from __future__ import annotations

from pathlib import Path

import typer


def backup(output: Path = typer.Option(..., "-o", "--output", help="The .tar.gz to write (mode 600)")) -> None:
    """Back up the database, every stored file and the generated secret key into one file."""
    from bubblegum.services.backups import backup as run_backup

    report = run_backup(output)
    typer.echo(f"backed up the database and {report.objects} files to {report.path} "
               f"({report.bytes / 1e6:.1f} MB) in {report.seconds:.1f} s")


def restore(archive: Path = typer.Argument(..., exists=True, dir_okay=False, help="A file made by bubblegum backup")) -> None:
    """Restore a backup into this installation, which must have no accounts yet."""
    from bubblegum.services.backups import restore as run_restore
    from bubblegum.services.errors import ServiceError

    try:
        report = run_restore(archive)
    except ServiceError as error:
        typer.echo(error.message, err=True)
        raise typer.Exit(1) from None
    typer.echo(f"restored the database and {report.objects} files from {report.path} in {report.seconds:.1f} s")
