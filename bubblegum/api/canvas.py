"""Files the editor canvas needs: the renderer's shipped fonts and sample images."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from bubblegum.services.publishing.headers import content_type

router = APIRouter()


@router.get("/api/canvas/_assets/{name}", include_in_schema=False)
def canvas_asset(name: str) -> Response:
    from bubblegum.render.assets import static_files

    source = static_files().get(f"_assets/{name}")
    if source is None:
        return Response("Not found", status_code=404)
    return Response(source.read_bytes(), media_type=content_type(name),
                    headers={"Cache-Control": "public, max-age=31536000, immutable",
                             "X-Content-Type-Options": "nosniff",
                             # the canvas iframe is sandboxed (origin "null"); fonts need CORS
                             "Access-Control-Allow-Origin": "*"})
