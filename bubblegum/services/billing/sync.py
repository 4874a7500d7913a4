"""Bring one organization in line with Stripe by reading its subscriptions from Stripe.

This is the only writer of `Organization.plan` when billing is on, and it never trusts an
event's copy of a subscription: events can arrive late, twice or out of order (an old
`customer.subscription.updated` after `deleted`), so every event only names the customer
and the state is re-read. The grace period of a failed payment starts the first time an
unpaid subscription is seen and ends `BUBBLEGUM_BILLING_GRACE_DAYS` later (plans.plan_of
then applies the Free limits; nothing is deleted).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import stripe
from sqlmodel import Session, select

from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.models import BillingSubscription, Organization
from bubblegum.services import audit, plans
from bubblegum.services.billing.stripe_api import client, plain, unavailable

PAYING = ("active", "trialing")
UNPAID = ("past_due", "unpaid")
PREFERENCE = (*PAYING, *UNPAID)  # which of several subscriptions decides the plan


def _moment(value) -> datetime | None:
    return datetime.fromtimestamp(int(value), UTC) if value else None


def price_keys() -> dict[str, str]:
    """Price id -> lookup key, for the paid plans' prices."""
    keys = [key for plan in plans.all_plans().values() if plan.paid for key in (plan.stripe_price, *plan.other_prices)]
    try:
        listed = client().v1.prices.list(params={"lookup_keys": keys, "limit": 100})
    except stripe.StripeError as error:
        raise unavailable(error) from error
    return {price["id"]: price["lookup_key"] for price in plain(listed).get("data", [])}


def plan_of_subscription(subscription: dict, keys: dict[str, str]) -> plans.Plan:
    """The plan a subscription pays for (by its price's lookup key); Free for a price we do not sell."""
    items = (subscription.get("items") or {}).get("data") or [{}]
    price = items[0].get("price") or items[0].get("plan") or {}
    lookup = price.get("lookup_key") or keys.get(price.get("id", ""))
    return (plans.by_price(lookup) if lookup else None) or plans.get(plans.FREE)


def choose(subscriptions: list[dict]) -> dict | None:
    """The subscription that decides the plan: a paying or unpaid one (newest first), else the
    newest of the others (a cancelled one: shown, but it pays for nothing)."""
    ranked = sorted(subscriptions, key=lambda s: (PREFERENCE.index(s["status"]) if s.get("status") in PREFERENCE
                                                  else len(PREFERENCE), -int(s.get("created") or 0)))
    return ranked[0] if ranked else None


def read_subscriptions(customer_id: str) -> list[dict]:
    try:
        listed = client().v1.subscriptions.list(params={"customer": customer_id, "status": "all", "limit": 20})
    except stripe.StripeError as error:
        raise unavailable(error) from error
    return plain(listed).get("data", [])


def org_of_customer(session: Session, customer_id: str | None) -> Organization | None:
    if not customer_id:
        return None
    return session.exec(select(Organization).where(Organization.stripe_customer_id == customer_id)).first()


def sync_org(session: Session, org: Organization, *, reason: str = "sync") -> BillingSubscription:
    """Re-read the organization's subscriptions from Stripe and store what they say."""
    subscription = choose(read_subscriptions(org.stripe_customer_id)) if org.stripe_customer_id else None
    return apply(session, org, subscription, price_keys() if subscription else {}, reason=reason)


def apply(session: Session, org: Organization, subscription: dict | None, keys: dict[str, str], *,
          reason: str = "sync", now: datetime | None = None) -> BillingSubscription:
    now = now or utcnow()
    row = plans.subscription_of(session, org.id) or BillingSubscription(organization_id=org.id)
    status = subscription["status"] if subscription else "none"
    live = status in PREFERENCE
    plan = plan_of_subscription(subscription, keys) if live else plans.get(plans.FREE)
    items = ((subscription or {}).get("items") or {}).get("data") or [{}]
    row.stripe_subscription_id = subscription["id"] if live else None
    row.status, row.plan = status, plan.key
    row.current_period_end = _moment((subscription or {}).get("current_period_end") or items[0].get("current_period_end"))
    row.cancel_at_period_end = bool((subscription or {}).get("cancel_at_period_end"))
    row.trial_end = _moment((subscription or {}).get("trial_end")) or row.trial_end  # a trial is had once
    if status in UNPAID:
        row.past_due_since = row.past_due_since or now
        row.grace_ends_at = row.past_due_since + timedelta(days=get_settings().billing_grace_days)
    else:
        row.past_due_since = row.grace_ends_at = None
    row.synced_at = now
    before = org.plan
    org.plan = plan.key
    session.add_all([row, org])
    if before != org.plan:
        audit.record(session, "billing.plan_changed", org_id=org.id, target_type="organization", target_id=org.id,
                     old=before, new=org.plan, status=status, reason=reason)
    session.flush()
    return row
