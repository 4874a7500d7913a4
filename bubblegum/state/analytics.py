"""The analytics page (/dashboard/analytics/<project>): a period's figures against the
previous period, the chart, top lists, visitors now, CSV. Handlers load, call
services/analytics (which checks the role: viewers read) and assign display-ready values."""

from __future__ import annotations

import re

import reflex as rx

from bubblegum.db import utcnow
from bubblegum.services.analytics import export, metrics
from bubblegum.services.analytics.metrics import Report, TopRow
from bubblegum.services.errors import ServiceError
from bubblegum.services.policy import Action, require_project
from bubblegum.state.session import FormState, SessionState

ANALYTICS_PROJECT = re.compile(r"^/dashboard/analytics/(\d{1,12})/?$")
TOP_LISTS = (("page", "pages", "page views"), ("entry", "entries", "visits"), ("exit", "exits", "visits"),
             ("referrer", "referrers", "visits"), ("utm_source", "sources", "visits"), ("device", "devices", "visits"),
             ("browser", "browsers", "visits"), ("os", "systems", "visits"))


def _duration(seconds: int) -> str:
    return f"{seconds // 60}m {seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def _change(now: float, before: float) -> tuple[str, str]:
    """("+12%", "up") against the previous period; ("new", "up") from nothing; ("", "") unchanged."""
    if now == before:
        return "", ""
    if not before:
        return "new", "up"
    percent = round(100 * (now - before) / before)
    return (f"{percent:+d}%", "up" if now > before else "down") if percent else ("", "")


def _cards(report: Report) -> list[dict[str, str]]:
    now, before = report.totals, report.previous
    cards = []
    for label, value, previous, shown in (  # a rising bounce rate is the one change for the worse
        ("Unique visitors", now.visitors, before.visitors, f"{now.visitors:,}"),
        ("Visits", now.visits, before.visits, f"{now.visits:,}"),
        ("Page views", now.pageviews, before.pageviews, f"{now.pageviews:,}"),
        ("Views per visit", now.views_per_visit, before.views_per_visit, f"{now.views_per_visit:g}"),
        ("Bounce rate", now.bounce_rate, before.bounce_rate, f"{now.bounce_rate}%"),
        ("Visit duration", now.visit_duration, before.visit_duration, _duration(now.visit_duration)),
    ):
        change, trend = _change(value, previous)
        good = (trend == "up") != (label == "Bounce rate")
        cards.append({"label": label, "value": shown, "change": change, "tone": "" if not trend else
                      "good" if good else "bad"})
    return cards


def _rows(rows: list[TopRow], dimension: str) -> list[dict[str, str]]:
    top = max((row.visitors for row in rows), default=0) or 1
    return [{"value": row.value, "visitors": f"{row.visitors:,}",
             "count": f"{row.pageviews if dimension == 'page' else row.visits:,}",
             "share": f"{round(100 * row.visitors / top)}%"} for row in rows]


class AnalyticsState(FormState, SessionState):
    project_name: str = ""
    period: str = "7d"
    cards: list[dict[str, str]] = []
    series: list[dict[str, str | int]] = []
    visitors_now: int = 0
    range_label: str = ""
    pages: list[dict[str, str]] = []
    entries: list[dict[str, str]] = []
    exits: list[dict[str, str]] = []
    referrers: list[dict[str, str]] = []
    sources: list[dict[str, str]] = []
    devices: list[dict[str, str]] = []
    browsers: list[dict[str, str]] = []
    systems: list[dict[str, str]] = []

    @rx.var
    def project_param(self) -> str:
        match = ANALYTICS_PROJECT.match(self.router.url.path or "")
        return match[1] if match else ""

    def _project_id(self) -> int:
        return int(self.project_param or 0)

    def _report(self, db, user_id: int) -> Report:
        start, end = metrics.period_range(self.period, utcnow().date())
        return metrics.report(db, user_id, self._project_id(), start=start, end=end)

    def _show(self, report: Report) -> None:
        self.cards = _cards(report)
        self.series = [{"label": p.label[5:] if len(p.label) == 10 else p.label, "visitors": p.visitors,
                        "pageviews": p.pageviews} for p in report.series]
        self.visitors_now = report.visitors_now
        self.range_label = f"{report.start:%d %b} – {report.end:%d %b %Y} (UTC)" if report.start != report.end \
            else f"{report.start:%d %b %Y} (UTC)"
        for dimension, name, _count in TOP_LISTS:
            setattr(self, name, _rows(report.tops.get(dimension, []), dimension))

    @rx.event
    def load(self):
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
                project = require_project(db, me.user_id, self._project_id(), Action.ANALYTICS_READ, org_id=me.org_id)
                self.project_name = project.name
                self._show(self._report(db, me.user_id))
        except ServiceError as error:
            self.project_name, self.cards, self.series = "", [], []
            return self._fail(error)

    @rx.event
    def set_period(self, period: str | list[str]):
        self.period = period if isinstance(period, str) and period in metrics.PERIODS else "7d"
        return self.load()

    @rx.event
    def refresh_now(self):
        try:
            with self._signed_in() as (db, me):
                self.visitors_now = metrics.visitors_now(db, me.user_id, self._project_id())
        except ServiceError as error:
            return self._fail(error, toast=True)

    def _csv(self) -> str:
        with self._signed_in() as (db, me):
            return export.report_csv(self._report(db, me.user_id))

    @rx.event
    def download_csv(self):
        try:
            data = self._csv()
        except ServiceError as error:
            return self._fail(error, toast=True)
        return rx.download(data=data, filename=f"analytics-{self._project_id()}-{self.period}.csv")
