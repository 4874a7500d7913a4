"""Who calls: `Authorization: Bearer bg_live_…` resolved to the key's actor on each route
(`Caller`), after the key's rate limit. Every answer to an authenticated request carries
RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset; a refused one (429) also Retry-After."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.services import api_keys, rate_limit
from bubblegum.services.errors import NotAuthenticated, RateLimited
from bubblegum.services.policy import KeyActor

bearer = HTTPBearer(auto_error=False, scheme_name="ApiKey", description="An organization API key (bg_live_…).")


def current_key(request: Request,
                credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> KeyActor:
    if credentials is None:
        raise NotAuthenticated("Send an API key as Authorization: Bearer bg_live_….")
    with session_scope() as db:
        actor = api_keys.authenticate(db, credentials.credentials)
    rule = rate_limit.Rule("api-key", get_settings().api_rate_limit)
    ok, remaining, reset = rate_limit.hit_with_stats(rule, str(actor.key_id))
    headers = {"RateLimit-Limit": str(rule.item.amount), "RateLimit-Remaining": str(remaining),
               "RateLimit-Reset": str(reset)}
    request.state.rate_limit_headers = headers  # `add_rate_limit_headers` puts them on the answer
    if not ok:
        raise RateLimited(f"This API key made more than {rule.limit} requests; wait {reset} s.", retry_after=reset)
    return actor


async def add_rate_limit_headers(request: Request, call_next):
    """HTTP middleware: the key's RateLimit-* headers on whatever the route answered."""
    response = await call_next(request)
    response.headers.update(getattr(request.state, "rate_limit_headers", None) or {})
    return response


Caller = Annotated[KeyActor, Depends(current_key)]
