"""An uploaded SVG carries its own sandboxing CSP wherever it is served: the app's storage
route, a published bundle, and the bucket (headers stored with the object)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bubblegum.api import create_api
from bubblegum.db import session_scope
from bubblegum.services import assets
from bubblegum.services.publishing.serving import SiteResponse, serve
from bubblegum.services.storage import PUBLIC_PREFIX, SVG_CSP, get_storage
from tests.unit.assets import samples


def _upload_svg(site) -> str:
    with session_scope() as session:
        result = assets.upload_asset(session, site["editor"], site["project"], "logo.svg", samples.SVG_OK)
    return result.asset.variants[0]["key"]


def test_storage_route_serves_svg_sandboxed(site):
    key = _upload_svg(site)
    response = TestClient(create_api()).get("/storage/" + key.removeprefix(PUBLIC_PREFIX))
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert response.headers["content-security-policy"] == SVG_CSP
    assert response.headers["x-content-type-options"] == "nosniff"


def test_svg_in_a_bucket_is_stored_with_its_csp_and_as_attachment(s3_site):
    key = _upload_svg(s3_site)
    storage = get_storage()
    head = storage.client.head_object(Bucket=storage.bucket, Key=key)
    assert head["ContentType"] == "image/svg+xml"
    assert head["ContentDisposition"] == "attachment"
    assert head["Metadata"]["content-security-policy"] == SVG_CSP


def test_published_svg_is_served_sandboxed(monkeypatch):
    from bubblegum.services.publishing import serving
    from bubblegum.services.publishing.serving import LiveSite

    files = {"logo-0123456789.svg": {"sha256": "ab" * 32, "type": "image/svg+xml", "size": 10}}
    monkeypatch.setattr(serving, "deployment_files", lambda _deployment: files)
    monkeypatch.setattr(serving, "_blob", lambda _project, _sha: b"<svg/>")
    response: SiteResponse = serve(LiveSite(1, 1), "logo-0123456789.svg")
    assert response.status == 200 and response.headers["Content-Security-Policy"] == SVG_CSP
