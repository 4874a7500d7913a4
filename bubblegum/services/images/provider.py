"""The image provider a deployment uses, chosen by configuration.

    provider = image_provider()
    provider.search("bakery", count=12, page=1)   # -> list[ImageResult]
    provider.track_download(result)               # once a remote photo is used

``BUBBLEGUM_IMAGE_PROVIDER`` names one (library, unsplash, pexels); unset, a configured
Unsplash key wins, then a Pexels key, else the shipped library.
"""

from __future__ import annotations

from typing import Protocol

from bubblegum.config import Settings, get_settings
from bubblegum.services.images.library import LibraryProvider
from bubblegum.services.images.pexels import PexelsProvider
from bubblegum.services.images.results import ImageResult
from bubblegum.services.images.unsplash import UnsplashProvider


class ImageProvider(Protocol):
    name: str

    def search(self, query: str, count: int = 12, page: int = 1) -> list[ImageResult]: ...

    def track_download(self, result: ImageResult) -> None: ...


def image_provider(settings: Settings | None = None) -> ImageProvider:
    settings = settings or get_settings()
    wanted = (settings.image_provider or "").lower() or (
        "unsplash" if settings.unsplash_access_key else "pexels" if settings.pexels_api_key else "library")
    if wanted == "unsplash" and settings.unsplash_access_key:
        return UnsplashProvider(settings.unsplash_access_key, settings.unsplash_api_base)
    if wanted == "pexels" and settings.pexels_api_key:
        return PexelsProvider(settings.pexels_api_key, settings.pexels_api_base)
    return LibraryProvider()
