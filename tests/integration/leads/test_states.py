"""The inbox page's and the editor badge's handlers, called as the browser's events would:
the services decide, so a viewer's clicks change nothing and an outsider sees nothing."""

from __future__ import annotations

import pytest
import reflex as rx

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.state.leads import LeadsBadgeState, LeadsState

from ..people import with_session_cookie
from .conftest import post

H = LeadsState.event_handlers


@pytest.fixture
def inbox_for(site, monkeypatch):
    monkeypatch.setattr(LeadsState, "_project_id", lambda self: site["project"])

    def open_as(role: str) -> LeadsState:
        state = rx.State(_reflex_internal_init=True).get_substate(LeadsState.get_full_name().split(".")[1:])
        with_session_cookie(state, site["tokens"][role])
        H["load"].fn(state)
        return state

    return open_as


def test_viewer_sees_leads_and_details_but_cannot_change_them(site, inbox_for):
    post(site)
    state = inbox_for("viewer")
    assert state.project_name == "Harbor & Pine" and state.counts["all"] == 1
    [row] = state.items
    assert row["name"] == "Ada Lovelace" and row["read"] == "" and row["reply"].startswith("mailto:ada@example.com")
    H["open_lead"].fn(state, row["id"])
    assert state.detail["message"] == "Can you fit a kitchen in May?"
    H["toggle_star"].fn(state, row["id"], "")
    H["delete_lead"].fn(state, row["id"])
    H["download_csv"].fn(state)
    assert state._error_code == "FORBIDDEN"
    assert state.items[0]["starred"] == "" and state.items[0]["read"] == "" and state.counts["all"] == 1


def test_editor_manages_views_search_spam_and_export(site, inbox_for):
    post(site)
    post(site, name="Grace Hopper", email="grace@example.com", message="A bathroom quote", client_ip="192.0.2.4")
    state = inbox_for("editor")
    grace = next(row for row in state.items if row["email"] == "grace@example.com")
    H["open_lead"].fn(state, grace["id"])
    assert state.detail["read"] == "yes"
    H["toggle_star"].fn(state, grace["id"], "")
    H["set_view"].fn(state, "starred")
    assert [row["email"] for row in state.items] == ["grace@example.com"]
    H["set_view"].fn(state, "all")
    H["set_search"].fn(state, "kitchen")
    assert [row["email"] for row in state.items] == ["ada@example.com"]
    H["mark_spam"].fn(state, state.items[0]["id"], True)
    H["set_search"].fn(state, "")
    H["set_view"].fn(state, "spam")
    assert [row["spam"] for row in state.items] == ["Marked as spam"] and state.blocked == ["ada@example.com"]
    download = H["download_csv"].fn(state, False)
    assert download is not None
    H["set_view"].fn(state, "nonsense")
    assert state.view == "all"


def test_only_admins_set_retention_others_notifications_and_delete_all(site, inbox_for):
    post(site)
    editor = inbox_for("editor")
    H["set_retention"].fn(editor, "30")
    H["delete_all"].fn(editor)
    assert editor._error_code == "FORBIDDEN" and editor.retention_days == "0" and editor.counts["all"] == 1
    H["set_my_mode"].fn(editor, "digest")
    assert editor.my_mode == "digest"

    owner = inbox_for("owner")
    viewer_id = str(site["users"]["viewer"])
    H["set_member_mode"].fn(owner, viewer_id, "each")
    H["set_retention"].fn(owner, "90")
    assert owner.retention_days == "90"
    assert {m["email"]: m["mode"] for m in owner.members}["viewer@example.com"] == "each"
    H["set_retention"].fn(owner, "7")
    assert owner.errors == {"retention_days": "Choose one of the offered retention periods."}
    H["delete_all"].fn(owner)
    assert owner.counts["all"] == 0


def test_erasure_by_address(site, inbox_for):
    post(site)
    state = inbox_for("editor")
    H["erase_sender"].fn(state, {"email": "ADA@example.com"})
    assert state.items == [] and state.errors == {}


def test_outsider_gets_nothing(site, inbox_for):
    post(site)
    state = inbox_for("outsider")
    assert state.items == [] and state.project_name == "" and state._error_code == "NOT_FOUND"


def test_editor_badge_counts_unread_leads(site, monkeypatch):
    post(site)
    post(site, email="b@example.com", client_ip="192.0.2.5")
    monkeypatch.setattr(LeadsBadgeState, "_project_id", lambda self: site["project"])
    for role, expected in (("viewer", 2), ("outsider", 0)):
        badge = rx.State(_reflex_internal_init=True).get_substate(LeadsBadgeState.get_full_name().split(".")[1:])
        with_session_cookie(badge, site["tokens"][role])
        LeadsBadgeState.event_handlers["load_unread"].fn(badge)
        assert badge.unread == expected
