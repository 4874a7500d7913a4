"""`bubblegum generate` and `bubblegum audit`: AI site generation and the improvement audit
on site files. No database: imports stay lazy so the offline path runs in well under 1 s."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def generate(
    prompt: str = typer.Argument(..., help="Describe the business in a sentence or two (max 2,000 characters)."),
    business_type: str = typer.Option(None, "--business-type", "-t", help="What the business is, if the description does not say: bakery, plumber, photographer, software..."),
    name: str = typer.Option(None, "--name", help="The business's name, when the description does not give it."),
    kind: str = typer.Option(None, "--kind", help="What the business is, when the description does not say."),
    town: str = typer.Option(None, "--town", help="Its town or city, when the description does not say."),
    style: str = typer.Option(None, "--style", "-s", help="modern, minimal, playful, elegant, bold, corporate, warm, dark, fresh, classic"),
    pages: int = typer.Option(None, "--pages", "-p", min=1, max=6, help="Number of pages, 1 to 6 (default: 4 or 5, the pages the business has content for)."),
    provider: str = typer.Option(None, "--provider", help="offline (default) or anthropic (needs ANTHROPIC_API_KEY)."),
    out: Path = typer.Option(Path("site.json"), "-o", "--out", help="Where to write the site document."),
    show_brief: bool = typer.Option(False, "--brief", help="Print the facts read from the description (JSON) and stop."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
) -> None:
    """Generate a complete site document from a description. Never asks: what it would
    have asked is printed, and --name, --kind and --town answer it."""
    from rich.console import Console

    from bubblegum.services.ai import briefing
    from bubblegum.services.ai.base import AIError
    from bubblegum.services.ai.factory import get_provider

    console = Console(stderr=True)
    try:
        ai = get_provider(provider or "offline")
        brief = briefing.apply_answers(ai.extract_brief(prompt, business_type=business_type),
                                       {"name": name, "kind": kind, "town": town})
        if show_brief:
            typer.echo(brief.model_dump_json(indent=1))
            return
        for question in briefing.questions(brief):
            console.print(f"[yellow]Would have asked:[/yellow] {question['question']} (answer with --{question['field']})")
        if quiet:
            site = ai.generate_site(prompt, business_type, style, pages, brief=brief)
        else:
            from rich.progress import BarColumn, Progress, TextColumn

            with Progress(TextColumn("{task.description}"), BarColumn(), console=console, transient=True) as bar:
                task = bar.add_task("Starting", total=1.0)
                site = ai.generate_site(prompt, business_type, style, pages, brief=brief,
                                        progress=lambda msg, frac: bar.update(task, description=msg, completed=frac))
    except AIError as exc:
        console.print(f"[red]Could not generate the site:[/red] {exc.message}")
        raise typer.Exit(2) from None
    out.write_text(json.dumps(site, ensure_ascii=False, indent=1))
    if not quiet:
        console.print(f"Wrote [bold]{site['site']['name']}[/bold] ({len(site['pages'])} pages, theme {site['site']['theme'].get('preset')}) to {out}")


def audit(
    site_file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A site document (bubblegum generate / export)."),
    as_json: bool = typer.Option(False, "--json", help="Print findings as JSON."),
    suggest: bool = typer.Option(False, "--suggest", help="Add suggestions from the configured AI provider."),
) -> None:
    """Check a site for problems; exit 1 when any finding is an error."""
    from rich.console import Console

    from bubblegum.blocks.document import DocumentError
    from bubblegum.blocks.site_json import parse_site_json
    from bubblegum.services.ai.audit import audit_with_suggestions
    from bubblegum.services.ai.validate import clean_site

    console = Console()
    try:
        site = clean_site(parse_site_json(site_file.read_bytes()))
    except (ValueError, DocumentError) as exc:
        console.print(f"[red]Not a valid site document:[/red] {exc}")
        raise typer.Exit(2) from None
    provider = None
    if suggest:
        from bubblegum.services.ai.factory import get_provider

        provider = get_provider()
    findings = audit_with_suggestions(site, provider)
    if as_json:
        typer.echo(json.dumps([f.to_dict() for f in findings], indent=1))
    else:
        from rich.table import Table

        table = Table(title=f"Audit of {site['site']['name']}: {len(findings)} finding(s)")
        for col in ("Severity", "Rule", "Page", "Block", "Message", "Fix"):
            table.add_column(col)
        colors = {"error": "red", "warning": "yellow", "info": "cyan"}
        for f in findings:
            table.add_row(f"[{colors[f.severity]}]{f.severity}[/]", f.rule, "/" + (f.page or "") if f.page is not None else "",
                          f.block or "", f.message, f.fix or "")
        console.print(table)
    if any(f.severity == "error" for f in findings):
        raise typer.Exit(1)
