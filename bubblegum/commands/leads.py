"""`bubblegum leads list|export`: a site's leads inbox from the command line.

SLUG is the site's slug. Run on the server, the commands act as an owner of the site's
organization; `--as EMAIL` acts as that person, through the same role checks as the inbox
(viewers list, editors export). Listing applies the site's retention first, as the inbox does.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from bubblegum.commands.assets import AS_USER, project_and_actor

app = typer.Typer(help="A site's leads: form posts from its published pages.", no_args_is_help=True)


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@app.command("list")
def list_(
    slug: str = typer.Argument(..., help="The site's slug."),
    as_json: bool = typer.Option(False, "--json", help="One JSON array with every field."),
    spam: bool = typer.Option(False, "--spam", help="The Spam view instead of the inbox."),
    search: str = typer.Option("", "--search", "-s", help="Only leads containing this text."),
    as_user: str | None = AS_USER,
) -> None:
    """List a site's leads (or spam), newest first."""
    from bubblegum.db import session_scope
    from bubblegum.services.errors import ServiceError
    from bubblegum.services.leads import inbox

    with session_scope() as session:
        project_id, user_id = project_and_actor(session, slug, as_user)
        try:
            leads = inbox.list_leads(session, user_id, project_id, view="spam" if spam else "all", search=search,
                                     limit=5000)
        except ServiceError as error:
            _fail(error.message)
    if as_json:
        typer.echo(json.dumps([{"id": lead.id, "received": lead.created_at.isoformat(), "form": lead.kind,
                                "page": "/" + lead.page, "fields": lead.fields, "read": lead.read,
                                "starred": lead.starred, "spam": lead.spam_label} for lead in leads],
                              ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "received (UTC)", "form", "from", "message", "spam reason" if spam else "status")
    for lead in leads:
        status = lead.spam_label if spam else ("★ " if lead.starred else "") + ("read" if lead.read else "unread")
        table.add_row(str(lead.id), f"{lead.created_at:%Y-%m-%d %H:%M}", lead.kind,
                      " ".join(filter(None, (lead.fields.get("name"), lead.sender))),
                      lead.fields.get("message", "")[:60], status)
    Console().print(table)
    typer.echo(f"{len(leads)} {'spam post' if spam else 'lead'}(s)")


@app.command("export")
def export(
    slug: str = typer.Argument(..., help="The site's slug."),
    output: Path = typer.Option(..., "-o", "--output", help="The CSV file to write."),
    spam: bool = typer.Option(False, "--spam", help="Export the spam posts instead."),
    as_user: str | None = AS_USER,
) -> None:
    """Write every lead of a site (archived included) to a CSV file."""
    from bubblegum.db import session_scope
    from bubblegum.services.errors import ServiceError
    from bubblegum.services.leads.export import export_csv

    with session_scope() as session:
        project_id, user_id = project_and_actor(session, slug, as_user)
        try:
            text = export_csv(session, user_id, project_id, spam=spam)
        except ServiceError as error:
            _fail(error.message)
    output.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {output}")
