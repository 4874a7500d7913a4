"""The figures of a site's analytics for a date range: totals against the previous period of
the same length, a series of visitors and page views (hourly for one day, else daily), the
top lists and the visitors of the last five minutes. Viewers read.

Finished days come from the rollups (rolled up here first when housekeeping has not yet);
the days after them (today) are summarised from raw views with the same code.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, func, select

from bubblegum.db import utcnow
from bubblegum.models import AnalyticsDaily, AnalyticsHourly, AnalyticsTop, PageView
from bubblegum.services.analytics.rollup import day_bounds, last_finished_day, roll_up_project, summarise_day
from bubblegum.services.analytics.summary import DIMENSIONS, Counts, DaySummary
from bubblegum.services.errors import InvalidInput
from bubblegum.services.policy import Action, require_project

PERIODS = {"today": 1, "7d": 7, "30d": 30}
MAX_DAYS = 366
NOW_WINDOW = timedelta(minutes=5)
LIVE_TTL = 30.0  # seconds today's summary is reused (visitors now is always counted afresh)
_live: dict[tuple[str, int, date], tuple[float, DaySummary]] = {}


@dataclass(frozen=True)
class Totals:
    visitors: int = 0
    visits: int = 0
    pageviews: int = 0
    bounces: int = 0
    duration_seconds: int = 0

    @property
    def views_per_visit(self) -> float:
        return round(self.pageviews / self.visits, 2) if self.visits else 0.0

    @property
    def bounce_rate(self) -> int:
        """Percent of visits that saw one page."""
        return round(100 * self.bounces / self.visits) if self.visits else 0

    @property
    def visit_duration(self) -> int:
        """Mean seconds from a visit's first view to its last."""
        return round(self.duration_seconds / self.visits) if self.visits else 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.visitors + other.visitors, self.visits + other.visits, self.pageviews + other.pageviews,
                      self.bounces + other.bounces, self.duration_seconds + other.duration_seconds)


@dataclass(frozen=True)
class Point:
    label: str  # "2026-12-04" for a day, "14:00" for an hour
    visitors: int
    pageviews: int


@dataclass(frozen=True)
class TopRow:
    value: str
    visitors: int
    visits: int
    pageviews: int


@dataclass(frozen=True)
class Report:
    start: date
    end: date
    totals: Totals
    previous: Totals
    series: list[Point]
    tops: dict[str, list[TopRow]] = field(default_factory=dict)
    visitors_now: int = 0


def period_range(period: str, today: date) -> tuple[date, date]:
    if period not in PERIODS:
        raise InvalidInput("Choose today, 7 days or 30 days.", field="period", details={"choices": list(PERIODS)})
    return today - timedelta(days=PERIODS[period] - 1), today


def report(session: Session, user_id: int | None, project_id: int, *, start: date, end: date,
           now: datetime | None = None, top: int = 10) -> Report:
    project = require_project(session, user_id, project_id, Action.ANALYTICS_READ)
    if end < start or (end - start).days >= MAX_DAYS:
        raise InvalidInput(f"Choose a range of 1 to {MAX_DAYS} days, the start before the end.", field="start")
    now = now or utcnow()
    roll_up_project(session, project.id, now)
    finished = last_finished_day(now)
    live = {day: _live_summary(session, project.id, day) for day in _days(max(start, finished + timedelta(1)), end)}
    length = (end - start).days + 1
    previous_start = start - timedelta(days=length)
    return Report(
        start=start, end=end,
        totals=_totals(session, project.id, start, min(end, finished), live),
        previous=_totals(session, project.id, previous_start, min(start - timedelta(1), finished),
                         {day: _live_summary(session, project.id, day)
                          for day in _days(max(previous_start, finished + timedelta(1)), start - timedelta(1))}),
        series=_hourly(session, project.id, start, live) if start == end else
        _daily(session, project.id, start, end, live),
        tops={name: _tops(session, project.id, name, start, min(end, finished), live, top) for name in DIMENSIONS},
        visitors_now=_visitors_now(session, project.id, now),
    )


def _live_summary(session: Session, project_id: int, day: date) -> DaySummary:
    """A day not rolled up yet, summarised from raw views; reused for LIVE_TTL seconds, since a
    busy site's today is tens of thousands of views."""
    key, clock = (str(session.get_bind().url), project_id, day), time.monotonic()
    cached = _live.get(key)
    if cached is not None and cached[0] > clock:
        return cached[1]
    summary = summarise_day(session, project_id, day)
    if len(_live) > 1000:
        _live.clear()
    _live[key] = (clock + LIVE_TTL, summary)
    return summary


def forget_live() -> None:
    """Drop the reused summaries (tests: a new database reuses ids and days)."""
    _live.clear()


def visitors_now(session: Session, user_id: int | None, project_id: int, now: datetime | None = None) -> int:
    project = require_project(session, user_id, project_id, Action.ANALYTICS_READ)
    return _visitors_now(session, project.id, now or utcnow())


def _visitors_now(session: Session, project_id: int, now: datetime) -> int:
    return session.exec(select(func.count(func.distinct(PageView.visitor))).where(
        PageView.project_id == project_id, PageView.created_at >= now - NOW_WINDOW)).one()


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def _totals(session: Session, project_id: int, start: date, end: date, live: dict[date, DaySummary]) -> Totals:
    totals = Totals()
    if start <= end:
        row = session.exec(select(
            func.coalesce(func.sum(AnalyticsDaily.visitors), 0), func.coalesce(func.sum(AnalyticsDaily.visits), 0),
            func.coalesce(func.sum(AnalyticsDaily.pageviews), 0), func.coalesce(func.sum(AnalyticsDaily.bounces), 0),
            func.coalesce(func.sum(AnalyticsDaily.duration_seconds), 0),
        ).where(AnalyticsDaily.project_id == project_id, AnalyticsDaily.day >= start,
                AnalyticsDaily.day <= end)).one()
        totals = Totals(*(int(value) for value in row))
    for summary in live.values():
        totals += Totals(summary.visitors, summary.visits, summary.pageviews, summary.bounces,
                         summary.duration_seconds)
    return totals


def _daily(session: Session, project_id: int, start: date, end: date, live: dict[date, DaySummary]) -> list[Point]:
    stored = {row.day: row for row in session.exec(select(AnalyticsDaily).where(
        AnalyticsDaily.project_id == project_id, AnalyticsDaily.day >= start, AnalyticsDaily.day <= end))}
    points = []
    for day in _days(start, end):
        source = live.get(day) or stored.get(day)
        points.append(Point(day.isoformat(), source.visitors if source else 0, source.pageviews if source else 0))
    return points


def _hourly(session: Session, project_id: int, day: date, live: dict[date, DaySummary]) -> list[Point]:
    if day in live:
        counts = live[day].hours
    else:
        begin, end = day_bounds(day)
        counts = {row.hour: Counts(row.visitors, row.visits, row.pageviews) for row in session.exec(
            select(AnalyticsHourly).where(AnalyticsHourly.project_id == project_id, AnalyticsHourly.hour >= begin,
                                          AnalyticsHourly.hour < end))}
    by_hour = {hour.hour: c for hour, c in counts.items()}
    return [Point(f"{hour:02d}:00", by_hour[hour].visitors if hour in by_hour else 0,
                  by_hour[hour].pageviews if hour in by_hour else 0) for hour in range(24)]


def _tops(session: Session, project_id: int, dimension: str, start: date, end: date,
          live: dict[date, DaySummary], top: int) -> list[TopRow]:
    merged: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    if start <= end:
        rows = session.exec(select(AnalyticsTop.value, func.sum(AnalyticsTop.visitors), func.sum(AnalyticsTop.visits),
                                   func.sum(AnalyticsTop.pageviews))
                            .where(AnalyticsTop.project_id == project_id, AnalyticsTop.dimension == dimension,
                                   AnalyticsTop.day >= start, AnalyticsTop.day <= end)
                            .group_by(AnalyticsTop.value)
                            .order_by(func.sum(AnalyticsTop.visitors).desc()).limit(top * 5))
        for value, visitors, visits, pageviews in rows:
            merged[value] = [int(visitors), int(visits), int(pageviews)]
    for summary in live.values():
        for value, c in summary.tops.get(dimension, {}).items():
            counts = merged[value]
            counts[0] += c.visitors
            counts[1] += c.visits
            counts[2] += c.pageviews
    ranked = sorted(merged.items(), key=lambda item: (-item[1][0], -item[1][2], item[0]))[:top]
    return [TopRow(value, *counts) for value, counts in ranked]
