"""Backups of a whole installation, and restoring one into an empty installation.

A backup is one ``.tar.gz`` (mode 0600: it holds password hashes and every site):
- ``manifest.json``: format, time, schema revision, database kind, and every stored object
  with its content type;
- the database: SQLite through its online backup API (consistent while the app runs), or
  PostgreSQL through ``pg_dump --format=custom``;
- ``objects/<key>``: every object of the storage (local folder or S3 bucket) — originals,
  variants, deployments;
- ``secret_key`` when the key was generated into the data folder (tokens signed before the
  backup keep working after a restore).

`restore` refuses an installation that already has people in it: it never mixes two.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from bubblegum.config import get_settings
from bubblegum.db import dispose_engines, get_engine
from bubblegum.services.errors import Conflict, InvalidInput
from bubblegum.services.storage import get_storage

FORMAT = "bubblegum-backup/1"


@dataclass(frozen=True)
class BackupReport:
    path: Path
    objects: int
    bytes: int
    seconds: float


def backup(output: Path) -> BackupReport:
    """Write a backup of the database, the storage and the generated secret key to ``output``."""
    started = time.monotonic()
    settings, storage = get_settings(), get_storage()
    url = sa.engine.make_url(settings.effective_database_url)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        database = Path(work) / ("database.sqlite" if url.get_backend_name() == "sqlite" else "database.pgdump")
        _dump_database(url, database)
        keys = sorted(storage.list(""))
        objects = [{"key": key, "type": (storage.head(key) or _unknown(key)).content_type} for key in keys]
        manifest = {"format": FORMAT, "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "revision": _revision(), "database": database.name, "objects": objects}
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            archive.add(database, arcname=database.name)
            for key in keys:
                _add_bytes(archive, f"objects/{key}", storage.get(key))
            secret = settings.ensure_data_dir() / "secret_key"
            if not settings.secret_key and secret.exists():
                archive.add(secret, arcname="secret_key")
    return BackupReport(output, len(keys), output.stat().st_size, time.monotonic() - started)


def restore(archive_path: Path) -> BackupReport:
    """Restore a backup into this installation, which must hold no accounts yet."""
    started = time.monotonic()
    settings, storage = get_settings(), get_storage()
    url = sa.engine.make_url(settings.effective_database_url)
    try:
        archive = tarfile.open(archive_path, mode="r:gz")
    except (OSError, tarfile.TarError) as error:
        raise InvalidInput(f"{archive_path} is not a Bubble Gum backup: {error}") from None
    with archive, tempfile.TemporaryDirectory() as work:
        try:
            manifest = json.loads(_read(archive, "manifest.json"))
        except ValueError:
            manifest = {}
        if manifest.get("format") != FORMAT:
            raise InvalidInput(f"{archive_path} is not a Bubble Gum backup this version can read.")
        if _has_people(url):
            raise Conflict("This installation already has accounts. Restore into an empty one "
                           "(a new data folder or database) so nothing is mixed or lost.")
        expected = "database.sqlite" if url.get_backend_name() == "sqlite" else "database.pgdump"
        if manifest["database"] != expected:
            raise InvalidInput(f"This backup holds a {manifest['database'].split('.')[1]} database; "
                               f"this installation uses {url.get_backend_name()}. Restore it into the same kind.")
        database = Path(work) / expected
        database.write_bytes(_read(archive, expected))
        dispose_engines()  # release the empty database before it is replaced
        _load_database(url, database)
        for item in manifest["objects"]:
            storage.put(item["key"], _read(archive, f"objects/{item['key']}"), content_type=item["type"])
        if "secret_key" in archive.getnames() and not settings.secret_key:
            target = settings.ensure_data_dir() / "secret_key"
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as out:
                out.write(_read(archive, "secret_key"))
        get_settings.cache_clear()
    return BackupReport(Path(archive_path), len(manifest["objects"]), Path(archive_path).stat().st_size,
                        time.monotonic() - started)


def _dump_database(url: sa.URL, target: Path) -> None:
    if url.get_backend_name() == "sqlite":
        with sqlite3.connect(url.database) as source, sqlite3.connect(target) as copy:
            source.backup(copy)  # consistent while others write
        return
    subprocess.run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target),
                    _libpq(url)], check=True, capture_output=True)


def _load_database(url: sa.URL, source: Path) -> None:
    if url.get_backend_name() == "sqlite":
        for suffix in ("-wal", "-shm"):
            Path(url.database + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, url.database)
        os.chmod(url.database, 0o600)
        return
    subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--dbname",
                    _libpq(url), str(source)], check=True, capture_output=True)


def _libpq(url: sa.URL) -> str:
    """The SQLAlchemy URL as pg_dump reads it (no driver name)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _has_people(url: sa.URL) -> bool:
    engine = get_engine(url.render_as_string(hide_password=False))
    if "user" not in sa.inspect(engine).get_table_names():
        return False
    with engine.connect() as connection:
        return bool(connection.execute(sa.text('SELECT count(*) FROM "user"')).scalar())


def _revision() -> str:
    from bubblegum.services.migrations import current_revision

    return current_revision() or ""


def _unknown(key: str):
    from bubblegum.services.storage.base import ObjectInfo

    return ObjectInfo(key=key, size=0, content_type="application/octet-stream")


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), 0o600, int(time.time())
    archive.addfile(info, io.BytesIO(data))


def _read(archive: tarfile.TarFile, name: str) -> bytes:
    try:
        member = archive.extractfile(name)
    except KeyError:
        member = None
    if member is None:
        raise InvalidInput(f"The backup is incomplete: it has no {name}.")
    return member.read()
