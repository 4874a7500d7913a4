"""The editor's page service: versions with conflict detection, history, restore, pages."""

from __future__ import annotations

import pytest

from bubblegum.db import session_scope
from bubblegum.models import Page, PageVersion, Project
from bubblegum.services import pages
from bubblegum.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from ..people import org_with_people

HOME = {"schema_version": 1, "root": {"title": "Home", "description": ""}, "content": []}


@pytest.fixture
def site(database_url) -> dict:
    with session_scope() as session:
        org, people = org_with_people(session)
        project = Project(organization_id=org.id, name="Site", slug="site")
        session.add(project)
        session.flush()
        home = Page(project_id=project.id, slug="", title="Home")
        session.add(home)
        session.flush()
        session.add(PageVersion(page_id=home.id, number=1, document=HOME))
        return {"project": project.id, "home": home.id, **{role: user.id for role, user in people.items()}}


def hero(title: str) -> dict:
    return {**HOME, "content": [{"id": "b_1", "type": "hero", "props": {"title": title}}]}


def test_save_appends_versions_and_refuses_stale_saves(site):
    with session_scope() as session:
        version = pages.save(session, site["editor"], site["project"], site["home"], hero("Fresh bread daily"),
                             base_version=1)
        assert version.number == 2
    with pytest.raises(Conflict) as conflict, session_scope() as session:
        pages.save(session, site["owner"], site["project"], site["home"], hero("Stale"), base_version=1)
    assert conflict.value.details == {"latest_version": 2}
    with session_scope() as session:
        assert [v.number for v in pages.history(session, site["viewer"], site["project"], site["home"])] == [2, 1]


def test_invalid_document_is_refused_and_nothing_saved(site):
    bad = {**HOME, "content": [{"id": "b_1", "type": "hero", "props": {"title": "x", "buttons": [
        {"label": "Go", "href": "javascript:alert(1)"}]}}]}
    with pytest.raises(InvalidInput), session_scope() as session:
        pages.save(session, site["editor"], site["project"], site["home"], bad, base_version=1)
    with session_scope() as session:
        assert len(pages.history(session, site["owner"], site["project"], site["home"])) == 1


def test_restore_appends_a_copy(site):
    with session_scope() as session:
        pages.save(session, site["editor"], site["project"], site["home"], hero("One"), base_version=1)
        # another person's save: appended, not coalesced with the editor's autosave
        pages.save(session, site["owner"], site["project"], site["home"], hero("Two"), base_version=2)
        restored = pages.restore(session, site["editor"], site["project"], site["home"], 2)
        assert restored.number == 4 and restored.document["content"][0]["props"]["title"] == "One"
        assert "Restored version 2" in pages.history(session, site["owner"], site["project"], site["home"])[0].note


@pytest.mark.parametrize("who,error", [("viewer", PermissionDenied), ("outsider", NotFound)])
def test_viewers_and_outsiders_cannot_save(site, who, error):
    with pytest.raises(error), session_scope() as session:
        pages.save(session, site[who], site["project"], site["home"], hero("Nope"), base_version=1)


def test_outsiders_cannot_read_history(site):
    with pytest.raises(NotFound), session_scope() as session:
        pages.history(session, site["outsider"], site["project"], site["home"])


def test_add_rename_reorder_delete_pages(site):
    with session_scope() as session:
        about = pages.add(session, site["editor"], site["project"], "About us", "about")
        contact = pages.add(session, site["editor"], site["project"], "Contact", "contact")
        with pytest.raises(InvalidInput, match="already uses"):
            pages.add(session, site["editor"], site["project"], "Again", "about")
        with pytest.raises(InvalidInput, match="lowercase"):
            pages.update(session, site["editor"], site["project"], about.id, slug="About Us!")
        pages.update(session, site["editor"], site["project"], about.id, title="Our story", slug="our-story")
        pages.reorder(session, site["editor"], site["project"], [site["home"], contact.id, about.id])
        with pytest.raises(InvalidInput, match="home page"):
            pages.delete(session, site["editor"], site["project"], site["home"])
        pages.delete(session, site["editor"], site["project"], contact.id)
        about_id = about.id
    with session_scope() as session:
        about = session.get(Page, about_id)
        assert (about.title, about.slug, about.position) == ("Our story", "our-story", 2)
        again = pages.add(session, site["editor"], site["project"], "Contact", "contact")  # slug free again
        assert again.id != contact.id


def test_nested_page_addresses_are_accepted_and_bad_ones_explained(site):
    with session_scope() as session:
        page = pages.add(session, site["editor"], site["project"], "Roofing", "/Services/Roofing/")
        assert page.slug == "services/roofing"
    for slug, words in (("services//roofing", "services/roofing"), ("services/" + "x" * 120, "at most 120"),
                        ("services/roof ing", "lowercase")):
        with pytest.raises(InvalidInput, match=words) as refused, session_scope() as session:
            pages.add(session, site["editor"], site["project"], "Other", slug)
        assert refused.value.field == "slug"
