"""The HTTP answers that set and clear the HttpOnly session cookie (see
``services/session_cookie.py`` for why they exist).

- ``GET /api/session/claim?ticket=…&next=/path``: a valid ticket for a live session sets
  the cookie and redirects to ``next`` (a path on this site only).
- ``GET /api/session/clear?next=/login``: clears the cookie (the session itself was ended by
  the handler that sent the browser here).

The browser gets here from the app's own page (a meta refresh, so no script is needed),
so a request is only answered when it comes from this origin: ``Sec-Fetch-Site:
same-origin``, or, from browsers without Fetch Metadata, a same-origin ``Referer``. A link
on another site (log-in CSRF with someone else's ticket) is refused. SameSite=Strict keeps
the cookie out of every cross-site request.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from bubblegum import routes
from bubblegum.services.errors import NotAuthenticated
from bubblegum.services.session_cookie import cookie_attributes, cookie_name, open_ticket, safe_next

router = APIRouter()
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def _from_this_origin(request: Request) -> bool:
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    referer = urlsplit(request.headers.get("referer", ""))
    return referer.netloc.lower() == request.headers.get("host", "").lower() != ""


def _refused() -> Response:
    return PlainTextResponse("This sign-in link works only from the Bubble Gum page that made it. "
                             "Log in again.", status_code=403, headers=NO_STORE)


def _live(token: str) -> bool:
    from bubblegum.db import session_scope
    from bubblegum.services import sessions

    try:
        with session_scope() as db:
            sessions.authenticate(db, token)
        return True
    except NotAuthenticated:
        return False


@router.get("/api/session/claim", include_in_schema=False)
async def claim(request: Request, ticket: str = "", next: str = routes.DASHBOARD) -> Response:  # noqa: A002
    if not _from_this_origin(request):
        return _refused()
    token = open_ticket(ticket)
    if not token or not await run_in_threadpool(_live, token):
        return _refused()
    response = RedirectResponse(safe_next(next, routes.DASHBOARD), status_code=303, headers=NO_STORE)
    response.set_cookie(cookie_name(), token, **cookie_attributes())
    return response


@router.get("/api/session/clear", include_in_schema=False)
async def clear(request: Request, next: str = routes.LOGIN) -> Response:  # noqa: A002
    if not _from_this_origin(request):
        return _refused()
    response = RedirectResponse(safe_next(next, routes.LOGIN), status_code=303, headers=NO_STORE)
    attributes = cookie_attributes()
    del attributes["max_age"]
    response.delete_cookie(cookie_name(), **attributes)
    return response
