"""Serving published sites: by Host, under /sites/<slug>/, by custom domain; security
headers, compression, caching; and the endpoint the sites' forms post to."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import Project, Submission
from bubblegum.services.publishing.deploy import publish

from .conftest import host


@pytest.fixture
def published(project_id) -> int:
    publish(project_id)
    return project_id


def test_html_gets_strict_security_headers(published, site_client):
    response = site_client.get("/", headers=host())
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "max-age=60" in response.headers["cache-control"]


def test_inline_code_is_allowed_by_hash_only(published, site_client):
    import base64
    import hashlib
    import re

    response = site_client.get("/contact/", headers=host())
    csp = response.headers["content-security-policy"]
    for body in re.findall(r"<style[^>]*>(.*?)</style>", response.text, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_hashed_files_are_cached_for_a_year(published, site_client):
    from bubblegum.services.publishing.serving import deployment_files
    from bubblegum.models import Project as P

    with session_scope() as session:
        deployment_id = session.get(P, published).live_deployment_id
    asset = next(path for path in deployment_files(deployment_id) if path.startswith("_assets/") and path.endswith(".woff2"))
    response = site_client.get(f"/{asset}", headers=host())
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["content-type"] == "font/woff2"


def test_compression_and_conditional_requests(published, site_client):
    response = site_client.get("/", headers={**host(), "accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    etag = response.headers["etag"]
    again = site_client.get("/", headers={**host(), "if-none-match": etag})
    assert again.status_code == 304 and again.content == b""


def test_pretty_urls_redirects_and_not_found(published, site_client):
    assert site_client.get("/about/", headers=host()).status_code == 200
    redirect = site_client.get("/about", headers=host(), follow_redirects=False)
    assert redirect.status_code == 301 and redirect.headers["location"] == "about/"
    missing = site_client.get("/no-such-page/", headers=host())
    assert missing.status_code == 404
    assert "<html" in missing.text.lower()
    assert site_client.get("/../../etc/passwd", headers=host()).status_code == 404


def test_unpublished_and_unknown_sites(project_id, site_client):
    assert site_client.get("/", headers=host()).status_code == 404
    assert site_client.get("/", headers=host("nobody-here")).status_code == 404


def test_app_host_is_not_taken_over(published, site_client):
    assert site_client.get("/api/health", headers={"host": "localhost:3000"}).status_code == 200


def test_sites_path_redirects_to_the_sites_own_origin(published, site_client):
    response = site_client.get("/sites/harbor-pine/about/", follow_redirects=False)
    assert response.status_code == 302
    assert response.headers["location"] == "http://harbor-pine.localhost:3000/about/"


def test_sites_path_serving_when_configured(project_id, site_client, monkeypatch):
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_SITES_BASE_URL", "http://localhost:3000/sites/{slug}/")
    get_settings.cache_clear()
    publish(project_id)
    sites_host = {"host": "localhost:3000"}
    response = site_client.get("/sites/harbor-pine/", headers=sites_host)
    assert response.status_code == 200
    assert 'href="/sites/harbor-pine/about/"' in response.text
    assert "content-security-policy" in response.headers
    assert site_client.get("/sites/harbor-pine/about/", headers=sites_host).status_code == 200
    # the sites base is the only place they are served: any other host is sent there
    elsewhere = site_client.get("/sites/harbor-pine/about/", headers={"host": "127.0.0.1:3000"},
                                follow_redirects=False)
    assert elsewhere.status_code in (302, 308)
    assert elsewhere.headers["location"] == "http://localhost:3000/sites/harbor-pine/about/"
    form = {"email": "ada@example.com"}
    assert site_client.post("/sites/harbor-pine/_forms/newsletter", data=form, headers=sites_host).status_code == 200
    refused = site_client.post("/sites/harbor-pine/_forms/newsletter", data=form, headers={"host": "127.0.0.1:3000"})
    assert refused.status_code == 403


def test_form_post_on_the_app_origin_is_refused(published, site_client):
    form = {"name": "Ada", "email": "ada@example.com", "message": "Hello", "_hp": ""}
    for app_host in ("localhost:3000", "127.0.0.1:3000"):
        response = site_client.post("/sites/harbor-pine/_forms/contact", data=form, headers={"host": app_host})
        assert response.status_code == 403 and "address of its own" in response.text
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert submissions(published) == []


def test_every_answer_for_a_site_carries_security_headers(published, site_client):
    answers = [
        site_client.get("/no-such-page/", headers=host()),
        site_client.get("/about", headers=host(), follow_redirects=False),
        site_client.get("/", headers=host("nobody-here")),
        site_client.post("/_forms/newsletter", data={"email": "ada@example.com"}, headers=host()),
        site_client.post("/_forms/newsletter", data={"email": "nope"}, headers=host()),
        site_client.get("/sites/harbor-pine/", headers={"host": "localhost:3000"}, follow_redirects=False),
    ]
    for response in answers:
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], response.url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"


def test_csp_allows_only_the_renderers_own_scripts(published, site_client):
    from bubblegum.render.scripts import SCRIPT_HASHES

    csp = site_client.get("/", headers=host()).headers["content-security-policy"]
    script_src = next(part for part in csp.split("; ") if part.startswith("script-src"))
    assert script_src.split()[1:] == list(SCRIPT_HASHES)


def test_custom_domain_by_host_header(project_id, site_client):
    with session_scope() as session:
        project = session.get(Project, project_id)
        project.custom_domain, project.domain_verified_at = "www.harborandpine.example", utcnow()
    publish(project_id)
    response = site_client.get("/", headers={"host": "www.harborandpine.example"})
    assert response.status_code == 200
    assert 'rel="canonical" href="http://www.harborandpine.example/"' in response.text


def submissions(project_id: int) -> list[Submission]:
    with session_scope() as session:
        return list(session.exec(select(Submission).where(Submission.project_id == project_id)).all())


def test_contact_form_is_stored_and_confirmed(published, site_client):
    form = {"name": "Ada", "email": "ada@example.com", "message": "Can you fit a kitchen in May?",
            "_hp": "", "_page": "contact", "_block": "b_form"}
    response = site_client.post("/_forms/contact", data=form, headers=host())
    assert response.status_code == 200 and "Thank you" in response.text
    [stored] = submissions(published)
    assert stored.kind == "contact" and stored.data["email"] == "ada@example.com"
    assert stored.page_slug == "contact"


def test_invalid_form_is_refused_and_nothing_stored(published, site_client):
    response = site_client.post("/_forms/contact", data={"name": "Ada", "email": "not-an-email", "message": "Hi"},
                                headers=host())
    assert response.status_code == 422 and "valid email" in response.text
    assert submissions(published) == []


def test_honeypot_keeps_bots_as_spam_and_answers_sent(published, site_client):
    response = site_client.post("/_forms/newsletter", data={"email": "bot@example.com", "_hp": "http://spam"},
                                headers=host())
    assert response.status_code == 200
    [stored] = submissions(published)
    assert stored.spam_reason == "honeypot" and stored.sender == "bot@example.com"


def test_forms_are_rate_limited_per_visitor(published, site_client):
    from bubblegum.services import rate_limit

    rate_limit.reset_all()
    codes = [site_client.post("/_forms/newsletter", data={"email": f"n{i}@example.com"}, headers=host()).status_code
             for i in range(7)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
    kept = submissions(published)
    assert [row.spam_reason for row in kept] == [""] * 5 + ["rate", "rate"]
    rate_limit.reset_all()


def test_form_rate_limit_keys_on_the_client_behind_a_trusted_proxy(published, monkeypatch):
    from fastapi.testclient import TestClient

    from bubblegum.api import create_api, serve_site_hosts
    from bubblegum.config import get_settings
    from bubblegum.services import rate_limit

    def post(peer: str, forwarded: str) -> int:
        client = TestClient(serve_site_hosts(create_api()), client=(peer, 5000))
        return client.post("/_forms/newsletter", data={"email": "n@example.com"},
                           headers={**host(), "x-forwarded-for": forwarded}).status_code

    monkeypatch.setenv("BUBBLEGUM_TRUSTED_PROXIES", "10.0.0.0/8")
    get_settings.cache_clear()
    rate_limit.reset_all()
    try:
        assert [post("10.0.0.2", "198.51.100.7") for _ in range(6)][-1] == 429
        assert post("10.0.0.2", "198.51.100.8") == 200  # another visitor behind the same proxy
        assert post("10.0.0.2", "198.51.100.9, 198.51.100.7") == 429  # a forged left part changes nothing
        assert [post("203.0.113.5", f"198.51.100.{n}") for n in range(20, 26)][-1] == 429  # untrusted peer
    finally:
        rate_limit.reset_all()
        get_settings.cache_clear()


def test_the_app_under_another_host_name_is_sent_to_its_configured_address(database_url, site_client):
    """127.0.0.1 or a LAN address would load the app with its websocket refused."""
    for name in ("127.0.0.1:3000", "192.168.1.20:3000"):
        page = site_client.get("/dashboard?tab=1", headers={"host": name}, follow_redirects=False)
        assert page.status_code == 308 and page.headers["location"] == "http://localhost:3000/dashboard?tab=1"
        assert site_client.get("/api/health", headers={"host": name}).status_code == 200  # machines: any name
    assert site_client.get("/api/health", headers={"host": "localhost:3000"}).status_code == 200
