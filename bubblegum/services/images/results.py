"""What an image search returns, whichever provider answered."""

from __future__ import annotations

from dataclasses import dataclass

from bubblegum.render.credits import Credit


@dataclass(frozen=True)
class ImageResult:
    """One photo found by a provider. ``id`` is unique within its ``source_name``; for the
    shipped library it is the ``asset:library/<key>`` reference itself."""

    id: str
    preview_url: str
    full_url: str
    width: int
    height: int
    alt: str
    author_name: str
    author_url: str
    source_name: str
    source_url: str
    licence: str
    download_location: str = ""  # Unsplash: the URL to call once the photo is used

    @property
    def credit(self) -> str:
        """"Photo by X on Unsplash", as the providers' guidelines ask; "Photo: X, <licence>" for the library."""
        return Credit(author=self.author_name, source=self.source_name if self.is_remote else "",
                      licence=self.licence).text

    @property
    def is_remote(self) -> bool:
        return not self.id.startswith("asset:")
