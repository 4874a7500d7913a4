"""Stripe webhooks: verify, record each event once, re-read the subscription, tell owners.

- The signature (Stripe-Signature, HMAC-SHA256 over "timestamp.payload" with the endpoint
  secret) is checked with a timestamp tolerance, so a forged or a captured-and-replayed-later
  delivery is refused (BadSignature, 400).
- Each event id is stored once (`StripeEvent`), in the same transaction as its effects: a
  second delivery finds the row and changes nothing; a failed one leaves no row and Stripe
  retries it.
- An event only names the customer: the subscription is re-read from Stripe (sync.py), so
  events arriving late or out of order cannot move an organization to a stale state.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import sqlalchemy as sa
import stripe
from sqlmodel import Session, select

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import Membership, Organization, Role, StripeEvent, User
from bubblegum.services import mail, plans
from bubblegum.services.billing.checkout import BILLING_PATH
from bubblegum.services.billing.stripe_api import BillingOff
from bubblegum.services.billing.sync import org_of_customer, sync_org
from bubblegum.services.errors import ServiceError

log = logging.getLogger(__name__)
TOLERANCE_SECONDS = 300
HANDLED = frozenset({
    "checkout.session.completed", "customer.subscription.created", "customer.subscription.updated",
    "customer.subscription.deleted", "customer.subscription.trial_will_end", "invoice.paid",
    "invoice.payment_succeeded",  # sent with invoice.paid (localstripe sends only this one)
    "invoice.payment_failed", "invoice.payment_action_required",
})


class BadSignature(ServiceError):
    code = "BAD_SIGNATURE"
    status = 400


@dataclass(frozen=True)
class Outcome:
    event_id: str
    type: str
    result: str  # applied, duplicate, ignored, unknown customer


def verify(payload: bytes, signature: str | None) -> dict:
    """The event, if the signature is Stripe's and recent; BadSignature otherwise."""
    secret = get_settings().stripe_webhook_secret
    if not get_settings().billing_enabled or not secret:
        raise BillingOff("Stripe webhooks are not configured on this server (STRIPE_WEBHOOK_SECRET).")
    try:
        stripe.WebhookSignature.verify_header(payload.decode("utf-8"), signature or "", secret, TOLERANCE_SECONDS)
        event = json.loads(payload)
    except (stripe.SignatureVerificationError, UnicodeDecodeError, ValueError):
        raise BadSignature("The Stripe signature is missing, wrong or too old.") from None
    if not isinstance(event, dict) or not isinstance(event.get("id"), str) or not isinstance(event.get("data"), dict):
        raise BadSignature("That is not a Stripe event.")
    return event


def receive(payload: bytes, signature: str | None) -> Outcome:
    event = verify(payload, signature)
    event_id, kind = event["id"][:255], str(event.get("type", ""))[:80]
    try:
        with session_scope() as session:
            if session.get(StripeEvent, event_id) is not None:
                return Outcome(event_id, kind, "duplicate")
            result, org_id = _apply(session, kind, event["data"].get("object") or {})
            session.add(StripeEvent(id=event_id, type=kind, organization_id=org_id, outcome=result))
    except sa.exc.IntegrityError:  # the same event delivered twice at once: the other delivery applied it
        return Outcome(event_id, kind, "duplicate")
    log.info("stripe event %s %s: %s", event_id, kind, result)
    return Outcome(event_id, kind, result)


def _customer_of(obj: dict) -> str | None:
    customer = obj.get("customer")
    return customer.get("id") if isinstance(customer, dict) else customer


def _apply(session: Session, kind: str, obj: dict) -> tuple[str, int | None]:
    if kind not in HANDLED:
        return "ignored", None
    org = org_of_customer(session, _customer_of(obj))
    if org is None and kind == "checkout.session.completed":
        org = _org_of_checkout(session, obj)
    if org is None:
        return "unknown customer", None
    row = sync_org(session, org, reason=kind)
    if kind == "invoice.payment_failed":
        _tell_owners(session, org, "A payment for Bubble Gum failed",
                     f"Stripe could not take the payment for {org.name}'s {plans.get(row.plan).name} plan.\n\n"
                     f"Please update the payment method on the billing page: {mail.app_link(BILLING_PATH)}\n"
                     + (f"The plan stays until {row.grace_ends_at:%d %B %Y}; after that the Free plan's limits apply "
                        "(nothing is deleted).\n" if row.grace_ends_at else ""))
    elif kind == "invoice.payment_action_required":
        row.action_url = str(obj.get("hosted_invoice_url") or "")[:2000]
        session.add(row)
        _tell_owners(session, org, "A payment for Bubble Gum needs your confirmation",
                     f"Your bank asks you to confirm the payment for {org.name}: "
                     f"{row.action_url or mail.app_link(BILLING_PATH)}\n")
    elif kind in ("invoice.paid", "invoice.payment_succeeded") and row.action_url:
        row.action_url = ""  # the payment that needed the customer went through
        session.add(row)
    elif kind == "customer.subscription.trial_will_end" and row.trial_end:
        _tell_owners(session, org, "Your Bubble Gum trial ends soon",
                     f"The trial of {org.name}'s {plans.get(row.plan).name} plan ends on {row.trial_end:%d %B %Y}. "
                     f"Manage the subscription here: {mail.app_link(BILLING_PATH)}\n")
    return "applied", org.id


def _org_of_checkout(session: Session, obj: dict) -> Organization | None:
    """A Checkout whose customer we did not record (it was made but not saved): adopt it for
    the organization it names, if that organization has no customer yet."""
    reference = str(obj.get("client_reference_id") or "")
    org = session.get(Organization, int(reference)) if reference.isdigit() else None
    customer = _customer_of(obj)
    if org is None or not customer or org.stripe_customer_id not in (None, customer):
        return None
    org.stripe_customer_id = customer
    session.add(org)
    session.flush()
    return org


def _tell_owners(session: Session, org: Organization, subject: str, body: str) -> None:
    owners = session.exec(select(User.email).join(Membership, Membership.user_id == User.id).where(
        Membership.organization_id == org.id, Membership.role == Role.owner.value, User.is_active)).all()
    for address in owners:
        mail.send(address, subject, body)
