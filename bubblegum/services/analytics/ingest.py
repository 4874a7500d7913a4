"""A beacon's page view, from the request body to the buffer.

The endpoint takes nothing but the beacon's fields (``p`` path, ``r`` referrer, ``w`` screen
width, ``s``/``m``/``c`` UTM source, medium and campaign), each short; anything else is refused
whole. Views from bots, prefetches and previews are answered like any other but not counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, unquote, urlparse

from bubblegum.db import utcnow
from bubblegum.services import rate_limit
from bubblegum.services.analytics import agents
from bubblegum.services.analytics.buffer import new_buffer
from bubblegum.services.analytics.rollup import housekeeping
from bubblegum.services.analytics.visitors import has_salt, visitor_hash
from bubblegum.services.errors import InvalidInput

FIELDS = frozenset("prwsmc")
MAX_FIELD = 1000  # a referrer URL can be long; only its host is kept
VIEWS_PER_CLIENT = rate_limit.Rule("analytics-view", "120/minute")
BUFFER = new_buffer(housekeeping=housekeeping)


@dataclass(frozen=True)
class Beacon:
    path: str
    referrer: str = ""
    width: int = 0
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""


def parse_beacon(body: bytes, *, base_path: str = "/", own_host: str = "") -> Beacon:
    """The beacon's fields, the path relative to the site and the referrer reduced to a host
    ("" when direct or from the site itself). InvalidInput for anything else."""
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body),
                          max_num_fields=len(FIELDS))
    except (UnicodeDecodeError, ValueError):
        raise InvalidInput("This is not a page view.") from None
    fields = dict(pairs)
    if len(fields) != len(pairs) or not set(fields) <= FIELDS or "p" not in fields \
            or any(len(value) > MAX_FIELD for value in fields.values()):
        raise InvalidInput("This is not a page view.")
    width = fields.get("w", "0")
    return Beacon(path=site_path(fields["p"], base_path), referrer=referrer_host(fields.get("r", ""), own_host),
                  width=int(width) if width.isdigit() and len(width) <= 5 else 0,
                  utm_source=_short(fields.get("s", "")), utm_medium=_short(fields.get("m", "")),
                  utm_campaign=_short(fields.get("c", "")))


def site_path(path: str, base_path: str) -> str:
    """`/sites/harbor/about/index.html` -> `/about/` (relative to the site's base path)."""
    path = unquote(path.split("?", 1)[0].split("#", 1)[0]) or "/"
    if base_path != "/" and path.startswith(base_path):
        path = "/" + path.removeprefix(base_path)
    elif base_path != "/" and path == base_path.rstrip("/"):
        path = "/"
    if path.endswith("/index.html"):
        path = path.removesuffix("index.html")
    return path if path.startswith("/") else "/" + path


def referrer_host(referrer: str, own_host: str) -> str:
    url = urlparse(referrer.strip())
    host = (url.hostname or "") if url.scheme in ("http", "https") else ""
    own = own_host.rsplit(":", 1)[0].lower()
    return "" if not host or host == own else host.removeprefix("www.")[:120]


def _short(value: str) -> str:
    return " ".join(value.split())[:80]


def records_without_io() -> bool:
    """Whether `record_view` now needs no database or network: today's salt is known and
    rate limits are counted in memory (so the endpoint may call it without a thread)."""
    return has_salt(utcnow().date()) and rate_limit.storage_uri() == "memory://"


def record_view(project_id: int, beacon: Beacon, *, address: str, user_agent: str,
                headers: Mapping[str, str], now: datetime | None = None) -> bool:
    """Queue the view; False when it is not counted (a bot, a prefetch, the buffer full).
    RateLimited when this client sent too many views to the site."""
    if agents.is_automated(user_agent, headers):
        return False
    rate_limit.ensure_and_hit(VIEWS_PER_CLIENT, f"{project_id}|{address}")
    now = now or utcnow()
    browser, os_family, agent_device = agents.families(user_agent)
    return BUFFER.add({
        "project_id": project_id, "created_at": now, "visitor": visitor_hash(project_id, address, user_agent, now),
        "path": beacon.path[:300], "referrer": beacon.referrer, "utm_source": beacon.utm_source,
        "utm_medium": beacon.utm_medium, "utm_campaign": beacon.utm_campaign,
        "device": agents.device_for(beacon.width, agent_device), "browser": browser, "os": os_family,
    })
