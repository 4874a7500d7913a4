"""Ordered upgrades for stored documents, applied on load.

Each upgrade takes a document dict at version N and returns it at version N+1 (pure: it
copies what it changes). ``upgrade_page``/``upgrade_site`` run every step from the
document's version to the current one. To change a document's shape: bump
``PAGE_VERSION`` (or ``SITE_VERSION``), add the step, add a test with an old document.

Version 0 is the pre-release shape (kept so the machinery is exercised from day one):
no ``schema_version``; blocks carried their props under ``data``; the page title lived at
the top level as ``title``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PAGE_VERSION = 1
SITE_VERSION = 1

Doc = dict[str, Any]


class UpgradeError(ValueError):
    pass


def _page_0_to_1(doc: Doc) -> Doc:
    root = dict(doc.get("root") or {})
    if "title" in doc and "title" not in root:
        root["title"] = doc["title"]
    content = []
    for block in doc.get("content") or []:
        block = dict(block)
        if "data" in block and "props" not in block:
            block["props"] = block.pop("data")
        content.append(block)
    return {"schema_version": 1, "root": root, "content": content}


def _site_0_to_1(doc: Doc) -> Doc:
    out = dict(doc)
    out["format"] = "bubblegum.site"
    out["schema_version"] = 1
    return out


PAGE_UPGRADES: dict[int, Callable[[Doc], Doc]] = {0: _page_0_to_1}
SITE_UPGRADES: dict[int, Callable[[Doc], Doc]] = {0: _site_0_to_1}


def _run(doc: Doc, steps: dict[int, Callable[[Doc], Doc]], current: int, what: str) -> Doc:
    if not isinstance(doc, dict):
        raise UpgradeError(f"{what} must be a JSON object")
    version = doc.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise UpgradeError(f"{what} schema_version must be a non-negative integer")
    if version > current:
        raise UpgradeError(
            f"{what} schema_version {version} is newer than this Bubble Gum understands "
            f"({current}); upgrade Bubble Gum"
        )
    while version < current:
        doc = steps[version](doc)
        version += 1
    return doc


def upgrade_page(doc: Doc) -> Doc:
    return _run(doc, PAGE_UPGRADES, PAGE_VERSION, "page document")


def upgrade_site(doc: Doc) -> Doc:
    doc = _run(doc, SITE_UPGRADES, SITE_VERSION, "site document")
    pages = doc.get("pages")
    if isinstance(pages, list):
        doc = dict(doc)
        doc["pages"] = [
            {**p, "doc": upgrade_page(p["doc"])} if isinstance(p, dict) and isinstance(p.get("doc"), dict) else p
            for p in pages
        ]
    return doc
