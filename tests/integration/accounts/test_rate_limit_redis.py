"""The throttle on Redis (REDIS_URL set): counters shared across processes, keys hashed."""

from __future__ import annotations

import pytest
import redis

from bubblegum.services import rate_limit
from bubblegum.services.errors import RateLimited

RULE = rate_limit.Rule("redis-test", "2/minute")


def test_redis_store_counts_and_refuses(redis_url):
    assert rate_limit.storage_uri() == redis_url
    rate_limit.ensure_and_hit(RULE, "ada@example.com")
    rate_limit.ensure_and_hit(RULE, "ada@example.com")
    with pytest.raises(RateLimited):
        rate_limit.ensure_and_hit(RULE, "ada@example.com")
    keys = [key.decode() for key in redis.Redis.from_url(redis_url).keys("*")]
    assert keys and not any("ada" in key for key in keys)
