"""The ``assets.variants`` background job: responsive variants and placeholder colour.

Enqueued by ``library.upload_asset`` for every raster; progress goes to the job row.
The asset's ``status`` moves from ``processing`` to ``ready`` (or ``failed``).
"""

from __future__ import annotations

from collections.abc import Callable

from bubblegum.db import session_scope
from bubblegum.models import Asset
from bubblegum.services import jobs
from bubblegum.services.assets.images import decode, first_frame, is_animation, open_checked
from bubblegum.services.assets.keys import master_key, public_prefix, variant_key
from bubblegum.services.assets.validation import RASTER_FORMATS, AssetRejected
from bubblegum.services.assets.variants import dominant_color, make_animated_variants, make_variants
from bubblegum.services.storage import ObjectNotFound, PutItem, Storage, get_storage

KIND = "assets.variants"
IMMUTABLE = "public, max-age=31536000, immutable"


@jobs.register(KIND, max_attempts=3, timeout=600)
def make_asset_variants(ctx: jobs.JobContext) -> dict:
    return process_asset(int(ctx.payload["asset_id"]), progress=ctx.progress)


def process_asset(asset_id: int, *, storage: Storage | None = None,
                  progress: Callable[[float, str], None] | None = None) -> dict:
    storage = storage or get_storage()
    report = progress or (lambda _f, _m="": None)
    with session_scope() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:
            raise jobs.JobFailed("The image was deleted before it could be processed.")
        storage_key, content_type = asset.storage_key, asset.content_type
    extension = next((ext for mime, ext in RASTER_FORMATS.values() if mime == content_type), None)
    try:
        if extension is None:
            raise AssetRejected(f"No variants are made for {content_type}.")
        report(0.02, "Reading the image")
        master = storage.get(master_key(storage_key, extension))

        def resizing(fraction: float, step: str) -> None:
            report(0.05 + 0.8 * fraction, f"Resizing: {step}")

        probe = open_checked(master)
        if is_animation(probe):
            variants = make_animated_variants(probe, progress=resizing)
            color = dominant_color(first_frame(probe))
        else:
            image = decode(master)
            variants = make_variants(image, progress=resizing)
            color = dominant_color(image)
        report(0.9, "Saving")
        storage.put_many(PutItem(variant_key(storage_key, v.width, v.format), v.data, v.content_type, IMMUTABLE)
                         for v in variants)
    except (AssetRejected, ObjectNotFound) as error:
        _mark(asset_id, "failed")
        raise jobs.JobFailed(getattr(error, "message", None) or str(error)) from None
    except Exception:
        _mark(asset_id, "failed")
        raise
    entries = [{"width": v.width, "height": v.height, "format": v.format, "content_type": v.content_type,
                "key": variant_key(storage_key, v.width, v.format), "size": len(v.data), "sha256": v.sha256}
               for v in variants]
    with session_scope() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:  # deleted while we worked: leave nothing behind
            storage.delete_prefix(public_prefix(storage_key))
            raise jobs.JobFailed("The image was deleted while it was being processed.")
        asset.variants = entries
        asset.placeholder_color = color
        asset.status = "ready"
        session.add(asset)
    return {"asset_id": asset_id, "variants": len(entries), "placeholder": color}


def _mark(asset_id: int, status: str) -> None:
    with session_scope() as session:
        asset = session.get(Asset, asset_id)
        if asset is not None:
            asset.status = status
            session.add(asset)
