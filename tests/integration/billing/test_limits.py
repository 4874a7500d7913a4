"""Plan limits through every caller (dashboard/editor services, AI, uploads, members, domains,
site import, the CLI), each refusal naming the limit, the usage and the way up; nothing made
before a plan shrank is hidden or refused for editing; billing off means the operator's plan."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.config import get_settings
from bubblegum.db import get_engine
from bubblegum.models import AIUsage, BillingSubscription, Membership, Organization, Project, User
from bubblegum.services import members, pages, projects, rate_limit, site_config
from bubblegum.services.ai.projects import create_project_from_prompt
from bubblegum.services.assets.library import upload_asset
from bubblegum.services.limits import PlanLimitReached
from bubblegum.services.publishing.site_documents import import_site, site_document
from tests.unit.assets import samples


@pytest.fixture
def billing_on(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_limits")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def db(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    rate_limit.reset_all()
    with Session(get_engine(database_url), expire_on_commit=False) as session:
        yield session


def owner_of(db: Session, plan: str = "free") -> tuple[int, int]:
    user, org = User(email=f"owner-{plan}@example.com", password_hash="x"), Organization(name="Acme", slug=f"acme-{plan}", plan=plan)
    db.add_all([user, org])
    db.flush()
    db.add(Membership(user_id=user.id, organization_id=org.id, role="owner"))
    db.commit()
    return user.id, org.id


def refused(call) -> PlanLimitReached:
    with pytest.raises(PlanLimitReached) as caught:
        call()
    return caught.value


def test_free_plan_sites_pages_and_ai_generation_are_refused_with_usage_and_the_way_up(db, billing_on):
    user_id, org_id = owner_of(db)
    project = projects.create_blank(db, user_id, org_id, "First")
    db.commit()
    error = refused(lambda: projects.create_blank(db, user_id, org_id, "Second"))
    assert error.message == ("Your organization uses 1 of the 1 sites on the Free plan. "
                             "Upgrade to Pro on the Billing page for up to 10 sites.")
    assert error.details == {"limit": "sites", "used": 1, "allowed": 1, "plan": "free"} and error.status == 402
    ai = refused(lambda: create_project_from_prompt(db, user_id, org_id, "A sourdough bakery in Leeds"))
    assert "1 of the 1 sites" in ai.message
    assert db.exec(select(AIUsage)).all() == []  # refused before any model call
    for n in range(4):  # the home page and four more: Free allows five per site
        pages.add(db, user_id, project.id, f"Page {n}", f"page-{n}")
    page = refused(lambda: pages.add(db, user_id, project.id, "Sixth", "sixth"))
    assert "5 of the 5 pages per site on the Free plan" in page.message and "up to 50 pages per site" in page.message
    imported = refused(lambda: import_site(db, site_document(db, project), organization_id=org_id, user_id=user_id))
    assert imported.details["limit"] == "sites"


def test_restoring_from_the_trash_counts_as_a_new_site(db, billing_on):
    user_id, org_id = owner_of(db)
    first = projects.create_blank(db, user_id, org_id, "First")
    projects.delete(db, user_id, org_id, first.id)
    projects.create_blank(db, user_id, org_id, "Second")
    assert refused(lambda: projects.restore(db, user_id, org_id, first.id)).details["limit"] == "sites"


def test_members_invitations_and_the_operator_cli_share_the_member_limit(db, billing_on):
    user_id, org_id = owner_of(db)  # Free: two members, the owner and one more (an open invitation holds a seat)
    members.invite(db, user_id, org_id, "one@example.com", "editor")
    members.invite(db, user_id, org_id, "one@example.com", "viewer")  # inviting again takes no new seat
    db.commit()
    error = refused(lambda: members.invite(db, user_id, org_id, "two@example.com", "editor"))
    assert "2 of the 2 members on the Free plan" in error.message
    db.rollback()
    result = CliRunner().invoke(app, ["users", "create", "cli@example.com", "--org", "acme-free", "--role", "editor"],
                                input="a long enough passphrase 42\n")
    assert result.exit_code == 1 and "2 of the 2 members" in result.output


def test_custom_domains_and_storage(db, billing_on, tmp_path, monkeypatch):
    user_id, org_id = owner_of(db)
    project = projects.create_blank(db, user_id, org_id, "Site")
    db.commit()
    error = refused(lambda: site_config.update_config(db, user_id, project.id, name="Site", language="en",
                                                      description="", custom_domain="www.example.com"))
    assert "0 of the 0 custom domains on the Free plan" in error.message and "Upgrade to Pro" in error.message
    plans_file = tmp_path / "plans.toml"  # the operator's own table: Free with no storage at all
    plans_file.write_text('[free]\nname = "Free"\nstorage_mb = 0\n')
    monkeypatch.setenv("BUBBLEGUM_PLANS_FILE", str(plans_file))
    get_settings.cache_clear()
    error = refused(lambda: upload_asset(db, user_id, project.id, "a.png", samples.png()))
    assert "0 of the 0 MB of storage on the Free plan" in error.message
    assert error.details["limit"] == "storage_mb"


def test_a_shrunk_plan_keeps_everything_but_refuses_new_things(db, billing_on):
    user_id, org_id = owner_of(db, plan="pro")
    db.add(BillingSubscription(organization_id=org_id, status="active", plan="pro"))
    db.commit()
    made = [projects.create_blank(db, user_id, org_id, f"Site {n}") for n in range(3)]
    org = db.get(Organization, org_id)
    org.plan = "free"  # the subscription ended
    db.add(org)
    db.commit()
    listed = projects.list_projects(db, user_id, org_id)
    assert {p.id for p in listed} == {p.id for p in made}  # all still there
    projects.rename(db, user_id, org_id, made[2].id, "Still editable")
    assert "3 of the 1 sites" in refused(lambda: projects.create_blank(db, user_id, org_id, "Fourth")).message


def test_billing_off_is_the_operators_plan(db):
    user_id, org_id = owner_of(db, plan="free")  # a stored plan name means nothing without billing
    for n in range(3):
        projects.create_blank(db, user_id, org_id, f"Site {n}")
    assert len(projects.list_projects(db, user_id, org_id)) == 3


def test_billing_off_limits_come_from_the_operators_file(db, tmp_path, monkeypatch):
    plans_file = tmp_path / "plans.toml"
    plans_file.write_text('[self_hosted]\nname = "Our server"\nsites = 1\n')
    monkeypatch.setenv("BUBBLEGUM_PLANS_FILE", str(plans_file))
    get_settings.cache_clear()
    user_id, org_id = owner_of(db)
    projects.create_blank(db, user_id, org_id, "One")
    error = refused(lambda: projects.create_blank(db, user_id, org_id, "Two"))
    assert error.message == ("Your organization uses 1 of the 1 sites on the Our server plan. "
                             "Ask the operator of this server to raise it (BUBBLEGUM_PLANS_FILE).")
