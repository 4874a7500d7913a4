"""`bubblegum mail ...`: the outbox where mail waits when no SMTP server is configured."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer

app = typer.Typer(help="Mail kept in the outbox (no SMTP_HOST configured).", no_args_is_help=True)


@app.command("outbox")
def outbox(
    as_json: bool = typer.Option(False, "--json", help="Print the messages, bodies included, as JSON."),
    limit: int = typer.Option(20, "--limit", min=1, max=1000, help="How many of the newest messages."),
) -> None:
    """The newest messages first: id, time, recipient and subject (`mail show ID` prints one)."""
    from rich.console import Console
    from rich.table import Table

    from bubblegum.services import mail_outbox

    messages = mail_outbox.recent(limit)
    if as_json:
        typer.echo(json.dumps([asdict(message) for message in messages], indent=2, ensure_ascii=False))
        return
    if not messages:
        typer.echo("The outbox is empty.")
        return
    table = Table("id", "sent (UTC)", "to", "subject")
    for message in messages:
        table.add_row(message.id, message.created_at, message.to, message.subject)
    Console(width=160).print(table)


@app.command("show")
def show(mail_id: str = typer.Argument(..., help="An id from `bubblegum mail outbox`.")) -> None:
    """One message with its body (the links in it work once)."""
    from bubblegum.services import mail_outbox
    from bubblegum.services.errors import NotFound

    try:
        message = mail_outbox.get(mail_id)
    except NotFound as error:
        typer.secho(f"error: {error.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    typer.echo(f"To: {message.to}\nSubject: {message.subject}\nDate: {message.created_at}\n\n{message.body}")
