"""A project with people in each role, storage in a temporary folder, on each database."""

from __future__ import annotations

import pytest

from tests.integration.people import org_with_people
from tests.unit.assets import samples  # noqa: F401  (re-exported for the tests)


@pytest.fixture
def site(database_url, monkeypatch, tmp_path) -> dict:
    from bubblegum.config import get_settings
    from bubblegum.db import session_scope
    from bubblegum.models import Page, PageVersion, Project

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    with session_scope() as session:
        org, people = org_with_people(session)
        project = Project(organization_id=org.id, name="Site", slug="site")
        session.add(project)
        session.flush()
        pages = {}
        for slug, title in (("", "Home"), ("about", "About")):
            page = Page(project_id=project.id, slug=slug, title=title)
            session.add(page)
            session.flush()
            session.add(PageVersion(page_id=page.id, number=1, document={
                "schema_version": 1, "root": {"title": title}, "content": []}))
            pages[slug or "home"] = page.id
    yield {"org": org.id, "project": project.id, **pages, **{role: user.id for role, user in people.items()}}
    get_settings.cache_clear()


from tests.integration.storage.conftest import moto_endpoint  # noqa: E402,F401  (session fixture)


@pytest.fixture
def s3_site(site, moto_endpoint, monkeypatch):
    """The same site with storage in a bucket on the moto server."""
    import uuid

    from bubblegum.config import get_settings
    from bubblegum.services.storage import get_storage

    monkeypatch.setenv("S3_BUCKET", f"assets-{uuid.uuid4().hex[:10]}")
    monkeypatch.setenv("S3_ENDPOINT_URL", moto_endpoint)
    monkeypatch.setenv("S3_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("S3_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("CDN_BASE_URL", "https://cdn.example.test")
    get_settings.cache_clear()
    get_storage().ensure_bucket()
    return site
