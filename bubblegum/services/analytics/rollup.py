"""Finished days rolled up into daily totals, hourly counts and top lists, so the dashboard
reads a few rows per day however many views a site gets.

A UTC day is rolled up once it has been over for ``GRACE`` (the buffers have written its last
views by then); views that arrive for a day already rolled up are kept raw but not added.
Housekeeping (the view buffer runs it every few minutes) rolls up every site's finished days
and deletes expired salts.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, func, select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import AnalyticsDaily, AnalyticsHourly, AnalyticsTop, PageView
from bubblegum.services.analytics.summary import DaySummary, View, summarise
from bubblegum.services.analytics.visitors import delete_old_salts

GRACE = timedelta(minutes=10)
log = logging.getLogger("bubblegum.analytics")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), tzinfo=UTC)
    return start, start + timedelta(days=1)


def views_between(session: Session, project_id: int, start: datetime, end: datetime) -> list[View]:
    rows = session.execute(
        select(PageView.visitor, PageView.created_at, PageView.path, PageView.referrer, PageView.utm_source,
               PageView.device, PageView.browser, PageView.os)
        .where(PageView.project_id == project_id, PageView.created_at >= start, PageView.created_at < end))
    return list(map(View._make, rows))


def summarise_day(session: Session, project_id: int, day: date) -> DaySummary:
    return summarise(views_between(session, project_id, *day_bounds(day)))


def last_finished_day(now: datetime | None = None) -> date:
    return ((now or utcnow()) - GRACE).date() - timedelta(days=1)


def roll_up_day(session: Session, project_id: int, day: date) -> DaySummary:
    """Store one finished day's summary (once: the daily row marks it as rolled up)."""
    summary = summarise_day(session, project_id, day)
    session.add(AnalyticsDaily(project_id=project_id, day=day, visitors=summary.visitors, visits=summary.visits,
                               pageviews=summary.pageviews, bounces=summary.bounces,
                               duration_seconds=summary.duration_seconds))
    if summary.hours:
        session.execute(sa.insert(AnalyticsHourly.__table__), [
            {"project_id": project_id, "hour": hour, "visitors": c.visitors, "visits": c.visits,
             "pageviews": c.pageviews} for hour, c in summary.hours.items()])
    tops = [{"project_id": project_id, "day": day, "dimension": name, "value": value[:300],
             "visitors": c.visitors, "visits": c.visits, "pageviews": c.pageviews}
            for name, values in summary.tops.items() for value, c in values.items()]
    if tops:
        session.execute(sa.insert(AnalyticsTop.__table__), tops)
    session.flush()
    return summary


def roll_up_project(session: Session, project_id: int, now: datetime | None = None) -> int:
    """Roll up each finished day of the site not rolled up yet; returns how many days."""
    last = last_finished_day(now)
    done = session.exec(select(func.max(AnalyticsDaily.day)).where(AnalyticsDaily.project_id == project_id)).one()
    if done is not None:
        day = done + timedelta(days=1)
    else:
        first = session.exec(select(func.min(PageView.created_at)).where(PageView.project_id == project_id)).one()
        if first is None:
            return 0
        day = first.date() if first.tzinfo is None else first.astimezone(UTC).date()
    count = 0
    while day <= last:
        roll_up_day(session, project_id, day)
        day += timedelta(days=1)
        count += 1
    return count


def housekeeping(now: datetime | None = None) -> None:
    """Roll up every site's finished days; delete salts past their 48 hours."""
    with session_scope() as session:
        delete_old_salts(session, now)
    with session_scope() as session:
        projects = session.exec(select(PageView.project_id).distinct()).all()
    for project_id in projects:
        try:
            with session_scope() as session:
                roll_up_project(session, project_id, now)
        except sa.exc.IntegrityError:  # another worker rolled the same day up first
            log.info("analytics: project %s was rolled up elsewhere", project_id)
