"""How the session token travels to the browser: an HttpOnly cookie set by an HTTP answer.

Reflex sets cookies from JavaScript (``rx.Cookie``), which cannot make them HttpOnly. So
the event handler that signs someone in does not set the cookie: it seals the new token
into a *ticket* (encrypted with a key derived from the secret key, valid for 60 seconds)
and sends the browser to ``/api/session/claim?ticket=…`` (``api/session.py``). That HTTP
answer sets the cookie and redirects; the page that loads opens a new websocket, whose
handshake carries the cookie to the backend, where handlers read it from the connection's
headers (``SessionState``) — page JavaScript never sees it.

The cookie: ``HttpOnly``, ``SameSite=Strict``, ``Path=/``; on https also ``Secure`` and the
``__Host-`` prefix (no Domain attribute: only this exact host, set only over https).
"""

from __future__ import annotations

import base64
import hashlib
from http.cookies import CookieError, SimpleCookie

from cryptography.fernet import Fernet, InvalidToken

from bubblegum import routes
from bubblegum.config import get_settings
from bubblegum.services.sessions import SESSION_LIFETIME

TICKET_SECONDS = 60
PLAIN_NAME = "bg_session"


def is_https() -> bool:
    return get_settings().app_url.startswith("https://")


def cookie_name() -> str:
    """``__Host-bg_session`` on https, ``bg_session`` on plain http (the prefix needs Secure)."""
    return f"__Host-{PLAIN_NAME}" if is_https() else PLAIN_NAME


def cookie_attributes() -> dict:
    """Keyword arguments for Starlette's ``Response.set_cookie`` (and, without max_age, delete)."""
    return {"path": "/", "httponly": True, "samesite": "strict", "secure": is_https(),
            "max_age": int(SESSION_LIFETIME.total_seconds())}


def token_from_cookie_header(header: str) -> str:
    """The session token in a request's ``Cookie`` header ("" when there is none)."""
    cookies = SimpleCookie()
    try:
        cookies.load(header or "")
    except CookieError:
        return ""
    morsel = cookies.get(cookie_name())
    return morsel.value if morsel else ""


def safe_next(path: str | None, default: str = routes.DASHBOARD) -> str:
    """Only a path on this site (no //host, scheme or backslash) is a place to go back to."""
    if path and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return default


def _fernet() -> Fernet:
    key = hashlib.sha256(b"bubblegum session ticket\0" + get_settings().effective_secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal_ticket(token: str) -> str:
    """A short-lived, encrypted ticket for ``token`` (safe in a URL: it reveals nothing)."""
    return _fernet().encrypt(token.encode()).decode()


def open_ticket(ticket: str) -> str:
    """The token inside a ticket, or "" if it is forged, altered or older than 60 seconds."""
    try:
        return _fernet().decrypt(ticket.encode(), ttl=TICKET_SECONDS).decode()
    except (InvalidToken, ValueError):
        return ""
