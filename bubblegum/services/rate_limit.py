"""Throttling with the `limits` library: in-process memory by default, Redis when
REDIS_URL is set, so every app worker shares the counters.

    from bubblegum.services import rate_limit
    LOGIN_PER_IP = rate_limit.Rule("login-ip", "30/15 minutes")
    rate_limit.ensure(LOGIN_PER_IP, client_ip)      # raises RateLimited when exhausted
    rate_limit.hit(LOGIN_PER_IP, client_ip)         # count one attempt

`check` and `hit` are separate so a caller can count only failures (log-in) or count every
attempt (`ensure_and_hit`). Keys are hashed, so no e-mail address ends up in Redis.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from functools import lru_cache

from limits import RateLimitItem, parse, storage, strategies

from bubblegum.config import get_settings
from bubblegum.services.errors import RateLimited


@dataclass(frozen=True)
class Rule:
    """A named limit, e.g. Rule("login-account", "5/15 minutes")."""

    name: str
    limit: str
    item: RateLimitItem = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "item", parse(self.limit))


def storage_uri() -> str:
    return get_settings().redis_url or "memory://"


@lru_cache(maxsize=4)
def _limiter(uri: str) -> strategies.MovingWindowRateLimiter:
    return strategies.MovingWindowRateLimiter(storage.storage_from_string(uri))


def limiter() -> strategies.MovingWindowRateLimiter:
    return _limiter(storage_uri())


def _key(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]


def allowed(rule: Rule, key: str) -> bool:
    """True while another attempt is still allowed; counts nothing."""
    return limiter().test(rule.item, "bubblegum", rule.name, _key(key))


def hit(rule: Rule, key: str) -> bool:
    """Count one attempt; False when it went over the limit."""
    return limiter().hit(rule.item, "bubblegum", rule.name, _key(key))


def hit_with_stats(rule: Rule, key: str) -> tuple[bool, int, int]:
    """Count one attempt: (allowed, attempts remaining, seconds until the window frees one)."""
    ok = hit(rule, key)
    stats = limiter().get_window_stats(rule.item, "bubblegum", rule.name, _key(key))
    return ok, max(0, stats.remaining), max(1, int(stats.reset_time - time.time() + 0.999))


def retry_after(rule: Rule, key: str) -> int:
    stats = limiter().get_window_stats(rule.item, "bubblegum", rule.name, _key(key))
    return max(0, int(stats.reset_time - time.time()))


def ensure(rule: Rule, key: str) -> None:
    """Raise RateLimited when the rule is exhausted for this key."""
    if not allowed(rule, key):
        raise RateLimited(retry_after=retry_after(rule, key))


def ensure_and_hit(rule: Rule, key: str) -> None:
    """Count one attempt, refusing it (RateLimited) when over the limit."""
    if not hit(rule, key):
        raise RateLimited(retry_after=retry_after(rule, key))


def clear(rule: Rule, key: str) -> None:
    limiter().clear(rule.item, "bubblegum", rule.name, _key(key))


def reset_all() -> None:
    """Forget every counter (tests, and `limits`' in-memory store after settings change)."""
    limiter().storage.reset()
    _limiter.cache_clear()
