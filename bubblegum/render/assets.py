"""Static files the renderer references: shipped fonts and images, each published under
``_assets/`` with a content hash in its name (safe to cache for a year).

Shipped images come in collections, each a folder with an ``index.json`` (key -> WebP
variants and placeholder colour): ``asset:sample/<key>`` (abstract artwork for block
examples) and ``asset:library/<key>`` (the photo library generated sites use, with alt
text, subjects and credit per key; see ``library/LICENSES.md``).

Also the image resolver protocol. An ``ImageResolver`` maps an image ``src`` (URL or
``asset:<key>``) to a ``ResolvedImage`` (src, srcset entries, intrinsic size, placeholder
colour, bundle files it needs). The default resolver knows the shipped collections and
passes URLs through; the assets service can pass its own (e.g. one that returns resized
WebP variants from storage).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bubblegum.render.credits import Credit

COLLECTIONS = {"sample": Path(__file__).parent / "samples", "library": Path(__file__).parent / "library"}


@dataclass(frozen=True)
class ResolvedImage:
    src: str
    width: int | None = None
    height: int | None = None
    srcset: tuple[tuple[str, int], ...] = ()  # (url, width in px)
    placeholder: str | None = None
    files: tuple[str, ...] = field(default=())  # bundle paths (under _assets/) this image uses
    credit: Credit | None = None  # shown in the page's photo credits when the licence asks for it


ImageResolver = Callable[[str], "ResolvedImage | None"]


@lru_cache(maxsize=None)
def _digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=5).hexdigest()


def hashed_name(path: Path) -> str:
    return f"{path.stem}.{_digest(path)}{path.suffix}"


@lru_cache(maxsize=None)
def collection_index(collection: str) -> dict[str, dict]:
    """Key -> entry (``variants`` as [file, width, height], ``placeholder``, and for the
    library ``alt``, ``subjects`` and credit) of one shipped image collection."""
    return json.loads((COLLECTIONS[collection] / "index.json").read_text())


def _shipped(src: str) -> tuple[Path, dict] | None:
    """The folder and index entry of ``asset:<collection>/<key>``, or None."""
    collection, _, key = src.removeprefix("asset:").partition("/")
    if collection not in COLLECTIONS:
        return None
    entry = collection_index(collection).get(key)
    return (COLLECTIONS[collection], entry) if entry else None


@lru_cache(maxsize=None)
def static_files() -> dict[str, Path]:
    """Bundle path (``_assets/...``) -> source file, for every shippable static asset."""
    from bubblegum.blocks.theme import FONTS
    from bubblegum.render.fonts import FONT_DIR

    out: dict[str, Path] = {}
    for font in FONTS.values():
        if font.file:
            p = FONT_DIR / font.file
            out["_assets/" + hashed_name(p)] = p
    for collection, folder in COLLECTIONS.items():
        for entry in collection_index(collection).values():
            for name, _w, _h in entry["variants"]:
                p = folder / name
                out["_assets/" + hashed_name(p)] = p
    return out


def font_path(file: str) -> str:
    from bubblegum.render.fonts import FONT_DIR

    return "_assets/" + hashed_name(FONT_DIR / file)


def static_bytes(bundle_path: str) -> bytes:
    return static_files()[bundle_path].read_bytes()


NO_CREDIT_NEEDED = frozenset({"CC0-1.0", "Public domain"})


def _library_credit(entry: dict) -> Credit | None:
    if "licence" not in entry or entry["licence"] in NO_CREDIT_NEEDED:
        return None
    return Credit(author=entry["author"], licence=entry["licence"], licence_url=entry["licence_url"])


def default_image_resolver(asset_base: str) -> ImageResolver:
    """Shipped images under ``asset_base`` (the URL of ``_assets/``); URLs unchanged."""

    @lru_cache(maxsize=4096)
    def resolve(src: str) -> ResolvedImage | None:
        shipped = _shipped(src) if src.startswith("asset:") else None
        if shipped is not None:
            folder, entry = shipped
            variants = []
            files = []
            for name, w, h in entry["variants"]:
                path = "_assets/" + hashed_name(folder / name)
                files.append(path)
                variants.append((asset_base + path.removeprefix("_assets/"), w, h))
            url, w, h = variants[-1] if len(variants) < 3 else variants[-2]
            return ResolvedImage(
                src=url, width=variants[-1][1], height=variants[-1][2],
                srcset=tuple((u, vw) for u, vw, _ in variants) if len(variants) > 1 else (),
                placeholder=entry.get("placeholder"), files=tuple(files), credit=_library_credit(entry),
            )
        if src.startswith("asset:"):
            return None  # real uploads are resolved by the assets service's resolver
        return ResolvedImage(src=src)

    return resolve
