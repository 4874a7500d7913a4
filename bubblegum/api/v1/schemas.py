"""Request and response bodies of /api/v1 (they drive the OpenAPI document)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Site(BaseModel):
    id: int
    name: str
    slug: str
    live_url: str = Field(description="Where the live site is served; empty until published.")
    published: bool
    updated_at: datetime
    deleted_at: datetime | None


class SiteDetail(Site):
    language: str
    description: str
    custom_domain: str
    theme: dict[str, Any]


class SiteCreate(Strict):
    name: str = Field(min_length=1, max_length=120)


class SiteGenerate(Strict):
    prompt: str = Field(min_length=1, max_length=2000, description="The business, in a sentence or two.")
    business_type: str = Field("", max_length=60)
    style: str = Field("", max_length=60)


class SiteUpdate(Strict):
    name: str | None = Field(None, min_length=1, max_length=120)
    language: str | None = Field(None, max_length=16)
    description: str | None = Field(None, max_length=300)
    custom_domain: str | None = Field(None, max_length=253, description="Empty to remove.")
    theme: dict[str, Any] | None = Field(None, description="Design settings (preset, colours, fonts).")


class PageOut(BaseModel):
    id: int
    slug: str = Field(description='The address below the site ("" is the home page).')
    title: str
    position: int
    updated_at: datetime


class PageCreate(Strict):
    title: str = Field(min_length=1, max_length=120)
    slug: str = Field(max_length=120)


class PageUpdate(Strict):
    title: str | None = Field(None, min_length=1, max_length=120)
    slug: str | None = Field(None, max_length=120)


class PageOrder(Strict):
    page_ids: list[int] = Field(max_length=100, description="Every page of the site, in the new order.")


class Content(BaseModel):
    version: int
    document: dict[str, Any] = Field(description="The page document: schema_version, root, content (blocks).")


class ContentReplace(Strict):
    document: dict[str, Any]


class BlockPatch(Strict):
    props: dict[str, Any] = Field(description="Props to change (top-level keys; null resets one to its default).")


class BlockType(BaseModel):
    type: str
    label: str
    category: str
    description: str
    region: str
    example: dict[str, Any]


class BlockTypeDetail(BlockType):
    json_schema: dict[str, Any]


class Deployment(BaseModel):
    id: int
    status: str = Field(description="pending, building, ready or failed.")
    live: bool
    error: str
    created_at: datetime
    finished_at: datetime | None
    stats: dict[str, Any]


class Job(BaseModel):
    id: int
    kind: str
    status: str = Field(description="queued, running, done or failed.")
    progress: float = Field(ge=0, le=1)
    message: str
    error: str
    result: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class Asset(BaseModel):
    id: int
    name: str
    content_type: str
    size_bytes: int
    width: int | None
    height: int | None
    alt: str
    status: str
    created_at: datetime


class Deleted(BaseModel):
    deleted: bool = True
    changed_page_ids: list[int] = []


WebhookEvent = Literal["site.published", "deployment.failed", "page.updated", "form.submitted"]


class WebhookEndpoint(BaseModel):
    id: int
    url: str
    description: str
    events: list[str]
    enabled: bool
    disabled_reason: str
    created_at: datetime


class WebhookEndpointWithSecret(WebhookEndpoint):
    secret: str = Field(description="whsec_…: verify signatures with it (Standard Webhooks). Shown on create "
                                    "and rotate.")


class WebhookCreate(Strict):
    url: str = Field(min_length=1, max_length=2000)
    events: list[WebhookEvent] | None = Field(None, max_length=4, description="Default: every event.")
    description: str = Field("", max_length=200)


class WebhookUpdate(Strict):
    url: str | None = Field(None, min_length=1, max_length=2000)
    events: list[WebhookEvent] | None = Field(None, min_length=1, max_length=4)
    description: str | None = Field(None, max_length=200)
    enabled: bool | None = None


class WebhookDelivery(BaseModel):
    id: int
    message_id: str
    event_type: str
    status: str = Field(description="pending, retrying, succeeded or failed.")
    attempts: int
    last_status_code: int | None
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    delivered_at: datetime | None
    payload: dict[str, Any]
