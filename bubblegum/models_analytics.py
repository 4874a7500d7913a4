"""Tables of cookie-free site analytics (services/analytics): raw page views, the daily
salts that key visitor hashes, and the hourly/daily rollups the dashboard reads.

No column holds a client address or a user agent: a view keeps only a keyed hash of them
(salted per day, the salt deleted after 48 hours) and the browser, OS and device family.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bubblegum.db import utcnow


class AnalyticsSalt(SQLModel, table=True):
    """The random key of one UTC day's visitor hashes; deleted 48 hours after the day began."""

    day: date = Field(primary_key=True)
    salt: bytes = Field(sa_column=sa.Column(sa.LargeBinary(32), nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class PageView(SQLModel, table=True):
    """One counted view of a published page (bots, prefetches and previews are never stored)."""

    __table_args__ = (sa.Index("ix_pageview_project_created", "project_id", "created_at"),)

    id: int | None = Field(default=None, sa_column=sa.Column(
        sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True))
    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)
    visitor: str = Field(max_length=16)  # keyed hash of site, address and user agent, salted per day
    path: str = Field(max_length=300)
    referrer: str = Field(default="", max_length=120)  # the referring host, "" when direct or internal
    utm_source: str = Field(default="", max_length=80)
    utm_medium: str = Field(default="", max_length=80)
    utm_campaign: str = Field(default="", max_length=80)
    device: str = Field(default="", max_length=10)  # desktop | tablet | mobile
    browser: str = Field(default="", max_length=40)
    os: str = Field(default="", max_length=40)


class AnalyticsDaily(SQLModel, table=True):
    """A site's totals for one finished UTC day (visitor hashes change daily, so days add up)."""

    __table_args__ = (sa.UniqueConstraint("project_id", "day", name="uq_analyticsdaily_project_day"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE")
    day: date
    visitors: int = 0
    visits: int = 0
    pageviews: int = 0
    bounces: int = 0  # visits of one page view
    duration_seconds: int = 0  # summed over visits: last view minus first view


class AnalyticsHourly(SQLModel, table=True):
    """A site's counts for one hour of a finished day (the chart of a single day)."""

    __table_args__ = (sa.UniqueConstraint("project_id", "hour", name="uq_analyticshourly_project_hour"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE")
    hour: datetime
    visitors: int = 0
    visits: int = 0  # visits that started in this hour
    pageviews: int = 0


class AnalyticsTop(SQLModel, table=True):
    """One value of one breakdown (page, entry, exit, referrer, utm_source, device, browser, os)
    for a finished day: the top lists are sums of these over the period."""

    __table_args__ = (sa.Index("ix_analyticstop_project_dimension_day", "project_id", "dimension", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", ondelete="CASCADE")
    day: date
    dimension: str = Field(max_length=12)
    value: str = Field(max_length=300)
    visitors: int = 0
    visits: int = 0
    pageviews: int = 0
