"""Keep the session token out of Reflex's state store.

Reflex copies the headers of each tab's websocket handshake into its router data, which it
stores with the tab's state (`.states/` pickles, or Redis). Were the session cookie among
them, the store would hold a bearer token in clear. So on the event endpoint (`/_event`,
websocket and polling alike) this middleware takes the session cookie out of the `Cookie`
header and passes on only its SHA-256, in `X-Bubblegum-Session` — the same digest the
database keeps. Any `X-Bubblegum-Session` a client sends itself is dropped first, so the
digest is never a credential from outside: only a real cookie produces it.
"""

from __future__ import annotations

from bubblegum.services.session_cookie import PLAIN_NAME, token_from_cookie_header
from bubblegum.services.tokens import token_hash

EVENT_PATH = "/_event"
DIGEST_HEADER = b"x-bubblegum-session"
_SESSION_COOKIES = {PLAIN_NAME, f"__Host-{PLAIN_NAME}"}


def swap_session_cookie(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The handshake's headers with the session cookie replaced by its digest."""
    kept: list[tuple[bytes, bytes]] = []
    token = ""
    for name, value in headers:
        if name.lower() == DIGEST_HEADER:
            continue
        if name.lower() == b"cookie":
            header = value.decode("latin-1")
            token = token_from_cookie_header(header) or token
            others = [part.strip() for part in header.split(";")
                      if part.strip() and part.strip().partition("=")[0] not in _SESSION_COOKIES]
            if others:
                kept.append((name, "; ".join(others).encode("latin-1")))
            continue
        kept.append((name, value))
    if token:
        kept.append((DIGEST_HEADER, token_hash(token).encode()))
    return kept


class SessionHandshake:
    """ASGI middleware: `swap_session_cookie` on every request to the event endpoint."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("path", "").startswith(EVENT_PATH):
            scope = dict(scope, headers=swap_session_cookie(list(scope.get("headers") or [])))
        await self.app(scope, receive, send)
