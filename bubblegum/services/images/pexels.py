"""Pexels through its official REST API (``GET /v1/search``, ``Authorization: <API key>``),
credited "Photo by <photographer> on Pexels" with links to the photographer and to Pexels."""

from __future__ import annotations

from bubblegum.services.images.remote import get_json
from bubblegum.services.images.results import ImageResult


class PexelsProvider:
    name = "pexels"

    def __init__(self, api_key: str, api_base: str = "https://api.pexels.com") -> None:
        self.headers = {"Authorization": api_key}
        self.api_base = api_base.rstrip("/")

    def search(self, query: str, count: int = 12, page: int = 1) -> list[ImageResult]:
        body = get_json("Pexels", f"{self.api_base}/v1/search", self.headers,
                        {"query": query, "per_page": max(1, min(count, 80)), "page": max(1, page)})
        return [self._result(photo) for photo in body.get("photos", [])]

    def track_download(self, result: ImageResult) -> None:
        """Pexels asks for no download tracking."""

    @staticmethod
    def _result(photo: dict) -> ImageResult:
        src = photo.get("src") or {}
        return ImageResult(
            id=str(photo["id"]), preview_url=src.get("medium") or src.get("small", ""),
            full_url=src.get("large2x") or src.get("original", ""),
            width=int(photo.get("width") or 0), height=int(photo.get("height") or 0),
            alt=photo.get("alt") or "", author_name=photo.get("photographer", ""),
            author_url=photo.get("photographer_url", "https://www.pexels.com"),
            source_name="Pexels", source_url="https://www.pexels.com", licence="Pexels License",
        )
