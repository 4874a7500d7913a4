"""Metering, caps and rate limits for AI calls.

Usage is counted per model call, not per button press: while ``metered`` runs, the
provider's ``usage`` list is a ``CallMeter`` that checks the caps before every model call
(``before_call``) and records an ``AIUsage`` row (tokens in/out, cost, org, user, operation)
as soon as each call returns, in a transaction of its own: one generation that makes twenty
calls stops at the cap instead of running past it, and a call made is counted even when the
work that asked for it fails and rolls back. Before anything: the prompt size (> 2,000 characters is refused),
the per-user rate limit (``limits``; Redis when REDIS_URL is set).

Caps, all counted from the ``AIUsage`` table (shared by every tab, worker and process):
the organization's calls and tokens this month for its plan (checked by services/limits.py
against the plans table; the self-hosted plan's come from settings, with safe defaults, so
open sign-up never means unlimited model spend), and each person's calls and tokens in the last hour (settings; 0 turns one off).
A site generation (``exclusive=True``) also holds one of the organization's generation
slots (``generation_lease``) for as long as it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlmodel import Session

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import AIUsage
from bubblegum.services import limits, plans, rate_limit
from bubblegum.services.ai.generation_lease import generation_slot
from bubblegum.services.ai.base import Usage, UsageCapReached, check_prompt
from bubblegum.services.errors import RateLimited
from bubblegum.services.plans import Limit
from bubblegum.services.usage import totals

T = TypeVar("T")

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


def plan_caps(plan: str) -> tuple[int | None, int | None]:
    """(tokens, calls) a month for ``plan`` (the plans table; unknown plans get the free plan's)."""
    caps = plans.get(plan)
    return caps.limit(Limit.AI_TOKENS), caps.limit(Limit.AI_GENERATIONS)


def check_caps(session: Session, org_id: int, user_id: int | None = None) -> None:
    limits.check_ai(session, org_id)
    if user_id is not None:
        _check_hourly(session, user_id)


def _check_hourly(session: Session, user_id: int) -> None:
    settings = get_settings()
    tokens, calls = totals(session, datetime.now(UTC) - timedelta(hours=1), user_id=user_id)
    if settings.ai_user_calls_per_hour and calls >= settings.ai_user_calls_per_hour:
        raise UsageCapReached(f"You have made {calls:,} AI calls in the last hour, the most allowed. Please try again later.",
                              details={"used": calls, "cap": settings.ai_user_calls_per_hour})
    if settings.ai_user_tokens_per_hour and tokens >= settings.ai_user_tokens_per_hour:
        raise UsageCapReached(f"You have used {tokens:,} AI tokens in the last hour, the most allowed. Please try again later.",
                              details={"used": tokens, "cap": settings.ai_user_tokens_per_hour})


class CallMeter(list):
    """A provider's ``usage`` while metered: caps before each model call, a row after it."""

    def __init__(self, session: Session, org_id: int, user_id: int | None, provider: str) -> None:
        super().__init__()
        self.session, self.org_id, self.user_id, self.provider = session, org_id, user_id, provider

    def before_call(self) -> None:
        check_caps(self.session, self.org_id, self.user_id)

    def append(self, usage: Usage) -> None:
        super().append(usage)
        with session_scope() as own:
            record(own, self.org_id, self.user_id, self.provider, [usage])


def record(session: Session, org_id: int | None, user_id: int | None, provider: str, usages: list[Usage]) -> list[AIUsage]:
    rows = [AIUsage(organization_id=org_id, user_id=user_id, operation=u.operation[:40], provider=provider, model=u.model[:80],
                    input_tokens=u.input_tokens + u.cache_read_tokens + u.cache_write_tokens, output_tokens=u.output_tokens,
                    cost_micros=cost_micros(u)) for u in usages]
    session.add_all(rows)
    session.flush()
    return rows


def metered(session: Session, org_id: int, user_id: int | None, provider: Any, call: Callable[[Any], T], *,
            text: str | None = None, exclusive: bool = False) -> T:
    """Run ``call(provider)`` under the caps, each model call checked and recorded as it happens.
    ``exclusive``: a generation that holds one of the organization's generation slots."""
    if text is not None:
        check_prompt(text)
    if user_id is not None and not rate_limit.hit(AI_PER_USER, str(user_id)):
        raise RateLimited("Too many AI requests. Please wait a minute and try again.",
                          retry_after=rate_limit.retry_after(AI_PER_USER, str(user_id)))
    check_caps(session, org_id, user_id)
    meter = CallMeter(session, org_id, user_id, provider.name)
    earlier, provider.usage = provider.usage, meter
    try:
        with generation_slot(org_id) if exclusive else nullcontext():
            return call(provider)
    finally:
        provider.usage = earlier + list(meter)
