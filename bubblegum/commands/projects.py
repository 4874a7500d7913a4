"""Sites in the database from the command line: import, export, settings, publish, deployments,
rollback.

Run on the server, these act as the local operator. `--as EMAIL` acts as that person
instead, through the same role checks as the editor and the API.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

project_app = typer.Typer(help="Import and export sites stored in the database.", no_args_is_help=True)

AS_USER = typer.Option(None, "--as", help="Act as this person (their role applies).")


def fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _user_id(session, as_user: str | None) -> int | None:
    """The id of the person `--as` names (None for the operator or an unknown address)."""
    from sqlmodel import select

    from bubblegum.models import User

    user = session.exec(select(User).where(User.email == as_user.strip().lower())).first() if as_user else None
    return user.id if user else None


def _authorised_project(session, slug: str, as_user: str | None, action):
    from sqlmodel import select

    from bubblegum.models import Project
    from bubblegum.services import policy
    from bubblegum.services.errors import ServiceError

    project = session.exec(select(Project).where(Project.slug == slug, Project.deleted_at.is_(None))).first()
    if project is None:
        fail(f"no site with the slug {slug!r}")
    if as_user:
        try:
            policy.require_project(session, _user_id(session, as_user), project.id, action)
        except ServiceError as error:
            fail(error.message)
    return project


@project_app.command("import")
def import_site(
    site_json: Path = typer.Argument(..., exists=True, dir_okay=False, help="A bubblegum.site JSON file."),
    org: str = typer.Option(..., "--org", help="Organization slug or name."),
    as_user: str | None = AS_USER,
) -> None:
    """Create a site from a site document."""
    from sqlmodel import or_, select

    from bubblegum.blocks.document import DocumentError
    from bubblegum.db import session_scope
    from bubblegum.models import Organization
    from bubblegum.services import audit, policy
    from bubblegum.services.errors import ServiceError
    from bubblegum.services.publishing.site_documents import import_site as store_site

    data = _read_json(site_json)
    with session_scope() as session:
        organization = session.exec(select(Organization).where(
            or_(Organization.slug == org, Organization.name == org), Organization.deleted_at.is_(None))).first()
        if organization is None:
            fail(f"no organization {org!r}")
        user_id = _user_id(session, as_user)
        if as_user:
            try:
                policy.require(session, user_id, organization.id, policy.Action.PROJECT_CREATE)
            except ServiceError as error:
                fail(error.message)
        try:
            project = store_site(session, data, organization_id=organization.id, user_id=user_id)
        except DocumentError as error:
            fail(f"invalid site document: {error}", 2)
        audit.record(session, "project.import", org_id=organization.id, actor_id=user_id,
                     target_type="project", target_id=str(project.id))
        typer.echo(f"imported {project.name!r} as {project.slug} ({len(data.get('pages', []))} pages)")


@project_app.command("export")
def export_site(slug: str, output: Path = typer.Option(..., "-o", "--output"), as_user: str | None = AS_USER) -> None:
    """Write a site's current content as a site document."""
    from bubblegum.db import session_scope
    from bubblegum.services.policy import Action
    from bubblegum.services.publishing.site_documents import site_document

    with session_scope() as session:
        document = site_document(session, _authorised_project(session, slug, as_user, Action.PROJECT_READ))
    output.write_text(json.dumps(document, ensure_ascii=False, indent=2))
    typer.echo(f"wrote {output} ({len(document['pages'])} pages)")


@project_app.command("settings")
def settings(
    slug: str,
    name: str | None = typer.Option(None, help="The site's name."),
    language: str | None = typer.Option(None, help="Language code, e.g. en, fr, pt-BR."),
    description: str | None = typer.Option(None, help="Default description for search and sharing."),
    domain: str | None = typer.Option(None, help="Custom domain, e.g. www.example.com; '' removes it."),
    as_user: str | None = AS_USER,
) -> None:
    """Show a site's settings, or change the ones given (the others are kept)."""
    from dataclasses import asdict, replace

    from bubblegum.db import session_scope
    from bubblegum.services import site_config
    from bubblegum.services.errors import InvalidInput
    from bubblegum.services.policy import Action

    changes = {"name": name, "language": language, "description": description, "custom_domain": domain}
    changing = any(value is not None for value in changes.values())
    with session_scope() as session:
        project = _authorised_project(session, slug, as_user,
                                      Action.PROJECT_CONFIGURE if changing else Action.PROJECT_READ)
        config = site_config.config_of(project)
        if changing:
            wanted = replace(config, **{key: value for key, value in changes.items() if value is not None})
            try:
                config = site_config.configure(session, project, **asdict(wanted), actor_id=_user_id(session, as_user))
            except InvalidInput as error:
                fail(f"{error.field}: {error.message}", 2)
        for key, value in asdict(config).items():
            typer.echo(f"{key.replace('_', ' ')}: {value or '-'}")
        _echo_domain(project)
    if changing:
        typer.echo("saved; publish the site to use the new settings in its pages")


def _echo_domain(project) -> None:
    from bubblegum.services import domains

    status = domains.status_of(project)
    if status.state == domains.PENDING:
        typer.echo(f"domain status: pending; add a TXT record {status.record_name} = {status.record_value}, "
                   f"then run: bubblegum project check-domain {project.slug}")
    elif status.state == domains.VERIFIED:
        typer.echo(f"domain status: verified, serving {status.address} ({status.transport})")


@project_app.command("check-domain")
def check_domain(slug: str, as_user: str | None = AS_USER) -> None:
    """Look up a site's domain TXT record now; a domain serves the site only once verified."""
    from bubblegum.db import session_scope
    from bubblegum.services import domains
    from bubblegum.services.errors import ServiceError
    from bubblegum.services.policy import Action

    with session_scope() as session:
        project = _authorised_project(session, slug, as_user, Action.PROJECT_CONFIGURE)
        try:
            status, message = domains.verify(session, project, actor_id=_user_id(session, as_user))
        except ServiceError as error:
            fail(error.message)
        typer.echo(message)
    if status.state != domains.VERIFIED:
        raise typer.Exit(1)


def publish(slug: str, as_user: str | None = AS_USER,
            omit_samples: bool = typer.Option(False, "--omit-samples",
                                              help="Publish without the sample sections instead of refusing.")) -> None:
    """Publish a site: render a new deployment and make it live. Refused while pages have
    sample content, unless --omit-samples."""
    from rich.console import Console
    from rich.progress import Progress

    from bubblegum.db import session_scope
    from bubblegum.services.policy import Action
    from bubblegum.services.publishing.deploy import PublishError, SampleContentPending
    from bubblegum.services.publishing.deploy import publish as run_publish
    from bubblegum.services.publishing.urls import site_base_url

    with session_scope() as session:
        project = _authorised_project(session, slug, as_user, Action.SITE_PUBLISH)
    with Progress(transient=True, console=Console(stderr=True)) as bar:  # stdout keeps only the result
        task = bar.add_task("Publishing", total=1.0)
        try:
            deployment = run_publish(project.id, omit_samples=omit_samples,
                                     progress=lambda done, message: bar.update(task, completed=done,
                                                                              description=message))
        except SampleContentPending as error:
            fail("\n".join(sample.message for sample in error.samples)
                 + "\nNothing was published. Run again with --omit-samples to publish without them.")
        except PublishError as error:
            fail(str(error))
    stats = deployment.manifest["stats"]
    typer.echo(f"deployment {deployment.id} is live at {site_base_url(project)} "
               f"({stats['pages_rendered']} pages rendered, {stats['pages_reused']} reused, "
               f"{stats['uploaded']} files uploaded, {stats['seconds']} s)")


def deployments(slug: str, as_user: str | None = AS_USER) -> None:
    """List a site's deployments, newest first."""
    from rich.console import Console
    from rich.table import Table

    from bubblegum.db import session_scope
    from bubblegum.services.policy import Action
    from bubblegum.services.publishing.deploy import deployments as list_deployments

    with session_scope() as session:
        project = _authorised_project(session, slug, as_user, Action.PROJECT_READ)
    table = Table("id", "status", "created", "pages", "live")
    for deployment in list_deployments(project.id):
        pages = deployment.manifest.get("stats", {}).get("pages_rendered", 0) + \
            deployment.manifest.get("stats", {}).get("pages_reused", 0)
        table.add_row(str(deployment.id), deployment.status, f"{deployment.created_at:%Y-%m-%d %H:%M:%S}",
                      str(pages or ""), "\u2713" if deployment.id == project.live_deployment_id else "")
    Console().print(table)


def rollback(slug: str, deployment: int, as_user: str | None = AS_USER) -> None:
    """Make an earlier deployment live again."""
    from bubblegum.db import session_scope
    from bubblegum.services.errors import ServiceError
    from bubblegum.services.policy import Action
    from bubblegum.services.publishing.deploy import rollback as run_rollback

    with session_scope() as session:
        project = _authorised_project(session, slug, as_user, Action.SITE_PUBLISH)
    try:
        run_rollback(project.id, deployment)
    except ServiceError as error:
        fail(error.message)
    typer.echo(f"deployment {deployment} is live again")


def _read_json(path: Path) -> dict:
    from bubblegum.blocks.site_json import parse_site_json

    try:
        data = parse_site_json(path.read_bytes())
    except ValueError as error:  # not UTF-8, not JSON, or nested too deeply
        fail(f"{path} is not a readable site document: {error}", 2)
    if not isinstance(data, dict):
        fail(f"{path} is not a site document (expected a JSON object)", 2)
    return data


def download(slug: str, deployment: int, output: Path = typer.Option(..., "-o", "--output"),
             as_user: str | None = AS_USER) -> None:
    """Save any deployment of a site as a zip."""
    from bubblegum.db import session_scope
    from bubblegum.services.errors import ServiceError
    from bubblegum.services.policy import Action
    from bubblegum.services.publishing.deploy import deployment_zip

    with session_scope() as session:
        project = _authorised_project(session, slug, as_user, Action.PROJECT_READ)
    try:
        output.write_bytes(deployment_zip(project.id, deployment))
    except ServiceError as error:
        fail(error.message)
    typer.echo(f"wrote {output}")
