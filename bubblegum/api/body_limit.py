"""ASGI middleware in front of the whole app: every request body has a size limit, enforced
before anything is buffered or spooled (Reflex spools ``rx.upload`` bodies to disk before
any handler runs, so the limit cannot live in a handler).

A declared ``Content-Length`` over the limit is answered at once; a chunked body is counted
as it streams and cut off at the limit. Either way the answer is 413 with a sentence saying
what the limit is. Page views and anonymous form posts on published sites get the tightest limits, uploads
the widest, everything else the default (``config.py``).
"""

from __future__ import annotations

import json

from bubblegum.config import get_settings

UPLOAD_PATH = "/_upload"
FORM_PATH_PART = "/_forms/"
BEACON_PATH_PART = "/_bg/"
BEACON_BODY_LIMIT = 4096  # a page view: path, referrer, width and three UTM values


class BodyTooLarge(Exception):
    """Raised into the app when a streamed body passes its limit."""


def body_limit_for(path: str) -> int:
    """The byte limit for a request to ``path``."""
    settings = get_settings()
    if BEACON_PATH_PART in path:
        return BEACON_BODY_LIMIT
    if FORM_PATH_PART in path:
        return settings.max_form_body_bytes
    if path.startswith(UPLOAD_PATH):
        return settings.max_upload_body_bytes
    return settings.max_body_bytes


def _size_words(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MB"
    return f"{limit / 1024:g} KB"


def too_large_body(limit: int) -> bytes:
    message = f"This request is too large: at most {_size_words(limit)} can be sent here."
    return json.dumps({"success": False, "error": {"code": "BODY_TOO_LARGE", "message": message,
                                                   "details": {"limit_bytes": limit}}}).encode()


class BodyLimitMiddleware:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit_for(scope.get("path", ""))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _answer_413(send, limit)
            return
        received = 0
        cut_off = False
        started = False

        async def counting_receive():
            nonlocal received, cut_off
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    cut_off = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message):
            nonlocal started
            if cut_off:  # whatever the app answers after the cut-off, the client gets the 413
                return
            started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            pass
        except Exception:
            if not cut_off:
                raise
        if cut_off and not started:
            await _answer_413(send, limit)


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer_413(send, limit: int) -> None:
    body = too_large_body(limit)
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
