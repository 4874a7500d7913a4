"""A site's name, language, description and custom domain: admins only, every value checked
before anything is stored, audited, and the domain serves the site by Host header once proved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import AuditLog, Project
from bubblegum.services import site_config
from bubblegum.services.errors import InvalidInput, NotFound, PermissionDenied
from bubblegum.services.publishing.site_documents import import_site, site_document

from ..people import org_with_people

SHOWCASE = json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())
KEEP = {"name": "Harbor & Pine", "language": "en", "description": "", "custom_domain": ""}


@pytest.fixture
def site(database_url) -> dict:
    with session_scope() as session:
        org, people = org_with_people(session)
        project = import_site(session, {**SHOWCASE, "site": {**SHOWCASE["site"], "description": ""}},
                              organization_id=org.id, user_id=people["owner"].id)
        return {"project": project.id, **{role: user.id for role, user in people.items()}}


def update(site: dict, who: str, **changes) -> site_config.SiteConfig:
    with session_scope() as session:
        return site_config.update_config(session, site[who], site["project"], **{**KEEP, **changes})


def stored(site: dict) -> site_config.SiteConfig:
    with session_scope() as session:
        return site_config.config_of(session.get(Project, site["project"]))


def test_an_owner_changes_the_settings_and_they_reach_the_site_document(site):
    update(site, "owner", name="  Harbor   and Pine ", language="fr", description="Joinery in Portsmouth.",
           custom_domain="https://WWW.HarborAndPine.example/")
    assert stored(site) == site_config.SiteConfig("Harbor and Pine", "fr", "Joinery in Portsmouth.",
                                                  "www.harborandpine.example")
    with session_scope() as session:
        document = site_document(session, session.get(Project, site["project"]))
        assert document["site"]["language"] == "fr" and document["site"]["description"] == "Joinery in Portsmouth."
        entry = session.exec(select(AuditLog).where(AuditLog.action == "project.configured")).one()
        assert entry.actor_id == site["owner"] and set(entry.details) == {"name", "language", "description",
                                                                           "custom_domain"}
    update(site, "owner")  # back to no domain and no description
    assert stored(site).custom_domain == "" and stored(site).description == ""


@pytest.mark.parametrize("who", ["editor", "viewer", "outsider"])
def test_only_admins_and_owners_configure_a_site(site, who):
    with pytest.raises(PermissionDenied if who != "outsider" else NotFound):  # outsiders do not learn it exists
        update(site, who, custom_domain="www.harborandpine.example")
    assert stored(site) == site_config.SiteConfig(**KEEP)


@pytest.mark.parametrize("field, value, words", [
    ("custom_domain", "harborandpine", "not a valid domain"),
    ("custom_domain", "www.harbor pine.example", "not a valid domain"),
    ("custom_domain", "-harbor.example", "not a valid domain"),
    ("custom_domain", "www.harborandpine.example/about", "domain only"),
    ("custom_domain", "https://www.harborandpine.example/about", "domain only"),
    ("custom_domain", "www.harborandpine.example:8080", "domain only"),
    ("custom_domain", "10.0.0.1", "not a valid domain"),
    ("custom_domain", "bakery.localhost", "belong to this installation"),
    ("language", "English", "language code"),
    ("description", "x" * 301, "at most 300"),
    ("name", "   ", "name"),
])
def test_a_bad_value_is_named_and_changes_nothing(site, field, value, words):
    with pytest.raises(InvalidInput) as error:
        update(site, "owner", **{"description": "Joinery.", field: value})  # the good change is not kept either
    assert error.value.field == field and words in error.value.message
    assert stored(site) == site_config.SiteConfig(**KEEP)


def test_an_international_domain_is_stored_in_its_ascii_form(site):
    assert update(site, "owner", custom_domain="Bücher.example").custom_domain == "xn--bcher-kva.example"


def test_a_proved_domain_belongs_to_one_site(site):
    from bubblegum.db import utcnow

    with session_scope() as session:
        other = import_site(session, SHOWCASE, organization_id=session.get(Project, site["project"]).organization_id)
        other.custom_domain, other.domain_verified_at = "www.harborandpine.example", utcnow()
    with pytest.raises(InvalidInput, match="Another site already uses this domain"):
        update(site, "owner", custom_domain="www.HarborAndPine.example")


def test_an_unproved_claim_cannot_hold_a_domain(site):
    with session_scope() as session:
        squatter = import_site(session, SHOWCASE, organization_id=session.get(Project, site["project"]).organization_id)
        squatter.custom_domain, squatter.domain_token = "www.harborandpine.example", "theirs"
        squatter_id = squatter.id
    assert update(site, "owner", custom_domain="www.harborandpine.example").custom_domain == "www.harborandpine.example"
    with session_scope() as session:
        released = session.get(Project, squatter_id)
        assert released.custom_domain is None and released.domain_token is None
        assert session.exec(select(AuditLog).where(AuditLog.action == "project.domain_released")).one().actor_id is None


def test_the_domain_serves_the_live_site_once_verified(site, monkeypatch, tmp_path):
    from fastapi.testclient import TestClient

    from bubblegum.api import create_api, serve_site_hosts
    from bubblegum.config import get_settings
    from bubblegum.services import domains
    from bubblegum.services.publishing.deploy import publish
    from bubblegum.services.publishing.serving import deployment_manifest
    from tests.integration.dns_server import TxtServer

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    deployment_manifest.cache_clear()
    publish(site["project"])
    update(site, "owner", custom_domain="www.harborandpine.example")
    client = TestClient(serve_site_hosts(create_api()))
    assert client.get("/", headers={"host": "www.harborandpine.example"}).status_code == 404  # pending
    with TxtServer() as dns_server, session_scope() as session:
        monkeypatch.setenv("BUBBLEGUM_DNS_NAMESERVERS", "127.0.0.1")
        monkeypatch.setenv("BUBBLEGUM_DNS_PORT", str(dns_server.port))
        get_settings.cache_clear()
        status = domains.status_of(session.get(Project, site["project"]))
        dns_server.records[status.record_name] = [status.record_value]
        assert domains.check(session, site["owner"], site["project"])[0].state == "verified"
    assert client.get("/", headers={"host": "www.harborandpine.example"}).status_code == 200
    publish(site["project"])  # the next publish links to the new address
    page = client.get("/", headers={"host": "www.harborandpine.example"}).text
    assert 'rel="canonical" href="http://www.harborandpine.example/"' in page
    with session_scope() as session:  # the dashboard's card links to it
        from bubblegum.services import projects

        org_id = session.get(Project, site["project"]).organization_id
        card = projects.list_projects(session, site["viewer"], org_id)[0]
    assert card.live_url == "http://www.harborandpine.example/"
    get_settings.cache_clear()


def business(site: dict, who: str = "owner", **changes) -> dict[str, str]:
    with session_scope() as session:
        project = session.get(Project, site["project"])
        values = {**site_config.business_of(project), **changes}
        return site_config.update_business(session, site[who], site["project"], values)


def test_business_details_change_and_keep_the_opening_hours(site):
    assert business(site)["locality"] == "Portsmouth"
    changed = business(site, type="Store", phone="+44 23 9200 9999", street="2 Quay Lane", postal_code="PO1 3CD")
    assert changed == {"type": "Store", "phone": "+44 23 9200 9999", "email": "hello@harborandpine.example",
                       "street": "2 Quay Lane", "locality": "Portsmouth", "postal_code": "PO1 3CD", "country": "GB"}
    with session_scope() as session:
        stored = session.get(Project, site["project"]).settings["business"]
        assert stored["hours"] and stored["address"]["street"] == "2 Quay Lane"  # hours were not in the form
        assert session.exec(select(AuditLog).where(AuditLog.action == "project.business_details")).one()


@pytest.mark.parametrize("field, value, words", [
    ("email", "hello at harbor", "email address"),
    ("phone", "call us!", "digits"),
    ("type", "Spaceport", "listed kinds"),
])
def test_bad_business_details_are_named_and_change_nothing(site, field, value, words):
    before = business(site)
    with pytest.raises(InvalidInput) as error:
        business(site, street="Elsewhere 1", **{field: value})
    assert error.value.field == field and words in error.value.message
    assert business(site) == before


def test_only_admins_and_owners_change_business_details(site):
    with pytest.raises(PermissionDenied):
        business(site, "editor", phone="+1 555 0100")


def test_a_domain_too_long_for_its_check_record_is_refused(site):
    longest = ".".join(["a" * 60, "b" * 60, "c" * 60, "d" * 48, "example"])  # 239 characters: a valid DNS name
    with pytest.raises(InvalidInput, match=f"at most {site_config.MAX_DOMAIN} characters"):
        update(site, "owner", custom_domain=longest)
    assert stored(site).custom_domain == ""
