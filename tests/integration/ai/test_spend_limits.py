"""AI spend is bounded on the server: every model call is a row with its tokens and is checked
against the caps before it is made; the self-hosted plan has caps by default; generations per
organization are limited by a lease in the shared database (not per tab)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from bubblegum.config import get_settings
from bubblegum.db import session_scope, utcnow
from bubblegum.models import AIGenerationLease, AIUsage
from bubblegum.services import rate_limit
from bubblegum.services.ai import metering
from bubblegum.services.ai.base import Usage, UsageCapReached
from bubblegum.services.ai.generation_lease import GenerationRunning, generation_slot
from bubblegum.services.errors import RateLimited

from .test_metering import member, session, usage_rows  # noqa: F401  (fixture)


class ManyCalls:
    """A provider whose one operation makes ``calls`` model calls, as a site generation does."""

    name = "anthropic"

    def __init__(self, calls: int) -> None:
        self.calls, self.usage = calls, []

    def generate_site(self) -> str:
        for n in range(self.calls):
            getattr(self.usage, "before_call", lambda: None)()
            self.usage.append(Usage("generate_site", "claude-sonnet-4-5", 1_000 + n, 200, 0, 0))
        return "site"


@pytest.fixture
def settings_env(monkeypatch):
    def configure(**values):
        for name, value in values.items():
            monkeypatch.setenv(f"BUBBLEGUM_{name.upper()}", str(value))
        get_settings.cache_clear()

    yield configure
    get_settings.cache_clear()


def test_one_button_press_is_counted_per_model_call_with_its_tokens(session):
    user_id, org_id = member(session)
    metering.metered(session, org_id, user_id, ManyCalls(3), lambda p: p.generate_site())
    rows = usage_rows(session, org_id)
    assert [(r.operation, r.input_tokens, r.output_tokens) for r in rows] == [
        ("generate_site", 1_000, 200), ("generate_site", 1_001, 200), ("generate_site", 1_002, 200)]


def test_the_self_hosted_plan_is_capped_by_default():
    tokens, calls = metering.plan_caps("self_hosted")
    assert tokens == 5_000_000 and calls == 2_000


def test_a_generation_stops_at_the_cap_between_model_calls(session, settings_env):
    settings_env(ai_org_calls_per_month=3)
    user_id, org_id = member(session)
    with pytest.raises(UsageCapReached) as refused:
        metering.metered(session, org_id, user_id, ManyCalls(10), lambda p: p.generate_site())
    assert "uses 3 of the 3 AI calls this month on the Self-hosted plan" in refused.value.message
    assert len(usage_rows(session, org_id)) == 3  # the calls made are counted, none beyond the cap


def test_calls_made_are_counted_even_when_the_work_fails(session):
    user_id, org_id = member(session)

    def fails_after_calling(provider):
        provider.generate_site()
        raise RuntimeError("the answer could not be stored")

    with pytest.raises(RuntimeError):
        metering.metered(session, org_id, user_id, ManyCalls(2), fails_after_calling)
    session.rollback()
    assert len(usage_rows(session, org_id)) == 2


def test_per_person_hourly_caps_count_only_the_last_hour(session, settings_env):
    settings_env(ai_user_calls_per_hour=2, ai_user_tokens_per_hour=0)
    user_id, org_id = member(session)
    session.add(AIUsage(organization_id=org_id, user_id=user_id, operation="rewrite_text", provider="anthropic",
                        created_at=utcnow() - timedelta(hours=2)))
    session.commit()
    for _ in range(2):
        metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site())
    with pytest.raises(UsageCapReached) as refused:
        metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site())
    assert "2 AI calls in the last hour" in refused.value.message


def test_hourly_token_cap(session, settings_env):
    settings_env(ai_user_tokens_per_hour=2_000)
    user_id, org_id = member(session)
    metering.metered(session, org_id, user_id, ManyCalls(2), lambda p: p.generate_site())  # 2,401 tokens
    with pytest.raises(UsageCapReached) as refused:
        metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site())
    assert "AI tokens in the last hour" in refused.value.message


def test_one_generation_at_a_time_per_organization(session):
    user_id, org_id = member(session)
    _, other_org = member(session, plan="free")
    with generation_slot(org_id):
        with pytest.raises(GenerationRunning) as busy:
            metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site(), exclusive=True)
        with generation_slot(other_org):
            pass  # another organization is not held up
    assert busy.value.message == "One generation is already running for your organization. Wait for it to finish, then try again."
    assert metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site(), exclusive=True) == "site"
    with session_scope() as db:
        assert not db.exec(select(AIGenerationLease)).all()  # every slot given back


def test_generations_from_two_threads_cannot_both_run(session):
    """Two workers (threads here, separate connections to the shared database) start at once."""
    user_id, org_id = member(session)
    inside, release = threading.Event(), threading.Event()
    outcomes: list[str] = []

    def first():
        with generation_slot(org_id):
            inside.set()
            release.wait(30)
        outcomes.append("first done")

    worker = threading.Thread(target=first)
    worker.start()
    assert inside.wait(30)
    try:
        with generation_slot(org_id):
            outcomes.append("second ran")
    except GenerationRunning:
        outcomes.append("second refused")
    release.set()
    worker.join(30)
    assert outcomes == ["second refused", "first done"]


def test_a_lease_left_by_a_crashed_worker_expires(session, settings_env):
    settings_env(ai_generations_per_org=2)
    _, org_id = member(session)
    with session_scope() as db:
        db.add(AIGenerationLease(organization_id=org_id, slot=0, holder="crashed", expires_at=utcnow() - timedelta(seconds=1)))
        db.add(AIGenerationLease(organization_id=org_id, slot=1, holder="running", expires_at=utcnow() + timedelta(minutes=5)))
    with generation_slot(org_id):
        with session_scope() as db:
            holders = {lease.holder for lease in db.exec(select(AIGenerationLease)).all()}
        assert "crashed" not in holders and "running" in holders
        with pytest.raises(GenerationRunning):
            with generation_slot(org_id):
                pass


def test_the_limits_hold_with_redis_as_the_rate_limit_store(session, redis_url, monkeypatch, settings_env):
    settings_env(ai_user_calls_per_hour=0)
    monkeypatch.setattr(metering, "AI_PER_USER", rate_limit.Rule("ai-user-redis-test", "1/minute"))
    user_id, org_id = member(session)
    metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site(), exclusive=True)
    with pytest.raises(RateLimited):
        metering.metered(session, org_id, user_id, ManyCalls(1), lambda p: p.generate_site(), exclusive=True)
    assert len(usage_rows(session, org_id)) == 1
