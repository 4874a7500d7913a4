"""Hostile values render inert: in every text field of every block's example props, and in
the site's name, description and page titles, quotes, angle brackets, ``</script>`` and
``javascript:`` either are refused by validation or come out as text, never as markup."""

from __future__ import annotations

import copy
from html.parser import HTMLParser

import pytest

from bubblegum.blocks.document import Block, DocumentError, load_site
from bubblegum.blocks.registry import BLOCKS
from bubblegum.render.renderer import SiteRenderer, render_form_result_page
from bubblegum.render.scripts import RENDERER_SCRIPTS

HOSTILE = (
    "\"'><script>alert(1)</script>",
    "</script><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "</style></title><svg onload=alert(1)>",
)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "srcset", "data"}


class _Inert(HTMLParser):
    """Collects what would make markup live: event handlers, script URLs, foreign scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._script: str | None = None
        self._data: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith(("javascript:", "data:text")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self._script, self._data = dict(attrs).get("type", ""), []

    def handle_data(self, data):
        if self._script is not None:
            self._data.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            body = "".join(self._data)
            if self._script != "application/ld+json" and body not in RENDERER_SCRIPTS.values():
                self.problems.append(f"foreign script {body[:40]!r}")
            self._script = None


def assert_inert(html: str, styles: int) -> None:
    parser = _Inert()
    parser.feed(html)
    assert parser.problems == []
    assert "<script>alert" not in html and "<svg onload" not in html
    assert html.count("<style>") == styles


def _string_paths(value, path=()):
    if isinstance(value, str):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _string_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _string_paths(item, (*path, index))


def _with(props: dict, path: tuple, value: str) -> dict:
    props = copy.deepcopy(props)
    target = props
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return props


@pytest.fixture(scope="module")
def renderers(request) -> dict[str, SiteRenderer]:
    from tests.unit.render.conftest import SHOWCASE
    import json

    site = json.loads(SHOWCASE.read_text())
    return {mode: SiteRenderer(site, mode=mode, base_url="https://ex.example/") for mode in ("publish", "edit")}


@pytest.mark.parametrize("block_type", sorted(BLOCKS))
def test_every_text_field_of_every_block_renders_inert(block_type, renderers):
    example = BLOCKS[block_type].example
    rendered = 0
    for path in _string_paths(example):
        for payload in HOSTILE:
            try:
                block = Block.model_validate({"id": "b_hostile", "type": block_type,
                                              "props": _with(example, path, payload)})
            except (DocumentError, ValueError):
                continue  # refused (a URL, an enum, a pattern): nothing reaches HTML
            for renderer in renderers.values():
                assert_inert(renderer.render_block(block), styles=0)
            rendered += 1
    assert rendered, "no hostile value was accepted, so nothing was checked"


@pytest.mark.parametrize("payload", HOSTILE)
def test_site_name_description_and_titles_render_inert(payload, showcase):
    site = copy.deepcopy(showcase)
    site["site"]["name"] = payload
    site["site"]["description"] = payload
    for page in site["pages"]:
        page["title"] = payload
        page["doc"]["root"]["title"] = payload
        page["doc"]["root"]["description"] = payload
    document = load_site(site)
    for mode in ("publish", "edit"):
        renderer = SiteRenderer(document, mode=mode, base_url="https://ex.example/")
        for page in document.pages:
            assert_inert(renderer.render_page(page), styles=1)
        assert_inert(renderer.render_not_found(), styles=1)
    assert_inert(render_form_result_page(document, False, payload), styles=1)


@pytest.mark.parametrize("field,value", [
    ("slug", "a\"><script>"), ("base_url", "https://ex.example/\"><script>alert(1)</script>"),
    ("base_url", "javascript:alert(1)"), ("base_url", "https://ex.example/a b"),
])
def test_hostile_slug_and_base_url_are_refused(field, value, showcase):
    site = copy.deepcopy(showcase)
    site["site"][field] = value
    with pytest.raises(DocumentError) as refused:
        load_site(site)
    assert field in str(refused.value.field)
