"""Sample content in the editor: the inspector's "Keep as my content" clears the mark as a
saved edit, editing the text does not, and the publish panel's "Remove sample sections"
saves one version per page (the open page's removal can be undone)."""

from __future__ import annotations

import asyncio
import copy

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Page, PageVersion
from bubblegum.services import pages
from bubblegum.state.editor import EditorState
from bubblegum.state.inspector import InspectorState
from bubblegum.state.publish import PublishState

from .test_editor_states import call, editor_for, panel_beside_editor, site  # noqa: F401  (fixture)


def mark(site_info: dict, slug: str, block_type: str) -> None:
    with session_scope() as db:
        page = db.exec(select(Page).where(Page.project_id == site_info["project"], Page.slug == slug)).one()
        latest = pages.latest(db, page.id)
        doc = copy.deepcopy(latest.document)
        next(b for b in doc["content"] if b["type"] == block_type)["sample"] = True
        db.add(PageVersion(page_id=page.id, number=latest.number + 1, document=doc))


def sample_flags(site_info: dict) -> list[str]:
    with session_scope() as db:
        found = []
        for page in db.exec(select(Page).where(Page.project_id == site_info["project"])).all():
            found += [b["type"] for b in pages.latest(db, page.id).document["content"] if b.get("sample")]
        return found


@pytest.fixture
def sampled(site):  # noqa: F811
    mark(site, "", "testimonials")
    mark(site, "about", "team")
    return site


def select_type(editor, inspector, block_type: str) -> str:
    block_id = next(layer["id"] for layer in editor.layers if layer["type"] == block_type)
    EditorState.event_handlers["select_block"].fn(editor, block_id)
    call(InspectorState, "refresh", inspector)
    return block_id


def test_editing_keeps_the_mark_and_keep_as_my_content_clears_it(sampled, monkeypatch):
    editor, inspector = editor_for(sampled, "editor", monkeypatch)
    assert " data-sample " in editor.src_doc
    block_id = select_type(editor, inspector, "testimonials")
    assert editor.is_sample
    assert next(l["summary"] for l in editor.layers if l["id"] == block_id).startswith("Sample · ")
    call(InspectorState, "set_field", inspector, "title", "What our clients say")
    EditorState.event_handlers["save"].fn(editor)
    assert sample_flags(sampled) == ["testimonials", "team"]
    call(InspectorState, "keep_as_content", inspector)
    EditorState.event_handlers["save"].fn(editor)
    assert not editor.is_sample and editor.save_status == "saved"
    assert sample_flags(sampled) == ["team"]
    assert editor.patch["id"] == block_id and " data-sample " not in editor.patch["html"]
    assert not next(l["summary"] for l in editor.layers if l["id"] == block_id).startswith("Sample")
    EditorState.event_handlers["undo"].fn(editor)
    EditorState.event_handlers["save"].fn(editor)
    assert sample_flags(sampled) == ["testimonials", "team"]


def test_a_viewer_cannot_keep_sample_content(sampled, monkeypatch):
    editor, inspector = editor_for(sampled, "viewer", monkeypatch)
    select_type(editor, inspector, "testimonials")
    call(InspectorState, "keep_as_content", inspector)
    EditorState.event_handlers["save"].fn(editor)
    assert sample_flags(sampled) == ["testimonials", "team"]


def test_publish_panel_lists_samples_and_removes_them_in_one_click(sampled, monkeypatch):
    panel = panel_beside_editor(PublishState, sampled, "owner", monkeypatch)
    editor = asyncio.run(panel.get_state(EditorState))
    problems = panel._sample_problems(editor._project_id)
    assert problems[0].startswith("The home page has sample reviews")
    assert len(problems) == 2
    call(PublishState, "remove_samples", panel)
    assert sample_flags(sampled) == [] and panel.sample_problems == []
    assert " data-sample " not in editor.src_doc and not any(l["type"] == "testimonials" for l in editor.layers)
    with session_scope() as db:
        notes = db.exec(select(PageVersion.note).where(PageVersion.note == "Removed sample sections")).all()
    assert len(notes) == 2
    EditorState.event_handlers["undo"].fn(editor)  # the open page's removal is one undo step
    EditorState.event_handlers["save"].fn(editor)
    assert sample_flags(sampled) == ["testimonials"]


def test_a_viewer_cannot_remove_sample_sections(sampled, monkeypatch):
    panel = panel_beside_editor(PublishState, sampled, "viewer", monkeypatch)
    call(PublishState, "remove_samples", panel)
    assert sample_flags(sampled) == ["testimonials", "team"]
