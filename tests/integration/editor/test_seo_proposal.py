"""The SEO proposal is shown before it is applied: applying changes the page's search
title and description once, dismissing changes nothing, and a viewer's apply is ignored."""

from __future__ import annotations

import asyncio

from bubblegum.state.ai_actions import AIActionsState
from bubblegum.state.editor import EditorState

from .test_editor_states import call, panel_beside_editor, site  # noqa: F401  (fixture)

PROPOSAL = {"title": "Harbor Coffee – café in Portland", "description": "Coffee roasted in Portland, open daily."}


def _apply(state) -> None:
    call(AIActionsState, "apply_seo", state)


def _panel(site, role, monkeypatch) -> tuple[AIActionsState, EditorState]:
    panel = panel_beside_editor(AIActionsState, site, role, monkeypatch)
    return panel, asyncio.run(panel.get_state(EditorState))


def test_apply_and_dismiss(site, monkeypatch):  # noqa: F811
    state, editor = _panel(site, "editor", monkeypatch)
    before = dict(editor._doc["root"])
    state.seo_proposal = {**PROPOSAL, "slug": editor.page_slug}
    AIActionsState.event_handlers["dismiss_seo"].fn(state)
    assert state.seo_proposal == {} and editor._doc["root"] == before

    state.seo_proposal = {**PROPOSAL, "slug": editor.page_slug}
    _apply(state)
    assert editor._doc["root"]["title"] == PROPOSAL["title"]
    assert editor._doc["root"]["description"] == PROPOSAL["description"]
    assert state.seo_proposal == {}


def test_a_proposal_for_another_page_or_from_a_viewer_is_not_applied(site, monkeypatch):  # noqa: F811
    state, editor = _panel(site, "editor", monkeypatch)
    title = editor._doc["root"]["title"]
    state.seo_proposal = {**PROPOSAL, "slug": "some-other-page"}
    _apply(state)
    assert editor._doc["root"]["title"] == title

    viewer, viewer_editor = _panel(site, "viewer", monkeypatch)
    viewer.seo_proposal = {**PROPOSAL, "slug": viewer_editor.page_slug}
    _apply(viewer)
    assert viewer_editor._doc["root"]["title"] == title
