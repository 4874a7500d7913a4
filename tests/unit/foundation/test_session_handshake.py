"""The event endpoint's handshake carries the session cookie's digest, never the token:
Reflex stores handshake headers with each tab's state."""

from __future__ import annotations

import asyncio

from bubblegum.api.session_handshake import DIGEST_HEADER, SessionHandshake, swap_session_cookie
from bubblegum.services.tokens import token_hash


def test_the_session_cookie_becomes_its_digest_and_other_cookies_stay():
    headers = swap_session_cookie([(b"host", b"app.example"),
                                   (b"cookie", b"theme=dark; bg_session=secret-token; lang=de")])
    assert (b"cookie", b"theme=dark; lang=de") in headers
    assert (DIGEST_HEADER, token_hash("secret-token").encode()) in headers
    assert not any(b"secret-token" in value for _, value in headers)


def test_a_digest_sent_by_the_client_is_dropped():
    forged = swap_session_cookie([(b"X-Bubblegum-Session", b"0" * 64), (b"cookie", b"other=1")])
    assert not any(name.lower() == DIGEST_HEADER for name, _ in forged)
    alone = swap_session_cookie([(b"cookie", b"bg_session=t")])
    assert alone == [(DIGEST_HEADER, token_hash("t").encode())]  # no empty Cookie header left


def test_only_the_event_endpoint_is_rewritten():
    seen = {}

    async def app(scope, receive, send):
        seen[scope["path"]] = scope["headers"]

    middleware = SessionHandshake(app)
    cookie = [(b"cookie", b"bg_session=tok")]
    for path, kind in (("/_event/", "websocket"), ("/_event/", "http"), ("/api/session/claim", "http")):
        asyncio.run(middleware({"type": kind, "path": path, "headers": cookie}, None, None))
    assert seen["/_event/"] == [(DIGEST_HEADER, token_hash("tok").encode())]
    assert seen["/api/session/claim"] == cookie  # HTTP endpoints read the cookie itself
