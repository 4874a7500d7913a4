"""The image picker's photo search: editors search the configured provider and use a photo
(a library reference, or a remote photo copied into the site's images first); viewers and
outsiders get nothing, and a result the server did not hand out cannot be used."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import Asset
from bubblegum.state.image_picker import ImagePickerState
from bubblegum.state.image_search import ImageSearchState
from tests.integration.images.fake_photo_apis import FakePhotoApis

from ..people import with_session_cookie
from .test_editor_states import call, panel_beside_editor, signed_in, site  # noqa: F401  (the signed-in site fixture)

FIELD = "image.src"


def _picker(site, role, monkeypatch) -> ImageSearchState:
    state = panel_beside_editor(ImageSearchState, site, role, monkeypatch)
    call(ImagePickerState, "open_picker", state, FIELD)
    return state


def _search(state, query):
    return call(ImageSearchState, "search_photos", state, {"query": query})


def _use(state, index):
    return call(ImageSearchState, "use_found", state, index)


def test_editor_finds_library_photos_and_uses_one(site, monkeypatch):
    picker = _picker(site, "editor", monkeypatch)
    assert _search(picker, "boat") is None
    assert picker.photo_results[0]["alt"].startswith("Wooden rowing boats")
    assert picker.photo_results[0]["credit"] == "Photo: Ian Hex, LGPL-3.0"
    events = _use(picker, "0")
    assert picker.picker_path == ""
    names = [event.handler.fn.__name__ for event in events]
    assert names == ["set_field", "set_field"]
    assert "asset:library/rowing-boats-lake" in str(events[0].args)
    assert "image.alt" in str(events[1].args)


def test_viewers_and_outsiders_cannot_search_or_use(site, monkeypatch):
    for role in ("viewer", "outsider"):
        picker = _picker(site, role, monkeypatch)
        _search(picker, "boat")
        assert picker.photo_results == []
    editor = _picker(site, "editor", monkeypatch)
    _search(editor, "boat")
    with_session_cookie(editor, site["tokens"]["viewer"])  # the role is checked again on use
    assert _use(editor, "0") is not None and editor.picker_path == FIELD
    with_session_cookie(editor, site["tokens"]["editor"])
    assert _use(editor, "99") is None and _use(editor, "x") is None  # only what the server handed out


def test_an_unsplash_photo_is_copied_into_the_site_then_used(site, monkeypatch):
    with FakePhotoApis() as fake:
        monkeypatch.setenv("UNSPLASH_ACCESS_KEY", "key-1")
        monkeypatch.setenv("UNSPLASH_API_BASE", fake.url)
        get_settings.cache_clear()
        try:
            picker = _picker(site, "editor", monkeypatch)
            _search(picker, "bakery")
            assert picker.photo_results[0]["credit"] == "Photo by Joe Example on Unsplash"
            event = _use(picker, "0")
            assert event.handler.fn.__name__ == "finish_photo" and picker.photo_busy
        finally:
            get_settings.cache_clear()
    with session_scope() as db:
        asset = db.exec(select(Asset).where(Asset.project_id == site["project"])).one()
    assert asset.credit["source"] == "Unsplash" and asset.alt == "a bakery on a table"
    assert f"asset:{asset.id}" in str(event.args)

    from bubblegum.state.assets import AssetsState  # the image library page shows the credit too

    monkeypatch.setattr(AssetsState, "project_param", property(lambda self: str(site["project"])))
    library = signed_in(AssetsState, site, "editor")
    AssetsState.event_handlers["load"].fn(library)
    assert [item["credit"] for item in library.items] == ["Photo by Joe Example on Unsplash"]
