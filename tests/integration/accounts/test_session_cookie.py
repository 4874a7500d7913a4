"""The session cookie is HttpOnly, SameSite=Strict, and on https Secure with the __Host-
prefix: set and cleared only by HTTP answers (``/api/session/claim`` and ``/clear``) that
answer requests from the app's own pages, never from another site."""

from __future__ import annotations

import time
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from bubblegum.db import session_scope
from bubblegum.models import User
from bubblegum.services import sessions
from bubblegum.services.session_cookie import (
    open_ticket,
    seal_ticket,
    token_from_cookie_header,
)

SAME_ORIGIN = {"sec-fetch-site": "same-origin"}


@pytest.fixture
def client() -> TestClient:
    from bubblegum.api import create_api

    return TestClient(create_api(), base_url="http://localhost:3000")


@pytest.fixture
def token(world) -> str:
    with session_scope() as db:
        return sessions.start(db, db.get(User, world.users["owner"]))


def _claim(client, ticket: str, headers: dict, next_path: str = "/dashboard/projects"):
    query = urlencode({"ticket": ticket, "next": next_path})
    return client.get(f"/api/session/claim?{query}", headers=headers, follow_redirects=False)


def test_claim_sets_an_httponly_strict_cookie_and_goes_on(client, token):
    response = _claim(client, seal_ticket(token), SAME_ORIGIN)
    assert response.status_code == 303 and response.headers["location"] == "/dashboard/projects"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"bg_session={token};")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http: a Secure cookie would never be sent back
    assert response.headers["cache-control"] == "no-store"
    assert token_from_cookie_header(f"other=1; bg_session={token}") == token


def test_on_https_the_cookie_is_secure_with_the_host_prefix(client, token, monkeypatch):
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_APP_URL", "https://app.example.com")
    get_settings.cache_clear()
    try:
        cookie = _claim(client, seal_ticket(token), SAME_ORIGIN).headers["set-cookie"]
        assert cookie.startswith("__Host-bg_session=") and "Secure" in cookie and "Domain" not in cookie
        assert token_from_cookie_header(f"__Host-bg_session={token}") == token
        assert token_from_cookie_header(f"bg_session={token}") == ""  # a plain-named cookie is not read
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


@pytest.mark.parametrize("headers", [
    {"sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "same-site"},
    {"sec-fetch-site": "none"},  # typed or pasted into the address bar
    {"referer": "https://evil.example/"},
    {},
])
def test_a_claim_from_anywhere_but_the_apps_own_pages_is_refused(client, token, headers):
    response = _claim(client, seal_ticket(token), headers)
    assert response.status_code == 403 and "set-cookie" not in response.headers


def test_a_same_origin_referer_is_enough_without_fetch_metadata(client, token):
    assert _claim(client, seal_ticket(token), {"referer": "http://localhost:3000/login"}).status_code == 303


def test_forged_expired_or_ended_tickets_are_refused(client, token, monkeypatch):
    assert _claim(client, "not-a-ticket", SAME_ORIGIN).status_code == 403
    assert _claim(client, seal_ticket("a-guessed-token"), SAME_ORIGIN).status_code == 403
    ticket = seal_ticket(token)
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert open_ticket(ticket) == ""
    monkeypatch.undo()
    with session_scope() as db:
        sessions.end(db, token)
    assert _claim(client, ticket, SAME_ORIGIN).status_code == 403


def test_the_next_address_stays_on_this_site(client, token):
    for elsewhere in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        assert _claim(client, seal_ticket(token), SAME_ORIGIN, elsewhere).headers["location"] == "/dashboard"


def test_clear_removes_the_cookie_only_for_the_apps_own_pages(client):
    response = client.get("/api/session/clear", headers=SAME_ORIGIN, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith('bg_session="";') and "Max-Age=0" in cookie and "HttpOnly" in cookie
    assert client.get("/api/session/clear", headers={"sec-fetch-site": "cross-site"}).status_code == 403


def test_the_ticket_reveals_nothing(token):
    assert token not in seal_ticket(token)
