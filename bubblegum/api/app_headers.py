"""Security headers on every answer of the app's own origin (dashboard, editor, landing,
API): one ASGI middleware, applied last in ``rx.App(api_transformer=...)``.

What the built Reflex app needs, measured on a production build (``reflex export``):
- scripts: its bundles from ``'self'`` and a few inline bootstrap scripts per page
  (theme, React Router's context and stream, the module entry). Their contents differ per
  page and per build, so each HTML answer (a static file of the build, no user data) gets
  the hashes of its own inline scripts; plus the renderer's edit script, because the
  editor canvas is an ``srcdoc`` iframe and inherits this policy. No ``'unsafe-eval'``:
  Reflex evaluates code a handler sends (``rx.call_script``, ``rx.toast`` from the backend),
  so handlers raise toasts through ``state/notices.py`` instead, and a test keeps
  ``rx.toast``/``call_script`` out of ``state/``.
- styles: Radix Themes and Emotion insert ``<style>`` elements at run time, so
  ``style-src`` needs ``'unsafe-inline'`` (no nonce support in Reflex 0.10).
- connect: the event websocket on the app's own origin.
An answer that already carries a policy (published sites, SVGs, canvas files) keeps it;
the other headers are only added where missing. The Vite dev server (``reflex run``
without ``--env prod``) serves pages itself, outside this middleware.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from urllib.parse import urlsplit

import anyio

from bubblegum.config import get_settings
from bubblegum.render.scripts import SCRIPT_HASHES, csp_hash
from bubblegum.services.storage import get_storage

_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
APP_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # reset and invitation links never leak to other sites
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers without CSP level 2
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
NON_HTML_CSP = "default-src 'none'; frame-ancestors 'none'"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@lru_cache(maxsize=1)
def _policy_parts() -> tuple[str, str, str]:
    """(connect-src, img-src extra, script-src fixed part) for the configured addresses."""
    settings = get_settings()
    app = urlsplit(settings.app_url)
    websocket = f"{'wss' if app.scheme == 'https' else 'ws'}://{app.netloc}"
    images = _origin(get_storage().public_url("public/probe"))  # uploads: the CDN, the bucket or 'self'
    images = "" if images == _origin(settings.app_url) else images
    return f"'self' {websocket}", images, " ".join(("'self'", *SCRIPT_HASHES))


def app_page_policy(html: bytes) -> str:
    """The CSP of one HTML page of the app: its own inline bootstrap scripts by hash."""
    connect, images, scripts = _policy_parts()
    inline = " ".join(sorted({csp_hash(body) for body in _INLINE_SCRIPT.findall(html)}))
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts} {inline}".rstrip(),
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob: {images}".rstrip(),
        "font-src 'self' data:",
        f"connect-src {connect}",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


class AppSecurityHeaders:
    """Adds the app's security headers (and, to HTML, its CSP) where an answer has none."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start: dict | None = None
        body: list[bytes] = []

        async def send_with_headers(message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                missing = [(k.lower().encode(), v.encode()) for k, v in APP_HEADERS.items()
                           if k.lower().encode() not in headers]
                message = {**message, "headers": [*message.get("headers", []), *missing]}
                if b"content-security-policy" in headers or message["status"] == 304:  # 304: the cached one stays
                    return await send(message)
                if not headers.get(b"content-type", b"").startswith(b"text/html"):
                    message["headers"].append((b"content-security-policy", NON_HTML_CSP.encode()))
                    return await send(message)
                start = message  # an app page: hold it until the body is known
                return None
            if start is None:
                return await send(message)
            if message["type"] == "http.response.pathsend":  # a file sent by path (granian, uvicorn)
                html = await anyio.Path(message["path"]).read_bytes()
                await send(_with_policy(start, html))
                return await send(message)
            if message["type"] != "http.response.body":
                return await send(message)
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return None
            await send(_with_policy(start, b"".join(body)))
            await send({"type": "http.response.body", "body": b"".join(body)})

        await self.app(scope, receive, send_with_headers)


def _with_policy(start: dict, body: bytes) -> dict:
    headers = dict((k.lower(), v) for k, v in start["headers"])
    encoding = headers.get(b"content-encoding", b"identity")
    html = gzip.decompress(body) if encoding == b"gzip" and body else body
    policy = app_page_policy(html) if encoding in (b"gzip", b"identity") else app_page_policy(b"")
    return {**start, "headers": [*start["headers"], (b"content-security-policy", policy.encode())]}


def secure_app_pages(app):
    """ASGI transform for ``rx.App(api_transformer=[...])``: the outermost layer."""
    return AppSecurityHeaders(app)
