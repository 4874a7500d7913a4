"""Assets: safe image uploads, responsive variants, and a project's asset library.

Asset reference format: documents refer to an uploaded asset as ``asset:<id>`` (the
Asset row's integer id), e.g. an image prop ``{"src": "asset:42", "alt": "..."}`` or a
page's ``root.og_image = "asset:42"``. ``asset:sample/<name>`` stays the renderer's
built-in sample images. ``usage.asset_ref(id)`` / ``usage.parse_ref(src)`` convert.

Modules:
- ``validation``: size limit per plan (default 10 MB), content sniffing, pixel limit
  (40 MP, below Pillow's 89 MP default), file-name cleaning, ``AssetRejected``.
- ``images``: decode with ``Image.open(formats=[JPEG, PNG, WEBP, GIF, AVIF?])``, check the
  size before decoding, apply EXIF orientation, re-encode with no metadata.
- ``svg``: strict allowlist sanitiser; ``SVG_HEADERS`` (sandboxing CSP) for serving.
- ``intake.prepare_upload``: the one path from upload bytes to storable bytes.
- ``variants``: WebP (+ AVIF) at 320/640/960/1280/1920 px, never upscaled; dominant colour.
- ``processing``: the ``assets.variants`` job (``services.jobs``) that makes them.
- ``keys``: generated storage keys (``<org>/<project>/<uuid>``; originals private,
  variants public).
- ``usage``: where-used (latest version of each live page, site settings) and clearing.
- ``work_pool``: image work off the event loop (``library.upload_files`` for async callers).
- ``library``: upload, list/search, alt text, where-used, delete (refused while in use
  unless ``force``), bulk delete of unused assets; all through the policy.
- ``resolver``: maps ``asset:<id>`` to srcset, size, placeholder and bundle files for
  the renderer.
"""

from bubblegum.services.assets.library import (
    Uploaded,
    delete_asset,
    delete_unused,
    get_asset,
    list_assets,
    set_alt,
    thumbnail_url,
    upload_asset,
    upload_files,
    upload_many,
    usage_counts,
    where_used,
)
from bubblegum.services.assets.usage import AssetUse, asset_ref, parse_ref
from bubblegum.services.assets.validation import AssetRejected

__all__ = [
    "AssetRejected", "AssetUse", "Uploaded", "asset_ref", "delete_asset", "delete_unused", "get_asset",
    "list_assets", "parse_ref", "set_alt", "thumbnail_url", "upload_asset", "upload_files", "upload_many",
    "usage_counts", "where_used",
]
