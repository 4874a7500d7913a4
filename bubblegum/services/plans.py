"""Plans and their limits, read from one table in configuration (plans.toml, or the
operator's BUBBLEGUM_PLANS_FILE), and which plan an organization is on right now.

With billing off (no STRIPE_SECRET_KEY) every organization is on `self_hosted`. With billing
on, an organization is on the plan its Stripe subscription pays for (kept in
`Organization.plan` by services/billing/sync.py), Free without one, and Free too once a
failed payment's grace period has run out (nothing is deleted: limits only refuse new things).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from sqlmodel import Session, select

from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.models import BillingSubscription, Organization
from bubblegum.services.tokens import as_aware

SHIPPED = Path(__file__).with_name("plans.toml")
SELF_HOSTED, FREE = "self_hosted", "free"


class Limit(StrEnum):
    """A counted limit; `Plan.limits[limit]` is None when unlimited."""

    SITES = "sites"
    PAGES_PER_SITE = "pages_per_site"
    AI_GENERATIONS = "ai_generations_per_month"
    AI_TOKENS = "ai_tokens_per_month"
    STORAGE_MB = "storage_mb"
    MEMBERS = "members"
    CUSTOM_DOMAINS = "custom_domains"
    ANALYTICS_RETENTION_DAYS = "analytics_retention_days"


LABELS = {
    Limit.SITES: "sites", Limit.PAGES_PER_SITE: "pages per site", Limit.AI_GENERATIONS: "AI calls this month",
    Limit.AI_TOKENS: "AI tokens this month", Limit.STORAGE_MB: "MB of storage", Limit.MEMBERS: "members",
    Limit.CUSTOM_DOMAINS: "custom domains", Limit.ANALYTICS_RETENTION_DAYS: "days of analytics kept",
}


@dataclass(frozen=True)
class Plan:
    key: str
    name: str
    price_label: str = ""
    stripe_price: str | None = None  # the Price's lookup key in Stripe (what Checkout sells)
    other_prices: tuple[str, ...] = ()  # other Prices of the same plan the portal may switch to (yearly)
    trial_days: int = 0
    badge: bool = True
    limits: dict[Limit, int | None] = field(default_factory=dict)

    @property
    def paid(self) -> bool:
        return bool(self.stripe_price)

    def limit(self, which: Limit) -> int | None:
        return self.limits.get(which)


def _parse(key: str, raw: dict) -> Plan:
    limits = {}
    for which in Limit:
        value = raw.get(which.value)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ValueError(f"Plan {key!r}: {which.value} must be a whole number of at least 0 (or left out).")
        limits[which] = value
    if key == SELF_HOSTED:  # the AI caps an operator already sets in the environment (0 = no cap)
        settings = get_settings()
        for which, value in ((Limit.AI_GENERATIONS, settings.ai_org_calls_per_month),
                             (Limit.AI_TOKENS, settings.ai_org_tokens_per_month)):
            if which.value not in raw:
                limits[which] = value or None
    return Plan(key=key, name=str(raw.get("name", key.title())), price_label=str(raw.get("price_label", "")),
                stripe_price=raw.get("stripe_price") or None, other_prices=tuple(raw.get("other_prices", ())),
                trial_days=int(raw.get("trial_days", 0)),
                badge=bool(raw.get("badge", True)), limits=limits)


@lru_cache(maxsize=4)
def _table(plans_file: Path | None, calls: int, tokens: int) -> dict[str, Plan]:
    raw = tomllib.loads(SHIPPED.read_text())
    if plans_file is not None:
        raw.update(tomllib.loads(Path(plans_file).read_text()))
    for required in (SELF_HOSTED, FREE):
        if required not in raw:
            raise ValueError(f"The plans table needs a [{required}] plan.")
    return {key: _parse(key, value) for key, value in raw.items()}


def all_plans() -> dict[str, Plan]:
    settings = get_settings()
    return _table(settings.plans_file, settings.ai_org_calls_per_month, settings.ai_org_tokens_per_month)


def offered() -> list[Plan]:
    """The plans a person can be on: self-hosted alone with billing off, the others with it on."""
    plans = all_plans()
    if not get_settings().billing_enabled:
        return [plans[SELF_HOSTED]]
    return [plan for key, plan in plans.items() if key != SELF_HOSTED]


def get(key: str | None) -> Plan:
    plans = all_plans()
    return plans.get(key or "", plans[FREE])


def by_price(price_lookup_key: str) -> Plan | None:
    return next((plan for plan in all_plans().values()
                 if price_lookup_key in (plan.stripe_price, *plan.other_prices)), None)


def subscription_of(session: Session, org_id: int) -> BillingSubscription | None:
    return session.exec(select(BillingSubscription).where(BillingSubscription.organization_id == org_id)).first()


def grace_over(subscription: BillingSubscription | None, now: datetime | None = None) -> bool:
    ends = as_aware(subscription.grace_ends_at) if subscription is not None else None
    return ends is not None and (now or utcnow()) >= ends


def plan_of(session: Session, org_id: int) -> Plan:
    """The plan whose limits apply to the organization now."""
    if not get_settings().billing_enabled:
        return get(SELF_HOSTED)
    org = session.get(Organization, org_id)
    plan = get(org.plan if org else FREE)
    if not plan.paid or grace_over(subscription_of(session, org_id)):
        return get(FREE)
    return plan
