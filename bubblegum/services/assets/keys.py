"""Where an asset's files live in storage. Keys are generated here, never from a name.

    Asset.storage_key          <org>/<project>/<uuid>
    master (private)           private/assets/<storage_key>/original.<ext>
    variant (public)           public/assets/<storage_key>/<width>.<webp|avif>
    sanitised SVG (public)     public/assets/<storage_key>/image.svg
"""

from __future__ import annotations

import uuid


def new_storage_key(org_id: int, project_id: int) -> str:
    return f"{int(org_id)}/{int(project_id)}/{uuid.uuid4().hex}"


def master_key(storage_key: str, extension: str) -> str:
    return f"private/assets/{storage_key}/original.{extension}"


def variant_key(storage_key: str, width: int, fmt: str) -> str:
    return f"public/assets/{storage_key}/{int(width)}.{fmt}"


def svg_key(storage_key: str) -> str:
    return f"public/assets/{storage_key}/image.svg"


def public_prefix(storage_key: str) -> str:
    return f"public/assets/{storage_key}/"


def private_prefix(storage_key: str) -> str:
    return f"private/assets/{storage_key}/"
