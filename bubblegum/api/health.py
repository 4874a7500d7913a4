"""GET /api/health: is the app up, and can it reach its database and Redis?"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bubblegum import __version__
from bubblegum.db import database_status
from bubblegum.services.redis_client import redis_status

router = APIRouter()


@router.get("/api/health")
async def health() -> JSONResponse:
    database = await run_in_threadpool(database_status)
    cache = await run_in_threadpool(redis_status)
    ok = database["ok"] and cache["ok"]
    body = {"status": "ok" if ok else "degraded", "version": __version__, "database": database, "redis": cache}
    return JSONResponse(body, status_code=200 if ok else 503)
