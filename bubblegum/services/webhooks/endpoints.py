"""An organization's webhook endpoints (admins; API keys with the write scope): create, list,
update, delete, rotate the signing secret, read deliveries, replay one.

Secrets are `whsec_` + base64 of 24 random bytes (Standard Webhooks). Rotating keeps the old
secret signing beside the new one for `ROTATION_OVERLAP`, so receivers can switch without
dropping a message."""

from __future__ import annotations

import base64
import secrets
from datetime import timedelta

from sqlmodel import Session, select

from bubblegum.db import utcnow
from bubblegum.models import WebhookDelivery, WebhookEndpoint
from bubblegum.services import audit
from bubblegum.services.errors import InvalidInput, NotFound
from bubblegum.services.policy import Action, require
from bubblegum.services.webhooks.targets import check_target, clean_url

EVENTS = ("site.published", "deployment.failed", "page.updated", "form.submitted")
ROTATION_OVERLAP = timedelta(hours=24)
MAX_ENDPOINTS = 20


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def _events(events: list[str] | None) -> list[str]:
    chosen = sorted(set(events or EVENTS))
    unknown = [event for event in chosen if event not in EVENTS]
    if unknown or not chosen:
        raise InvalidInput(f"Choose events among: {', '.join(EVENTS)}.", field="events")
    return chosen


def get(session: Session, user_id: int, org_id: int, endpoint_id: int) -> WebhookEndpoint:
    require(session, user_id, org_id, Action.WEBHOOK_MANAGE)
    endpoint = session.get(WebhookEndpoint, endpoint_id) if isinstance(endpoint_id, int) else None
    if endpoint is None or endpoint.organization_id != org_id:
        raise NotFound("That webhook endpoint was not found.")
    return endpoint


def list_endpoints(session: Session, user_id: int, org_id: int) -> list[WebhookEndpoint]:
    require(session, user_id, org_id, Action.WEBHOOK_MANAGE)
    return list(session.exec(select(WebhookEndpoint).where(WebhookEndpoint.organization_id == org_id)
                             .order_by(WebhookEndpoint.id)).all())


def create(session: Session, user_id: int, org_id: int, url: str, *, events: list[str] | None = None,
           description: str = "") -> WebhookEndpoint:
    url = clean_url(url)
    events = _events(events)
    if len(list_endpoints(session, user_id, org_id)) >= MAX_ENDPOINTS:
        raise InvalidInput(f"An organization can have at most {MAX_ENDPOINTS} webhook endpoints.", field="url")
    check_target(url)
    endpoint = WebhookEndpoint(organization_id=org_id, url=url, events=events, description=description.strip()[:200],
                               secret=new_secret(), created_by_id=int(user_id))
    session.add(endpoint)
    session.flush()
    audit.record(session, "webhook.created", org_id=org_id, actor_id=int(user_id), target_type="webhook",
                 target_id=endpoint.id, url=url)
    return endpoint


def update(session: Session, user_id: int, org_id: int, endpoint_id: int, *, url: str | None = None,
           events: list[str] | None = None, description: str | None = None,
           enabled: bool | None = None) -> WebhookEndpoint:
    endpoint = get(session, user_id, org_id, endpoint_id)
    if url is not None:
        endpoint.url = clean_url(url)
        check_target(endpoint.url)
    if events is not None:
        endpoint.events = _events(events)
    if description is not None:
        endpoint.description = description.strip()[:200]
    if enabled is not None:
        endpoint.enabled, endpoint.disabled_reason = enabled, "" if enabled else "Disabled by a person."
    session.add(endpoint)
    return endpoint


def delete(session: Session, user_id: int, org_id: int, endpoint_id: int) -> None:
    endpoint = get(session, user_id, org_id, endpoint_id)
    audit.record(session, "webhook.deleted", org_id=org_id, actor_id=int(user_id), target_type="webhook",
                 target_id=endpoint.id, url=endpoint.url)
    session.delete(endpoint)


def rotate_secret(session: Session, user_id: int, org_id: int, endpoint_id: int) -> WebhookEndpoint:
    """A new secret; the old one keeps signing beside it for ROTATION_OVERLAP."""
    endpoint = get(session, user_id, org_id, endpoint_id)
    endpoint.previous_secret, endpoint.secret = endpoint.secret, new_secret()
    endpoint.previous_secret_until = utcnow() + ROTATION_OVERLAP
    session.add(endpoint)
    audit.record(session, "webhook.secret_rotated", org_id=org_id, actor_id=int(user_id), target_type="webhook",
                 target_id=endpoint.id)
    return endpoint


def deliveries(session: Session, user_id: int, org_id: int, endpoint_id: int, limit: int = 500) -> list[WebhookDelivery]:
    endpoint = get(session, user_id, org_id, endpoint_id)
    return list(session.exec(select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint.id)
                             .order_by(WebhookDelivery.id.desc()).limit(limit)).all())


def get_delivery(session: Session, user_id: int, org_id: int, endpoint_id: int, delivery_id: int) -> WebhookDelivery:
    endpoint = get(session, user_id, org_id, endpoint_id)
    delivery = session.get(WebhookDelivery, delivery_id) if isinstance(delivery_id, int) else None
    if delivery is None or delivery.endpoint_id != endpoint.id:
        raise NotFound("That delivery was not found.")
    return delivery
