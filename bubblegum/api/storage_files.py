"""GET /storage/<key>: public files (image variants) of the local storage adapter.

With S3 or a CDN configured, public URLs point there instead and this route is unused.
Only the `public/` prefix is reachable; originals stay private.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from bubblegum.services.assets.svg import SVG_HEADERS
from bubblegum.services.storage import PUBLIC_PREFIX, InvalidKey, ObjectNotFound, get_storage

router = APIRouter()
NOT_FOUND = Response("Not found", status_code=404, media_type="text/plain")


@router.get("/storage/{key:path}", include_in_schema=False)
async def public_file(key: str) -> Response:
    storage = get_storage()
    try:
        info = await run_in_threadpool(storage.head, PUBLIC_PREFIX + key)
        if info is None:
            return NOT_FOUND
        data = await run_in_threadpool(storage.get, PUBLIC_PREFIX + key)
    except (InvalidKey, ObjectNotFound):
        return NOT_FOUND
    headers = {"Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff"}
    if info.content_type == "image/svg+xml":
        headers.update(SVG_HEADERS)
    return Response(data, media_type=info.content_type, headers=headers)
