"""Where webhooks may go: http(s) URLs whose host resolves only to public addresses. Private,
loopback, link-local and other special ranges are refused unless the operator allows them
(BUBBLEGUM_WEBHOOKS_ALLOW_PRIVATE), so an endpoint cannot be aimed into the server's own
network. Checked when an endpoint is saved and again before every attempt (a name may
resolve elsewhere later); redirects are never followed."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from bubblegum.config import get_settings
from bubblegum.services.errors import InvalidInput

MAX_URL = 2000


def clean_url(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url)
    if len(url) > MAX_URL or parts.scheme not in ("http", "https") or not parts.hostname or parts.username:
        raise InvalidInput("Enter an http:// or https:// address without a user name.", field="url")
    return url


def _forbidden(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_target(url: str) -> None:
    """InvalidInput unless every address the URL's host resolves to may be called."""
    if get_settings().webhooks_allow_private:
        return
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise InvalidInput("This host name does not resolve.", field="url") from None
    if not infos or any(_forbidden(info[4][0]) for info in infos):
        raise InvalidInput("Webhooks cannot go to private, loopback or link-local addresses.", field="url")
