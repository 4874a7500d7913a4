"""The Analytics page's handlers, called as the browser's events would: viewers read every
figure and download the CSV; an outsider sees nothing."""

from __future__ import annotations

import csv
import io

import pytest
import reflex as rx

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.db import session_scope, utcnow
from bubblegum.models import User
from bubblegum.services import sessions
from bubblegum.services.analytics.ingest import Beacon, record_view
from bubblegum.state.analytics import AnalyticsState

from ..people import with_session_cookie
from .conftest import CHROME, flushed_views

H = AnalyticsState.event_handlers


@pytest.fixture
def open_as(people_site, monkeypatch):
    project_id, users = people_site
    monkeypatch.setattr(AnalyticsState, "_project_id", lambda self: project_id)
    with session_scope() as db:
        tokens = {role: sessions.start(db, db.get(User, user_id)) for role, user_id in users.items()}

    def open_page(role: str) -> AnalyticsState:
        state = rx.State(_reflex_internal_init=True).get_substate(AnalyticsState.get_full_name().split(".")[1:])
        with_session_cookie(state, tokens[role])
        H["load"].fn(state)
        return state

    return open_page


def test_viewer_reads_figures_periods_and_csv(people_site, open_as):
    project_id, _ = people_site
    for path in ("/", "/about/"):
        record_view(project_id, Beacon(path=path, referrer="google.com"), address="203.0.113.9", user_agent=CHROME,
                    headers={}, now=utcnow())
    flushed_views()
    state = open_as("viewer")
    cards = {card["label"]: card for card in state.cards}
    assert cards["Unique visitors"]["value"] == "1" and cards["Page views"]["value"] == "2"
    assert cards["Unique visitors"]["tone"] == "good" and cards["Bounce rate"]["tone"] == ""
    assert len(state.series) == 7 and state.series[-1]["pageviews"] == 2 and state.visitors_now == 1
    assert [row["value"] for row in state.pages] == ["/", "/about/"] and state.referrers[0]["value"] == "google.com"
    H["set_period"].fn(state, "today")
    assert len(state.series) == 24
    H["set_period"].fn(state, "forever")
    assert state.period == "7d"
    assert H["download_csv"].fn(state) is not None
    rows = list(csv.DictReader(io.StringIO(state._csv())))
    assert rows[0]["section"] == "total" and rows[0]["visitors"] == "1"
    assert {"section": "referrer", "label": "google.com", "visits": "1"}.items() <= next(
        row for row in rows if row["section"] == "referrer").items()


def test_outsider_sees_nothing(open_as):
    state = open_as("outsider")
    assert state.project_name == "" and state.cards == [] and state._error_code == "NOT_FOUND"
