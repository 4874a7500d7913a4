"""The Stripe client (official SDK), pointed at STRIPE_API_BASE when set (a local fake in
tests). Every POST carries an Idempotency-Key: the caller names what the request does, so a
retried request (by the SDK or by a person pressing again) is done once."""

from __future__ import annotations

import uuid

import stripe

from bubblegum.config import get_settings
from bubblegum.services.errors import ServiceError, UpstreamError


class BillingOff(ServiceError):
    code = "BILLING_OFF"
    status = 404

    def __init__(self, message: str = "Billing is off on this server: there is one plan, set by its operator.", **kw):
        super().__init__(message, **kw)


def client() -> stripe.StripeClient:
    settings = get_settings()
    if not settings.billing_enabled:
        raise BillingOff()
    base = {"api": settings.stripe_api_base.rstrip("/")} if settings.stripe_api_base else None
    return stripe.StripeClient(settings.stripe_secret_key, base_addresses=base, max_network_retries=2)


def once(*what: object, unique: bool = False) -> dict:
    """Request options with an Idempotency-Key naming the request (``unique``: a fresh one
    for a new intent, such as another press of Upgrade)."""
    parts = ["bubblegum", *map(str, what)] + ([uuid.uuid4().hex] if unique else [])
    return {"idempotency_key": ":".join(parts)[:255]}


def plain(obj) -> dict:
    """A Stripe object as plain dicts and lists."""
    return obj.to_dict(recursive=True) if hasattr(obj, "to_dict") else dict(obj or {})


def unavailable(error: stripe.StripeError) -> UpstreamError:
    return UpstreamError(f"Stripe did not answer as expected ({type(error).__name__}). Please try again in a minute.")
