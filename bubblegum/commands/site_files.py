"""File-based site commands (no database): ``bubblegum blocks`` and ``bubblegum export``.

Imports stay inside the commands so ``bubblegum --help`` and the database commands do not
pay for pydantic/Jinja2, and these commands never import the database layer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from bubblegum import commands


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def blocks(
    as_json: bool = typer.Option(False, "--json", help="Print every block type with its JSON schema and example props."),
) -> None:
    """List the block types a page can use."""
    from bubblegum.blocks.registry import BLOCKS

    if as_json:
        out = [
            {"type": b.type, "label": b.label, "icon": b.icon, "category": b.category,
             "description": b.description, "region": b.region, "schema": b.json_schema(),
             "example": b.example}
            for b in BLOCKS.values()
        ]
        sys.stdout.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
        return
    width = max(len(t) for t in BLOCKS)
    for b in BLOCKS.values():
        typer.echo(f"{b.type:<{width}}  {b.category:<13} {b.label} — {b.description}")


def export(
    site_json: Path = typer.Argument(..., help="Site document (JSON, format bubblegum.site)."),
    out: Path = typer.Option(..., "-o", "--out", help="Folder to write the static site into."),
    base_url: str = typer.Option(None, "--base-url", help="Public URL of the site (default: the document's base_url or http://localhost:8000/)."),
    zip_: bool = typer.Option(False, "--zip", help="Also write OUT.zip."),
) -> None:
    """Export a site document to a static folder (incremental: unchanged pages are reused).
    Sample blocks are left out, with a note on stderr naming them."""
    import gc

    gc.disable()  # one short-lived run over a large document: the cycle collector only costs time
    from bubblegum.blocks.site_json import parse_site_json

    try:
        data = parse_site_json(site_json.read_bytes())
    except FileNotFoundError:
        _fail(f"{site_json}: no such file")
    except (OSError, ValueError) as exc:
        _fail(f"{site_json}: not a readable site document ({exc})")
    from bubblegum.blocks.document import DocumentError
    from bubblegum.render.export import export_site

    if base_url is not None and not base_url.startswith(("http://", "https://")):
        _fail("--base-url must be an absolute http(s) URL, e.g. https://example.com/")
    try:
        report = export_site(data, out, base_url=base_url, zip=zip_)
    except DocumentError as exc:
        _fail(f"{site_json}: invalid site document: {exc}")
    typer.echo(report.summary())
    if report.omitted_samples:
        typer.echo(report.samples_note(), err=True)
    commands.skip_teardown = True
