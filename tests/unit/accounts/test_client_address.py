"""The client address: X-Forwarded-For is believed only from a configured trusted proxy,
read from the right, so nothing a client writes in the header can choose its address."""

from __future__ import annotations

import pytest

from bubblegum.config import get_settings
from bubblegum.services.client_address import client_address


@pytest.fixture
def proxies(monkeypatch):
    def configure(value: str) -> None:
        monkeypatch.setenv("BUBBLEGUM_TRUSTED_PROXIES", value)
        get_settings.cache_clear()

    yield configure
    get_settings.cache_clear()


def test_without_trusted_proxies_the_peer_is_the_client(proxies):
    proxies("")
    assert client_address("203.0.113.9", "198.51.100.1") == "203.0.113.9"


@pytest.mark.parametrize("peer, forwarded, expected", [
    ("10.0.0.2", "198.51.100.7", "198.51.100.7"),
    ("10.0.0.2", "1.2.3.4, 198.51.100.7", "198.51.100.7"),  # the client wrote 1.2.3.4 itself
    ("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", "198.51.100.7"),  # two proxies in a row
    ("10.0.0.2", "10.0.0.4, 10.0.0.3", "10.0.0.4"),  # everything trusted: the left-most
    ("10.0.0.2", "", "10.0.0.2"),
    ("10.0.0.2", "not-an-address", "10.0.0.2"),
    ("10.0.0.2", "garbage, 198.51.100.7", "198.51.100.7"),
    ("203.0.113.9", "198.51.100.7", "203.0.113.9"),  # an untrusted peer's header is ignored
    ("::1", "2001:db8::7", "2001:db8::7"),
])
def test_forwarded_for_is_read_from_the_right_behind_a_trusted_proxy(proxies, peer, forwarded, expected):
    proxies("10.0.0.0/8, ::1")
    assert client_address(peer, forwarded) == expected


def test_a_bad_proxy_setting_is_explained(proxies):
    proxies("10.0.0.0/8, proxy.internal")
    with pytest.raises(ValueError, match="proxy.internal.*not an address or CIDR"):
        client_address("10.0.0.2", "198.51.100.7")
