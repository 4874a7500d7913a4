"""`bubblegum analytics SLUG`: a site's visitors, visits and top lists from the command line.

Run on the server, it acts as an owner of the site's organization; `--as EMAIL` acts as that
person, through the same role check as the dashboard (viewers read). Without dates it covers
the last 30 days (UTC), today included.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import typer

from bubblegum.commands.assets import AS_USER, project_and_actor

TOP_TITLES = {"page": "Top pages", "entry": "Entry pages", "exit": "Exit pages", "referrer": "Referrers",
              "utm_source": "UTM sources", "device": "Devices", "browser": "Browsers", "os": "Operating systems"}


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        _fail(f"{option} takes a date such as 2026-12-01, not {text!r}")


def analytics(
    slug: str = typer.Argument(..., help="The site's slug."),
    as_json: bool = typer.Option(False, "--json", help="All figures as one JSON object."),
    start: str | None = typer.Option(None, "--from", help="First day (YYYY-MM-DD, UTC); default 29 days ago."),
    end: str | None = typer.Option(None, "--to", help="Last day (YYYY-MM-DD, UTC); default today."),
    as_user: str | None = AS_USER,
) -> None:
    """A site's analytics: visitors, visits, page views, bounce rate, visit duration, top lists."""
    from bubblegum.db import session_scope, utcnow
    from bubblegum.services.analytics.export import report_dict
    from bubblegum.services.analytics.metrics import report
    from bubblegum.services.errors import ServiceError

    last = _day(end, "--to") or utcnow().date()
    first = _day(start, "--from") or last - timedelta(days=29)
    with session_scope() as session:
        project_id, user_id = project_and_actor(session, slug, as_user)
        try:
            figures = report(session, user_id, project_id, start=first, end=last)
        except ServiceError as error:
            _fail(error.message)
    if as_json:
        typer.echo(json.dumps({"site": slug, **report_dict(figures)}, ensure_ascii=False, indent=2))
        return
    _print(slug, figures)


def _print(slug: str, figures) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    totals, previous = figures.totals, figures.previous
    summary = Table("", "this period", "previous period", title=f"{slug}: {figures.start} to {figures.end} (UTC)")
    for label, now, before in (
        ("Unique visitors", totals.visitors, previous.visitors), ("Visits", totals.visits, previous.visits),
        ("Page views", totals.pageviews, previous.pageviews),
        ("Views per visit", totals.views_per_visit, previous.views_per_visit),
        ("Bounce rate", f"{totals.bounce_rate}%", f"{previous.bounce_rate}%"),
        ("Visit duration", f"{totals.visit_duration} s", f"{previous.visit_duration} s"),
    ):
        summary.add_row(label, str(now), str(before))
    console.print(summary)
    console.print(f"Visitors in the last 5 minutes: {figures.visitors_now}")
    for name, rows in figures.tops.items():
        if not rows:
            continue
        table = Table(TOP_TITLES[name], "visitors", "visits" if name != "page" else "page views")
        for row in rows:
            table.add_row(row.value, str(row.visitors), str(row.visits if name != "page" else row.pageviews))
        console.print(table)
