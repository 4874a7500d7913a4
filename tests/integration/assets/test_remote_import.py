"""A photo chosen from Unsplash or Pexels is downloaded once into the project's assets (the
upload's validation), keeps its credit, is reported to Unsplash, and is credited on the page."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Asset
from bubblegum.render.renderer import SiteRenderer
from bubblegum.services import jobs
from bubblegum.services.assets.resolver import resolver_for_project
from bubblegum.services.errors import InvalidInput, PermissionDenied
from bubblegum.services.images.importing import import_remote
from bubblegum.services.images.unsplash import UnsplashProvider
from tests.integration.images.fake_photo_apis import FakePhotoApis


@pytest.fixture
def fake():
    with FakePhotoApis() as server:
        yield server


def _import(site, provider, result, user="editor"):
    with session_scope() as session:
        return import_remote(session, site[user], site["project"], result, provider)


def test_remote_photo_becomes_a_credited_asset_once(site, fake):
    provider = UnsplashProvider("key-1", fake.url)
    result = provider.search("bakery", count=1)[0]
    uploaded = _import(site, provider, result)
    assert jobs.run_job_now(uploaded.job_id).status == "done"
    paths = [r["path"] for r in fake.requests]
    assert paths.count("/files/u0-regular.jpg") == 1 and paths.count("/photos/u0/download") == 1
    again = _import(site, provider, result)
    assert again.asset.id == uploaded.asset.id and again.job_id is None
    assert [r["path"] for r in fake.requests].count("/files/u0-regular.jpg") == 1  # downloaded once
    with session_scope() as session:
        asset = session.exec(select(Asset).where(Asset.project_id == site["project"])).one()
        assert asset.alt == "a bakery on a table" and asset.status == "ready"
        assert asset.credit["source_id"] == "unsplash:u0" and asset.credit["author"] == "Joe Example"
        resolver = resolver_for_project(session, site["project"])
    page = {"schema_version": 1, "root": {"title": "Home"}, "content": [
        {"id": "b_img", "type": "image", "props": {"image": {"src": f"asset:{asset.id}", "alt": asset.alt}}}]}
    site_doc = {"format": "bubblegum.site", "schema_version": 1, "site": {"name": "Bakery", "slug": "bakery"},
                "pages": [{"slug": "", "title": "Home", "doc": page}]}
    html = SiteRenderer(site_doc, image_resolver=resolver).render_page("")
    assert 'Photo by <a href="https://unsplash.com/@exampleuser?utm_source=bubblegum&amp;utm_medium=referral"' in html
    assert fake.url not in html  # the page never hotlinks the provider


def test_viewer_cannot_import_and_nothing_is_downloaded(site, fake):
    provider = UnsplashProvider("key-1", fake.url)
    result = provider.search("bakery", count=1)[0]
    before = len(fake.requests)
    with pytest.raises(PermissionDenied):
        _import(site, provider, result, user="viewer")
    assert len(fake.requests) == before


def test_a_download_that_is_not_an_image_is_refused(site, fake):
    provider = UnsplashProvider("key-1", fake.url)
    result = provider.search("bakery", count=1)[0]
    fake.photo = b"<html>not an image</html>"
    with pytest.raises(InvalidInput):
        _import(site, provider, result)
    with session_scope() as session:
        assert session.exec(select(Asset).where(Asset.project_id == site["project"])).all() == []
