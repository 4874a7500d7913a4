"""A deleted organization's sites go offline and release their custom domains; a restore within
the grace period brings both back (a domain claimed meanwhile stays with its new site)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import AuditLog, Membership, Organization, Project, User
from bubblegum.services import orgs
from bubblegum.services.publishing.deploy import publish

from .conftest import host

DOMAIN = "www.harborandpine.example"


def owner_of(project_id: int) -> int:
    with session_scope() as session:
        project = session.get(Project, project_id)
        project.custom_domain, project.domain_verified_at = DOMAIN, datetime.now(UTC)  # a proved domain
        user = User(email="owner@example.com", password_hash="x")
        session.add(user)
        session.flush()
        session.add(Membership(user_id=user.id, organization_id=project.organization_id, role="owner"))
        return user.id


def answers(site_client) -> tuple[int, int, int]:
    return (site_client.get("/", headers=host()).status_code,
            site_client.get("/", headers={"host": DOMAIN}).status_code,
            site_client.post("/_forms/contact", headers=host(), data={"email": "a@example.com"}).status_code)


def test_deleted_sites_go_offline_and_come_back_on_restore(project_id, site_client):
    owner = owner_of(project_id)
    publish(project_id)
    assert answers(site_client)[:2] == (200, 200)
    with session_scope() as session:
        org_id = session.get(Project, project_id).organization_id
        orgs.delete(session, owner, org_id)
    assert answers(site_client) == (404, 404, 404)
    with session_scope() as session:
        assert session.get(Project, project_id).custom_domain is None  # free for someone else
        orgs.restore(session, owner, org_id)
    assert answers(site_client)[:2] == (200, 200)


def test_a_domain_claimed_meanwhile_stays_with_its_new_site(project_id, site_client):
    owner = owner_of(project_id)
    with session_scope() as session:
        org_id = session.get(Project, project_id).organization_id
        orgs.delete(session, owner, org_id)
        other = Organization(name="Other", slug="other")
        session.add(other)
        session.flush()
        session.add(Project(organization_id=other.id, name="Other", slug="other-site", custom_domain=DOMAIN))
    with session_scope() as session:
        orgs.restore(session, owner, org_id)
    with session_scope() as session:
        assert session.get(Project, project_id).custom_domain is None
        entry = session.exec(select(AuditLog).where(AuditLog.action == "org.restored")).one()
        assert entry.details["domains_taken_meanwhile"] == [DOMAIN]
