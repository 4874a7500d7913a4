"""What an image search returns, whichever provider answered."""

from __future__ import annotations

from dataclasses import dataclass


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
        """"Photo by X on Unsplash", as the providers' guidelines ask to show it."""
        return f"Photo by {self.author_name} on {self.source_name}"

    @property
    def is_remote(self) -> bool:
        return not self.id.startswith("asset:")
