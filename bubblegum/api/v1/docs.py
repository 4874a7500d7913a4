"""/api/v1/docs: a plain reference page drawn from the OpenAPI document (no scripts, nothing
loaded from elsewhere, so it works offline and under the strict CSP)."""

from __future__ import annotations

import re
from html import escape as _escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter()


def escape(text: str) -> str:
    """HTML-escaped, with `code` spans of the OpenAPI descriptions shown as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", _escape(text))

STYLE = ("body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}"
         "code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}h2{margin-top:2rem}"
         ".op{border:1px solid #e5e7eb;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}"
         ".m{font-weight:700;display:inline-block;min-width:4.5rem}")


def _operation(path: str, method: str, op: dict) -> str:
    params = "".join(f"<li><code>{escape(p['name'])}</code> ({escape(p['in'])}){' required' if p.get('required') else ''}"
                     f" {escape(p.get('description', ''))}</li>" for p in op.get("parameters", []))
    codes = ", ".join(sorted(op.get("responses", {})))
    return (f"<div class=op><span class=m>{method.upper()}</span><code>/api/v1{escape(path)}</code>"
            f"<p>{escape(op.get('summary', ''))}. {escape(op.get('description', ''))}</p>"
            f"{'<ul>' + params + '</ul>' if params else ''}<p>Answers: {escape(codes)}</p></div>")


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    sections: dict[str, list[str]] = {}
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            sections.setdefault((op.get("tags") or ["other"])[0], []).append(_operation(path, method, op))
    body = "".join(f"<h2>{escape(tag.title())}</h2>{''.join(ops)}" for tag, ops in sections.items())
    html = (f"<!doctype html><html lang=en><meta charset=utf-8><title>Bubble Gum API v1</title>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'><style>{STYLE}</style>"
            f"<h1>Bubble Gum API v1</h1><p>{escape(spec['info'].get('description', ''))}</p>"
            f"<p>Authenticate with <code>Authorization: Bearer bg_live_…</code> (create keys in the organization "
            f"settings or with <code>bubblegum api-keys create</code>). Machine-readable: "
            f"<a href='/api/v1/openapi.json'>openapi.json</a>.</p>{body}</html>")
    return HTMLResponse(html)
