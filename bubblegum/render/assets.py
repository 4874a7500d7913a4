"""Static files the renderer references: shipped fonts and sample images, each published
under ``_assets/`` with a content hash in its name (safe to cache for a year).

Also the image resolver protocol. An ``ImageResolver`` maps an image ``src`` (URL or
``asset:<key>``) to a ``ResolvedImage`` (src, srcset entries, intrinsic size, placeholder
colour, bundle files it needs). The default resolver knows the sample images
(``asset:sample/<name>``) and passes URLs through; the assets service can pass its own
(e.g. one that returns resized WebP variants from storage).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SAMPLES_DIR = Path(__file__).parent / "samples"


@dataclass(frozen=True)
class ResolvedImage:
    src: str
    width: int | None = None
    height: int | None = None
    srcset: tuple[tuple[str, int], ...] = ()  # (url, width in px)
    placeholder: str | None = None
    files: tuple[str, ...] = field(default=())  # bundle paths (under _assets/) this image uses


ImageResolver = Callable[[str], "ResolvedImage | None"]


@lru_cache(maxsize=None)
def _digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=5).hexdigest()


def hashed_name(path: Path) -> str:
    return f"{path.stem}.{_digest(path)}{path.suffix}"


@lru_cache(maxsize=None)
def sample_index() -> dict[str, dict]:
    return json.loads((SAMPLES_DIR / "index.json").read_text())


@lru_cache(maxsize=None)
def static_files() -> dict[str, Path]:
    """Bundle path (``_assets/...``) -> source file, for every shippable static asset."""
    from bubblegum.render.fonts import FONT_DIR, FONTS

    out: dict[str, Path] = {}
    for font in FONTS.values():
        if font.file:
            p = FONT_DIR / font.file
            out["_assets/" + hashed_name(p)] = p
    for entry in sample_index().values():
        for name, _w, _h in entry["variants"]:
            p = SAMPLES_DIR / name
            out["_assets/" + hashed_name(p)] = p
    return out


def font_path(file: str) -> str:
    from bubblegum.render.fonts import FONT_DIR

    return "_assets/" + hashed_name(FONT_DIR / file)


def static_bytes(bundle_path: str) -> bytes:
    return static_files()[bundle_path].read_bytes()


def default_image_resolver(asset_base: str) -> ImageResolver:
    """Sample images under ``asset_base`` (the URL of ``_assets/``); URLs unchanged."""

    @lru_cache(maxsize=4096)
    def resolve(src: str) -> ResolvedImage | None:
        if src.startswith("asset:sample/"):
            entry = sample_index().get(src.removeprefix("asset:sample/"))
            if entry is None:
                return None
            variants = []
            files = []
            for name, w, h in entry["variants"]:
                path = "_assets/" + hashed_name(SAMPLES_DIR / name)
                files.append(path)
                variants.append((asset_base + path.removeprefix("_assets/"), w, h))
            url, w, h = variants[-1] if len(variants) < 3 else variants[-2]
            return ResolvedImage(
                src=url, width=variants[-1][1], height=variants[-1][2],
                srcset=tuple((u, vw) for u, vw, _ in variants) if len(variants) > 1 else (),
                placeholder=entry.get("placeholder"), files=tuple(files),
            )
        if src.startswith("asset:"):
            return None  # real uploads are resolved by the assets service's resolver
        return ResolvedImage(src=src)

    return resolve
