"""From untrusted upload bytes to a clean file ready to store, or AssetRejected."""

from __future__ import annotations

from dataclasses import dataclass

from bubblegum.services.assets.images import reencode
from bubblegum.services.assets.svg import sanitize_svg
from bubblegum.services.assets.validation import DEFAULT_MAX_BYTES, check_size, sniff


@dataclass(frozen=True)
class PreparedUpload:
    kind: str  # "raster" | "svg"
    data: bytes  # re-encoded raster or re-serialised SVG: never the uploaded bytes
    content_type: str
    extension: str
    width: int | None
    height: int | None


def prepare_upload(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> PreparedUpload:
    """Check size, detect the type from content, then re-encode or sanitise.

    The client's file name and MIME type are deliberately not parameters.
    """
    check_size(data, max_bytes)
    if sniff(data) == "svg":
        svg = sanitize_svg(data)
        return PreparedUpload("svg", svg.data, "image/svg+xml", "svg", svg.width, svg.height)
    image = reencode(data)
    return PreparedUpload("raster", image.data, image.content_type, image.extension, image.width, image.height)
