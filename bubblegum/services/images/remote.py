"""The one HTTP call the remote image providers make: GET JSON, with a short timeout and a
readable error when the service is down, refuses the key or answers nonsense."""

from __future__ import annotations

import httpx

from bubblegum.services.errors import UpstreamError

TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def get_json(source: str, url: str, headers: dict[str, str], params: dict | None = None) -> dict:
    try:
        response = httpx.get(url, headers=headers, params=params, timeout=TIMEOUT)
    except httpx.HTTPError as error:
        raise UpstreamError(f"{source} did not answer. Try again in a moment.") from error
    if response.status_code in (401, 403):
        raise UpstreamError(f"{source} refused the configured API key.")
    if response.status_code != 200:
        raise UpstreamError(f"{source} answered with an error ({response.status_code}).")
    try:
        return response.json()
    except ValueError as error:
        raise UpstreamError(f"{source} sent an answer that is not JSON.") from error
