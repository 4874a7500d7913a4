"""Metering, caps, rate limits and projects from a prompt, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum.db import get_engine
from bubblegum.models import AIUsage, Membership, Organization, Page, PageVersion, Project, Role, User
from bubblegum.services import rate_limit
from bubblegum.services.ai import metering
from bubblegum.services.ai.base import PromptTooLong, Usage, UsageCapReached
from bubblegum.services.ai.offline import OfflineProvider
from bubblegum.services.ai.projects import create_project_from_prompt
from bubblegum.services.errors import RateLimited


@pytest.fixture
def session(database_url):
    rate_limit.reset_all()
    with Session(get_engine(database_url), expire_on_commit=False) as s:
        yield s


def member(session: Session, plan: str = "self_hosted", role: Role = Role.editor) -> tuple[int, int]:
    user = User(email=f"u{plan}{role}@example.org", password_hash="x")
    org = Organization(name="Org", slug=f"org-{plan}-{role}", plan=plan)
    session.add_all([user, org])
    session.flush()
    session.add(Membership(user_id=user.id, organization_id=org.id, role=(Role.owner if role == Role.editor else role).value))
    session.commit()
    return user.id, org.id


def usage_rows(session, org_id):
    return session.exec(select(AIUsage).where(AIUsage.organization_id == org_id)).all()


def test_project_from_prompt_stores_pages_and_meters(session):
    user_id, org_id = member(session)
    seen = []
    project_id = create_project_from_prompt(session, user_id, org_id, "Rise & Crumb is a sourdough bakery in Leeds",
                                            progress=lambda m, f: seen.append(f), pages=3)
    session.commit()
    project = session.get(Project, project_id)
    pages = session.exec(select(Page).where(Page.project_id == project_id).order_by(Page.position)).all()
    assert project.name == "Rise & Crumb" and [p.slug for p in pages][0] == "" and len(pages) == 3
    versions = session.exec(select(PageVersion).where(PageVersion.page_id.in_([p.id for p in pages]))).all()
    assert {v.number for v in versions} == {1} and all(v.document["content"] for v in versions)
    rows = usage_rows(session, org_id)
    assert [(r.operation, r.provider, r.user_id, r.cost_micros) for r in rows] == [("generate_site", "offline", user_id, 0)]
    assert seen and seen[-1] == 1.0


def test_viewer_may_not_generate(session):
    from bubblegum.services.errors import PermissionDenied

    user_id, org_id = member(session, role=Role.viewer)
    with pytest.raises(PermissionDenied):
        create_project_from_prompt(session, user_id, org_id, "A bakery")


def test_model_usage_cost_is_recorded(session):
    user_id, org_id = member(session)

    class Stub:
        name = "anthropic"
        usage: list = []

        def rewrite_text(self, text, tone, length):
            self.usage.append(Usage("rewrite_text", "claude-sonnet-4-5", 1_000_000, 100_000, 0, 0))
            return text

    metering.metered(session, org_id, user_id, Stub(), lambda p: p.rewrite_text("hi", "friendly", "same"), text="hi")
    row = usage_rows(session, org_id)[0]
    assert (row.input_tokens, row.output_tokens, row.cost_micros) == (1_000_000, 100_000, 4_500_000)


def test_monthly_cap_blocks_with_a_clear_error(session, monkeypatch):
    from bubblegum.config import get_settings

    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_caps")  # billing on: the Free plan's limits apply
    get_settings.cache_clear()
    user_id, org_id = member(session, plan="free")
    session.add(AIUsage(organization_id=org_id, user_id=user_id, operation="generate_site", provider="anthropic",
                        model="claude-sonnet-4-5", input_tokens=150_000, output_tokens=50_000))
    session.commit()
    called = []
    with pytest.raises(UsageCapReached) as err:
        metering.metered(session, org_id, user_id, OfflineProvider(), lambda p: called.append(1), text="A bakery")
    assert "200,000" in err.value.message and "Free plan" in err.value.message and not called
    assert "Upgrade to Pro" in err.value.message
    assert len(usage_rows(session, org_id)) == 1


def test_per_user_rate_limit(session, monkeypatch):
    monkeypatch.setattr(metering, "AI_PER_USER", rate_limit.Rule("ai-user-test", "2/minute"))
    user_id, org_id = member(session)
    p = OfflineProvider()
    for _ in range(2):
        metering.metered(session, org_id, user_id, p, lambda p: p.rewrite_text("We are bakers.", "friendly", "same"))
    with pytest.raises(RateLimited):
        metering.metered(session, org_id, user_id, p, lambda p: p.rewrite_text("We are bakers.", "friendly", "same"))
    assert len(usage_rows(session, org_id)) == 2


def test_oversized_prompt_refused_before_any_call(session):
    user_id, org_id = member(session)
    called = []
    with pytest.raises(PromptTooLong):
        metering.metered(session, org_id, user_id, OfflineProvider(), lambda p: called.append(1), text="x" * 2001)
    assert not called and not usage_rows(session, org_id)


def test_revision_upgrades_and_downgrades(database_url):
    from bubblegum.services.migrations import downgrade, upgrade

    get_engine(database_url).dispose()
    downgrade("0001", url=database_url)
    assert "aiusage" not in sa.inspect(get_engine(database_url)).get_table_names()
    upgrade("head", url=database_url)
    assert "aiusage" in sa.inspect(get_engine(database_url)).get_table_names()
