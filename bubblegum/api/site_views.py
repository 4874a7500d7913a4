"""The page-view endpoint of published sites (`<base path>_bg/view`), on the site's own origin.

It answers 204 at once: the view is queued in memory and written by a background flusher, so
counting never waits on the database. A cross-site post (``Sec-Fetch-Site`` other than
same-origin) is refused; bots are answered alike but not counted.
"""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from bubblegum.services.analytics import ingest
from bubblegum.services.client_address import client_address
from bubblegum.services.errors import InvalidInput, RateLimited
from bubblegum.services.publishing.headers import text_headers
from bubblegum.services.publishing.serving import LiveSite, deployment_manifest

VIEW_PATH = "/_bg/view"


def _answer(status: int, message: str = "") -> Response:
    return Response(message, status_code=status, headers=text_headers())


async def view_response(site: LiveSite | None, request: Request) -> Response:
    if site is None:
        return _answer(404, "This site has not been published yet.")
    if request.headers.get("sec-fetch-site", "same-origin") != "same-origin":
        return _answer(403, "Page views are counted only from the site's own pages.")
    body = await request.body()
    manifest = await run_in_threadpool(deployment_manifest, site.deployment_id)
    try:
        beacon = ingest.parse_beacon(body, base_path=urlparse(manifest.get("base_url", "/")).path or "/",
                                     own_host=request.headers.get("host", ""))
        address = client_address(request.client.host if request.client else "", request.headers.get("x-forwarded-for"))
        await run_in_threadpool(ingest.record_view, site.project_id, beacon, address=address,
                                user_agent=request.headers.get("user-agent", ""), headers=request.headers)
    except InvalidInput as refused:
        return _answer(400, refused.message)
    except RateLimited as refused:
        return _answer(429, refused.message)
    return _answer(204)
