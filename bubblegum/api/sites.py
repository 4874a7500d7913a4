"""Published sites: `/sites/<slug>/...` and, by Host header, `<slug>.localhost` or a custom
domain. Also the endpoint the sites' contact and newsletter forms post to."""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bubblegum.services.errors import InvalidInput, RateLimited
from bubblegum.services.publishing import forms
from bubblegum.services.publishing.serving import LiveSite, deployment_manifest, live_site, serve
from bubblegum.services.publishing.urls import slug_from_host

router = APIRouter()


async def site_response(site: LiveSite | None, path: str, request: Request) -> Response:
    if site is None:
        return Response("This site has not been published yet.", status_code=404,
                        media_type="text/plain; charset=utf-8")
    result = await run_in_threadpool(
        serve, site, path,
        accept_encoding=request.headers.get("accept-encoding", ""),
        if_none_match=request.headers.get("if-none-match"),
        method=request.method,
    )
    return Response(result.body, status_code=result.status, headers=result.headers)


async def form_response(site: LiveSite | None, kind: str, request: Request) -> Response:
    from bubblegum.render import render_form_result_page

    if site is None:
        return Response("This site has not been published yet.", status_code=404)
    form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    client = request.client.host if request.client else ""
    error, status = None, 200
    try:
        await run_in_threadpool(forms.submit, site.project_id, kind, form, client_ip=client)
    except InvalidInput as refused:
        error, status = refused, 422
    except RateLimited as refused:
        error, status = refused, 429
    document = await run_in_threadpool(_site_document, site)
    message = forms.result_message(document["site"].get("language", "en"), kind, error)
    return HTMLResponse(render_form_result_page(document, error is None, message), status_code=status)


def _site_document(site: LiveSite) -> dict:
    from bubblegum.db import session_scope
    from bubblegum.models import Project
    from bubblegum.services.publishing.site_documents import site_document

    with session_scope() as session:
        return site_document(session, session.get(Project, site.project_id))


@router.api_route("/sites/{slug}", methods=["GET", "HEAD"], include_in_schema=False)
async def site_root(slug: str) -> Response:
    return RedirectResponse(f"/sites/{slug}/", status_code=301)


@router.api_route("/sites/{slug}/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
async def site_file(slug: str, path: str, request: Request) -> Response:
    site = await run_in_threadpool(live_site, slug=slug)
    if site is not None:
        base_url = (await run_in_threadpool(deployment_manifest, site.deployment_id)).get("base_url", "")
        if urlparse(base_url).path != f"/sites/{slug}/":  # built for its own host: send people there
            return RedirectResponse(base_url + path, status_code=302)
    return await site_response(site, path, request)


@router.post("/sites/{slug}/_forms/{kind}", include_in_schema=False)
async def site_form(slug: str, kind: str, request: Request) -> Response:
    return await form_response(await run_in_threadpool(live_site, slug=slug), kind, request)


class SiteHostMiddleware:
    """Serves a site when the request's Host is a site host; everything else goes to the app."""

    def __init__(self, app, app_host: str) -> None:
        self.app = app
        self.app_host = app_host

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0]
        if not host or name in (self.app_host, "127.0.0.1", "[::1]", "testserver"):
            return await self.app(scope, receive, send)
        slug = slug_from_host(host)
        site = await run_in_threadpool(live_site, slug=slug) if slug else \
            await run_in_threadpool(live_site, domain=name)
        if site is None and slug is None:
            return await self.app(scope, receive, send)
        request = Request(scope, receive)
        path = scope["path"]
        if request.method == "POST" and path.startswith("/_forms/"):
            response = await form_response(site, path.removeprefix("/_forms/"), request)
        elif request.method in ("GET", "HEAD"):
            response = await site_response(site, path, request)
        else:
            response = Response("Method not allowed", status_code=405)
        await response(scope, receive, send)
