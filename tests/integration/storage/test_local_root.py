"""The local adapter never writes outside its root, even through a planted symlink."""

from __future__ import annotations

import os

import pytest

from bubblegum.services.storage import InvalidKey
from bubblegum.services.storage.local import LocalStorage


def test_symlink_inside_root_cannot_lead_outside(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    storage = LocalStorage(tmp_path / "root", public_base_url="http://x")
    os.symlink(outside, tmp_path / "root" / "link")
    with pytest.raises(InvalidKey):
        storage.put("link/evil.txt", b"x")
    assert list(outside.iterdir()) == []


def test_files_land_under_root_and_temp_files_are_not_listed(tmp_path):
    storage = LocalStorage(tmp_path / "root", public_base_url="http://x")
    storage.put("private/1/2/abc", b"x")
    assert (tmp_path / "root" / "private" / "1" / "2" / "abc").read_bytes() == b"x"
    (tmp_path / "root" / "private" / "1" / "2" / ".tmp-zzz").write_bytes(b"partial")
    assert list(storage.list("private/")) == ["private/1/2/abc"]
    (tmp_path / "root" / "private" / "1" / "2" / ".tmp-zzz").unlink()
    storage.delete("private/1/2/abc")
    assert not (tmp_path / "root" / "private").exists()  # empty folders pruned


def test_get_storage_picks_adapter_from_settings(monkeypatch, tmp_path):
    from bubblegum.config import get_settings
    from bubblegum.services.storage import get_storage
    from bubblegum.services.storage.s3 import S3Storage

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        local = get_storage()
        assert isinstance(local, LocalStorage) and local.root == (tmp_path / "storage").resolve()
        assert local.public_url("public/a.webp") == "http://localhost:3000/storage/a.webp"
        monkeypatch.setenv("S3_BUCKET", "bucket")
        monkeypatch.setenv("S3_ENDPOINT_URL", "http://127.0.0.1:9")
        monkeypatch.setenv("CDN_BASE_URL", "https://cdn.example.test/")
        get_settings.cache_clear()
        remote = get_storage()
        assert isinstance(remote, S3Storage)
        assert remote.public_url("public/a.webp") == "https://cdn.example.test/a.webp"
    finally:
        get_settings.cache_clear()
