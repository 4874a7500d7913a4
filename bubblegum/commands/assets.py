"""`bubblegum assets add|list`: a project's image library from the command line.

PROJECT is the site's slug. Run on the server, the commands act as an owner of the
project's organization; `--as EMAIL` acts as that person, through the same role checks
as the editor. Files go through exactly the validation the editor's upload uses.
"""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(help="Upload and list a project's images.", no_args_is_help=True)

AS_USER = typer.Option(None, "--as", help="Act as this person (their role applies).")


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def project_and_actor(session, slug: str, as_user: str | None) -> tuple[int, int]:
    """(project id, acting user id): `--as` names the person, else the organization's first owner."""
    from sqlmodel import select

    from bubblegum.models import Membership, Project, Role, User

    project = session.exec(select(Project).where(Project.slug == slug, Project.deleted_at.is_(None))).first()
    if project is None:
        _fail(f"no site with the slug {slug!r}")
    if as_user:
        user = session.exec(select(User).where(User.email == as_user.strip().lower())).first()
        if user is None:
            _fail(f"no user {as_user!r}")
        return project.id, user.id
    owner = session.exec(select(Membership).where(Membership.organization_id == project.organization_id,
                                                  Membership.role == Role.owner.value).order_by(Membership.id)).first()
    if owner is None:
        _fail("the site's organization has no owner to act as; use --as EMAIL")
    return project.id, owner.user_id


@app.command("add")
def add(
    project: str = typer.Argument(..., help="The site's slug."),
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    wait: bool = typer.Option(True, help="Make the responsive variants now (else a worker does)."),
    as_user: str | None = AS_USER,
) -> None:
    """Upload FILES into the project's asset library."""
    from rich.progress import Progress

    from bubblegum.db import session_scope
    from bubblegum.services import assets, jobs
    from bubblegum.services.errors import ServiceError

    added, job_ids, failed = [], [], 0
    with Progress() as bar:
        task = bar.add_task("Uploading", total=len(files) * (2 if wait else 1))
        for path in files:
            bar.update(task, description=f"Checking {path.name}")
            try:
                with session_scope() as session:
                    project_id, user_id = project_and_actor(session, project, as_user)
                    result = assets.upload_asset(session, user_id, project_id, path.name, path.read_bytes())
                added.append((path.name, result.asset.id))
                if result.job_id:
                    job_ids.append((path.name, result.job_id))
                elif wait:
                    bar.advance(task)
            except ServiceError as error:
                failed += 1
                bar.console.print(f"[red]refused[/red] {path.name}: {error.message}")
                if wait:
                    bar.advance(task)
            bar.advance(task)
        if wait:
            for name, job_id in job_ids:
                bar.update(task, description=f"Resizing {name}")
                job = jobs.run_job_now(job_id)
                if job.status != "done":
                    failed += 1
                    bar.console.print(f"[red]variants failed[/red] {name}: {job.error}")
                bar.advance(task)
    for name, asset_id in added:
        typer.echo(f"added {name} as asset:{asset_id}")
    if not wait and job_ids:
        typer.echo(f"{len(job_ids)} variant job(s) queued; `bubblegum worker` will make them")
    if failed:
        raise typer.Exit(1)


@app.command("list")
def list_(
    project: str = typer.Argument(..., help="The site's slug."),
    search: str = typer.Option("", "--search", "-s", help="Filter by name or alt text."),
    as_user: str | None = AS_USER,
) -> None:
    """List the project's images with size, status and where they are used."""
    from rich.console import Console
    from rich.table import Table

    from bubblegum.db import session_scope
    from bubblegum.services import assets
    from bubblegum.services.errors import ServiceError

    with session_scope() as session:
        project_id, user_id = project_and_actor(session, project, as_user)
        try:
            rows = assets.list_assets(session, user_id, project_id, search=search)
            uses = assets.usage_counts(session, user_id, project_id)
        except ServiceError as error:
            _fail(error.message)
    table = Table("ref", "name", "type", "pixels", "size", "status", "used on", "alt")
    for asset in rows:
        table.add_row(f"asset:{asset.id}", asset.original_name, asset.content_type.removeprefix("image/"),
                      f"{asset.width}×{asset.height}" if asset.width else "", f"{asset.size_bytes / 1024:.0f} KB",
                      asset.status, ", ".join(u.label for u in uses.get(asset.id, [])) or "—", asset.alt)
    Console().print(table)
    typer.echo(f"{len(rows)} image(s)")
