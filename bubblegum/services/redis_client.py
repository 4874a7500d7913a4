"""The optional Redis connection (caching, rate limits, job queue, Reflex state)."""

from __future__ import annotations

from functools import lru_cache

import redis

from bubblegum.config import get_settings


@lru_cache(maxsize=4)
def get_redis(url: str | None = None) -> redis.Redis | None:
    url = url or get_settings().redis_url
    if not url:
        return None
    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def redis_status(url: str | None = None) -> dict:
    client = get_redis(url)
    if client is None:
        return {"ok": True, "configured": False}
    try:
        client.ping()
        return {"ok": True, "configured": True}
    except redis.RedisError as error:
        return {"ok": False, "configured": True, "error": type(error).__name__}
