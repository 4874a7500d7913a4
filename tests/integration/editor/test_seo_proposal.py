"""The SEO proposal is shown before it is applied: applying changes the page's search
title and description once, dismissing changes nothing, and a viewer's apply is ignored."""

from __future__ import annotations

from bubblegum.state.ai_actions import AIActionsState

from .test_editor_states import open_editor, site  # noqa: F401  (fixture)

PROPOSAL = {"title": "Harbor Coffee – café in Portland", "description": "Coffee roasted in Portland, open daily."}


def _apply(state) -> None:
    AIActionsState.event_handlers["apply_seo"].fn(state)


def test_apply_and_dismiss(site, monkeypatch):  # noqa: F811
    state = open_editor(AIActionsState, site, "editor", monkeypatch)
    before = dict(state._doc["root"])
    state.seo_proposal = {**PROPOSAL, "slug": state.page_slug}
    AIActionsState.event_handlers["dismiss_seo"].fn(state)
    assert state.seo_proposal == {} and state._doc["root"] == before

    state.seo_proposal = {**PROPOSAL, "slug": state.page_slug}
    _apply(state)
    assert state._doc["root"]["title"] == PROPOSAL["title"]
    assert state._doc["root"]["description"] == PROPOSAL["description"]
    assert state.seo_proposal == {}


def test_a_proposal_for_another_page_or_from_a_viewer_is_not_applied(site, monkeypatch):  # noqa: F811
    state = open_editor(AIActionsState, site, "editor", monkeypatch)
    title = state._doc["root"]["title"]
    state.seo_proposal = {**PROPOSAL, "slug": "some-other-page"}
    _apply(state)
    assert state._doc["root"]["title"] == title

    viewer = open_editor(AIActionsState, site, "viewer", monkeypatch)
    viewer.seo_proposal = {**PROPOSAL, "slug": viewer.page_slug}
    _apply(viewer)
    assert viewer._doc["root"]["title"] == title
