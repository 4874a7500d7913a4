"""REST API v1, mounted at /api/v1: organization API keys (`Authorization: Bearer bg_live_…`),
one error envelope, per-key rate limits, cursor pagination, Idempotency-Key on POSTs.
OpenAPI 3.1 at /api/v1/openapi.json, a reference page at /api/v1/docs."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from bubblegum.api.v1 import assets, auth, blocks, content, deployments, docs, errors, jobs, pages, sites, webhooks

RATE_HEADERS = {name: {"schema": {"type": "integer"}, "description": text} for name, text in (
    ("RateLimit-Limit", "Requests allowed per window."), ("RateLimit-Remaining", "Requests left in the window."),
    ("RateLimit-Reset", "Seconds until a request is freed."))}


def create_v1() -> FastAPI:
    api = FastAPI(title="Bubble Gum API", version="1.0.0", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", servers=[{"url": "/api/v1"}], responses=errors.COMMON_RESPONSES,
                  description="Sites, pages, content, block types, deployments, jobs and assets of the "
                              "organization an API key belongs to. Errors: "
                              '`{"success": false, "error": {"code", "message", "details"}}`.')
    errors.install(api)
    api.middleware("http")(auth.add_rate_limit_headers)
    for module in (sites, pages, content, blocks, deployments, jobs, assets, webhooks):
        api.include_router(module.router)
    api.include_router(docs.router)
    api.openapi = lambda: _openapi(api)
    return api


def _openapi(api: FastAPI) -> dict:
    """FastAPI's document, with the RateLimit headers every authenticated answer carries."""
    if api.openapi_schema is None:
        schema = get_openapi(title=api.title, version=api.version, description=api.description,
                             routes=api.routes, servers=api.servers)
        for operation in (op for path in schema["paths"].values() for op in path.values()):
            for status, answer in operation["responses"].items():
                if status != "401":
                    answer.setdefault("headers", {}).update(RATE_HEADERS)
        api.openapi_schema = schema
    return api.openapi_schema
