"""Upload and image work runs off the event loop: /api/health answers while an upload is
being processed, on a real server (uvicorn on loopback)."""

from __future__ import annotations

import threading

import httpx
from fastapi import Request

from bubblegum.api import create_api
from bubblegum.services import assets
from bubblegum.services.assets import intake
from tests.integration.api.loopback import serving

from .conftest import samples


def test_health_answers_while_an_upload_is_being_processed(site, monkeypatch):
    processing, health_answered = threading.Event(), threading.Event()
    answered_during_processing: list[bool] = []
    real_reencode = intake.reencode

    def heavy_reencode(data, **kwargs):
        processing.set()
        answered_during_processing.append(health_answered.wait(30))  # held until health has answered
        return real_reencode(data, **kwargs)

    monkeypatch.setattr(intake, "reencode", heavy_reencode)
    api = create_api()

    @api.post("/test-upload")
    async def upload(request: Request):  # what the library page and the image picker do
        job_ids, refused = await assets.upload_files(site["editor"], site["project"],
                                                     [("photo.png", await request.body())])
        return {"jobs": len(job_ids), "refused": refused}

    with serving(api) as port:
        base = f"http://127.0.0.1:{port}"
        uploaded: dict = {}
        sender = threading.Thread(target=lambda: uploaded.update(
            httpx.post(f"{base}/test-upload", content=samples.png(2000, 1500), timeout=60).json()))
        sender.start()
        assert processing.wait(30), "the upload never started"
        health = httpx.get(f"{base}/api/health", timeout=60)
        health_answered.set()
        sender.join(60)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert answered_during_processing == [True]
    assert uploaded == {"jobs": 1, "refused": []}
