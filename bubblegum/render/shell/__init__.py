"""The HTML around the blocks (the page document, the form-result page) as autoescaped
Jinja2 templates: every value reaching the markup is escaped the way block templates are.

Templates are written one tag per line for reading; the loader joins the lines (leading
and trailing whitespace dropped), so pages come out as compact as the minified blocks.
Text that is not HTML passes through a filter that makes it safe where it lands:
``style_text`` (CSS inside ``<style>``) and ``script_json`` (JSON inside a data script).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from bubblegum.render.seo import json_for_script

_FOLDER = Path(__file__).parent


class _JoinedLinesLoader(FileSystemLoader):
    """Loads ``<name>.html.j2`` with its lines stripped and joined."""

    def get_source(self, environment, template):  # noqa: ANN001 - Jinja2's signature
        source, filename, uptodate = super().get_source(environment, template)
        return "".join(line.strip() for line in source.splitlines()), filename, uptodate


def style_text(css: str) -> Markup:
    """CSS safe inside ``<style>``: a ``<`` (only ever in strings) becomes the CSS escape ``\\3c ``."""
    return Markup(str(css).replace("<", "\\3c "))


def script_json(data: object) -> Markup:
    """Data as JSON safe inside ``<script type="application/ld+json">`` (no ``<``, ``>``, ``&``)."""
    return Markup(json_for_script(data))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=_JoinedLinesLoader(_FOLDER), autoescape=True, auto_reload=False)
    env.filters.update(style_text=style_text, script_json=script_json)
    return env


def render_shell(name: str, **values: object) -> str:
    """Render the shell template ``name`` (``page`` or ``form_result``) with ``values``."""
    return _environment().get_template(f"{name}.html.j2").render(values)


