"""SQLModel tables. Schema changes go through Alembic (alembic/versions) only.

Times are timezone-aware UTC (see db.utcnow). JSON columns are JSONB on PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bubblegum.db import json_column, utcnow


class Role(StrEnum):
    owner = "owner"
    admin = "admin"
    editor = "editor"
    viewer = "viewer"


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True, index=True)
    name: str = Field(default="", max_length=120)
    password_hash: str = Field(max_length=255)
    is_active: bool = True
    password_changed_at: datetime = Field(default_factory=utcnow)
    created_at: datetime = Field(default_factory=utcnow)


class Organization(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    slug: str = Field(max_length=80, unique=True, index=True)
    plan: str = Field(default="self_hosted", max_length=40)
    stripe_customer_id: str | None = Field(default=None, max_length=255, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = None


class Membership(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("user_id", "organization_id", name="uq_membership_user_org"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    role: str = Field(default=Role.viewer.value, max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class Invitation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    email: str = Field(max_length=320, index=True)
    role: str = Field(max_length=20)
    token_hash: str = Field(max_length=128, unique=True, index=True)
    invited_by_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    accepted_at: datetime | None = None
    revoked_at: datetime | None = None


class SignupRequest(SQLModel, table=True):
    """A sign-up waiting for its address to be confirmed (the link mailed to it works once)."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, index=True)
    name: str = Field(default="", max_length=120)
    password_hash: str = Field(max_length=255)
    token_hash: str = Field(max_length=128, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class AuthSession(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=128, unique=True, index=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True, ondelete="SET NULL")
    user_agent: str = Field(default="", max_length=300)
    ip_address: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    revoked_at: datetime | None = None


class PasswordReset(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=128, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class Project(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    slug: str = Field(max_length=63, unique=True, index=True)
    theme: dict = Field(default_factory=dict, sa_column=json_column())
    settings: dict = Field(default_factory=dict, sa_column=json_column())
    language: str = Field(default="en", max_length=16)
    custom_domain: str | None = Field(default=None, max_length=253, unique=True, index=True)
    domain_token: str | None = Field(default=None, max_length=64)  # the TXT value that proves the domain
    domain_verified_at: datetime | None = None  # the domain serves the site only once set
    released_domain: str | None = Field(
        default=None, max_length=253,
        description="The custom domain given up when the organization was deleted; restoring it takes it back.")
    live_deployment_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("deployment.id", use_alter=True, name="fk_project_live_deployment", ondelete="SET NULL"),
            index=True,
            nullable=True,
        ),
    )
    created_by_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = None


class Page(SQLModel, table=True):
    __table_args__ = (
        sa.Index(
            "uq_page_project_slug_live",
            "project_id",
            "slug",
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    slug: str = Field(max_length=120, index=True)
    title: str = Field(max_length=200)
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = None


class PageVersion(SQLModel, table=True):
    """A saved document of a page. Bounded by services/page_history.py: consecutive autosaves
    coalesce and old autosaves are pruned; named (noted) and published versions stay."""

    __table_args__ = (sa.UniqueConstraint("page_id", "number", name="uq_pageversion_page_number"),)

    id: int | None = Field(default=None, primary_key=True)
    page_id: int = Field(foreign_key="page.id", index=True, ondelete="CASCADE")
    number: int
    document: dict = Field(default_factory=dict, sa_column=json_column())
    author_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    note: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)
    published_at: datetime | None = None  # sent to publishing: kept for good


class Asset(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    storage_key: str = Field(max_length=300, unique=True, index=True)
    original_name: str = Field(default="", max_length=200)
    content_type: str = Field(max_length=100)
    size_bytes: int = 0
    width: int | None = None
    height: int | None = None
    sha256: str = Field(default="", max_length=64, index=True)
    alt: str = Field(default="", max_length=300)
    placeholder_color: str = Field(default="", max_length=9)
    variants: list = Field(default_factory=list, sa_column=json_column())
    status: str = Field(default="processing", max_length=20)
    # a photo taken from Unsplash or Pexels: author, author_url, source, source_url, licence,
    # source_id ("unsplash:<id>"); {} for a person's own upload
    credit: dict = Field(default_factory=dict, sa_column=json_column())
    uploaded_by_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class Deployment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    status: str = Field(default="pending", max_length=20, index=True)
    manifest: dict = Field(default_factory=dict, sa_column=json_column())
    storage_prefix: str = Field(default="", max_length=300)
    error: str = Field(default="", max_length=2000)
    author_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class Job(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40, index=True)
    status: str = Field(default="queued", max_length=20, index=True)
    progress: float = 0.0
    message: str = Field(default="", max_length=300)
    error: str = Field(default="", max_length=2000)
    payload: dict = Field(default_factory=dict, sa_column=json_column())
    result: dict = Field(default_factory=dict, sa_column=json_column())
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True, ondelete="CASCADE")
    created_by_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    attempts: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class AuditLog(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True, ondelete="CASCADE")
    actor_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    action: str = Field(max_length=60, index=True)
    target_type: str = Field(default="", max_length=40)
    target_id: str = Field(default="", max_length=64)
    ip_address: str = Field(default="", max_length=64)
    details: dict = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Submission(SQLModel, table=True):
    """A visitor's contact-form or newsletter entry on a published site: a lead in the site's
    inbox. Spam is kept with its reason (``spam_reason`` empty means not spam)."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    page_slug: str = Field(default="", max_length=120)
    data: dict = Field(default_factory=dict, sa_column=json_column())
    ip_hash: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    read_at: datetime | None = None
    sender: str = Field(default="", max_length=320, index=True)
    search_text: str = Field(default="", sa_column=sa.Column(sa.Text, nullable=False, server_default=""))
    starred: bool = Field(default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false()))
    archived: bool = Field(default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false()))
    spam_reason: str = Field(default="", max_length=20, sa_column_kwargs={"server_default": ""})
    spam_detail: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})


class LeadInboxSettings(SQLModel, table=True):
    """A site's inbox settings: retention, what its spam filter learnt, the last digest."""

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", unique=True, index=True, ondelete="CASCADE")
    retention_days: int = 0  # 0 keeps leads until someone deletes them
    blocked_senders: list = Field(default_factory=list, sa_column=json_column())
    allowed_senders: list = Field(default_factory=list, sa_column=json_column())
    word_weights: dict = Field(default_factory=dict, sa_column=json_column())
    digest_sent_at: datetime | None = None


class LeadSubscription(SQLModel, table=True):
    """Whether a member gets mail about a site's new leads: each one, a daily digest, or none."""

    __table_args__ = (sa.UniqueConstraint("project_id", "user_id", name="uq_leadsubscription_project_user"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="project.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    mode: str = Field(default="each", max_length=10)  # each | digest | off



class AIUsage(SQLModel, table=True):
    """One metered AI call: tokens and cost per organization and user (services/ai/metering)."""

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True, ondelete="CASCADE")
    user_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    operation: str = Field(max_length=40)
    provider: str = Field(default="offline", max_length=20)
    model: str = Field(default="", max_length=80)
    input_tokens: int = 0
    output_tokens: int = 0
    cost_micros: int = Field(default=0, description="Cost in millionths of a US dollar")
    created_at: datetime = Field(default_factory=utcnow, index=True)


class AIGenerationLease(SQLModel, table=True):
    """A running generation holds one of its organization's slots until it ends or the lease
    expires (a crashed worker never blocks the organization for longer than that)."""

    __table_args__ = (sa.UniqueConstraint("organization_id", "slot", name="uq_aigenerationlease_org_slot"),)

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    slot: int = 0
    holder: str = Field(max_length=64, index=True)
    expires_at: datetime


class ApiKey(SQLModel, table=True):
    """A REST API key of an organization (services/api_keys.py). Only the SHA-256 of the key is
    stored; `prefix` is its first characters, shown so people can tell keys apart. A key acts for
    the person who created it, narrowed to its scope (read < write < publish)."""

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=80)
    prefix: str = Field(max_length=20)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    scope: str = Field(max_length=10)
    created_by_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class ApiIdempotency(SQLModel, table=True):
    """The stored answer to a POST sent with an Idempotency-Key, replayed for a repeat of the
    same request by the same key (for 24 hours)."""

    __table_args__ = (sa.UniqueConstraint("api_key_id", "key", name="uq_apiidempotency_key"),)

    id: int | None = Field(default=None, primary_key=True)
    api_key_id: int = Field(foreign_key="apikey.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=255)
    fingerprint: str = Field(max_length=64)
    status_code: int = 0
    body: dict = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow, index=True)


class WebhookEndpoint(SQLModel, table=True):
    """Where an organization's events are sent (services/webhooks). `secret` signs them
    (Standard Webhooks, `whsec_…`); after a rotation `previous_secret` signs too until
    `previous_secret_until`."""

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True, ondelete="CASCADE")
    url: str = Field(max_length=2000)
    description: str = Field(default="", max_length=200)
    events: list = Field(default_factory=list, sa_column=json_column())
    secret: str = Field(max_length=100)
    previous_secret: str = Field(default="", max_length=100)
    previous_secret_until: datetime | None = None
    enabled: bool = True
    disabled_reason: str = Field(default="", max_length=300)
    created_by_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class WebhookDelivery(SQLModel, table=True):
    """One event for one endpoint and its attempts: pending -> succeeded, or retrying (at
    `next_attempt_at`) until it fails for good."""

    id: int | None = Field(default=None, primary_key=True)
    endpoint_id: int = Field(foreign_key="webhookendpoint.id", index=True, ondelete="CASCADE")
    message_id: str = Field(max_length=40, index=True)
    event_type: str = Field(max_length=40)
    payload: dict = Field(default_factory=dict, sa_column=json_column())
    status: str = Field(default="pending", max_length=20, index=True)
    attempts: int = 0
    last_status_code: int | None = None
    last_error: str = Field(default="", max_length=500)
    next_attempt_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    delivered_at: datetime | None = None


class BillingSubscription(SQLModel, table=True):
    """An organization's subscription as last read from Stripe (services/billing/sync.py).
    Only ever written from what Stripe answers, never from an event's own copy."""

    id: int | None = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", unique=True, index=True, ondelete="CASCADE")
    stripe_subscription_id: str | None = Field(default=None, max_length=255, index=True)
    status: str = Field(default="none", max_length=30)  # Stripe's status, or "none"
    plan: str = Field(default="free", max_length=40)
    current_period_end: datetime | None = None
    cancel_at_period_end: bool = False
    trial_end: datetime | None = None
    past_due_since: datetime | None = None  # first seen unpaid; the grace period counts from here
    grace_ends_at: datetime | None = None
    action_url: str = Field(default="", max_length=2000)  # an invoice that needs the customer (3-D Secure)
    synced_at: datetime = Field(default_factory=utcnow)


class StripeEvent(SQLModel, table=True):
    """Each Stripe event id once: a replayed delivery finds its row and changes nothing."""

    id: str = Field(primary_key=True, max_length=255)
    type: str = Field(max_length=80)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True, ondelete="SET NULL")
    outcome: str = Field(default="", max_length=200)
    received_at: datetime = Field(default_factory=utcnow, index=True)


from bubblegum.models_analytics import (  # noqa: E402,F401  (analytics tables, registered with the metadata)
    AnalyticsDaily, AnalyticsHourly, AnalyticsSalt, AnalyticsTop, PageView,
)
