"""Unsplash through its official REST API (``GET /search/photos``, ``Authorization:
Client-ID <access key>``). As the API guidelines require, a photo that is used triggers
its ``links.download_location`` once (``track_download``), and it is credited "Photo by
<name> on Unsplash" with links to the photographer and to Unsplash carrying utm params."""

from __future__ import annotations

from bubblegum.services.images.remote import get_json
from bubblegum.services.images.results import ImageResult

UTM = "utm_source=bubblegum&utm_medium=referral"


class UnsplashProvider:
    name = "unsplash"

    def __init__(self, access_key: str, api_base: str = "https://api.unsplash.com") -> None:
        self.headers = {"Authorization": f"Client-ID {access_key}", "Accept-Version": "v1"}
        self.api_base = api_base.rstrip("/")

    def search(self, query: str, count: int = 12, page: int = 1) -> list[ImageResult]:
        body = get_json("Unsplash", f"{self.api_base}/search/photos", self.headers,
                        {"query": query, "per_page": max(1, min(count, 30)), "page": max(1, page)})
        return [self._result(photo) for photo in body.get("results", [])]

    def track_download(self, result: ImageResult) -> None:
        """Tell Unsplash the photo was used (required by their guidelines, not a file download)."""
        if result.download_location:
            get_json("Unsplash", result.download_location, self.headers)

    @staticmethod
    def _result(photo: dict) -> ImageResult:
        user = photo.get("user") or {}
        urls = photo.get("urls") or {}
        return ImageResult(
            id=str(photo["id"]), preview_url=urls.get("small") or urls.get("thumb", ""),
            full_url=urls.get("regular") or urls.get("full", ""),
            width=int(photo.get("width") or 0), height=int(photo.get("height") or 0),
            alt=photo.get("alt_description") or photo.get("description") or "",
            author_name=user.get("name") or user.get("username", ""),
            author_url=f"{(user.get('links') or {}).get('html', 'https://unsplash.com')}?{UTM}",
            source_name="Unsplash", source_url=f"https://unsplash.com/?{UTM}", licence="Unsplash License",
            download_location=(photo.get("links") or {}).get("download_location", ""),
        )
