"""Outgoing webhooks through the API: endpoints with whsec_ secrets, events signed as the
Standard Webhooks package verifies them, retries against a loopback receiver that fails then
succeeds, 410 disabling, secret rotation, replay with the same id, and refused targets."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi import FastAPI, Request, Response
from sqlmodel import select
from standardwebhooks import Webhook

from bubblegum.db import session_scope, utcnow
from bubblegum.models import Job, WebhookDelivery
from bubblegum.services import jobs
from bubblegum.services.webhooks.delivery import DELIVER, queue_due_retries

from ..api.loopback import serving
from .conftest import auth

V1 = "/api/v1"


class Receiver:
    """A webhook receiver on loopback answering the statuses it is given, in turn."""

    def __init__(self, *statuses: int) -> None:
        self.statuses, self.received = list(statuses), []
        self.app = FastAPI()

        @self.app.post("/hook")
        async def hook(request: Request) -> Response:
            self.received.append((dict(request.headers), (await request.body()).decode()))
            return Response(status_code=self.statuses.pop(0) if self.statuses else 200)


def _run_queued_deliveries() -> list[str]:
    with session_scope() as db:
        ids = db.exec(select(Job.id).where(Job.kind == DELIVER, Job.status == jobs.QUEUED)).all()
    return [jobs.run_job_now(job_id).result.get("status") for job_id in ids]


def _deliveries() -> list[WebhookDelivery]:
    with session_scope() as db:
        return list(db.exec(select(WebhookDelivery).order_by(WebhookDelivery.id)).all())


def _edit_home(client, world, write) -> None:
    path = f"{V1}/sites/{world.site_id}/pages/{world.home_id}/content"
    read = client.get(path, headers=write)
    document = read.json()["document"]
    document["root"]["description"] = f"Edited {len(document['root'].get('description', ''))}"
    assert client.put(path, json={"document": document}, headers={**write, "If-Match": read.headers["ETag"]}).is_success


@pytest.fixture
def allow_loopback(monkeypatch):
    from bubblegum.config import get_settings

    monkeypatch.setenv("BUBBLEGUM_WEBHOOKS_ALLOW_PRIVATE", "1")
    get_settings.cache_clear()


def test_signed_delivery_retries_until_the_receiver_accepts(world, client, allow_loopback) -> None:
    write = auth(world.keys["write"])
    receiver = Receiver(500, 503)
    with serving(receiver.app) as port:
        made = client.post(f"{V1}/webhooks", json={"url": f"http://127.0.0.1:{port}/hook", "events": ["page.updated"]},
                           headers=write)
        assert made.status_code == 201, made.text
        endpoint = made.json()
        assert endpoint["secret"].startswith("whsec_") and "secret" not in client.get(
            f"{V1}/webhooks/{endpoint['id']}", headers=write).json()
        _edit_home(client, world, write)
        assert _run_queued_deliveries() == ["retrying"]
        [delivery] = _deliveries()
        assert delivery.attempts == 1 and delivery.last_status_code == 500
        assert timedelta(seconds=1) < delivery.next_attempt_at - utcnow() <= timedelta(seconds=5)
        assert queue_due_retries() == 0  # not due yet
        for expected in ("retrying", "succeeded"):
            with session_scope() as db:  # let the back-off pass
                db.execute(sa.update(WebhookDelivery.__table__).values(next_attempt_at=utcnow() - timedelta(seconds=1)))
            assert queue_due_retries() == 1
            assert _run_queued_deliveries() == [expected]
    assert len(receiver.received) == 3
    ids = {headers["webhook-id"] for headers, _ in receiver.received}
    assert len(ids) == 1  # the same message each time
    headers, body = receiver.received[-1]
    message = Webhook(endpoint["secret"]).verify(body, headers)  # as a receiver verifies it
    assert message["type"] == "page.updated" and message["data"]["page_id"] == world.home_id
    log = client.get(f"{V1}/webhooks/{endpoint['id']}/deliveries", headers=write).json()["data"]
    assert [(d["status"], d["attempts"]) for d in log] == [("succeeded", 3)]


def test_rotation_signs_with_both_secrets_and_replay_keeps_the_id(world, client, allow_loopback) -> None:
    write = auth(world.keys["write"])
    receiver = Receiver()
    with serving(receiver.app) as port:
        endpoint = client.post(f"{V1}/webhooks", json={"url": f"http://127.0.0.1:{port}/hook"}, headers=write).json()
        rotated = client.post(f"{V1}/webhooks/{endpoint['id']}/rotate-secret", headers=write).json()
        assert rotated["secret"] != endpoint["secret"]
        _edit_home(client, world, write)
        assert _run_queued_deliveries() == ["succeeded"]
        [delivery] = client.get(f"{V1}/webhooks/{endpoint['id']}/deliveries", headers=write).json()["data"]
        replayed = client.post(f"{V1}/webhooks/{endpoint['id']}/deliveries/{delivery['id']}/replay", headers=write)
        assert replayed.status_code == 202 and replayed.json()["message_id"] == delivery["message_id"]
        assert _run_queued_deliveries() == ["succeeded"]
    headers, body = receiver.received[0]
    assert len(headers["webhook-signature"].split(" ")) == 2
    for secret in (endpoint["secret"], rotated["secret"]):
        Webhook(secret).verify(body, headers)
    assert receiver.received[1][0]["webhook-id"] == headers["webhook-id"]


def test_410_disables_the_endpoint(world, client, allow_loopback) -> None:
    write = auth(world.keys["write"])
    receiver = Receiver(410)
    with serving(receiver.app) as port:
        endpoint = client.post(f"{V1}/webhooks", json={"url": f"http://127.0.0.1:{port}/hook"}, headers=write).json()
        _edit_home(client, world, write)
        assert _run_queued_deliveries() == ["failed"]
    answer = client.get(f"{V1}/webhooks/{endpoint['id']}", headers=write).json()
    assert answer["enabled"] is False and "410" in answer["disabled_reason"]
    _edit_home(client, world, write)
    assert _run_queued_deliveries() == []  # a disabled endpoint gets nothing


def test_private_targets_are_refused_unless_allowed(world, client) -> None:
    write = auth(world.keys["write"])
    for url in ("http://127.0.0.1:9/hook", "http://169.254.169.254/latest", "http://10.0.0.1/", "http://[::1]/",
                "http://localhost/", "ftp://example.com/"):
        refused = client.post(f"{V1}/webhooks", json={"url": url}, headers=write)
        assert refused.status_code == 422 and refused.json()["error"]["details"]["field"] == "url", url
    assert client.post(f"{V1}/webhooks", json={"url": "https://example.com/"},
                       headers=auth(world.keys["read"])).status_code == 403


def test_publish_emits_site_published(world, client, allow_loopback) -> None:
    write, publish = auth(world.keys["write"]), auth(world.keys["publish"])
    receiver = Receiver()
    with serving(receiver.app) as port:
        client.post(f"{V1}/webhooks", json={"url": f"http://127.0.0.1:{port}/hook", "events": ["site.published"]},
                    headers=write)
        job = client.post(f"{V1}/sites/{world.site_id}/deployments", headers=publish).json()
        assert jobs.run_job_now(job["id"]).status == jobs.DONE
        assert _run_queued_deliveries() == ["succeeded"]
    message = json.loads(receiver.received[0][1])
    assert message["type"] == "site.published" and message["data"]["site_id"] == world.site_id
