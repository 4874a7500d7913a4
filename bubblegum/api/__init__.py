"""REST API, webhooks and site serving: FastAPI routers mounted on the Reflex app."""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import FastAPI

from bubblegum.api import canvas, health, session, sites, storage_files, stripe_webhooks
from bubblegum.api.v1 import create_v1
from bubblegum.api.v1 import errors as v1_errors
from bubblegum.config import get_settings


def create_api() -> FastAPI:
    """A fresh FastAPI app with every router (fresh per call: Reflex adds middleware to it).
    The API's documentation (/api/docs, /api/redoc, /api/openapi.json) is served in development,
    and in production only with BUBBLEGUM_API_DOCS."""
    docs = get_settings().serves_api_docs
    api = FastAPI(title="Bubble Gum API", docs_url="/api/docs" if docs else None,
                  redoc_url="/api/redoc" if docs else None, openapi_url="/api/openapi.json" if docs else None)
    api.include_router(health.router)
    api.include_router(sites.router)
    api.include_router(canvas.router)
    api.include_router(session.router)
    api.include_router(storage_files.router)
    api.include_router(stripe_webhooks.router)
    api.mount("/api/v1", create_v1())
    v1_errors.install_on_parent(api, "/api/v1")
    return api


def serve_site_hosts(app):
    """ASGI transform: requests for a site's own host name are answered by the site server."""
    app_url = get_settings().app_url
    return sites.SiteHostMiddleware(app, app_host=urlparse(app_url).hostname or "localhost", app_url=app_url)
