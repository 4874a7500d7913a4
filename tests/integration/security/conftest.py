"""Security fixtures: the accounts world (people per role in two organizations), a private
outbox per test and fresh throttling counters."""

from tests.integration.accounts.conftest import fresh_limits, outbox, password_hash, world  # noqa: F401
