"""Sending events to webhook endpoints, on the durable job queue (Standard Webhooks).

`emit` (inside the caller's transaction) stores one delivery per subscribed, enabled endpoint
and queues a `webhooks.deliver` job for it, so the first attempt starts within a worker's
wake-up. An attempt POSTs the JSON `{"type", "timestamp", "data"}` with `webhook-id`,
`webhook-timestamp` and `webhook-signature` (signed with the current secret and, during a
rotation, the previous one), a 15 s timeout and no redirects. 2xx delivers; 410 disables the
endpoint; anything else retries after RETRY_DELAYS (exponential, over three days), re-queued
by the `webhooks.retry` periodic task, then fails for good. Replaying a delivery sends its
message again with the same `webhook-id`, so receivers can de-duplicate."""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta

import httpx
import sqlalchemy as sa
from sqlmodel import Session, select
from standardwebhooks import Webhook

from bubblegum.db import session_scope, utcnow
from bubblegum.models import WebhookDelivery, WebhookEndpoint
from bubblegum.services import jobs
from bubblegum.services.errors import ServiceError
from bubblegum.services.tokens import as_aware
from bubblegum.services.webhooks.endpoints import get_delivery
from bubblegum.services.webhooks.targets import check_target

DELIVER = "webhooks.deliver"
TIMEOUT = 15.0
RETRY_DELAYS = [timedelta(seconds=s) for s in (5, 300, 1800, 7200, 18000, 36000, 36000, 86400, 86400)]
USER_AGENT = "BubbleGum-Webhooks/1"


def emit(session: Session, org_id: int, event_type: str, data: dict) -> list[int]:
    """Queue `event_type` for every enabled endpoint of the organization that subscribed to it."""
    endpoints = session.exec(select(WebhookEndpoint).where(WebhookEndpoint.organization_id == org_id,
                                                           WebhookEndpoint.enabled.is_(True))).all()
    message = {"type": event_type, "timestamp": utcnow().isoformat(), "data": data}
    ids = []
    for endpoint in (e for e in endpoints if event_type in (e.events or [])):
        delivery = WebhookDelivery(endpoint_id=endpoint.id, message_id="msg_" + secrets.token_urlsafe(18),
                                   event_type=event_type, payload=message)
        session.add(delivery)
        session.flush()
        jobs.enqueue(DELIVER, {"delivery_id": delivery.id}, org_id=org_id, session=session)
        ids.append(delivery.id)
    return ids


def replay(session: Session, user_id: int, org_id: int, endpoint_id: int, delivery_id: int) -> WebhookDelivery:
    """Send a delivery's message again (admins), as a new delivery with the same message id."""
    old = get_delivery(session, user_id, org_id, endpoint_id, delivery_id)
    delivery = WebhookDelivery(endpoint_id=old.endpoint_id, message_id=old.message_id, event_type=old.event_type,
                               payload=old.payload)
    session.add(delivery)
    session.flush()
    jobs.enqueue(DELIVER, {"delivery_id": delivery.id}, org_id=org_id, session=session)
    return delivery


def signature(endpoint: WebhookEndpoint, message_id: str, moment: datetime, body: str) -> str:
    secrets_now = [endpoint.secret]
    if endpoint.previous_secret and endpoint.previous_secret_until and as_aware(endpoint.previous_secret_until) > moment:
        secrets_now.append(endpoint.previous_secret)
    return " ".join(Webhook(secret).sign(message_id, moment, body) for secret in secrets_now)


@jobs.register(DELIVER, max_attempts=1, timeout=60)
def run_delivery(ctx: jobs.JobContext) -> dict:
    return attempt(ctx.payload["delivery_id"])


def attempt(delivery_id: int) -> dict:
    """One attempt at a delivery: send, then record the outcome (and the next try)."""
    with session_scope() as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        endpoint = session.get(WebhookEndpoint, delivery.endpoint_id) if delivery else None
        if delivery is None or endpoint is None or delivery.status in ("succeeded", "failed"):
            return {"skipped": True}
        if not endpoint.enabled:
            delivery.status, delivery.last_error = "failed", "The endpoint is disabled."
            return {"status": delivery.status}
        url, moment = endpoint.url, utcnow()
        body = json.dumps(delivery.payload, separators=(",", ":"))
        headers = {"content-type": "application/json", "user-agent": USER_AGENT, "webhook-id": delivery.message_id,
                   "webhook-timestamp": str(int(moment.timestamp())),
                   "webhook-signature": signature(endpoint, delivery.message_id, moment, body)}
    code, error = _send(url, body, headers)
    with session_scope() as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        delivery.attempts += 1
        delivery.last_status_code, delivery.last_error = code, error[:500]
        if code is not None and 200 <= code < 300:
            delivery.status, delivery.delivered_at, delivery.next_attempt_at = "succeeded", utcnow(), None
        elif code == 410:
            delivery.status, delivery.next_attempt_at = "failed", None
            endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
            endpoint.enabled, endpoint.disabled_reason = False, "The receiver answered 410 Gone."
        elif delivery.attempts <= len(RETRY_DELAYS):
            delivery.status, delivery.next_attempt_at = "retrying", utcnow() + RETRY_DELAYS[delivery.attempts - 1]
        else:
            delivery.status, delivery.next_attempt_at = "failed", None
        return {"status": delivery.status, "status_code": code}


def _send(url: str, body: str, headers: dict) -> tuple[int | None, str]:
    try:
        check_target(url)
        response = httpx.post(url, content=body, headers=headers, timeout=TIMEOUT, follow_redirects=False)
    except ServiceError as refused:
        return None, refused.message
    except httpx.HTTPError as failure:
        return None, f"{type(failure).__name__}: {failure}"
    return response.status_code, "" if response.is_success else response.text[:200]


@jobs.every(15, "webhooks.retry")
def queue_due_retries() -> int:
    """Queue an attempt for every delivery whose retry time came (once, with several workers)."""
    table = WebhookDelivery.__table__
    queued = 0
    with session_scope() as session:
        due = session.exec(select(WebhookDelivery.id).where(WebhookDelivery.status == "retrying",
                                                            WebhookDelivery.next_attempt_at <= utcnow())
                           .limit(500)).all()
        for delivery_id in due:
            claimed = session.execute(sa.update(table).where(table.c.id == delivery_id, table.c.status == "retrying")
                                      .values(status="pending")).rowcount
            if claimed:
                jobs.enqueue(DELIVER, {"delivery_id": delivery_id}, session=session)
                queued += 1
    return queued
