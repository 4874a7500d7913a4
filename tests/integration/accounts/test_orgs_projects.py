"""Organizations (create, rename, soft delete, 30-day restore) and projects (blank project
with a home page, unique slugs, trash)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import Organization, Page, PageVersion, Project
from bubblegum.services import orgs, projects
from bubblegum.services.errors import InvalidInput, NotFound


def test_blank_project_has_a_home_page_version_one(world):
    with session_scope() as session:
        project = session.get(Project, world.project_a)
        page = session.exec(select(Page).where(Page.project_id == project.id)).one()
        version = session.exec(select(PageVersion).where(PageVersion.page_id == page.id)).one()
    assert (page.slug, page.title, version.number) == (projects.HOME_PAGE_SLUG, "Home", 1)
    assert version.document == {"schema_version": 1, "root": {"title": "Acme site", "description": ""}, "content": []}


def test_slugs_are_unique_with_a_suffix(world):
    owner, org = world.users["owner"], world.org_a
    with session_scope() as session:
        slugs = [projects.create_blank(session, owner, org, "Café Olé!").slug for _ in range(3)]
        odd = projects.create_blank(session, owner, org, "!!!").slug
        reserved = projects.create_blank(session, owner, org, "API").slug
    assert slugs == ["cafe-ole", "cafe-ole-2", "cafe-ole-3"]
    assert odd == "site" and reserved == "api-site"


def test_blank_names_are_refused(world):
    with pytest.raises(InvalidInput), session_scope() as session:
        projects.create_blank(session, world.users["owner"], world.org_a, "   ")
    with pytest.raises(InvalidInput), session_scope() as session:
        projects.rename(session, world.users["owner"], world.org_a, world.project_a, "x" * 121)


def test_trash_and_restore(world):
    owner, org, pid = world.users["owner"], world.org_a, world.project_a
    with session_scope() as session:
        projects.delete(session, owner, org, pid)
    with session_scope() as session:
        assert [p.id for p in projects.list_projects(session, owner, org)] == []
        assert [p.id for p in projects.list_projects(session, owner, org, trashed=True)] == [pid]
        with pytest.raises(NotFound):
            projects.rename(session, owner, org, pid, "Gone")  # trashed projects are out of reach
        projects.restore(session, owner, org, pid)
    with session_scope() as session:
        listed = projects.list_projects(session, world.users["viewer"], org)
    assert [(p.id, p.published) for p in listed] == [(pid, False)]


def test_org_create_rename_delete_restore(world):
    owner = world.users["owner"]
    with session_scope() as session:
        org = orgs.create(session, owner, "  Side   Project ")
        assert (org.name, org.slug) == ("Side Project", "side-project")
        orgs.rename(session, owner, org.id, "Side Hustle")
        orgs.delete(session, owner, org.id)
    with session_scope() as session:
        listed = {o.id: o for o in orgs.list_for_user(session, owner)}
        assert listed[org.id].deleted_at is not None and listed[org.id].restorable_until
        with pytest.raises(NotFound):
            orgs.rename(session, owner, org.id, "Nope")
        orgs.restore(session, owner, org.id)
    with session_scope() as session:
        assert session.get(Organization, org.id).deleted_at is None


def test_org_restore_window_is_30_days(world):
    owner = world.users["owner"]
    with session_scope() as session:
        org = orgs.create(session, owner, "Old")
        orgs.delete(session, owner, org.id)
        session.get(Organization, org.id).deleted_at = utcnow() - timedelta(days=31)
    with session_scope() as session:
        assert org.id not in {o.id for o in orgs.list_for_user(session, owner)}
        with pytest.raises(NotFound):
            orgs.restore(session, owner, org.id)


def test_the_project_list_carries_each_site_look(world):
    """The dashboard draws each card in its site's theme."""
    with session_scope() as session:
        project = session.get(Project, world.project_a)
        project.theme = {"preset": "dark", "primary": "#ff8800"}
        session.add(project)
    with session_scope() as session:
        listed = {p.id: p for p in projects.list_projects(session, world.users["owner"], world.org_a)}
    look = listed[world.project_a].look
    assert look["bg"] == "#0b0b12" and look["primary"] == "#ff8800"
    assert set(look) == {"bg", "fg", "surface", "primary", "font", "radius"}
