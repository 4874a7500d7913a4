"""The editor canvas: the one renderer in edit mode, for a whole page or one block.

The renderer is built once per site skeleton (site settings, theme, the list of pages
but not their content, and the project's uploaded images) and cached, so a property
change costs one block render.
"""

from __future__ import annotations

import json
from functools import lru_cache

from sqlmodel import Session, select

from bubblegum.blocks.document import EDITS, load_page
from bubblegum.blocks.registry import BLOCKS
from bubblegum.models import Asset, Project
from bubblegum.render.renderer import SiteRenderer
from bubblegum.services.assets.resolver import ProjectImageResolver
from bubblegum.services.publishing.site_documents import site_document

CANVAS_ASSETS = "/api/canvas/_assets/"
_EMPTY = {"schema_version": 1, "root": {"title": "", "description": ""}, "content": []}


IMAGE_FIELDS = ("id", "status", "variants", "placeholder_color", "width", "height", "credit")


def skeleton(db: Session, project: Project) -> str:
    """The site minus page content, plus its images: what rendering needs beyond the page."""
    document = site_document(db, project)
    pages = [{"slug": page["slug"], "title": page["title"],
              "doc": {**_EMPTY, "root": {**_EMPTY["root"], "title": page["title"]}}}
             for page in document["pages"]]
    images = [{field: getattr(asset, field) for field in IMAGE_FIELDS}
              for asset in db.exec(select(Asset).where(Asset.project_id == project.id, Asset.status == "ready"))]
    return json.dumps({"site": {**document, "pages": pages}, "images": images}, sort_keys=True,
                      ensure_ascii=False, default=str)


@lru_cache(maxsize=16)
def _renderer(site_skeleton: str) -> SiteRenderer:
    data = json.loads(site_skeleton)
    images = ProjectImageResolver([Asset(**image) for image in data["images"]], asset_base=CANVAS_ASSETS,
                                  public_urls=True)
    return SiteRenderer(data["site"], mode="edit", base_url="/", asset_base=CANVAS_ASSETS, image_resolver=images)


def page_html(site_skeleton: str, slug: str, document: dict) -> str:
    return _renderer(site_skeleton).render_page(load_page(document, page=slug, props_cache=EDITS), slug=slug)


def block_html(site_skeleton: str, slug: str, document: dict, block_id: str) -> str:
    page = load_page(document, page=slug, props_cache=EDITS)
    block = next(block for block in page.content if block.id == block_id)
    return _renderer(site_skeleton).render_block(block, page=page)


def block_summary(block: dict) -> str:
    """The block type's summary for the layers list; sample content says so first."""
    summary = BLOCKS[block["type"]].summary(block.get("props") or {})
    if not block.get("sample"):
        return summary
    return f"Sample · {summary}" if summary else "Sample"
