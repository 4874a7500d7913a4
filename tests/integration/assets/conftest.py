"""A project with people in each role, storage in a temporary folder, on each database."""

from __future__ import annotations

import pytest

from tests.unit.assets import samples  # noqa: F401  (re-exported for the tests)


@pytest.fixture
def site(database_url, monkeypatch, tmp_path) -> dict:
    from bubblegum.config import get_settings
    from bubblegum.db import session_scope
    from bubblegum.models import Membership, Organization, Page, PageVersion, Project, User

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    with session_scope() as session:
        org, other = Organization(name="A", slug="a"), Organization(name="B", slug="b")
        people = {role: User(email=f"{role}@example.com", password_hash="x")
                  for role in ("owner", "editor", "viewer", "outsider")}
        session.add_all([org, other, *people.values()])
        session.flush()
        for role in ("owner", "editor", "viewer"):
            session.add(Membership(user_id=people[role].id, organization_id=org.id, role=role))
        session.add(Membership(user_id=people["outsider"].id, organization_id=other.id, role="owner"))
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
