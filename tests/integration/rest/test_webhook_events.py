"""A visitor's form post on a published site becomes a `form.submitted` event for the
organization's subscribed endpoints (spam does not)."""

from __future__ import annotations

from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import WebhookDelivery
from bubblegum.services.publishing import forms

from .conftest import auth

FORM = {"name": "Ada Lovelace", "email": "ada@example.com", "message": "Can you fit a kitchen in May?",
        "_page": "contact", "_block": "b_form"}


def test_a_lead_is_a_form_submitted_event(world, client, monkeypatch) -> None:
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_WEBHOOKS_ALLOW_PRIVATE", "1")
    get_settings.cache_clear()
    made = client.post("/api/v1/webhooks", json={"url": "http://127.0.0.1:9/hook", "events": ["form.submitted"]},
                       headers=auth(world.keys["write"]))
    assert made.status_code == 201, made.text
    assert forms.submit(world.site_id, "contact", dict(FORM), client_ip="203.0.113.7")
    with session_scope() as db:
        [delivery] = db.exec(select(WebhookDelivery)).all()
    data = delivery.payload["data"]
    assert delivery.event_type == "form.submitted" and data["site_id"] == world.site_id
    assert data["fields"]["email"] == "ada@example.com" and data["page"] == "contact"
