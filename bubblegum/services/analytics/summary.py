"""One day of one site's page views summarised: visits, bounces, durations, hours and the top
lists. Used alike to roll up a finished day and to answer for today from raw views, so the
two can never disagree.

A visit is a visitor's run of views with no gap of 30 minutes or more (visitor hashes change
daily, so a visit never spans two UTC days); its duration is its last view's time minus its
first's, and a visit of one view is a bounce. Its referrer, UTM source and device are its
first view's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

VISIT_GAP = timedelta(minutes=30)
DIMENSIONS = ("page", "entry", "exit", "referrer", "utm_source", "device", "browser", "os")
MAX_VALUES = 1000  # per breakdown and day: the long tail beyond is left out of the rollup


@dataclass
class Counts:
    visitors: int = 0
    visits: int = 0
    pageviews: int = 0


@dataclass
class DaySummary:
    visitors: int = 0
    visits: int = 0
    pageviews: int = 0
    bounces: int = 0
    duration_seconds: int = 0
    hours: dict[datetime, Counts] = field(default_factory=dict)
    tops: dict[str, dict[str, Counts]] = field(default_factory=dict)


class View(NamedTuple):
    """The columns of a PageView the summary reads (database rows of the same names serve too)."""

    visitor: str
    created_at: datetime
    path: str
    referrer: str
    utm_source: str
    device: str
    browser: str
    os: str


class _Tally:
    def __init__(self) -> None:
        self.visitors: set[str] = set()
        self.visits = 0
        self.pageviews = 0

    def counts(self) -> Counts:
        return Counts(len(self.visitors), self.visits, self.pageviews)


def _visits(views: list[View]) -> Iterable[list[View]]:
    """Split one visitor's views (oldest first) into visits."""
    current: list[View] = []
    for view in views:
        if current and view.created_at - current[-1].created_at >= VISIT_GAP:
            yield current
            current = []
        current.append(view)
    if current:
        yield current


def summarise(views: Iterable[View]) -> DaySummary:
    by_visitor: dict[str, list[View]] = defaultdict(list)
    for view in views:
        by_visitor[view.visitor].append(view)
    summary = DaySummary(visitors=len(by_visitor))
    hours: dict[int, _Tally] = defaultdict(_Tally)  # by hour of the day (a summary covers one UTC day)
    starts: dict[int, datetime] = {}
    tops: dict[str, dict[str, _Tally]] = {name: defaultdict(_Tally) for name in DIMENSIONS}
    for visitor, own in by_visitor.items():
        own.sort(key=lambda view: view.created_at)
        for visit in _visits(own):
            first, last = visit[0], visit[-1]
            summary.visits += 1
            summary.bounces += len(visit) == 1
            summary.duration_seconds += int((last.created_at - first.created_at).total_seconds())
            hours[first.created_at.hour].visits += 1
            for name, value in (("entry", first.path), ("exit", last.path), ("referrer", first.referrer),
                                ("utm_source", first.utm_source), ("device", first.device),
                                ("browser", first.browser), ("os", first.os)):
                if value:
                    tally = tops[name][value]
                    tally.visitors.add(visitor)
                    tally.visits += 1
            for view in visit:
                summary.pageviews += 1
                hour = hours[view.created_at.hour]
                if view.created_at.hour not in starts:
                    starts[view.created_at.hour] = view.created_at.replace(minute=0, second=0, microsecond=0)
                hour.visitors.add(visitor)
                hour.pageviews += 1
                page = tops["page"][view.path]
                page.visitors.add(visitor)
                page.pageviews += 1
            for path in {view.path for view in visit}:
                tops["page"][path].visits += 1
    summary.hours = {starts[hour]: tally.counts() for hour, tally in sorted(hours.items())}
    summary.tops = {name: dict(sorted(((value, tally.counts()) for value, tally in values.items()),
                                      key=lambda item: (-item[1].visitors, -item[1].pageviews))[:MAX_VALUES])
                    for name, values in tops.items()}
    return summary

