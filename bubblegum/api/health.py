"""GET /api/health: is the app up, and can it reach its database and Redis?

Anyone gets up or down (the status code and `{"status": ...}`); the details (version,
database dialect, Redis) go only to a caller on this machine that came through no proxy,
or one with the operator token (`Authorization: Bearer $BUBBLEGUM_OPERATOR_TOKEN`).
"""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bubblegum import __version__
from bubblegum.config import get_settings, is_loopback
from bubblegum.db import database_status
from bubblegum.services.redis_client import redis_status

router = APIRouter()
PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")


def is_operator(request: Request) -> bool:
    """A direct caller on loopback, or one presenting the operator token."""
    token = get_settings().operator_token
    presented = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if token and presented and hmac.compare_digest(presented.encode(), token.encode()):
        return True
    direct = not any(name in request.headers for name in PROXY_HEADERS)
    return direct and request.client is not None and is_loopback(request.client.host)


@router.get("/api/health")
async def health(request: Request) -> JSONResponse:
    database = await run_in_threadpool(database_status)
    cache = await run_in_threadpool(redis_status)
    ok = database["ok"] and cache["ok"]
    body = {"status": "ok" if ok else "degraded"}
    if is_operator(request):
        body |= {"version": __version__, "database": database, "redis": cache}
    return JSONResponse(body, status_code=200 if ok else 503)
