"""`bubblegum api-keys ...`: an organization's REST API keys, for self-hosters.

Run on the server, these act for the organization's first owner (or `--as EMAIL`, who must
be an admin): a key acts for the person it was created by.
"""

from __future__ import annotations

import json

import typer

from bubblegum.commands.projects import AS_USER, fail

app = typer.Typer(help="REST API keys of an organization.", no_args_is_help=True)


def _org_and_actor(session, org: str, as_user: str | None) -> tuple[int, int]:
    from sqlmodel import or_, select

    from bubblegum.models import Membership, Organization, User

    found = session.exec(select(Organization).where(or_(Organization.slug == org, Organization.name == org),
                                                    Organization.deleted_at.is_(None))).first()
    if found is None:
        fail(f"no organization {org!r}")
    query = select(User.id).join(Membership, Membership.user_id == User.id).where(
        Membership.organization_id == found.id)
    query = query.where(User.email == as_user.strip().lower()) if as_user else \
        query.where(Membership.role == "owner").order_by(Membership.id)
    user_id = session.exec(query).first()
    if user_id is None:
        fail(f"{as_user} is not a member of {org!r}" if as_user else f"{org!r} has no owner")
    return found.id, user_id


def _row(info) -> dict:
    return {"id": info.id, "name": info.name, "prefix": info.prefix, "scope": info.scope,
            "created_by": info.created_by, "created_at": info.created_at.isoformat(),
            "last_used_at": info.last_used_at.isoformat() if info.last_used_at else None,
            "revoked_at": info.revoked_at.isoformat() if info.revoked_at else None}


@app.command("create")
def create(org: str, name: str = typer.Option(..., "--name"),
           scope: str = typer.Option(..., "--scope", help="read, write (includes read) or publish (includes both)."),
           as_json: bool = typer.Option(False, "--json"), as_user: str | None = AS_USER) -> None:
    """Create a key; it is printed this once."""
    from bubblegum.db import session_scope
    from bubblegum.services import api_keys
    from bubblegum.services.errors import ServiceError

    try:
        with session_scope() as session:
            info, secret = api_keys.create(session, *_org_and_actor(session, org, as_user), name, scope)
    except ServiceError as error:
        fail(error.message)
    if as_json:
        typer.echo(json.dumps({**_row(info), "key": secret}))
    else:
        typer.echo(f"Created API key {info.id} ({info.scope}). Store it now; it is not shown again:\n{secret}")


@app.command("list")
def list_keys(org: str, as_json: bool = typer.Option(False, "--json"), as_user: str | None = AS_USER) -> None:
    """The organization's keys (never the keys themselves)."""
    from rich.console import Console
    from rich.table import Table

    from bubblegum.db import session_scope
    from bubblegum.services import api_keys

    with session_scope() as session:
        rows = [_row(info) for info in api_keys.list_keys(session, *_org_and_actor(session, org, as_user))]
    if as_json:
        typer.echo(json.dumps(rows))
        return
    table = Table("id", "name", "prefix", "scope", "created by", "last used", "revoked")
    for row in rows:
        table.add_row(str(row["id"]), row["name"], row["prefix"] + "…", row["scope"], row["created_by"],
                      (row["last_used_at"] or "never")[:16], (row["revoked_at"] or "")[:16])
    Console(width=160).print(table)


@app.command("revoke")
def revoke(org: str, key_id: int, as_user: str | None = AS_USER) -> None:
    """Revoke a key at once."""
    from bubblegum.db import session_scope
    from bubblegum.services import api_keys
    from bubblegum.services.errors import ServiceError

    try:
        with session_scope() as session:
            api_keys.revoke(session, *_org_and_actor(session, org, as_user), key_id)
    except ServiceError as error:
        fail(error.message)
    typer.echo(f"Revoked API key {key_id}.")
