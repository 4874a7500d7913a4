"""Local-folder storage: the default, under ``<data_dir>/storage``.

Writes go to a temporary file in the target folder and are renamed into place, so a
reader never sees half a file. Every path is resolved and checked to lie inside the
root (a symlink planted inside the root cannot lead a write outside it). Content type
is not stored: ``head`` guesses it from the key's extension, as a static server would.
Folders are created 0700 and files 0600: only the service user reads originals.
Without ``CDN_BASE_URL`` public URLs are ``<app_url>/storage/<key without public/>``;
the app's file route serves them from ``public/``.
"""

from __future__ import annotations

import mimetypes
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from bubblegum.private_files import private_dir
from bubblegum.services.storage.base import (
    PUBLIC_PREFIX,
    InvalidKey,
    ObjectInfo,
    ObjectNotFound,
    PutItem,
    cdn_url,
    validate_key,
    validate_prefix,
)


class LocalStorage:
    def __init__(self, root: Path, *, public_base_url: str) -> None:
        self.root = private_dir(Path(root)).resolve()
        self.public_base_url = public_base_url

    def _path(self, key: str) -> Path:
        validate_key(key)
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root) or path == self.root:
            raise InvalidKey(f"storage key {key!r} leads outside the storage root")
        return path

    def put(self, key: str, data: bytes, *, content_type: str = "application/octet-stream",
            cache_control: str | None = None) -> None:
        path = self._path(key)
        private_dir(path.parent)
        if not path.parent.resolve().is_relative_to(self.root):
            raise InvalidKey(f"storage key {key!r} leads outside the storage root")
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")  # created 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_many(self, items: Iterable[PutItem]) -> None:
        for item in items:
            self.put(item.key, item.data, content_type=item.content_type, cache_control=item.cache_control)

    def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise ObjectNotFound(key) from None

    def head(self, key: str) -> ObjectInfo | None:
        path = self._path(key)
        if not path.is_file():
            return None
        guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return ObjectInfo(key=key, size=path.stat().st_size, content_type=guessed)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        path = self._path(key)
        path.unlink(missing_ok=True)
        self._prune(path.parent)

    def delete_prefix(self, prefix: str) -> int:
        keys = list(self.list(prefix))
        for key in keys:
            self._path(key).unlink(missing_ok=True)
        if prefix.endswith("/") and len(prefix) > 1:
            folder = self._path(prefix.rstrip("/"))
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
                self._prune(folder.parent)
        return len(keys)

    def list(self, prefix: str = "") -> Iterator[str]:
        validate_prefix(prefix)
        # Walk from the deepest folder the prefix names, then filter by the full prefix.
        folder_part = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        start = self._path(folder_part) if folder_part else self.root
        if not start.is_dir():
            return iter(())
        return iter(sorted(self._walk(start, prefix)))

    def _walk(self, start: Path, prefix: str) -> Iterator[str]:
        for dirpath, _dirs, files in os.walk(start):
            for name in files:
                if name.startswith(".tmp-"):
                    continue
                key = Path(dirpath, name).relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    yield key

    def copy(self, source: str, destination: str) -> None:
        self.put(destination, self.get(source))

    def public_url(self, key: str) -> str:
        validate_key(key)
        return cdn_url(self.public_base_url, key)

    def _prune(self, folder: Path) -> None:
        """Remove now-empty folders up to (not including) the root."""
        while folder != self.root and folder.is_relative_to(self.root):
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent


__all__ = ["LocalStorage", "PUBLIC_PREFIX"]
