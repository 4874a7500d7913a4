"""The Jinja2 environment and the compiled block templates (compiled once per process).

Block templates are minified with minify-html once, at compile time, with template syntax
preserved, so rendered pages come out minified without a per-page minify pass.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, Template
from markupsafe import Markup

from bubblegum.blocks.forms import HONEYPOT_HTML
from bubblegum.blocks.icons import icon_svg


def _honeypot(block_id: str) -> Markup:
    return Markup(HONEYPOT_HTML.format(id=Markup.escape(block_id)))


def _icon(name: str, size: int = 24) -> Markup:
    return Markup(icon_svg(name, size))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.globals.update(icon=_icon, honeypot=_honeypot)
    from bubblegum.blocks.registry import BLOCKS

    for spec in BLOCKS.values():
        env.globals.update(spec.extra.get("helpers", {}))
    return env


def minify_template(source: str) -> str:
    import minify_html

    return minify_html.minify(
        source,
        preserve_brace_template_syntax=True,
        keep_closing_tags=True,
        keep_html_and_head_opening_tags=True,
        minify_css=False,
        minify_js=False,
    )


@lru_cache(maxsize=None)
def block_template(block_type: str) -> Template:
    from bubblegum.blocks.registry import get_block

    return environment().from_string(minify_template(get_block(block_type).template))


class FastTemplate:
    """``template.render(vars)`` without re-reading the template's globals (a ChainMap over
    the environment's) on every call: they are copied into a plain dict once. The context
    built is the one ``Template.render`` builds (globals, then vars), so output is the same."""

    __slots__ = ("template", "env", "globals", "name", "blocks", "func")

    def __init__(self, template: Template) -> None:
        self.template = template
        self.env = template.environment
        self.globals = dict(template.globals)
        self.name = template.name
        self.blocks = template.blocks
        self.func = template.root_render_func

    def render(self, vars: dict) -> str:  # noqa: A002 - mirrors Template.render
        env = self.env
        ctx = env.context_class(env, {**self.globals, **vars}, self.name, self.blocks, globals=self.globals)
        try:
            return env.concat(self.func(ctx))  # type: ignore[attr-defined]
        except Exception:
            env.handle_exception()
            raise  # pragma: no cover - handle_exception always raises


@lru_cache(maxsize=None)
def fast_block_template(block_type: str) -> FastTemplate:
    return FastTemplate(block_template(block_type))
