"""/api/v1/docs: a plain reference page drawn from the OpenAPI document (no scripts, nothing
loaded from elsewhere, so it works offline and under the strict CSP). An autoescaped Jinja2
template; `code` spans of the descriptions are shown as code."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from markupsafe import Markup, escape

router = APIRouter()


def _code_spans(text: str) -> Markup:
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text or ""))))


ENV = Environment(autoescape=True)
ENV.filters["code_spans"] = _code_spans
PAGE = ENV.from_string("""<!doctype html><html lang=en><meta charset=utf-8><title>Bubble Gum API v1</title>
<meta name=viewport content="width=device-width,initial-scale=1"><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}h2{margin-top:2rem}
.op{border:1px solid #e5e7eb;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.m{font-weight:700;display:inline-block;min-width:4.5rem}</style>
<h1>Bubble Gum API v1</h1><p>{{ info.description | code_spans }}</p>
<p>Authenticate with <code>Authorization: Bearer bg_live_…</code> (create keys in the organization settings or with
<code>bubblegum api-keys create</code>). Machine-readable: <a href="/api/v1/openapi.json">openapi.json</a>.</p>
{% for tag, operations in sections.items() %}<h2>{{ tag | title }}</h2>
{% for path, method, op in operations %}<div class=op><span class=m>{{ method | upper }}</span><code>/api/v1{{ path }}</code>
<p>{{ op.summary }}. {{ op.description | code_spans }}</p>
{% if op.parameters %}<ul>{% for p in op.parameters %}<li><code>{{ p.name }}</code> ({{ p["in"] }}){% if p.required %}
required{% endif %} {{ p.description | code_spans }}</li>{% endfor %}</ul>{% endif %}
<p>Answers: {{ op.responses | sort | join(", ") }}</p></div>{% endfor %}{% endfor %}</html>""")


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    sections: dict[str, list] = {}
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            sections.setdefault((op.get("tags") or ["other"])[0], []).append((path, method, op))
    return HTMLResponse(PAGE.render(info=spec["info"], sections=sections))
