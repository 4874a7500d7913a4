"""Salts rotated and deleted, visits and rollups, the report's figures and who may read them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import AnalyticsDaily, AnalyticsSalt, AnalyticsTop
from bubblegum.services.analytics import metrics, rollup, visitors
from bubblegum.services.analytics.ingest import Beacon, record_view
from bubblegum.services.errors import InvalidInput, NotFound

from .conftest import CHROME, IPHONE, flushed_views

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


def view(project_id, path, at, *, ip="203.0.113.9", agent=CHROME, **beacon):
    assert record_view(project_id, Beacon(path=path, **beacon), address=ip, user_agent=agent, headers={}, now=at)


def test_salt_is_random_per_day_and_deleted_after_48_hours(database_url):
    monday, tuesday = datetime(2026, 12, 7, 9, tzinfo=UTC), datetime(2026, 12, 8, 9, tzinfo=UTC)
    assert visitors.visitor_hash(1, "203.0.113.9", CHROME, monday) == visitors.visitor_hash(1, "203.0.113.9", CHROME,
                                                                                              monday)
    assert visitors.visitor_hash(1, "203.0.113.9", CHROME, monday) != visitors.visitor_hash(1, "203.0.113.9", CHROME,
                                                                                              tuesday)
    assert visitors.visitor_hash(1, "203.0.113.9", CHROME, monday) != visitors.visitor_hash(2, "203.0.113.9", CHROME,
                                                                                              monday)
    with session_scope() as db:
        salts = {row.day: row.salt for row in db.exec(select(AnalyticsSalt))}
        assert set(salts) == {monday.date(), tuesday.date()} and len(set(salts.values())) == 2
        assert visitors.delete_old_salts(db, datetime(2026, 12, 8, 23, 59, tzinfo=UTC)) == 0
        assert visitors.delete_old_salts(db, datetime(2026, 12, 9, 0, 0, tzinfo=UTC)) == 1  # Monday's, 48 h on
        assert [row.day for row in db.exec(select(AnalyticsSalt))] == [tuesday.date()]


def test_a_second_worker_reads_the_salt_the_first_created(database_url):
    day = datetime(2026, 12, 7, 9, tzinfo=UTC)
    first = visitors.visitor_hash(1, "203.0.113.9", CHROME, day)
    visitors.forget_cached_salts()  # as another process would start
    assert visitors.visitor_hash(1, "203.0.113.9", CHROME, day) == first


def test_visits_bounces_durations_and_rollup_agree_with_live_figures(people_site):
    project_id, users = people_site
    yesterday = NOW - timedelta(days=1)
    view(project_id, "/", yesterday, referrer="google.com", utm_source="newsletter")
    view(project_id, "/about/", yesterday + timedelta(minutes=2))
    view(project_id, "/contact/", yesterday + timedelta(minutes=5))           # visit 1: 3 views, 300 s
    view(project_id, "/", yesterday + timedelta(minutes=50))                  # visit 2 (gap of 45 min): bounce
    view(project_id, "/about/", yesterday, ip="198.51.100.4", agent=IPHONE, width=390)  # visitor 2: bounce
    assert len(flushed_views()) == 5
    with session_scope() as db:
        live = rollup.summarise_day(db, project_id, yesterday.date())
        assert (live.visitors, live.visits, live.pageviews, live.bounces, live.duration_seconds) == (2, 3, 5, 2, 300)
        report = metrics.report(db, users["viewer"], project_id, start=yesterday.date(), end=NOW.date(), now=NOW)
        stored = db.exec(select(AnalyticsDaily)).one()
    assert (stored.day, stored.visitors, stored.visits, stored.pageviews) == (yesterday.date(), 2, 3, 5)
    totals = report.totals
    assert (totals.visitors, totals.visits, totals.pageviews) == (2, 3, 5)
    assert (totals.views_per_visit, totals.bounce_rate, totals.visit_duration) == (1.67, 67, 100)
    assert [(p.label, p.visitors, p.pageviews) for p in report.series] == [
        (yesterday.date().isoformat(), 2, 5), (NOW.date().isoformat(), 0, 0)]
    tops = {name: [(row.value, row.visitors, row.visits, row.pageviews) for row in rows]
            for name, rows in report.tops.items()}
    assert tops["page"] == [("/about/", 2, 2, 2), ("/", 1, 2, 2), ("/contact/", 1, 1, 1)]
    assert tops["entry"] == [("/", 1, 2, 0), ("/about/", 1, 1, 0)]
    assert tops["exit"][0][0] == "/" and ("/contact/", 1, 1, 0) in tops["exit"]
    assert tops["referrer"] == [("google.com", 1, 1, 0)] and tops["utm_source"] == [("newsletter", 1, 1, 0)]
    assert {row[0] for row in tops["device"]} == {"desktop", "mobile"}
    assert {row[0] for row in tops["browser"]} == {"Chrome", "Mobile Safari"}
    assert {row[0] for row in tops["os"]} == {"Windows", "iOS"}


def test_today_is_live_hourly_with_previous_period_and_visitors_now(people_site):
    project_id, users = people_site
    view(project_id, "/", NOW - timedelta(days=1, hours=2))             # yesterday: the previous period
    view(project_id, "/", NOW - timedelta(hours=3))
    view(project_id, "/about/", NOW - timedelta(minutes=2), ip="198.51.100.4")
    flushed_views()
    with session_scope() as db:
        today = metrics.report(db, users["viewer"], project_id, start=NOW.date(), end=NOW.date(), now=NOW)
        assert metrics.visitors_now(db, users["viewer"], project_id, now=NOW) == 1
        assert db.exec(select(AnalyticsTop).where(AnalyticsTop.day == NOW.date())).all() == []  # today stays raw
    assert (today.totals.visitors, today.totals.pageviews, today.previous.visitors) == (2, 2, 1)
    assert len(today.series) == 24 and today.series[12].pageviews == 1 and today.series[14].pageviews == 1
    assert today.visitors_now == 1


def test_finished_days_are_rolled_up_once_by_housekeeping(people_site):
    project_id, _ = people_site
    view(project_id, "/", NOW - timedelta(days=3))
    view(project_id, "/", NOW - timedelta(days=1))
    flushed_views()
    rollup.housekeeping(NOW)
    rollup.housekeeping(NOW)
    with session_scope() as db:
        days = [(row.day, row.pageviews) for row in db.exec(select(AnalyticsDaily).order_by(AnalyticsDaily.day))]
    start = (NOW - timedelta(days=3)).date()
    assert days == [(start, 1), (start + timedelta(days=1), 0), (start + timedelta(days=2), 1)]


def test_viewers_read_outsiders_do_not_and_ranges_are_checked(people_site):
    project_id, users = people_site
    with session_scope() as db:
        for role in ("viewer", "editor", "owner"):
            metrics.report(db, users[role], project_id, start=NOW.date(), end=NOW.date(), now=NOW)
        with pytest.raises(NotFound):
            metrics.report(db, users["outsider"], project_id, start=NOW.date(), end=NOW.date(), now=NOW)
        with pytest.raises(NotFound):
            metrics.visitors_now(db, users["outsider"], project_id)
        with pytest.raises(InvalidInput):
            metrics.report(db, users["viewer"], project_id, start=NOW.date(), end=date(2026, 1, 1), now=NOW)
    assert metrics.period_range("7d", date(2026, 12, 4)) == (date(2026, 11, 28), date(2026, 12, 4))
    with pytest.raises(InvalidInput):
        metrics.period_range("decade", date(2026, 12, 4))
