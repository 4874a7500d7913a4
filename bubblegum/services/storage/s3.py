"""S3 (or any S3-compatible store: MinIO, R2, Ceph) through boto3.

The endpoint is configurable (``S3_ENDPOINT_URL``); path-style addressing is used when
an endpoint is set, which every S3-compatible server understands. No object ACLs are
set: the ``public/`` prefix is exposed through the CDN (``CDN_BASE_URL``), never by
making objects world-readable. An SVG is stored with `Content-Disposition: attachment` (the
bucket sends it, so opening the file itself downloads it instead of rendering it on the
bucket's or CDN's origin; `<img>` is unaffected) and its CSP as object metadata
(`x-amz-meta-content-security-policy`, for a CDN rule to send as `Content-Security-Policy`). ``put_many`` uploads in parallel on one client (boto3
clients are thread-safe) with a connection pool sized to match.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from bubblegum.services.storage.base import (
    InvalidKey,
    ObjectInfo,
    ObjectNotFound,
    SVG_CONTENT_TYPE,
    SVG_CSP,
    PutItem,
    StorageError,
    cdn_url,
    validate_key,
    validate_prefix,
)

PARALLEL_UPLOADS = 16
_NOT_FOUND = {"404", "NoSuchKey", "NotFound"}


class S3Storage:
    def __init__(self, bucket: str, *, endpoint_url: str | None = None, region: str = "us-east-1",
                 access_key_id: str | None = None, secret_access_key: str | None = None,
                 public_base_url: str | None = None) -> None:
        self.bucket = bucket
        self.public_base_url = public_base_url
        config = Config(
            max_pool_connections=PARALLEL_UPLOADS,
            retries={"max_attempts": 4, "mode": "standard"},
            s3={"addressing_style": "path" if endpoint_url else "auto"},
        )
        self.client = boto3.session.Session().client(
            "s3", endpoint_url=endpoint_url, region_name=region, config=config,
            aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key,
        )

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            cache_control: str | None = None) -> None:
        extra = {"CacheControl": cache_control} if cache_control else {}
        if content_type.startswith(SVG_CONTENT_TYPE):
            extra.update(ContentDisposition="attachment", Metadata={"content-security-policy": SVG_CSP})
        self._call(self.client.put_object, Bucket=self.bucket, Key=validate_key(key), Body=data,
                   ContentType=content_type, **extra)

    def put_many(self, items: Iterable[PutItem]) -> None:
        items = list(items)
        for item in items:
            validate_key(item.key)
        if len(items) <= 1:
            for item in items:
                self.put(item.key, item.data, content_type=item.content_type, cache_control=item.cache_control)
            return
        with ThreadPoolExecutor(max_workers=min(PARALLEL_UPLOADS, len(items))) as pool:
            futures = [pool.submit(self.put, i.key, i.data, content_type=i.content_type,
                                   cache_control=i.cache_control) for i in items]
            for future in futures:
                future.result()

    def get(self, key: str) -> bytes:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=validate_key(key))
        except ClientError as error:
            if _code(error) in _NOT_FOUND:
                raise ObjectNotFound(key) from None
            raise StorageError(f"S3 get {key!r} failed: {_code(error)}") from error
        return response["Body"].read()

    def head(self, key: str) -> ObjectInfo | None:
        try:
            response = self.client.head_object(Bucket=self.bucket, Key=validate_key(key))
        except ClientError as error:
            if _code(error) in _NOT_FOUND:
                return None
            raise StorageError(f"S3 head {key!r} failed: {_code(error)}") from error
        return ObjectInfo(key=key, size=response["ContentLength"],
                          content_type=response.get("ContentType", "application/octet-stream"))

    def exists(self, key: str) -> bool:
        return self.head(key) is not None

    def delete(self, key: str) -> None:
        self._call(self.client.delete_object, Bucket=self.bucket, Key=validate_key(key))

    def delete_prefix(self, prefix: str) -> int:
        if not prefix:
            raise InvalidKey("refusing to delete the whole bucket; give a prefix")
        keys = list(self.list(prefix))
        for start in range(0, len(keys), 1000):
            batch = [{"Key": k} for k in keys[start:start + 1000]]
            self._call(self.client.delete_objects, Bucket=self.bucket,
                       Delete={"Objects": batch, "Quiet": True})
        return len(keys)

    def list(self, prefix: str = "") -> Iterator[str]:
        validate_prefix(prefix)
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
                for entry in page.get("Contents", []):
                    yield entry["Key"]
        except ClientError as error:
            raise StorageError(f"S3 list {prefix!r} failed: {_code(error)}") from error

    def copy(self, source: str, destination: str) -> None:
        try:
            self.client.copy_object(Bucket=self.bucket, Key=validate_key(destination),
                                    CopySource={"Bucket": self.bucket, "Key": validate_key(source)})
        except ClientError as error:
            if _code(error) in _NOT_FOUND:
                raise ObjectNotFound(source) from None
            raise StorageError(f"S3 copy {source!r} failed: {_code(error)}") from error

    def public_url(self, key: str) -> str:
        validate_key(key)
        if self.public_base_url:
            return cdn_url(self.public_base_url, key)
        # No CDN configured: the bucket's own URL (works only if the bucket policy allows it).
        base = self.client.meta.endpoint_url.rstrip("/")
        cdn_url(base, key)  # same private-key check
        return f"{base}/{self.bucket}/{key}"

    def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist (tests, first start on MinIO)."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError:
            self._call(self.client.create_bucket, Bucket=self.bucket)

    def _call(self, method, **kwargs):
        try:
            return method(**kwargs)
        except ClientError as error:
            raise StorageError(f"S3 {method.__name__} failed: {_code(error)}") from error


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", "unknown"))
