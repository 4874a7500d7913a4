"""Where assets are used, and removing those uses without touching history.

A use is any value equal to ``asset:<id>`` (an image prop's ``src``, a page's
``og_image``) in the latest version of a live page, or anywhere in the project's site
settings (e.g. the business logo). Clearing appends a new PageVersion; old versions are
never edited, so the page's history can still bring the image back.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from bubblegum.models import PageVersion, Project
from bubblegum.services.publishing.site_documents import latest_versions, live_pages

ASSET_REF = re.compile(r"^asset:(\d+)$")


def asset_ref(asset_id: int) -> str:
    """The reference stored in documents for an uploaded asset: ``asset:<id>``."""
    return f"asset:{int(asset_id)}"


def parse_ref(src: Any) -> int | None:
    match = ASSET_REF.match(src) if isinstance(src, str) else None
    return int(match.group(1)) if match else None


@dataclass
class AssetUse:
    page_id: int | None  # None: the site settings
    page_slug: str
    page_title: str
    block_ids: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "Site settings" if self.page_id is None else (self.page_title or self.page_slug or "Home")


def _refs(value: Any, found: set[int]) -> None:
    if isinstance(value, dict):
        for item in value.values():
            _refs(item, found)
    elif isinstance(value, list):
        for item in value:
            _refs(item, found)
    else:
        asset_id = parse_ref(value)
        if asset_id is not None:
            found.add(asset_id)


def project_uses(session: Session, project: Project) -> dict[int, list[AssetUse]]:
    """Every asset id referenced in the project -> where."""
    uses: dict[int, list[AssetUse]] = {}
    settings_refs: set[int] = set()
    _refs(project.settings or {}, settings_refs)
    for asset_id in settings_refs:
        uses.setdefault(asset_id, []).append(AssetUse(None, "", "Site settings"))
    pages = live_pages(session, project.id)
    versions = latest_versions(session, [p.id for p in pages])
    for page in pages:
        version = versions.get(page.id)
        if version is None:
            continue
        per_page: dict[int, AssetUse] = {}
        document = version.document or {}
        root_refs: set[int] = set()
        _refs(document.get("root", {}), root_refs)
        for asset_id in root_refs:
            per_page.setdefault(asset_id, AssetUse(page.id, page.slug, page.title))
        for block in document.get("content", []) or []:
            block_refs: set[int] = set()
            _refs(block.get("props", {}), block_refs)
            for asset_id in block_refs:
                per_page.setdefault(asset_id, AssetUse(page.id, page.slug, page.title)).block_ids.append(
                    str(block.get("id", "")))
        for asset_id, use in per_page.items():
            uses.setdefault(asset_id, []).append(use)
    return uses


def _strip(value: Any, ref: str, *, drop_items: bool) -> Any:
    """A copy with every use of ``ref`` set to None; with drop_items, list items holding it go."""
    if isinstance(value, dict):
        if value.get("src") == ref:
            return None
        return {k: _strip(v, ref, drop_items=drop_items) for k, v in value.items()}
    if isinstance(value, list):
        if drop_items:
            value = [item for item in value if not _contains(item, ref)]
        return [_strip(item, ref, drop_items=drop_items) for item in value]
    return None if value == ref else value


def _contains(value: Any, ref: str) -> bool:
    found: set[int] = set()
    _refs(value, found)
    return parse_ref(ref) in found


def _valid(block_type: str, props: dict) -> bool:
    from bubblegum.blocks.document import validate_props

    try:
        validate_props(block_type, props)
        return True
    except Exception:  # any validation failure means "try the next, stronger clearing"
        return False


def clear_document(document: dict, ref: str) -> dict:
    """The document without ``ref``: optional images are emptied; where an image is
    required, the list item (gallery photo, feature row) or else the block is removed."""
    doc = copy.deepcopy(document)
    root = doc.get("root") or {}
    if root.get("og_image") == ref:
        root["og_image"] = None
    content = []
    for block in doc.get("content", []) or []:
        props = block.get("props", {})
        if not _contains(props, ref):
            content.append(block)
            continue
        for drop_items in (False, True):
            cleared = _strip(props, ref, drop_items=drop_items)
            if _valid(block.get("type", ""), cleared):
                content.append({**block, "props": cleared})
                break
    doc["content"] = content
    return doc


def clear_uses(session: Session, project: Project, asset_id: int, *, author_id: int | None,
               note: str) -> list[int]:
    """Append a cleared version to every page using the asset; clear site settings too."""
    ref = asset_ref(asset_id)
    changed: list[int] = []
    if _contains(project.settings or {}, ref):
        project.settings = _strip(project.settings, ref, drop_items=False)
        session.add(project)
    pages = live_pages(session, project.id)
    for page_id, version in latest_versions(session, [p.id for p in pages]).items():
        if not _contains(version.document or {}, ref):
            continue
        session.add(PageVersion(page_id=page_id, number=version.number + 1, author_id=author_id,
                                document=clear_document(version.document, ref), note=note[:200]))
        changed.append(page_id)
    session.flush()
    return changed
