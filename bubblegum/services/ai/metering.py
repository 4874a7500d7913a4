"""Metering, caps and rate limits for AI calls.

Every call through ``metered`` records an ``AIUsage`` row (tokens in/out, cost, org,
user, operation). Before a call: the prompt size is checked (> 2,000 characters is refused
before anything else), the per-user rate limit (``limits``; Redis when REDIS_URL is set)
and the organization's monthly caps for its plan. Plans without an entry are uncapped
(the self-hosted default); billing may add plans here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlmodel import Session, func, select

from bubblegum.models import AIUsage, Organization
from bubblegum.services import rate_limit
from bubblegum.services.ai.base import Usage, UsageCapReached, check_prompt
from bubblegum.services.errors import RateLimited

T = TypeVar("T")

# monthly caps per plan: (model tokens in + out, AI operations of any provider)
PLAN_CAPS: dict[str, tuple[int | None, int | None]] = {
    "free": (200_000, 100),
    "starter": (2_000_000, 1_000),
    "pro": (10_000_000, 5_000),
    "business": (50_000_000, 25_000),
    "self_hosted": (None, None),
}
AI_PER_USER = rate_limit.Rule("ai-user", "20/minute")
# USD per million tokens: (input, output); cache reads cost 0.1x input, cache writes 1.25x.
PRICES = {"sonnet": (3.0, 15.0), "haiku": (1.0, 5.0), "opus": (5.0, 25.0)}


def cost_micros(usage: Usage) -> int:
    if usage.model == "offline":
        return 0
    family = next((k for k in PRICES if k in usage.model.lower()), "sonnet")
    pin, pout = PRICES[family]
    dollars = (usage.input_tokens * pin + usage.cache_read_tokens * pin * 0.1 + usage.cache_write_tokens * pin * 1.25
               + usage.output_tokens * pout) / 1_000_000
    return round(dollars * 1_000_000)


def month_start(now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def month_totals(session: Session, org_id: int) -> tuple[int, int]:
    """(tokens, operations) the organization used this calendar month (UTC)."""
    row = session.exec(select(func.coalesce(func.sum(AIUsage.input_tokens + AIUsage.output_tokens), 0), func.count(AIUsage.id))
                       .where(AIUsage.organization_id == org_id, AIUsage.created_at >= month_start())).one()
    return int(row[0]), int(row[1])


def check_caps(session: Session, org_id: int) -> None:
    org = session.get(Organization, org_id)
    tokens_cap, ops_cap = PLAN_CAPS.get(org.plan if org else "free", PLAN_CAPS["free"])
    if tokens_cap is None and ops_cap is None:
        return
    tokens, ops = month_totals(session, org_id)
    if tokens_cap is not None and tokens >= tokens_cap:
        raise UsageCapReached(f"Your organization has used its {tokens_cap:,} AI tokens for this month on the {org.plan} plan. "
                              "Upgrade the plan or wait until next month.", details={"used": tokens, "cap": tokens_cap})
    if ops_cap is not None and ops >= ops_cap:
        raise UsageCapReached(f"Your organization has used its {ops_cap:,} AI generations for this month on the {org.plan} plan. "
                              "Upgrade the plan or wait until next month.", details={"used": ops, "cap": ops_cap})


def record(session: Session, org_id: int | None, user_id: int | None, provider: str, usages: list[Usage]) -> list[AIUsage]:
    rows = [AIUsage(organization_id=org_id, user_id=user_id, operation=u.operation[:40], provider=provider, model=u.model[:80],
                    input_tokens=u.input_tokens + u.cache_read_tokens + u.cache_write_tokens, output_tokens=u.output_tokens,
                    cost_micros=cost_micros(u)) for u in usages]
    session.add_all(rows)
    session.flush()
    return rows


def metered(session: Session, org_id: int, user_id: int | None, provider: Any, call: Callable[[Any], T], *,
            text: str | None = None) -> T:
    """Run ``call(provider)`` under the caps, then record what it used (also when it failed)."""
    if text is not None:
        check_prompt(text)
    if user_id is not None and not rate_limit.hit(AI_PER_USER, str(user_id)):
        raise RateLimited("Too many AI requests. Please wait a minute and try again.",
                          retry_after=rate_limit.retry_after(AI_PER_USER, str(user_id)))
    check_caps(session, org_id)
    before = len(provider.usage)
    try:
        return call(provider)
    finally:
        record(session, org_id, user_id, provider.name, provider.usage[before:])
