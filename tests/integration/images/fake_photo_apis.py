"""A local fake of the Unsplash and Pexels REST APIs, in their wire format (JSON shapes
from their API documentation), plus the photo files they link to.

- ``GET /search/photos`` (Unsplash): ``{"total", "total_pages", "results": [photo]}``
- ``GET /photos/<id>/download`` (Unsplash's ``links.download_location``): ``{"url"}``
- ``GET /v1/search`` (Pexels): ``{"page", "per_page", "photos": [photo], "total_results", "next_page"}``
- ``GET /files/<name>.jpg``: a real JPEG (what ``urls.regular`` / ``src.large2x`` point at)

Every request is recorded with its path, query and headers. ``status`` makes every API
answer that HTTP status instead.
"""

from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def jpeg(width: int = 800, height: int = 533) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (180, 120, 60)).save(out, "JPEG")
    return out.getvalue()


class FakePhotoApis:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.status = 200
        self.photo = jpeg()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                fake.requests.append({"path": url.path, "query": query, "headers": dict(self.headers)})
                if url.path.startswith("/files/"):
                    return self._send(200, fake.photo, "image/jpeg")
                if fake.status != 200:
                    return self._send(fake.status, b'{"errors": ["OAuth error: The access token is invalid"]}')
                if url.path == "/search/photos":
                    return self._json(fake.unsplash_search(query))
                if url.path.startswith("/photos/") and url.path.endswith("/download"):
                    return self._json({"url": f"{fake.url}/files/{url.path.split('/')[2]}.jpg"})
                if url.path == "/v1/search":
                    return self._json(fake.pexels_search(query))
                return self._send(404, b'{"errors": ["Not found"]}')

            def _json(self, body: dict) -> None:
                self._send(200, json.dumps(body).encode())

            def _send(self, code: int, data: bytes, content_type: str = "application/json") -> None:
                self.send_response(code)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def unsplash_search(self, query: dict) -> dict:
        per_page = int(query.get("per_page", 10))
        results = [{
            "id": f"u{n}", "created_at": "2016-05-03T11:00:28-04:00", "width": 5245, "height": 3497,
            "color": "#60544D", "blur_hash": "LoC%a7IoIVxZ_NM|M{s:%hRjWAo0", "likes": 12,
            "description": f"{query['query']} number {n}", "alt_description": f"a {query['query']} on a table",
            "user": {"id": "QPxL2MGqfrw", "username": "exampleuser", "name": "Joe Example",
                     "links": {"self": "https://api.unsplash.com/users/exampleuser",
                               "html": "https://unsplash.com/@exampleuser"}},
            "urls": {name: f"{self.url}/files/u{n}-{name}.jpg"
                     for name in ("raw", "full", "regular", "small", "thumb")},
            "links": {"self": f"https://api.unsplash.com/photos/u{n}", "html": f"https://unsplash.com/photos/u{n}",
                      "download": f"https://unsplash.com/photos/u{n}/download",
                      "download_location": f"{self.url}/photos/u{n}/download?ixid=abc"},
        } for n in range(per_page)]
        return {"total": 133, "total_pages": 7, "results": results}

    def pexels_search(self, query: dict) -> dict:
        per_page, page = int(query.get("per_page", 15)), int(query.get("page", 1))
        photos = [{
            "id": 2014422 + n, "width": 3024, "height": 3024, "url": f"https://www.pexels.com/photo/{2014422 + n}/",
            "photographer": "Joey Farina", "photographer_url": "https://www.pexels.com/@joey",
            "photographer_id": 680589, "avg_color": "#978E82", "liked": False,
            "src": {name: f"{self.url}/files/p{n}-{name}.jpg" for name in
                    ("original", "large2x", "large", "medium", "small", "portrait", "landscape", "tiny")},
            "alt": f"{query['query']} in warm light",
        } for n in range(per_page)]
        return {"page": page, "per_page": per_page, "photos": photos, "total_results": 10000,
                "next_page": f"https://api.pexels.com/v1/search/?page={page + 1}&per_page={per_page}&query=x"}

    def __enter__(self) -> "FakePhotoApis":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
