"""The theme as the editor's theme panel stores it, and pages written by AI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bubblegum.db import session_scope
from bubblegum.models import AuditLog, Project
from bubblegum.render.themes import resolve_theme
from bubblegum.services import page_drafts, pages, site_settings
from bubblegum.services.errors import InvalidInput, NotFound, PermissionDenied
from bubblegum.services.publishing.site_documents import import_site, live_pages
from sqlmodel import select
from ..people import org_with_people

SHOWCASE = json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())


@pytest.fixture
def site(database_url) -> dict:
    with session_scope() as session:
        org, people = org_with_people(session)
        project = import_site(session, SHOWCASE, organization_id=org.id, user_id=people["owner"].id)
        return {"project": project.id, **{role: user.id for role, user in people.items()}}


def test_editor_changes_the_theme_and_it_is_stored_clean(site):
    with session_scope() as session:
        result = site_settings.update_theme(session, site["editor"], site["project"], {
            "preset": "warm", "primary": "#B45309", "heading_font": "lora", "radius": "none", "text": None})
        assert result.theme == {"preset": "warm", "primary": "#b45309", "heading_font": "lora", "radius": "none"}
    with session_scope() as session:
        assert session.get(Project, site["project"]).theme == result.theme
        assert site_settings.theme_of(session, site["viewer"], site["project"]) == result.theme
        entry = session.exec(select(AuditLog).where(AuditLog.action == "project.theme")).one()
        assert entry.actor_id == site["editor"] and entry.details == {"preset": "warm"}


@pytest.mark.parametrize("theme, field", [
    ({"preset": "neon"}, "preset"),
    ({"preset": "modern", "primary": "blue"}, "primary"),
    ({"preset": "modern", "heading_font": "comic-sans"}, "heading_font"),
    ({"preset": "modern", "radius": "huge"}, "radius"),
    ({"preset": "modern", "glitter": True}, "glitter"),
])
def test_invalid_theme_names_the_field_and_changes_nothing(site, theme, field):
    with session_scope() as session:
        before = session.get(Project, site["project"]).theme
    with pytest.raises(InvalidInput) as error, session_scope() as session:
        site_settings.update_theme(session, site["owner"], site["project"], theme)
    assert error.value.field == field and error.value.message
    with session_scope() as session:
        assert session.get(Project, site["project"]).theme == before


def test_viewers_and_other_organizations_cannot_change_the_theme(site):
    with pytest.raises(PermissionDenied), session_scope() as session:
        site_settings.update_theme(session, site["viewer"], site["project"], {"preset": "dark"})
    with pytest.raises(NotFound), session_scope() as session:
        site_settings.update_theme(session, site["outsider"], site["project"], {"preset": "dark"})
    with pytest.raises(NotFound), session_scope() as session:
        site_settings.theme_of(session, site["outsider"], site["project"])
    with session_scope() as session:
        assert session.get(Project, site["project"]).theme.get("preset") != "dark"


def test_contrast_adjustments_are_reported(site):
    with session_scope() as session:
        result = site_settings.update_theme(session, site["editor"], site["project"],
                                            {"preset": "modern", "text": "#dddddd", "primary": "#ffff00"})
    tokens = resolve_theme(result.theme)
    names = {a.name: a for a in result.adjustments}
    assert names["Text"].requested == "#dddddd" and names["Text"].used == tokens.fg
    assert names["Brand (links)"].used == tokens.link
    with session_scope() as session:
        assert site_settings.update_theme(session, site["editor"], site["project"], {"preset": "modern"}).adjustments == []


def test_ai_page_is_written_for_the_site_and_added(site):
    with session_scope() as session:
        document = page_drafts.ai_page_document(session, site["editor"], site["project"], "Contact us")
        page = pages.add(session, site["editor"], site["project"], "Contact us", "contact-us", document=document)
        page_id = page.id
    with session_scope() as session:
        stored = pages.latest(session, page_id).document
        types = [block["type"] for block in stored["content"]]
        assert types[0] == "navbar" and types[-1] == "footer" and "contact_form" in types
        assert len({block["id"] for block in stored["content"]}) == len(types)
        assert stored["root"]["title"] and len(stored["root"]["title"]) <= 60
        assert len(stored["root"]["description"]) <= 155
        assert any(block["props"].get("title") == "Contact us" for block in stored["content"] if block["type"] == "hero")


def test_viewers_cannot_have_pages_written(site):
    with pytest.raises(PermissionDenied), session_scope() as session:
        page_drafts.ai_page_document(session, site["viewer"], site["project"], "About")
    with session_scope() as session:
        assert len(live_pages(session, site["project"])) == len(SHOWCASE["pages"])


def test_saving_a_version_keeps_the_page_name(site):
    """The SEO title lives in the document; the name in the pages list changes only by rename."""
    with session_scope() as session:
        home = live_pages(session, site["project"])[0]
        name, latest = home.title, pages.latest(session, home.id)
        document = {**latest.document, "root": {**latest.document["root"], "title": "Fresh bread | Harbor"}}
        pages.save(session, site["editor"], site["project"], home.id, document, base_version=latest.number)
    with session_scope() as session:
        assert live_pages(session, site["project"])[0].title == name


def test_blank_page_keeps_the_site_frame(site):
    with session_scope() as session:
        document = page_drafts.blank_page_document(session, site["editor"], site["project"], "Catering")
    assert [block["type"] for block in document["content"]] == ["navbar", "footer"]
    assert document["root"] == {**document["root"], "title": "Catering", "description": ""}
    with pytest.raises(PermissionDenied), session_scope() as session:
        page_drafts.blank_page_document(session, site["viewer"], site["project"], "Catering")
