"""`bubblegum users ...`: people, for self-hosters (run on the server as its operator)."""

from __future__ import annotations

import sys

import typer

app = typer.Typer(help="People: create accounts and list them.", no_args_is_help=True)


def fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _read_password() -> str:
    """From stdin when piped (first line), otherwise a hidden prompt asked twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@app.command("create")
def create(
    email: str = typer.Argument(..., help="The person's email address (their log-in)."),
    org: str = typer.Option(..., "--org", help="Organization slug or name; created when it does not exist."),
    role: str = typer.Option("owner", "--role", help="owner, admin, editor or viewer."),
    name: str = typer.Option("", "--name", help="Display name."),
    as_user: str | None = typer.Option(None, "--as", help="Act as this member of --org (their role applies)."),
) -> None:
    """Create a person with a password (stdin or prompt) and add them to an organization."""
    from sqlmodel import or_, select

    from bubblegum.db import session_scope
    from bubblegum.models import Organization, Role
    from bubblegum.services import auth, members, orgs
    from bubblegum.services.errors import ServiceError

    password = _read_password()
    try:
        with session_scope() as session:
            found = session.exec(select(Organization).where(
                or_(Organization.slug == org, Organization.name == org), Organization.deleted_at.is_(None))).first()
            actor = auth.find_user(session, as_user) if as_user else None
            if as_user and actor is None:
                fail(f"no person with the email {as_user!r}")
            user = auth.create_user(session, email, password, name=name)
            if found is None:
                if role != Role.owner.value:
                    fail("a new organization needs an owner: use --role owner, or name an existing organization")
                found = orgs.create(session, user.id, org, ip="cli")
            else:
                members.add_member(session, found.id, user.id, role, actor_id=actor.id if actor else None, ip="cli")
            typer.echo(f"created {user.email} ({role} of {found.name}, slug {found.slug})")
    except ServiceError as error:
        fail(error.message)


@app.command("list")
def list_users() -> None:
    """Every person, with their organizations and roles."""
    from rich.console import Console
    from rich.table import Table
    from sqlmodel import select

    from bubblegum.db import session_scope
    from bubblegum.models import Membership, Organization, User

    table = Table("id", "email", "name", "active", "organizations")
    with session_scope() as session:
        for user in session.exec(select(User).order_by(User.id)).all():
            rows = session.exec(select(Organization.name, Membership.role)
                                .join(Membership, Membership.organization_id == Organization.id)
                                .where(Membership.user_id == user.id)).all()
            table.add_row(str(user.id), user.email, user.name, "yes" if user.is_active else "no",
                          ", ".join(f"{org_name} ({role})" for org_name, role in rows))
    Console(width=160).print(table)
