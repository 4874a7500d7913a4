"""`bubblegum project import/export`, `publish`, `deployments`, `rollback`, `download`."""

from __future__ import annotations

import json
import zipfile

from sqlmodel import select
from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.db import session_scope
from bubblegum.models import Organization, Project

runner = CliRunner()


def make_org() -> None:
    with session_scope() as session:
        session.add(Organization(name="Harbor", slug="harbor"))


def test_import_export_publish_rollback_download(database_url, showcase, tmp_path, monkeypatch):
    from bubblegum.config import get_settings
    from bubblegum.services.publishing.serving import deployment_manifest

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    deployment_manifest.cache_clear()
    make_org()
    site = tmp_path / "site.json"
    site.write_text(json.dumps(showcase))

    result = runner.invoke(app, ["project", "import", str(site), "--org", "harbor"])
    assert result.exit_code == 0, result.output
    assert "harbor-pine" in result.output

    exported = tmp_path / "out.json"
    assert runner.invoke(app, ["project", "export", "harbor-pine", "-o", str(exported)]).exit_code == 0
    document = json.loads(exported.read_text())
    assert [page["slug"] for page in document["pages"]] == [page["slug"] for page in showcase["pages"]]
    from bubblegum.blocks.document import load_site

    assert load_site(document).pages == load_site(showcase).pages  # same content, defaults filled in

    first = runner.invoke(app, ["publish", "harbor-pine"])
    assert first.exit_code == 0, first.output
    assert "5 pages rendered" in first.output
    second = runner.invoke(app, ["publish", "harbor-pine"])
    assert "0 pages rendered, 5 reused" in second.output

    listing = runner.invoke(app, ["deployments", "harbor-pine"])
    assert listing.exit_code == 0 and "ready" in listing.output

    assert runner.invoke(app, ["rollback", "harbor-pine", "1"]).exit_code == 0
    with session_scope() as session:
        assert session.exec(select(Project)).one().live_deployment_id == 1

    archive = tmp_path / "site.zip"
    assert runner.invoke(app, ["download", "harbor-pine", "1", "-o", str(archive)]).exit_code == 0
    assert "index.html" in zipfile.ZipFile(archive).namelist()


def test_invalid_document_names_page_block_and_field(database_url, showcase, tmp_path):
    make_org()
    showcase["pages"][1]["doc"]["content"][1]["props"]["buttons"] = [{"label": "Go", "href": "javascript:alert(1)"}]
    site = tmp_path / "bad.json"
    site.write_text(json.dumps(showcase))
    result = runner.invoke(app, ["project", "import", str(site), "--org", "harbor"])
    assert result.exit_code == 2
    assert "services" in result.output and "buttons" in result.output
    assert "Traceback" not in result.output
    with session_scope() as session:
        assert session.exec(select(Project)).all() == []


def test_acting_as_a_person_applies_their_role(database_url, showcase, tmp_path):
    from bubblegum.models import Membership, User

    make_org()
    with session_scope() as session:
        org = session.exec(select(Organization)).one()
        viewer = User(email="viewer@example.com", password_hash="x")
        session.add(viewer)
        session.flush()
        session.add(Membership(user_id=viewer.id, organization_id=org.id, role="viewer"))
    site = tmp_path / "site.json"
    site.write_text(json.dumps(showcase))
    result = runner.invoke(app, ["project", "import", str(site), "--org", "harbor", "--as", "viewer@example.com"])
    assert result.exit_code == 1 and "role" in result.output.lower()
    assert runner.invoke(app, ["project", "import", str(site), "--org", "harbor"]).exit_code == 0
    refused = runner.invoke(app, ["publish", "harbor-pine", "--as", "viewer@example.com"])
    assert refused.exit_code == 1


def test_project_settings_show_change_and_refuse(database_url, showcase, tmp_path):
    from bubblegum.models import Membership, User

    make_org()
    site = tmp_path / "site.json"
    site.write_text(json.dumps(showcase))
    assert runner.invoke(app, ["project", "import", str(site), "--org", "harbor"]).exit_code == 0

    shown = runner.invoke(app, ["project", "settings", "harbor-pine"])
    assert shown.exit_code == 0 and "custom domain: -" in shown.output and "language: en" in shown.output
    changed = runner.invoke(app, ["project", "settings", "harbor-pine", "--domain", "https://WWW.Harbor.example/",
                                  "--language", "en-GB"])
    assert changed.exit_code == 0, changed.output
    assert "custom domain: www.harbor.example" in changed.output and "name: Harbor & Pine" in changed.output
    refused = runner.invoke(app, ["project", "settings", "harbor-pine", "--domain", "harbor", "--name", "Other"])
    assert refused.exit_code == 2 and "custom_domain: That is not a valid domain" in refused.output
    with session_scope() as session:
        project = session.exec(select(Project).where(Project.slug == "harbor-pine")).one()
        assert (project.custom_domain, project.language, project.name) == ("www.harbor.example", "en-GB",
                                                                          "Harbor & Pine")
        viewer = User(email="viewer@example.com", password_hash="x")
        session.add(viewer)
        session.flush()
        session.add(Membership(user_id=viewer.id, organization_id=project.organization_id, role="viewer"))
    as_viewer = runner.invoke(app, ["project", "settings", "harbor-pine", "--domain", "", "--as", "viewer@example.com"])
    assert as_viewer.exit_code == 1
    assert "custom domain: www.harbor.example" in runner.invoke(
        app, ["project", "settings", "harbor-pine", "--as", "viewer@example.com"]).output
