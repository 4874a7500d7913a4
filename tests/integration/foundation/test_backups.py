"""`bubblegum backup` then `bubblegum restore` into an empty installation: people can log in
with their passwords, sites and images are all there, and publishing works."""

from __future__ import annotations

import io
import shutil
import tarfile

import pytest
from PIL import Image

from bubblegum.db import session_scope
from bubblegum.services import assets, auth, backups
from bubblegum.services.errors import Conflict, InvalidInput
from bubblegum.services.publishing import deploy
from bubblegum.services.publishing.serving import forget_everything, live_site, serve
from bubblegum.services.storage import get_storage

from ..conftest import _reset_caches, _truncate_postgres

PASSWORD = "mauve kettle orbit lantern"


@pytest.fixture
def installation(database_url, monkeypatch, tmp_path, showcase_site) -> dict:
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    _reset_caches()
    from bubblegum.services.publishing.site_documents import import_site

    with session_scope() as db:
        me = auth.sign_up(db, "owner@example.com", PASSWORD, name="Olive Owner")
        project = import_site(db, showcase_site, organization_id=me.org_id, user_id=me.user_id)
        project_id, slug = project.id, project.slug
    photo = io.BytesIO()
    Image.new("RGB", (640, 400), (200, 90, 40)).save(photo, "JPEG")
    assets.upload_many(me.user_id, project_id, [("oven.jpg", photo.getvalue())])
    deploy.publish(project_id, omit_samples=True)
    return {"project": project_id, "slug": slug, "url": database_url}


@pytest.fixture
def showcase_site() -> dict:
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())


def empty_installation(url: str, monkeypatch, data_dir, sqlite_template: str) -> None:
    """Another data folder and an empty, migrated database of the same kind."""
    if url.startswith("sqlite"):
        path = data_dir / "bubblegum.db"
        data_dir.mkdir(parents=True)
        shutil.copyfile(sqlite_template, path)
        monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    else:
        _truncate_postgres(url)
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(data_dir))
    _reset_caches()


def test_a_backup_restores_into_an_empty_installation(installation, monkeypatch, tmp_path, request):
    stored = sorted(get_storage().list(""))
    report = backups.backup(tmp_path / "backups" / "site.tar.gz")
    assert report.objects == len(stored) > 0 and oct(report.path.stat().st_mode & 0o777) == "0o600"

    empty_installation(installation["url"], monkeypatch, tmp_path / "elsewhere",
                       request.getfixturevalue("sqlite_template") if installation["url"].startswith("sqlite") else "")
    assert list(get_storage().list("")) == []
    backups.restore(report.path)
    _reset_caches()
    forget_everything()

    assert sorted(get_storage().list("")) == stored
    with session_scope() as db:
        assert auth.log_in(db, "owner@example.com", PASSWORD).user_id
    site = live_site(slug=installation["slug"])
    assert serve(site, "/").status == 200  # the live deployment is served from the restored files
    assert deploy.publish(installation["project"], omit_samples=True).id > site.deployment_id


def test_restore_refuses_an_installation_with_accounts_and_files_that_are_no_backup(installation, tmp_path):
    report = backups.backup(tmp_path / "site.tar.gz")
    with pytest.raises(Conflict, match="already has accounts"):
        backups.restore(report.path)
    not_a_backup = tmp_path / "photo.tar.gz"
    with tarfile.open(not_a_backup, "w:gz") as archive:
        archive.addfile(tarfile.TarInfo("hello.txt"), io.BytesIO(b""))
    with pytest.raises(InvalidInput):
        backups.restore(not_a_backup)
