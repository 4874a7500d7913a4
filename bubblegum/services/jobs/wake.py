"""Optional Redis wake-up for idle workers (the database stays the source of truth)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

WAKE_KEY = "bubblegum:jobs:wake"


def wake() -> None:
    from bubblegum.services.redis_client import get_redis

    client = get_redis()
    if client is None:
        return
    try:
        client.lpush(WAKE_KEY, "1")
        client.ltrim(WAKE_KEY, 0, 999)
    except Exception:  # the DB is the truth; a lost wake-up costs one poll
        log.warning("could not push a job wake-up to Redis", exc_info=True)
