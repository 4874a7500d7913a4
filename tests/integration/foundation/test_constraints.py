"""The uniqueness rules the domain needs hold on every database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import Membership, Organization, Page, PageVersion, Project, Role, User


def make_site() -> tuple[int, int, int]:
    with session_scope() as session:
        user = User(email="ada@example.com", password_hash="x")
        org = Organization(name="Ada's", slug="adas")
        session.add_all([user, org])
        session.flush()
        project = Project(organization_id=org.id, name="Bakery", slug="bakery", theme={"preset": "warm"})
        session.add(project)
        session.flush()
        return user.id, org.id, project.id


def test_one_membership_per_user_and_org(database_url):
    user_id, org_id, _ = make_site()
    with session_scope() as session:
        session.add(Membership(user_id=user_id, organization_id=org_id, role=Role.owner))
    with pytest.raises(sa.exc.IntegrityError), session_scope() as session:
        session.add(Membership(user_id=user_id, organization_id=org_id, role=Role.viewer))


def test_page_slug_unique_per_project_until_soft_deleted(database_url):
    _, _, project_id = make_site()
    with session_scope() as session:
        session.add(Page(project_id=project_id, slug="about", title="About"))
    with pytest.raises(sa.exc.IntegrityError), session_scope() as session:
        session.add(Page(project_id=project_id, slug="about", title="About again"))
    with session_scope() as session:
        page = session.exec(select(Page).where(Page.slug == "about")).one()
        page.deleted_at = utcnow()
    with session_scope() as session:
        session.add(Page(project_id=project_id, slug="about", title="A new About"))


def test_project_slug_is_unique_across_sites(database_url):
    _, org_id, _ = make_site()
    with pytest.raises(sa.exc.IntegrityError), session_scope() as session:
        session.add(Project(organization_id=org_id, name="Other", slug="bakery"))


def test_page_versions_number_uniquely_and_keep_json(database_url):
    user_id, _, project_id = make_site()
    document = {"schema_version": 1, "root": {"title": "Home"}, "content": [{"id": "b_1", "type": "hero", "props": {"headline": "Caf\u00e9 \u2615"}}]}
    with session_scope() as session:
        page = Page(project_id=project_id, slug="home", title="Home")
        session.add(page)
        session.flush()
        session.add(PageVersion(page_id=page.id, number=1, document=document, author_id=user_id))
        page_id = page.id
    with session_scope() as session:
        stored = session.exec(select(PageVersion).where(PageVersion.page_id == page_id)).one()
        assert stored.document == document
        assert stored.created_at.tzinfo is not None
    with pytest.raises(sa.exc.IntegrityError), session_scope() as session:
        session.add(PageVersion(page_id=page_id, number=1, document=document))
