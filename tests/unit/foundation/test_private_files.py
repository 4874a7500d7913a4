"""A fresh start creates the data folder, the database (with its -wal/-shm files), the state
folder and uploaded originals readable by the service user only."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from bubblegum.config import PROJECT_ROOT, Settings
from bubblegum.db import get_engine
from bubblegum.services.storage.local import LocalStorage


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_fresh_data_folder_database_and_originals_are_private(tmp_path):
    data = Settings(BUBBLEGUM_DATA_DIR=tmp_path / "data").ensure_data_dir()
    assert _mode(data) == 0o700

    engine = get_engine(f"sqlite:///{data / 'fresh.db'}")
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE t (x INTEGER)"))
        connection.execute(sa.text("INSERT INTO t VALUES (1)"))
    database_files = [data / name for name in ("fresh.db", "fresh.db-wal", "fresh.db-shm")]
    assert all(path.exists() for path in database_files)
    assert {path.name: _mode(path) for path in database_files} == {path.name: 0o600 for path in database_files}
    engine.dispose()

    storage = LocalStorage(data / "storage", public_base_url="http://localhost:3000/storage")
    storage.put("private/1/2/abc/original.png", b"\x89PNG original bytes")
    original = data / "storage/private/1/2/abc/original.png"
    assert _mode(original) == 0o600
    assert {_mode(folder) for folder in [data / "storage", *original.parents[:4]]} == {0o700}


def test_an_existing_open_data_folder_is_tightened(tmp_path):
    (tmp_path / "data").mkdir(mode=0o755)
    Settings(BUBBLEGUM_DATA_DIR=tmp_path / "data").ensure_data_dir()
    assert _mode(tmp_path / "data") == 0o700


def test_app_start_makes_state_folder_and_new_files_private(tmp_path):
    """Importing rxconfig (what `reflex run` does first) sets the umask and the .states folder."""
    script = ("import os, pathlib, rxconfig; p = pathlib.Path(os.environ['OUT']); p.write_bytes(b'x');"
              "print(oct(os.stat(p).st_mode & 0o777), oct(os.stat(rxconfig.PROJECT_ROOT / '.states').st_mode & 0o777))")
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            env={"OUT": str(tmp_path / "state.pkl"), "BUBBLEGUM_DATA_DIR": str(tmp_path / "d"),
                                 "PATH": "/usr/bin:/bin"}, check=True)
    assert result.stdout.split() == ["0o600", "0o700"]
