"""The editor's handlers check the person themselves: a viewer's edits and saves change
nothing, a member of another organization does not get the page, an editor's do land.

The state tree is built directly under pytest (`rx.State(_reflex_internal_init=True)`)
and handlers are called as the browser's events would call them.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path

import pytest
import reflex as rx
from sqlmodel import func, select

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.db import session_scope
from bubblegum.models import PageVersion
from bubblegum.services import sessions
from bubblegum.services.publishing.site_documents import import_site, live_pages
from bubblegum.state.editor import EditorState
from bubblegum.state.inspector import InspectorState

from ..people import org_with_people, with_session_cookie

SHOWCASE = json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())


@pytest.fixture
def site(database_url) -> dict:
    with session_scope() as db:
        org, people = org_with_people(db)
        project = import_site(db, SHOWCASE, organization_id=org.id)
        home = live_pages(db, project.id)[0]
        tokens = {role: sessions.start(db, user) for role, user in people.items()}
        return {"project": project.id, "page": home.id, "tokens": tokens}


def signed_in(state_class, site: dict, role: str):
    """A fresh state tree's `state_class` with `role`'s session, as a browser tab would hold it."""
    state = rx.State(_reflex_internal_init=True).get_substate(state_class.get_full_name().split(".")[1:])
    return with_session_cookie(state, site["tokens"][role])


def open_editor(state_class, site: dict, role: str, monkeypatch):
    """`signed_in`, with the editor loaded on the site's home page."""
    monkeypatch.setattr(EditorState, "_route_ids", lambda self: (site["project"], site["page"]))
    state = signed_in(state_class, site, role)
    EditorState.event_handlers["load"].fn(state)
    return state


def editor_for(site: dict, role: str, monkeypatch) -> tuple[EditorState, InspectorState]:
    monkeypatch.setattr(EditorState, "_route_ids", lambda self: (site["project"], site["page"]))
    root = rx.State(_reflex_internal_init=True)
    inspector = root.get_substate(InspectorState.get_full_name().split(".")[1:])
    editor = root.get_substate(EditorState.get_full_name().split(".")[1:])
    with_session_cookie(editor, site["tokens"][role])
    EditorState.event_handlers["load"].fn(editor)
    return editor, inspector


def panel_beside_editor(state_class, site: dict, role: str, monkeypatch):
    """A panel state that reaches the editor with `get_state` (a sibling, not a child), in a
    tree whose editor is loaded on the site's home page."""
    editor = open_editor(EditorState, site, role, monkeypatch)
    return editor._get_root_state().get_substate(state_class.get_full_name().split(".")[1:])


def call(state_class, name: str, state, *args):
    """Run a handler as the app would, an async one too."""
    result = state_class.event_handlers[name].fn(state, *args)
    return asyncio.run(result) if inspect.iscoroutine(result) else result


def versions(site: dict) -> int:
    with session_scope() as db:
        return db.exec(select(func.count()).select_from(PageVersion).where(PageVersion.page_id == site["page"])).one()


def edit_hero_title(editor: EditorState, inspector: InspectorState, title: str) -> None:
    hero = next(layer["id"] for layer in editor.layers if layer["type"] == "hero")
    EditorState.event_handlers["select_block"].fn(editor, hero)
    call(InspectorState, "refresh", inspector)
    call(InspectorState, "set_field", inspector, "title", title)
    EditorState.event_handlers["save"].fn(editor)


def hero_title(editor: EditorState) -> str:
    return next(block["props"]["title"] for block in editor._doc["content"] if block["type"] == "hero")


def test_editor_edits_and_saves(site, monkeypatch):
    editor, inspector = editor_for(site, "editor", monkeypatch)
    assert editor.can_edit and not editor.not_found
    edit_hero_title(editor, inspector, "Kitchens fitted in a week")
    assert hero_title(editor) == "Kitchens fitted in a week"
    assert editor.save_status == "saved" and versions(site) == 2


def test_viewer_reads_but_cannot_change_anything(site, monkeypatch):
    editor, inspector = editor_for(site, "viewer", monkeypatch)
    assert not editor.can_edit and editor.layers
    before = hero_title(editor)
    edit_hero_title(editor, inspector, "A viewer's headline")
    EditorState.event_handlers["remove_selected"].fn(editor)
    assert hero_title(editor) == before and versions(site) == 1

    editor.can_edit = True  # even if the flag were forced, saving goes through the role check
    editor._session = editor._session.edit({**editor._doc, "root": {**editor._doc["root"], "title": "Forced"}})
    editor.save_status = "unsaved"
    EditorState.event_handlers["save"].fn(editor)
    assert editor.save_status == "error" and versions(site) == 1


def test_member_of_another_organization_gets_nothing(site, monkeypatch):
    editor, _ = editor_for(site, "outsider", monkeypatch)
    assert editor.not_found and editor.layers == [] and editor.src_doc == ""


def test_theme_panel_sets_spacing_and_shadows(site, monkeypatch):
    from bubblegum.services import site_settings
    from bubblegum.state.editor_theme import EditorThemeState as T

    panel = panel_beside_editor(T, site, "editor", monkeypatch)
    editor = asyncio.run(panel.get_state(EditorState))
    call(T, "load_theme", panel)
    call(T, "set_option", panel, "spacing", "airy")
    call(T, "set_option", panel, "shadow", "strong")
    assert panel.effective["spacing"] == "airy" and panel.effective["shadow"] == "strong"
    assert {"spacing", "shadow"} <= set(panel.overridden)
    with session_scope() as db:
        editor_id = sessions.authenticate(db, site["tokens"]["editor"]).user_id
        stored = site_settings.theme_of(db, editor_id, site["project"])
    assert stored["spacing"] == "airy" and stored["shadow"] == "strong"
    assert "--sp:1.25" in editor.src_doc  # the canvas was re-rendered with the new spacing
    call(T, "set_option", panel, "spacing", "enormous")  # not a choice: refused, nothing changes
    assert panel.theme_errors.get("spacing") and panel.effective["spacing"] == "airy"
    call(T, "undo_theme", panel)
    assert panel.effective["shadow"] != "strong" and panel.effective["spacing"] == "airy"


def test_theme_changes_and_page_edits_share_one_undo_history(site, monkeypatch):
    from bubblegum.state.editor_theme import EditorThemeState as T

    panel = panel_beside_editor(T, site, "editor", monkeypatch)
    editor = asyncio.run(panel.get_state(EditorState))
    call(T, "load_theme", panel)
    call(T, "choose_preset", panel, "bold")
    assert editor.can_undo
    restore = EditorState.event_handlers["undo"].fn(editor)  # the editor's undo, from the top bar
    assert restore.handler.fn.__name__ == "restore_theme"
    call(T, "restore_theme", panel, {"preset": "modern"})
    assert panel.effective["preset"] == "modern" and not editor.can_undo and editor.can_redo
    call(T, "set_option", panel, "radius", "none")
    EditorState.event_handlers["select_block"].fn(editor, editor.layers[0]["id"])
    editor._apply(editor._doc | {"root": {**editor._doc["root"], "title": "Moved on"}})
    call(T, "undo_theme", panel)  # the panel's Undo takes back the newest change: the page edit
    assert editor._doc["root"]["title"] != "Moved on" and panel.effective["radius"] == "none"
    call(T, "undo_theme", panel)
    assert panel.effective["radius"] != "none"


class _Upload:
    def __init__(self, name: str, data: bytes) -> None:
        self.name, self._data = name, data

    async def read(self) -> bytes:
        return self._data


def test_image_picker_upload_keeps_good_files_and_names_refused_ones(site, monkeypatch):
    import asyncio
    import io

    from PIL import Image

    from bubblegum.models import Asset
    from bubblegum.state.image_picker import ImagePickerState

    picker = panel_beside_editor(ImagePickerState, site, "editor", monkeypatch)
    photo = io.BytesIO()
    Image.new("RGB", (640, 400), (20, 140, 80)).save(photo, "JPEG")
    files = [_Upload("shop.jpg", photo.getvalue()), _Upload("evil.jpg", b"<script>alert(1)</script>")]
    events = asyncio.run(ImagePickerState.event_handlers["upload"].fn(picker, files))
    assert picker.picker_uploading  # until finish_uploads has made the variants
    assert len(events) == 2  # a toast naming the refused file, then finish_uploads
    with session_scope() as db:
        names = [a.original_name for a in db.exec(select(Asset).where(Asset.project_id == site["project"]))]
    assert names == ["shop.jpg"]

    with_session_cookie(picker, site["tokens"]["viewer"])  # a viewer stores nothing
    asyncio.run(ImagePickerState.event_handlers["upload"].fn(picker, [_Upload("v.jpg", photo.getvalue())]))
    with session_scope() as db:
        assert db.exec(select(func.count()).select_from(Asset).where(Asset.project_id == site["project"])).one() == 1


def test_the_image_library_names_its_site_and_shows_it_to_members_only(site, monkeypatch):
    from bubblegum.state.assets import AssetsState

    monkeypatch.setattr(AssetsState, "project_param", property(lambda self: str(site["project"])))
    library = signed_in(AssetsState, site, "viewer")
    AssetsState.event_handlers["load"].fn(library)
    assert library.project_name == "Harbor & Pine" and library.items == []

    stranger = signed_in(AssetsState, site, "outsider")
    AssetsState.event_handlers["load"].fn(stranger)
    assert stranger.project_name == ""


def test_site_settings_dialog_saves_for_an_owner_and_refuses_an_editor(site, monkeypatch):
    from bubblegum.models import Project
    from bubblegum.state.editor_site_config import SiteConfigState

    def dialog(role: str) -> SiteConfigState:
        state = panel_beside_editor(SiteConfigState, site, role, monkeypatch)
        call(SiteConfigState, "open_site_settings", state)
        return state

    owner = dialog("owner")
    assert owner.site_open and owner.can_configure and owner.config["name"] == "Harbor & Pine"
    call(SiteConfigState, "set_site_field", owner, "custom_domain", "harbor pine")
    call(SiteConfigState, "save_site_settings", owner)
    assert owner.site_open and "not a valid domain" in owner.site_errors["custom_domain"]
    call(SiteConfigState, "set_site_field", owner, "custom_domain", "www.harborandpine.example")
    call(SiteConfigState, "set_site_field", owner, "name", "Harbor and Pine")
    call(SiteConfigState, "save_site_settings", owner)
    assert asyncio.run(owner.get_state(EditorState)).project_name == "Harbor and Pine"
    assert owner.site_open and owner.domain["state"] == "pending"  # the record to add stays in view
    assert owner.domain["record_name"] == "_bubblegum-challenge.www.harborandpine.example"
    call(SiteConfigState, "open_site_settings", owner)
    assert owner.business["locality"] == "Portsmouth"
    call(SiteConfigState, "set_site_field", owner, "name", "Renamed")
    call(SiteConfigState, "set_business_field", owner, "phone", "call us!")
    call(SiteConfigState, "save_site_settings", owner)  # one refused value: nothing is stored
    assert owner.site_open and "digits" in owner.site_errors["phone"]
    with session_scope() as db:
        assert db.get(Project, site["project"]).name == "Harbor and Pine"

    editor = dialog("editor")
    assert editor.site_open and not editor.can_configure
    assert editor.config["custom_domain"] == "www.harborandpine.example"
    call(SiteConfigState, "set_site_field", editor, "custom_domain", "")
    call(SiteConfigState, "save_site_settings", editor)
    assert "form" in editor.site_errors
    with session_scope() as db:
        assert db.get(Project, site["project"]).custom_domain == "www.harborandpine.example"


def test_site_settings_check_now_verifies_the_domain_for_an_admin_only(site, monkeypatch):
    from bubblegum.config import get_settings
    from bubblegum.services import rate_limit
    from bubblegum.state.editor_site_config import SiteConfigState
    from tests.integration.dns_server import TxtServer

    def dialog(role: str) -> SiteConfigState:
        state = panel_beside_editor(SiteConfigState, site, role, monkeypatch)
        call(SiteConfigState, "open_site_settings", state)
        return state

    with TxtServer() as dns_server:
        monkeypatch.setenv("BUBBLEGUM_DNS_NAMESERVERS", "127.0.0.1")
        monkeypatch.setenv("BUBBLEGUM_DNS_PORT", str(dns_server.port))
        get_settings.cache_clear()
        rate_limit.reset_all()
        owner = dialog("owner")
        call(SiteConfigState, "set_site_field", owner, "custom_domain", "www.harborandpine.example")
        call(SiteConfigState, "save_site_settings", owner)
        call(SiteConfigState, "check_domain", owner)
        assert owner.domain["state"] == "pending" and "was not found" in owner.domain_message
        dns_server.records[owner.domain["record_name"]] = [owner.domain["record_value"]]
        editor = dialog("editor")
        call(SiteConfigState, "check_domain", editor)
        assert editor.domain["state"] == "pending" and editor.domain_message  # refused, explained
        call(SiteConfigState, "check_domain", owner)
        assert owner.domain["state"] == "verified" and owner.domain["address"] == "http://www.harborandpine.example/"
        assert owner.site_address == "http://www.harborandpine.example/"
    get_settings.cache_clear()
    rate_limit.reset_all()


def test_pages_panel_reaches_the_editor_beside_it(site, monkeypatch):
    from bubblegum.state.editor_pages import EditorPagesState

    panel = panel_beside_editor(EditorPagesState, site, "editor", monkeypatch)
    editor = asyncio.run(panel.get_state(EditorState))
    home = str(site["page"])
    call(EditorPagesState, "open_settings", panel, home)
    assert panel.settings_open and panel.settings_current and panel.seo_title == editor._doc["root"]["title"]
    call(EditorPagesState, "set_setting", panel, "seo_title", "Carpentry in Portsmouth")
    call(EditorPagesState, "set_setting", panel, "name", "Welcome")
    call(EditorPagesState, "save_settings", panel)
    assert not panel.errors and not panel.settings_open
    assert editor._doc["root"]["title"] == "Carpentry in Portsmouth" and editor.can_undo  # one undoable edit
    assert editor.page_title == "Welcome" and editor.site_pages[0]["title"] == "Welcome"
    other = editor.site_pages[1]["id"]
    call(EditorPagesState, "move_page", panel, other, -1)
    assert editor.site_pages[0]["id"] == other
    call(EditorPagesState, "ask_delete", panel, other)
    assert panel.delete_id == other


def test_history_panel_previews_and_restores_through_the_editor(site, monkeypatch):
    from bubblegum.state.editor_history import EditorHistoryState as H

    panel = panel_beside_editor(H, site, "editor", monkeypatch)
    editor = asyncio.run(panel.get_state(EditorState))
    first_title = editor._doc["root"]["title"]
    editor._apply(editor._doc | {"root": {**editor._doc["root"], "title": "Second"}})
    EditorState.event_handlers["save"].fn(editor)
    call(H, "toggle_history", panel)
    assert panel.history_open and [v["number"] for v in panel.versions] == ["2", "1"]
    call(H, "preview_version", panel, "1")
    assert editor.previewing_version == 1 and not editor._guard()  # editing pauses while previewing
    call(H, "back_to_current", panel)
    assert editor.previewing_version == 0 and "Second" in editor.src_doc
    events = call(H, "restore_version", panel, "1")
    assert not panel.history_open and "as version 3" in str(events[1])
    EditorState.event_handlers["load"].fn(editor)
    assert editor._doc["root"]["title"] == first_title and editor.base_version == 3
