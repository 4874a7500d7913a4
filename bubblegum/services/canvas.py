"""The editor canvas: the one renderer in edit mode, for a whole page or one block.

The renderer is built once per site skeleton (site settings, theme and the list of
pages, not their content) and cached, so a property change costs one block render.
"""

from __future__ import annotations

import json
from functools import lru_cache

from bubblegum.blocks.document import load_page
from bubblegum.render.renderer import SiteRenderer

CANVAS_ASSETS = "/api/canvas/_assets/"
_EMPTY = {"schema_version": 1, "root": {"title": "", "description": ""}, "content": []}


def skeleton(site_document: dict) -> str:
    """The site minus page content: what a renderer needs beyond the page it renders."""
    pages = [{"slug": page["slug"], "title": page["title"],
              "doc": {**_EMPTY, "root": {**_EMPTY["root"], "title": page["title"]}}}
             for page in site_document["pages"]]
    return json.dumps({**site_document, "pages": pages}, sort_keys=True, ensure_ascii=False)


@lru_cache(maxsize=16)
def _renderer(site_skeleton: str) -> SiteRenderer:
    return SiteRenderer(json.loads(site_skeleton), mode="edit", base_url="/", asset_base=CANVAS_ASSETS)


def page_html(site_skeleton: str, slug: str, document: dict) -> str:
    return _renderer(site_skeleton).render_page(load_page(document, page=slug), slug=slug)


def block_html(site_skeleton: str, slug: str, document: dict, block_id: str) -> str:
    page = load_page(document, page=slug)
    block = next(block for block in page.content if block.id == block_id)
    return _renderer(site_skeleton).render_block(block, page=page)


def block_summary(block: dict) -> str:
    """A short line that tells blocks of one type apart in the layers list."""
    props = block.get("props") or {}
    for key in ("title", "brand", "quote", "body", "text"):
        value = props.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:60]
    return ""


