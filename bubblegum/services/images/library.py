"""The offline image library: real photographs shipped with the product (see
``bubblegum/render/library/LICENSES.md``), chosen by subject with no network.

``choose(subjects, count, seed)`` returns ``count`` images as ``{"src", "alt"}`` dicts whose
``src`` the renderer resolves (``asset:library/<key>``) and whose ``alt`` says what the
image shows. ``subjects`` are plain English words, most specific first ("bakery", "bread",
"food"). Photos whose tags match the earlier words come first; a business the library has
no photo of gets the nearest general subject (see ``subjects.RELATED``). The same subjects
and seed always give the same images; other subjects or another seed order ties differently,
so two businesses rarely share a hero.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from bubblegum.render.assets import collection_index, default_image_resolver
from bubblegum.services.images.results import ImageResult
from bubblegum.services.images.subjects import expand, normalise

PREVIEW_BASE = "/api/canvas/_assets/"  # where the app serves shipped files (bubblegum/api/canvas.py)


@lru_cache(maxsize=1)
def _tags() -> dict[str, frozenset[str]]:
    """Key -> normalised subject tags, each phrase also split into its words."""
    out = {}
    for key, entry in collection_index("library").items():
        tags = {normalise(tag) for tag in entry["subjects"]}
        out[key] = frozenset(tags | {word for tag in tags for word in tag.split()})
    return out


def _ranked(subjects: list[str], seed: int | str) -> list[tuple[float, str]]:
    weights = expand(subjects)
    salt = f"{seed}|{'|'.join(normalise(s) for s in subjects)}"
    ranked = []
    for key, tags in _tags().items():
        score = max((w for term, w in weights if term in tags), default=0.0)
        tie = hashlib.blake2b(f"{salt}|{key}".encode(), digest_size=4).hexdigest()
        ranked.append((score, tie, key))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return [(score, key) for score, _, key in ranked]


def choose(subjects: list[str], count: int, seed: int) -> list[dict]:
    entries = collection_index("library")
    keys = [key for _, key in _ranked(subjects, seed)][: max(0, count)]
    return [{"src": f"asset:library/{key}", "alt": entries[key]["alt"]} for key in keys]


class LibraryProvider:
    """The shipped library as an image provider: searching it needs no key and no network."""

    name = "library"

    def __init__(self, preview_base: str = PREVIEW_BASE) -> None:
        self.resolve = default_image_resolver(preview_base)

    def search(self, query: str, count: int = 12, page: int = 1) -> list[ImageResult]:
        words = [w for w in query.replace(",", " ").split() if w]
        matches = [key for score, key in _ranked(words, 0) if score >= 1] if words else \
            [key for _, key in _ranked([], 0)]
        start = (max(1, page) - 1) * count
        return [self._result(key) for key in matches[start:start + count]]

    def track_download(self, result: ImageResult) -> None:
        """Nothing to report: the library is local."""

    def _result(self, key: str) -> ImageResult:
        entry = collection_index("library")[key]
        resolved = self.resolve(f"asset:library/{key}")
        return ImageResult(
            id=f"asset:library/{key}", preview_url=resolved.srcset[0][0] if resolved.srcset else resolved.src,
            full_url=resolved.src, width=resolved.width or 0, height=resolved.height or 0, alt=entry["alt"],
            author_name=entry["author"], author_url="", source_name="Bubble Gum library",
            source_url="", licence=entry["licence"],
        )
