"""Photo credits: who took a page's photos, shown in one line after the page's content.

A resolver gives a ``Credit`` with an image when its licence or provider asks for one
(Unsplash and Pexels photos; library photos under CC-BY, CC-BY-SA, GPL or LGPL). The
renderer collects the credits of the images a page refers to (``image_srcs``) and writes
``credits_html`` after ``<main>``: "Photo by <author> on <source>" for a provider,
"Photo: <author>, <licence>" for the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape
from pydantic import BaseModel

CREDITS_CSS = (".photo-credits{max-width:72rem;margin:0 auto;padding:.75rem 1.25rem;font-size:.8rem;"
               "color:var(--mut)}.photo-credits a{color:inherit}")


@dataclass(frozen=True)
class Credit:
    author: str
    author_url: str = ""
    source: str = ""  # "Unsplash", "Pexels"; "" for the shipped library
    source_url: str = ""
    licence: str = ""
    licence_url: str = ""

    @property
    def text(self) -> str:
        return f"Photo by {self.author} on {self.source}" if self.source else f"Photo: {self.author}, {self.licence}"

    def html(self) -> Markup:
        author = _link(self.author, self.author_url)
        if self.source:
            return Markup("Photo by {} on {}").format(author, _link(self.source, self.source_url))
        return Markup("Photo: {}, {}").format(author, _link(self.licence, self.licence_url))


def _link(text: str, url: str) -> Markup:
    if url.startswith(("https://", "http://")):
        return Markup('<a href="{}" rel="noopener">{}</a>').format(url, text)
    return escape(text)


def image_srcs(value: Any) -> list[str]:
    """Every ``asset:`` image source in block props (models or dicts), in order of appearance, once each."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, BaseModel):
            node = node.__dict__
        if isinstance(node, dict):
            src = node.get("src")
            if isinstance(src, str) and src.startswith("asset:"):
                found[src] = None
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(value)
    return list(found)


def credits_html(credits: list[Credit]) -> str:
    unique = list(dict.fromkeys(credits))
    if not unique:
        return ""
    return Markup('<p class="photo-credits">{}</p>').format(Markup(" · ").join(c.html() for c in unique))
