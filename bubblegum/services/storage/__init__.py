"""File storage behind one small interface: a local folder by default, S3 by configuration.

    from bubblegum.services.storage import get_storage, PutItem
    storage = get_storage()
    storage.put("public/sites/7/d42/index.html", html, content_type="text/html; charset=utf-8",
                cache_control="public, max-age=31536000, immutable")
    storage.put_many([PutItem(key, data, content_type) for ...])   # parallel on S3
    storage.get(key) -> bytes            # ObjectNotFound if missing
    storage.head(key) -> ObjectInfo | None
    storage.exists(key) / delete(key) / delete_prefix(prefix) -> count
    storage.list(prefix) -> iterator of keys, sorted on the local adapter
    storage.copy(source, destination)
    storage.public_url("public/...")    # InvalidKey for private keys

Keys: relative paths validated by ``validate_key`` (no ``..``, no absolute paths, no NUL
or control characters). ``private/`` keys are never served; ``public/`` keys are (see
``base``). ``get_storage()`` returns S3 when ``S3_BUCKET`` is set, else the local folder
``<BUBBLEGUM_DATA_DIR>/storage``.
"""

from __future__ import annotations

from bubblegum.config import Settings, get_settings
from bubblegum.services.storage.base import (
    PRIVATE_PREFIX,
    PUBLIC_PREFIX,
    SVG_CONTENT_TYPE,
    SVG_CSP,
    InvalidKey,
    ObjectInfo,
    ObjectNotFound,
    PutItem,
    Storage,
    StorageError,
    is_public,
    validate_key,
)

_cache: dict[tuple, Storage] = {}


def storage_from_settings(settings: Settings) -> Storage:
    if settings.s3_bucket:
        from bubblegum.services.storage.s3 import S3Storage

        return S3Storage(
            settings.s3_bucket, endpoint_url=settings.s3_endpoint_url, region=settings.s3_region,
            access_key_id=settings.s3_access_key_id, secret_access_key=settings.s3_secret_access_key,
            public_base_url=settings.cdn_base_url,
        )
    from bubblegum.services.storage.local import LocalStorage

    base = settings.cdn_base_url or settings.app_url.rstrip("/") + "/storage"
    return LocalStorage(settings.data_dir / "storage", public_base_url=base)


def get_storage() -> Storage:
    """The configured adapter, one per distinct configuration (settings are cached)."""
    s = get_settings()
    signature = (s.s3_bucket, s.s3_endpoint_url, s.s3_region, s.s3_access_key_id, s.cdn_base_url,
                 str(s.data_dir), s.app_url)
    if signature not in _cache:
        _cache[signature] = storage_from_settings(s)
    return _cache[signature]


__all__ = [
    "PRIVATE_PREFIX", "PUBLIC_PREFIX", "InvalidKey", "ObjectInfo", "ObjectNotFound", "PutItem",
    "Storage", "StorageError", "get_storage", "is_public", "storage_from_settings", "validate_key",
]
