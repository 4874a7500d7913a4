"""An upload and its variants end to end on S3 (moto's server over HTTP)."""

from __future__ import annotations

from bubblegum.db import session_scope
from bubblegum.models import Asset
from bubblegum.services import assets, jobs
from bubblegum.services.storage import get_storage
from bubblegum.services.storage.s3 import S3Storage
from tests.unit.assets import samples


def test_upload_variants_and_delete_on_s3(s3_site):
    storage = get_storage()
    assert isinstance(storage, S3Storage)
    with session_scope() as session:
        result = assets.upload_asset(session, s3_site["editor"], s3_site["project"], "wide.png", samples.png(1300, 400))
    assert jobs.run_job_now(result.job_id).status == "done"
    with session_scope() as session:
        asset = session.get(Asset, result.asset.id)
    keys = set(storage.list(f"public/assets/{asset.storage_key}/"))
    assert keys == {v["key"] for v in asset.variants} and len(keys) == 4 * len({v["format"] for v in asset.variants})
    head = storage.head(asset.variants[0]["key"])
    assert head.content_type in ("image/webp", "image/avif")
    assert storage.public_url(asset.variants[0]["key"]).startswith("https://cdn.example.test/assets/")
    with session_scope() as session:
        assets.delete_asset(session, s3_site["owner"], s3_site["project"], asset.id)
    assert list(storage.list(f"public/assets/{asset.storage_key}/")) == []
    assert list(storage.list(f"private/assets/{asset.storage_key}/")) == []
