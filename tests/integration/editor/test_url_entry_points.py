"""Every place a URL enters goes through the one check (blocks.safety.check_url): an
imported document, the site settings service, the configured sites address. A URL with
quotes, angle brackets, whitespace or control characters is refused, naming the field,
and nothing is written."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlmodel import select

from bubblegum.blocks.document import DocumentError
from bubblegum.db import session_scope
from bubblegum.models import Project
from bubblegum.services import site_config
from bubblegum.services.errors import InvalidInput
from bubblegum.services.publishing.site_documents import import_site

from ..people import org_with_people

SHOWCASE = json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())
HOSTILE = 'https://example.com/"><script>alert(1)</script>'


def _hostile_og_image(doc):
    doc["pages"][0]["doc"]["root"]["og_image"] = HOSTILE


def _hostile_base_url(doc):
    doc["site"]["base_url"] = "https://example.com/ page"


def _hostile_profile(doc):
    doc["site"].setdefault("business", {})["same_as"] = ["https://example.com/\x07"]


def _hostile_button(doc):
    block = next(b for p in doc["pages"] for b in p["doc"]["content"] if b["type"] == "cta")
    block["props"]["buttons"][0]["href"] = "/contact'onclick='alert(1)"


@pytest.mark.parametrize("change, field", [
    (_hostile_og_image, "og_image"), (_hostile_base_url, "base_url"),
    (_hostile_profile, "same_as"), (_hostile_button, "href"),
])
def test_import_refuses_a_hostile_url_naming_the_field(database_url, change, field):
    document = copy.deepcopy(SHOWCASE)
    change(document)
    with session_scope() as session:
        org, people = org_with_people(session)
        with pytest.raises(DocumentError) as refused:
            import_site(session, document, organization_id=org.id, user_id=people["owner"].id)
        assert field in refused.value.field and "not allowed in a URL" in refused.value.message
        assert session.exec(select(Project)).all() == []


def test_site_settings_refuse_a_stored_hostile_profile_url_by_name(database_url):
    """The settings form keeps social profiles it does not show: they are checked again."""
    with session_scope() as session:
        org, people = org_with_people(session)
        project = import_site(session, SHOWCASE, organization_id=org.id, user_id=people["owner"].id)
        settings = copy.deepcopy(project.settings)
        settings["business"]["same_as"] = ["https://example.com/<b>"]
        project.settings = settings
        session.flush()
        values = {**site_config.business_of(project), "street": "2 Quay Lane"}
        with pytest.raises(InvalidInput) as refused:
            site_config.update_business(session, people["owner"].id, project.id, values)
        assert refused.value.field == "same_as" and "'<'" in refused.value.message


@pytest.mark.parametrize("domain", ['www.example.com"', "www.<b>.example", "www.exa mple.com"])
def test_site_settings_refuse_a_hostile_domain(database_url, domain):
    with session_scope() as session:
        org, people = org_with_people(session)
        project = import_site(session, SHOWCASE, organization_id=org.id, user_id=people["owner"].id)
        with pytest.raises(InvalidInput) as refused:
            site_config.update_config(session, people["owner"].id, project.id, name="Harbor", language="en",
                                      description="", custom_domain=domain)
        assert refused.value.field == "custom_domain"


def test_a_hostile_configured_sites_address_is_refused_by_name(monkeypatch):
    from bubblegum.config import get_settings
    from bubblegum.services.publishing.urls import site_base_url

    monkeypatch.setenv("BUBBLEGUM_SITES_BASE_URL", 'https://{slug}.sites.example/"><script>')
    get_settings.cache_clear()
    try:
        with pytest.raises(ValueError, match="^BUBBLEGUM_SITES_BASE_URL: URL contains a double quote"):
            site_base_url(Project(organization_id=1, name="Harbor", slug="harbor"))
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
