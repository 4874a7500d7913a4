"""The page-view endpoint of published sites (`<base path>_bg/view`), on the site's own origin.

The beacon posts; pages read without JavaScript fetch it as an image (`GET ?p=<page>`, in
``<noscript>``). It answers 204 at once: the view is queued in memory and written by a background flusher, so
counting never waits on the database. A cross-site post (``Sec-Fetch-Site`` other than
same-origin) is refused; bots are answered alike but not counted.
"""

from __future__ import annotations

import time
from functools import partial
from urllib.parse import urlparse

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from bubblegum.services.analytics import ingest
from bubblegum.services.client_address import client_address
from bubblegum.services.errors import InvalidInput, RateLimited
from bubblegum.services.publishing.headers import text_headers
from bubblegum.services.publishing.serving import LiveSite, deployment_manifest, live_site

VIEW_PATH = "/_bg/view"
SITE_TTL = 5.0  # seconds a beacon's site lookup is reused: a view within 5 s of unpublishing still counts
_sites: dict[tuple[str | None, str | None], tuple[float, LiveSite | None, str]] = {}


def _lookup(slug: str | None, domain: str | None) -> tuple[LiveSite | None, str]:
    site = live_site(slug=slug, domain=domain)
    base_url = deployment_manifest(site.deployment_id).get("base_url", "/") if site else "/"
    return site, urlparse(base_url).path or "/"


async def site_for_view(*, slug: str | None = None, domain: str | None = None) -> tuple[LiveSite | None, str]:
    """(the live site, its base path), remembered for a few seconds: a query per view would
    cost more than counting it."""
    key, now = (slug, domain), time.monotonic()
    cached = _sites.get(key)
    if cached is not None and cached[0] > now:
        return cached[1], cached[2]
    site, base_path = await run_in_threadpool(_lookup, slug, domain)
    if len(_sites) > 10_000:
        _sites.clear()
    _sites[key] = (now + SITE_TTL, site, base_path)
    return site, base_path


def forget_sites() -> None:
    """Drop the remembered lookups (tests: a new database reuses slugs)."""
    _sites.clear()


def _answer(status: int, message: str = "") -> Response:
    return Response(message, status_code=status, headers=text_headers())


async def view_response(site: LiveSite | None, base_path: str, request: Request) -> Response:
    if site is None:
        return _answer(404, "This site has not been published yet.")
    if request.headers.get("sec-fetch-site", "same-origin") != "same-origin":
        return _answer(403, "Page views are counted only from the site's own pages.")
    body = await request.body() if request.method == "POST" else request.scope["query_string"]
    try:
        beacon = ingest.parse_beacon(body, base_path=base_path, own_host=request.headers.get("host", ""))
        address = client_address(request.client.host if request.client else "", request.headers.get("x-forwarded-for"))
        record = partial(ingest.record_view, site.project_id, beacon, address=address,
                         user_agent=request.headers.get("user-agent", ""), headers=request.headers)
        # CPU only once today's salt is known and limits are counted in memory; else it may wait on I/O
        record() if ingest.records_without_io() else await run_in_threadpool(record)
    except InvalidInput as refused:
        return _answer(400, refused.message)
    except RateLimited as refused:
        return _answer(429, refused.message)
    return _answer(204)
