"""AI rewrite on a section, as the editor calls it: headings stay headings, longer adds
only the site's own facts in its language, fields keep whole sentences within their
limits, and a rewrite that changes nothing says why."""

from __future__ import annotations

import pytest

from bubblegum.db import session_scope
from bubblegum.models import Membership, Organization, User
from bubblegum.services import block_ai
from bubblegum.services.ai.rewrite import NothingToImprove
from bubblegum.services.errors import ServiceError
from bubblegum.services.publishing.site_documents import import_site

HERO = {"id": "b_hero", "type": "hero", "props": {
    "title": "Fresh bread in Freiburg", "subtitle": "Wir backen jeden Morgen frisches Brot. Unser Laden ist am Markt.",
    "buttons": [{"label": "Kontakt", "href": "/kontakt", "style": "primary"}]}}


def _site(language: str) -> dict:
    return {"format": "bubblegum.site", "schema_version": 1,
            "site": {"name": "Bäckerei Sonne", "slug": "sonne", "language": language,
                     "business": {"type": "Bakery", "phone": "0761 123456", "address": {"locality": "Freiburg"}}},
            "pages": [{"slug": "", "title": "Start", "doc": {"schema_version": 1, "root": {"title": "Start"},
                                                              "content": [HERO]}}]}


def _setup(db, role: str = "editor", language: str = "de") -> tuple[int, int]:
    org, user = Organization(name="Sonne", slug=f"sonne-{role}"), User(email=f"{role}@example.com", password_hash="x")
    db.add_all([org, user])
    db.flush()
    db.add(Membership(user_id=user.id, organization_id=org.id, role=role))
    project = import_site(db, _site(language), organization_id=org.id)
    db.flush()
    return user.id, project.id


def test_longer_adds_the_sites_phone_in_its_language_and_keeps_the_title(database_url):
    with session_scope() as db:
        user_id, project_id = _setup(db)
    with session_scope() as db:
        props = block_ai.rewrite(db, user_id, project_id, HERO, "friendly", "longer")
    assert props["title"] == HERO["props"]["title"]  # a heading is never padded
    assert props["subtitle"] == HERO["props"]["subtitle"] + " Rufen Sie uns an: 0761 123456."
    assert props["buttons"] == HERO["props"]["buttons"]


def test_shorter_drops_a_whole_sentence(database_url):
    with session_scope() as db:
        user_id, project_id = _setup(db)
    with session_scope() as db:
        props = block_ai.rewrite(db, user_id, project_id, HERO, "concise", "shorter")
    assert props["subtitle"] == "Wir backen jeden Morgen frisches Brot."


def test_nothing_to_improve_is_said_and_a_viewer_is_refused(database_url):
    with session_scope() as db:
        user_id, project_id = _setup(db)
    with session_scope() as db:
        with pytest.raises(NothingToImprove):
            block_ai.rewrite(db, user_id, project_id, {**HERO, "props": {"title": "Brot", "subtitle": "Brot."}},
                             "concise", "shorter")
    with session_scope() as db:
        viewer_id, project_id = _setup(db, role="viewer")
    with session_scope() as db:
        with pytest.raises(ServiceError):
            block_ai.rewrite(db, viewer_id, project_id, HERO, "friendly", "longer")
