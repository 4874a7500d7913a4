"""Nested page addresses (services/roofing), the longest names and deeply nested JSON: they
work end to end (import, publish, serving, sitemap, export) or are refused with a clear
message, never a traceback or a broken publish."""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from bubblegum.blocks.document import MAX_PAGE_SLUG, MAX_SITE_NAME, DocumentError, load_site
from bubblegum.cli import app
from bubblegum.db import session_scope
from bubblegum.models import Project
from bubblegum.services import projects
from bubblegum.services.errors import InvalidInput
from bubblegum.services.publishing.deploy import publish
from bubblegum.services.publishing.site_documents import import_site, site_document

from .conftest import host

LONG_NAME = ("Harbor & Pine Carpentry, Joinery and Kitchen Fitting Cooperative of Portsmouth, "
             "Southsea and the Surrounding Villages, UK")[:MAX_SITE_NAME]


@pytest.fixture
def showcase(showcase) -> dict:
    """The showcase with the longest site name and pages nested two levels under /services/."""
    services = next(page for page in showcase["pages"] if page["slug"] == "services")
    for slug, title in (("services/roofing", "Roofing"), ("services/roofing/flat-roofs", "Flat roofs")):
        showcase["pages"].append({**copy.deepcopy(services), "slug": slug, "title": title})
    showcase["site"]["name"] = LONG_NAME
    return showcase


def test_nested_pages_and_a_long_name_publish_and_serve(project_id, site_client):
    assert len(LONG_NAME) == MAX_SITE_NAME
    publish(project_id)
    for path in ("/services/roofing/", "/services/roofing/flat-roofs/"):
        response = site_client.get(path, headers=host())
        assert response.status_code == 200 and 'rel="canonical"' in response.text
    redirect = site_client.get("/services/roofing", headers=host(), follow_redirects=False)
    assert redirect.status_code == 301 and redirect.headers["location"] == "roofing/"
    assert site_client.get("/services/roofing", headers=host()).url.path == "/services/roofing/"
    sitemap = site_client.get("/sitemap.xml", headers=host()).text
    assert "/services/roofing/</loc>" in sitemap and "/services/roofing/flat-roofs/</loc>" in sitemap
    missing = site_client.get("/services/nothing/", headers=host())
    assert missing.status_code == 404 and "Page not found" in missing.text


def test_nested_pages_resolve_under_a_path_prefix(project_id, site_client, monkeypatch):
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_SITES_BASE_URL", "http://localhost:3000/sites/")
    get_settings.cache_clear()
    publish(project_id)
    response = site_client.get("/sites/harbor-pine/services/roofing/flat-roofs")
    assert response.status_code == 200 and response.url.path == "/sites/harbor-pine/services/roofing/flat-roofs/"
    get_settings.cache_clear()


def test_a_long_name_survives_export_and_reimport(project_id):
    with session_scope() as session:
        document = site_document(session, session.get(Project, project_id))
        copy_of = import_site(session, document, organization_id=session.get(Project, project_id).organization_id)
        assert copy_of.name == LONG_NAME
        assert {"services/roofing", "services/roofing/flat-roofs"} <= {page["slug"] for page in document["pages"]}
    publish(copy_of.id)


def test_a_name_or_address_past_the_limit_is_refused_with_a_reason(showcase):
    with pytest.raises(InvalidInput, match=f"at most {MAX_SITE_NAME} characters"):
        projects.clean_name("x" * (MAX_SITE_NAME + 1))
    slug = "services/" + "x" * MAX_PAGE_SLUG  # longer than a page address can be stored
    too_long = {**showcase, "pages": [*showcase["pages"], {**showcase["pages"][1], "slug": slug}]}
    with pytest.raises(DocumentError) as caught:
        load_site(too_long)
    assert "slug" in str(caught.value) and "at most" in str(caught.value)


@pytest.mark.parametrize("command", [["project", "import", "{file}", "--org", "harbor"],
                                     ["export", "{file}", "-o", "{out}"], ["audit", "{file}"]])
def test_deeply_nested_json_is_refused_before_parsing(project_id, tmp_path, command):
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "bubblegum.site", "site": ' + "[" * 200_000 + "]" * 200_000 + "}")
    args = [part.format(file=deep, out=tmp_path / "out") for part in command]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "nested more than 64 levels" in " ".join(result.output.split())
    assert not isinstance(result.exception, RecursionError)


def test_nested_pages_round_trip_through_the_cli(project_id, tmp_path):
    runner = CliRunner()
    exported = tmp_path / "site.json"
    assert runner.invoke(app, ["project", "export", "harbor-pine", "-o", str(exported)]).exit_code == 0
    slugs = {page["slug"] for page in json.loads(exported.read_text())["pages"]}
    assert "services/roofing/flat-roofs" in slugs
    bundle = runner.invoke(app, ["export", str(exported), "-o", str(tmp_path / "bundle")])
    assert bundle.exit_code == 0, bundle.output
    assert (tmp_path / "bundle" / "services" / "roofing" / "flat-roofs" / "index.html").exists()
    published = runner.invoke(app, ["publish", "harbor-pine"])
    assert published.exit_code == 0, published.output
