"""Publishing from the database: immutable deployments, the live pointer, incremental
republish, failure injection, rollback and zip download."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Deployment, Project
from bubblegum.services.publishing import deploy
from bubblegum.services.publishing.deploy import PublishError, publish

from .conftest import edit_page, host


def live_deployment_id(project_id: int) -> int | None:
    with session_scope() as session:
        return session.get(Project, project_id).live_deployment_id


def set_headline(text: str):
    """Change the title of the page's first block that has one."""
    def change(document):
        block = next(block for block in document["content"] if "title" in block["props"])
        block["props"]["title"] = text
    return change


def test_publish_makes_the_site_live(project_id, site_client):
    deployment = publish(project_id)
    assert deployment.status == "ready"
    assert live_deployment_id(project_id) == deployment.id
    stats = deployment.manifest["stats"]
    assert stats["pages_rendered"] == 5 and stats["pages_reused"] == 0
    for path in ("index.html", "about/index.html", "404.html", "sitemap.xml", "robots.txt"):
        assert path in deployment.manifest["files"]
    response = site_client.get("/", headers=host())
    assert response.status_code == 200
    assert "Harbor &amp; Pine" in response.text or "Harbor & Pine" in response.text


def test_republish_after_one_edit_renders_one_page(project_id, site_client):
    publish(project_id)
    edit_page(project_id, "about", set_headline("Forty years of careful carpentry"))
    second = publish(project_id)
    stats = second.manifest["stats"]
    assert (stats["pages_rendered"], stats["pages_reused"]) == (1, 4)
    assert stats["uploaded"] <= 3
    assert "Forty years of careful carpentry" in site_client.get("/about/", headers=host()).text


def test_failed_publish_leaves_the_live_site_untouched(project_id, site_client, monkeypatch):
    first = publish(project_id)
    before = site_client.get("/", headers=host()).text
    edit_page(project_id, "", set_headline("This must not go live"))

    def broken_put_many(self, items):
        items = list(items)
        self.put(items[0].key, items[0].data, content_type=items[0].content_type)
        raise OSError("disk full")

    from bubblegum.services.storage import get_storage

    monkeypatch.setattr(type(get_storage()), "put_many", broken_put_many)
    with pytest.raises(PublishError, match="disk full"):
        publish(project_id)
    assert live_deployment_id(project_id) == first.id
    with session_scope() as session:
        failed = session.exec(select(Deployment).order_by(Deployment.id.desc())).first()
    assert failed.status == "failed" and "disk full" in failed.error
    assert site_client.get("/", headers=host()).text == before


def test_rollback_serves_the_earlier_deployment(project_id, site_client):
    first = publish(project_id)
    edit_page(project_id, "", set_headline("Spring offers on kitchen refits"))
    publish(project_id)
    assert "Spring offers on kitchen refits" in site_client.get("/", headers=host()).text
    deploy.rollback(project_id, first.id)
    assert live_deployment_id(project_id) == first.id
    assert "Spring offers on kitchen refits" not in site_client.get("/", headers=host()).text


def test_rollback_refuses_another_sites_deployment(project_id):
    from bubblegum.services.errors import NotFound

    first = publish(project_id)
    with pytest.raises(NotFound):
        deploy.rollback(project_id + 1, first.id)


def test_any_deployment_downloads_as_a_zip(project_id):
    first = publish(project_id)
    archive = zipfile.ZipFile(io.BytesIO(deploy.deployment_zip(project_id, first.id)))
    names = set(archive.namelist())
    assert {"index.html", "about/index.html", "404.html", "sitemap.xml", "robots.txt"} <= names
    assert archive.read("index.html").startswith(b"<!")
    # readable by the web server's user once unzipped (nginx and Apache refuse 0600)
    assert {(info.external_attr >> 16) & 0o777 for info in archive.infolist()} == {0o644}


def test_publish_unknown_project_is_refused(database_url):
    from bubblegum.services.errors import NotFound

    with pytest.raises(NotFound):
        publish(999)
