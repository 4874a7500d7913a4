"""The address of the client behind a request: the one helper for rate limits, log-in
throttling, uploads and the audit log.

The direct peer is the client unless it is one of the configured trusted proxies
(`BUBBLEGUM_TRUSTED_PROXIES`, none by default). Only then is `X-Forwarded-For` read, from the
right: each trusted proxy appended the address it saw, so the right-most address that is not
itself a trusted proxy is the client. Whatever a client writes further left is never believed.
"""

from __future__ import annotations

import ipaddress

from bubblegum.config import get_settings


def _parsed(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return None


def client_address(peer: str, forwarded_for: str | None = None) -> str:
    """The client's address, given the direct peer and the request's X-Forwarded-For header."""
    networks = get_settings().trusted_proxy_networks
    if not networks:
        return peer

    def trusted(address: str) -> bool:
        parsed = _parsed(address)
        return parsed is not None and any(parsed in network for network in networks)

    address = peer
    for hop in reversed([part.strip() for part in (forwarded_for or "").split(",") if part.strip()]):
        if not trusted(address) or _parsed(hop) is None:  # found the client, or a chain we cannot follow
            break
        address = str(_parsed(hop))
    return address
