"""The storage interface every adapter implements, and key validation.

Keys are relative, slash-separated paths chosen by the server, never by a client.
Two top-level prefixes split what may be served from what may not:

- ``private/...``: originals and anything else only the app reads (``get``).
- ``public/...``: files a browser may fetch (image variants, published bundles).
  ``public_url(key)`` exists only for these keys. With ``CDN_BASE_URL`` set, the CDN
  serves the ``public/`` prefix at its root (S3: an origin path of ``/public``), so
  ``public/a/b.webp`` is ``<CDN_BASE_URL>/a/b.webp``; originals stay unreachable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

SVG_CONTENT_TYPE = "image/svg+xml"
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"  # every SVG, wherever it is served
PUBLIC_PREFIX = "public/"
PRIVATE_PREFIX = "private/"
MAX_KEY_LENGTH = 1024
_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f\\]")


class StorageError(Exception):
    """Base of every storage failure."""


class InvalidKey(StorageError, ValueError):
    """A key that could name something outside the storage root, or is malformed."""


class ObjectNotFound(StorageError, KeyError):
    """No object under that key."""

    def __str__(self) -> str:  # KeyError's repr-quoting is unhelpful in messages
        return f"no stored object at {self.args[0]!r}" if self.args else "no stored object"


@dataclass(frozen=True)
class PutItem:
    """One file of a ``put_many`` batch."""

    key: str
    data: bytes
    content_type: str = "application/octet-stream"
    cache_control: str | None = None


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int
    content_type: str


def validate_key(key: str) -> str:
    """Return ``key`` if it is a safe relative path, else raise InvalidKey.

    Refused: empty keys, absolute paths, ``.``/``..``/empty segments, backslashes,
    NUL and other control characters, and keys over 1024 characters.
    """
    if not isinstance(key, str) or not key:
        raise InvalidKey("storage key must be a non-empty string")
    if len(key) > MAX_KEY_LENGTH:
        raise InvalidKey("storage key is too long")
    if _FORBIDDEN.search(key):
        raise InvalidKey("storage key contains a control character or backslash")
    if key.startswith("/") or re.match(r"^[A-Za-z]:", key):
        raise InvalidKey("storage key must be relative")
    for part in key.split("/"):
        if part in ("", ".", ".."):
            raise InvalidKey(f"storage key has an invalid path segment: {key!r}")
    return key


def validate_prefix(prefix: str) -> str:
    """A listing prefix: empty, or a valid key optionally ending in ``/``."""
    if prefix == "":
        return prefix
    validate_key(prefix[:-1] if prefix.endswith("/") else prefix)
    return prefix


def is_public(key: str) -> bool:
    return key.startswith(PUBLIC_PREFIX)


def cdn_url(cdn_base_url: str, key: str) -> str:
    if not is_public(key):
        raise InvalidKey(f"{key!r} is private; only keys under {PUBLIC_PREFIX!r} have a public URL")
    return cdn_base_url.rstrip("/") + "/" + key[len(PUBLIC_PREFIX):]


@runtime_checkable
class Storage(Protocol):
    """What publishing, assets and the site server use. Every method validates keys."""

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            cache_control: str | None = None) -> None: ...

    def put_many(self, items: Iterable[PutItem]) -> None: ...

    def get(self, key: str) -> bytes: ...

    def head(self, key: str) -> ObjectInfo | None: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...

    def delete_prefix(self, prefix: str) -> int: ...

    def list(self, prefix: str = "") -> Iterator[str]: ...

    def copy(self, source: str, destination: str) -> None: ...

    def public_url(self, key: str) -> str: ...
