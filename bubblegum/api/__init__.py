"""REST API, webhooks and site serving: FastAPI routers mounted on the Reflex app."""

from __future__ import annotations

from fastapi import FastAPI

from bubblegum.api import health


def create_api() -> FastAPI:
    """A fresh FastAPI app with every router (fresh per call: Reflex adds middleware to it)."""
    api = FastAPI(title="Bubble Gum API", docs_url="/api/docs", openapi_url="/api/openapi.json")
    api.include_router(health.router)
    return api
