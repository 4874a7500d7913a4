"""The Jinja2 environment and the compiled block templates (compiled once per process).

Block templates are minified with minify-html once, at compile time, with template syntax
preserved, so rendered pages come out minified without a per-page minify pass.

Compiling the block templates costs ~0.08 s per process (every export run, and every
forked render worker), so the compiled code is kept in Jinja2's bytecode cache (a private
per-user folder in the temp directory, like ``__pycache__``): it is checked against the
template source and refreshed when a template, Jinja2, minify-html or Python changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import jinja2
from jinja2 import BaseLoader, BytecodeCache, Environment, FileSystemBytecodeCache, Template, TemplateNotFound
from jinja2.bccache import Bucket
from markupsafe import Markup

from bubblegum.blocks.forms import HONEYPOT_HTML
from bubblegum.blocks.icons import icon_svg


def _honeypot(block_id: str, label: str) -> Markup:
    return Markup(HONEYPOT_HTML).format(id=block_id, label=label)


def _icon(name: str, size: int = 24) -> Markup:
    return Markup(icon_svg(name, size))


_ENV_OPTIONS = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}


class _QuietCache(FileSystemBytecodeCache):
    """A bytecode cache that is only ever a shortcut: if it cannot be read or written the
    template is compiled as if there were no cache."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a broken cache entry just means "compile"
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> BytecodeCache | None:
    try:
        return _QuietCache(pattern="__bubblegum_block_%s.cache")
    except Exception:  # noqa: BLE001 - no safe temp folder: compile every time
        return None


# Part of every cached template's key: code compiled with other options is never reused.
_FINGERPRINT = f"jinja2-{jinja2.__version__}-" + ",".join(f"{k}={v}" for k, v in sorted(_ENV_OPTIONS.items()))


class _BlockLoader(BaseLoader):
    """Block templates by type name. Compiled code is cached under the template as
    written (plus the Jinja2 and minify-html versions), so minify-html runs, and is
    even imported, only when a template has to be compiled."""

    def get_source(self, environment: Environment, name: str) -> tuple[str, str, Callable[[], bool]]:
        return minify_template(_raw_source(name)), _filename(name), lambda: True

    def load(self, environment: Environment, name: str, globals: dict | None = None) -> Template:  # noqa: A002
        raw = _raw_source(name)
        filename = _filename(name)
        cache = environment.bytecode_cache
        bucket = cache.get_bucket(environment, name, filename, raw) if cache is not None else None
        code = bucket.code if bucket is not None else None
        if code is None:
            code = environment.compile(minify_template(raw), name, filename)
            if bucket is not None:
                bucket.code = code
                cache.set_bucket(bucket)  # type: ignore[union-attr]
        return environment.template_class.from_code(environment, code, environment.make_globals(globals), lambda: True)


def _raw_source(block_type: str) -> str:
    from bubblegum.blocks.registry import get_block

    try:
        return get_block(block_type).template
    except KeyError:
        raise TemplateNotFound(block_type) from None


def _filename(block_type: str) -> str:
    return f"bubblegum block {block_type} {_FINGERPRINT} minify-html-{_minify_html_version()}"


@lru_cache(maxsize=1)
def _minify_html_version() -> str:
    from importlib.metadata import version  # reads package metadata: once per process

    return version("minify-html")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(**_ENV_OPTIONS, auto_reload=False, loader=_BlockLoader(), bytecode_cache=_bytecode_cache())
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
    return environment().get_template(block_type)


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


# Names in a block's render context whose value differs from page to page.
_PAGE_NAMES = re.compile(r"\b(current|page_slug|block_id)\b")


@lru_cache(maxsize=None)
def page_inputs(block_type: str) -> frozenset[str]:
    """The page-specific names a block's template may read (``current``, ``page_slug``,
    ``block_id``). A template that reads none renders the same props to the same HTML on
    every page. Found by a word search of the source: a false match only costs caching."""
    from bubblegum.blocks.registry import get_block

    return frozenset(_PAGE_NAMES.findall(get_block(block_type).template))
