"""Both adapters honour the same contract; S3 runs against moto's server over HTTP."""

from __future__ import annotations

import pytest

from bubblegum.services.storage import InvalidKey, ObjectNotFound, PutItem


def test_put_get_head_exists_delete(storage):
    storage.put("private/a/b/original", b"hello", content_type="image/png")
    assert storage.get("private/a/b/original") == b"hello"
    assert storage.exists("private/a/b/original")
    info = storage.head("private/a/b/original")
    assert info is not None and info.size == 5
    storage.delete("private/a/b/original")
    assert not storage.exists("private/a/b/original")
    assert storage.head("private/a/b/original") is None
    storage.delete("private/a/b/original")  # idempotent
    with pytest.raises(ObjectNotFound):
        storage.get("private/a/b/original")


def test_overwrite_replaces_content(storage):
    storage.put("public/x.txt", b"one", content_type="text/plain")
    storage.put("public/x.txt", b"two", content_type="text/plain")
    assert storage.get("public/x.txt") == b"two"


def test_list_by_prefix_and_delete_prefix(storage):
    storage.put_many(PutItem(f"public/sites/1/d{d}/f{i}.html", b"x", "text/html") for d in (1, 2) for i in range(3))
    storage.put("public/sites/10/d1/f.html", b"x")
    assert list(storage.list("public/sites/1/d1/")) == [f"public/sites/1/d1/f{i}.html" for i in range(3)]
    assert len(list(storage.list("public/sites/1/"))) == 6
    assert len(list(storage.list("public/sites/1"))) == 7  # a bare prefix matches sites/10 too
    assert storage.delete_prefix("public/sites/1/") == 6
    assert list(storage.list("public/sites/")) == ["public/sites/10/d1/f.html"]
    assert list(storage.list("nothing/here/")) == []


def test_copy(storage):
    storage.put("private/src", b"data", content_type="image/webp")
    storage.copy("private/src", "public/dst.webp")
    assert storage.get("public/dst.webp") == b"data"
    with pytest.raises(ObjectNotFound):
        storage.copy("private/missing", "public/other")


def test_put_many_many_small_files(storage):
    items = [PutItem(f"public/bundle/{i:03}.css", f"/* {i} */".encode(), "text/css",
                     "public, max-age=31536000, immutable") for i in range(60)]
    storage.put_many(items)
    assert len(list(storage.list("public/bundle/"))) == 60
    assert storage.get("public/bundle/042.css") == b"/* 42 */"


def test_public_url_only_for_public_keys(storage):
    assert storage.public_url("public/a/b.webp") == "https://cdn.example.test/a/b.webp"
    with pytest.raises(InvalidKey):
        storage.public_url("private/a/original")


@pytest.mark.parametrize("key", [
    "../escape", "a/../../escape", "/etc/passwd", "a//b", "a/./b", "a\\b", "a\x00b", "", "C:/x",
    "a/b/..", "x" * 2000,
])
def test_hostile_keys_refused_everywhere(storage, key):
    with pytest.raises(InvalidKey):
        storage.put(key, b"x")
    with pytest.raises(InvalidKey):
        storage.get(key)
    with pytest.raises(InvalidKey):
        storage.delete(key)
