"""The reusable throttle on its default in-memory store."""

from __future__ import annotations

import pytest

from bubblegum.services import rate_limit
from bubblegum.services.errors import RateLimited

RULE = rate_limit.Rule("unit-test", "3/minute")


@pytest.fixture(autouse=True)
def clean():
    rate_limit.reset_all()
    yield
    rate_limit.reset_all()


def test_hits_until_the_limit_then_refuses():
    assert rate_limit.storage_uri() == "memory://"
    for _ in range(3):
        rate_limit.ensure_and_hit(RULE, "k")
    with pytest.raises(RateLimited) as error:
        rate_limit.ensure_and_hit(RULE, "k")
    assert 0 < error.value.retry_after <= 60
    assert rate_limit.allowed(RULE, "other")


def test_keys_are_case_insensitive_and_clearable():
    for _ in range(3):
        rate_limit.hit(RULE, "Ada@Example.com")
    assert not rate_limit.allowed(RULE, "ada@example.com ")
    rate_limit.clear(RULE, "ada@example.com")
    rate_limit.ensure(RULE, "ada@example.com")
