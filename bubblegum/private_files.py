"""Folders and files only the service user can read: the data folder, the database, Reflex's
state folder and uploaded originals are created 0700 (folders) and 0600 (files)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700, and tighten it if it already exists and is
    this user's own (a shared folder such as /tmp, sticky or someone else's, is left alone)."""
    for folder in [*reversed(path.parents), path]:
        if not folder.exists():
            folder.mkdir(mode=0o700, exist_ok=True)
    info = path.stat()
    if info.st_mode & 0o077 and info.st_uid == os.getuid() and not info.st_mode & stat.S_ISVTX:
        path.chmod(0o700)
    return path


def private_file(path: Path) -> None:
    """Tighten an existing file to 0600 (a missing one is left alone)."""
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except FileNotFoundError:
        pass


def restrict_new_files() -> None:
    """Files this process creates from now on (SQLite's -wal and -shm, Reflex's state pickles)
    are readable by the service user only."""
    os.umask(PRIVATE_UMASK)
