"""Published sites: by Host header (`<slug>.localhost`, a custom domain) and, when
BUBBLEGUM_SITES_BASE_URL is path-based, `/sites/<slug>/`. Also the endpoint the sites'
contact and newsletter forms post to, and their page-view beacon's (`api.site_views`).

Site content is answered only on the address a deployment was built for (its own origin):
a page request under `/sites/<slug>/` that arrives on any other host (the app's, when sites
have their own host names) is redirected there, and a form post there is refused. Every
answer carries the site's security headers (`services.publishing.headers`)."""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bubblegum.api.site_views import VIEW_PATH, site_for_view, view_response
from bubblegum.services.client_address import client_address
from bubblegum.services.errors import InvalidInput, RateLimited
from bubblegum.services.publishing import forms
from bubblegum.services.publishing.headers import html_headers, text_headers
from bubblegum.services.publishing.serving import (
    LiveSite,
    deployment_manifest,
    live_site,
    remembered_live_site,
    serve,
    serve_and_remember,
    serve_remembered,
)
from bubblegum.services.publishing.urls import slug_from_host

router = APIRouter()


async def site_response(site: LiveSite | None, path: str, request: Request) -> Response:
    if site is None:
        return _text("This site has not been published yet.", 404)
    result = await run_in_threadpool(
        serve, site, path,
        accept_encoding=request.headers.get("accept-encoding", ""),
        if_none_match=request.headers.get("if-none-match"),
        method=request.method,
    )
    return Response(result.body, status_code=result.status, headers=result.headers)


async def send_site_file(site: LiveSite, scope, send) -> None:
    """A file of the live deployment straight onto the ASGI connection: after the first time,
    from memory on the event loop (no thread hop, no request or response objects)."""
    headers = dict(scope.get("headers") or [])
    gzip_ok = b"gzip" in headers.get(b"accept-encoding", b"")
    answer = serve_remembered(site, scope["path"], gzip_ok=gzip_ok)
    if answer is None:
        answer = await run_in_threadpool(serve_and_remember, site, scope["path"], gzip_ok=gzip_ok)
    status, body = answer.status, answer.body
    etag = answer.headers.get("ETag", "").encode()
    if status == 200 and etag and etag in headers.get(b"if-none-match", b""):
        status, body = 304, b""
    raw = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers.items()]
    if status != 304:
        raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


async def form_response(site: LiveSite | None, kind: str, request: Request) -> Response:
    from bubblegum.render import render_form_result_page

    if site is None:
        return _text("This site has not been published yet.", 404)
    form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    client = client_address(request.client.host if request.client else "", request.headers.get("x-forwarded-for"))
    error, status = None, 200
    try:
        await run_in_threadpool(forms.submit, site.project_id, kind, form, client_ip=client)
    except InvalidInput as refused:
        error, status = refused, 422
    except RateLimited as refused:
        error, status = refused, 429
    document = await run_in_threadpool(_site_document, site)
    message = forms.result_message(document["site"].get("language", "en"), kind, error)
    html = render_form_result_page(document, error is None, message)
    return HTMLResponse(html, status_code=status, headers=html_headers(html.encode()))


def _text(message: str, status: int) -> Response:
    return Response(message, status_code=status, headers=text_headers())


def _on_own_origin(base_url: str, slug: str, request: Request) -> bool:
    """Whether a `/sites/<slug>/` request reached the address its deployment was built for."""
    url = urlparse(base_url)
    return url.path == f"/sites/{slug}/" and request.headers.get("host", "").lower() == url.netloc.lower()


async def _built_for(site: LiveSite) -> str:
    return (await run_in_threadpool(deployment_manifest, site.deployment_id)).get("base_url", "")


def _site_document(site: LiveSite) -> dict:
    from bubblegum.db import session_scope
    from bubblegum.models import Project
    from bubblegum.services.publishing.site_documents import site_document

    with session_scope() as session:
        return site_document(session, session.get(Project, site.project_id))


@router.api_route("/sites/{slug}", methods=["GET", "HEAD"], include_in_schema=False)
async def site_root(slug: str) -> Response:
    return RedirectResponse(f"/sites/{slug}/", status_code=301, headers=text_headers())


@router.api_route("/sites/{slug}" + VIEW_PATH, methods=["GET", "POST"], include_in_schema=False)
async def site_view(slug: str, request: Request) -> Response:
    site, base_path = await site_for_view(slug=slug)
    if site is not None and not _on_own_origin(await _built_for(site), slug, request):
        return _text("Page views are counted only on the site's own address.", 403)
    return await view_response(site, base_path, request)


@router.api_route("/sites/{slug}/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
async def site_file(slug: str, path: str, request: Request) -> Response:
    site = await run_in_threadpool(live_site, slug=slug)
    if site is not None:
        base_url = await _built_for(site)
        if not _on_own_origin(base_url, slug, request):  # e.g. the app's host: send people to the site's
            return RedirectResponse(base_url + path, status_code=302, headers=text_headers())
    return await site_response(site, path, request)


@router.post("/sites/{slug}/_forms/{kind}", include_in_schema=False)
async def site_form(slug: str, kind: str, request: Request) -> Response:
    site = await run_in_threadpool(live_site, slug=slug)
    if site is not None and not _on_own_origin(await _built_for(site), slug, request):
        return _text("This form belongs to a site with an address of its own: send it from the site's page.", 403)
    return await form_response(site, kind, request)


# answered under any host name: machine callers (health checks, the API, uploads) and the event socket
_ANY_HOST_PATHS = ("/api/", "/_event", "/_upload", "/ping", "/metrics")


class SiteHostMiddleware:
    """Serves a site when the request's Host is a site host. A page of the app asked for under
    another name (127.0.0.1, a LAN address) is redirected to the configured app URL: there
    the websocket is allowed, elsewhere the app would load broken."""

    def __init__(self, app, app_host: str, app_url: str = "") -> None:
        self.app = app
        self.app_host = app_host
        self.app_url = app_url.rstrip("/")

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0]
        if not host or name in (self.app_host, "testserver") or scope["path"].startswith(_ANY_HOST_PATHS):
            return await self.app(scope, receive, send)
        slug = slug_from_host(host)
        path = scope["path"]
        if scope["method"] in ("POST", "GET") and path == VIEW_PATH:  # page views: hot, so the lookup is remembered
            site, base_path = await site_for_view(slug=slug, domain=None if slug else name)
            if site is None and slug is None:
                return await self.app(scope, receive, send)
            response = await view_response(site, base_path, Request(scope, receive))
            return await response(scope, receive, send)
        where = {"slug": slug} if slug else {"domain": name}
        known, site = remembered_live_site(**where)
        if not known:
            site = await run_in_threadpool(live_site, **where)
        if site is None and slug is None:
            return await self._to_app_url(scope, receive, send)
        if site is not None and scope["method"] in ("GET", "HEAD"):
            return await send_site_file(site, scope, send)
        request = Request(scope, receive)
        if request.method == "POST" and path.startswith("/_forms/"):
            response = await form_response(site, path.removeprefix("/_forms/"), request)
        elif request.method in ("GET", "HEAD"):
            response = await site_response(site, path, request)
        else:
            response = _text("Method not allowed", 405)
        await response(scope, receive, send)

    async def _to_app_url(self, scope, receive, send) -> None:
        if not self.app_url or scope.get("method") not in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        query = scope.get("query_string", b"").decode("latin-1")
        target = self.app_url + scope["path"] + (f"?{query}" if query else "")
        await RedirectResponse(target, status_code=308)(scope, receive, send)
