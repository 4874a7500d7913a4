"""Billing on, against localstripe and our front for Checkout, Portal and Prices
(fake_stripe.py), with the app's webhook endpoint served on loopback for their deliveries."""

from __future__ import annotations

import threading
import time

import pytest
import uvicorn
from fastapi import FastAPI
from sqlmodel import select

from tests.integration.billing.fake_stripe import API_KEY, FakeStripe, free_port, wait_for_port

WEBHOOK_SECRET = "whsec_bubblegum_tests"


@pytest.fixture(scope="session")
def fake_stripe(tmp_path_factory):
    fake = FakeStripe(tmp_path_factory.mktemp("localstripe"))
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def webhook_url():
    from bubblegum.api import stripe_webhooks

    api = FastAPI()
    api.include_router(stripe_webhooks.router)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(api, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for_port(port)
    yield f"http://127.0.0.1:{port}/api/webhooks/stripe"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def stripe_on(database_url, fake_stripe, webhook_url, monkeypatch, tmp_path):
    from bubblegum.config import get_settings
    from bubblegum.services import rate_limit

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STRIPE_SECRET_KEY", API_KEY)
    monkeypatch.setenv("STRIPE_API_BASE", fake_stripe.url)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET)
    get_settings.cache_clear()
    rate_limit.reset_all()
    fake_stripe.register_webhook(webhook_url, WEBHOOK_SECRET)
    fake_stripe.requests.clear()
    yield fake_stripe
    get_settings.cache_clear()


def wait_for_event(org_id: int, kind: str, timeout: float = 20.0):
    """The recorded StripeEvent of ``kind`` for the organization, once its delivery was applied."""
    from bubblegum.db import session_scope
    from bubblegum.models import StripeEvent

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with session_scope() as session:
            row = session.exec(select(StripeEvent).where(StripeEvent.organization_id == org_id,
                                                         StripeEvent.type == kind)).first()
            if row is not None:
                return row
        time.sleep(0.1)
    raise AssertionError(f"no {kind} event was applied for organization {org_id}")
