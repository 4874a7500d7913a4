"""REST API v1: latency and throughput of reading and replacing a page document, and how soon
a webhook's first attempt arrives.

    .venv/bin/python -m bench.api [--requests N]

Runs on a throwaway SQLite database (the showcase site imported, a publish key), in this
process (TestClient, no network) and over loopback (uvicorn, one worker, httpx keep-alive).
Prints a table: GET page document p50/p95, GET and PUT requests per second, and the webhook
first-attempt latency (event committed -> receiver has it) with the in-process job worker.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

os.environ["BUBBLEGUM_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-api-")
os.environ["BUBBLEGUM_API_RATE_LIMIT"] = "10000000/minute"
os.environ["BUBBLEGUM_WEBHOOKS_ALLOW_PRIVATE"] = "1"
for name in ("DATABASE_URL", "REDIS_URL"):
    os.environ.pop(name, None)

ROUNDS = 20
SHOWCASE = Path(__file__).resolve().parent.parent / "examples" / "showcase.json"


def _setup() -> tuple[str, int, int]:
    from bubblegum.db import session_scope
    from bubblegum.models import Membership, Organization, User
    from bubblegum.services import api_keys, pages
    from bubblegum.services.migrations import upgrade
    from bubblegum.services.publishing.site_documents import import_site

    upgrade("head")
    with session_scope() as db:
        org, user = Organization(name="Bench", slug="bench"), User(email="bench@example.com", password_hash="x")
        db.add_all([org, user])
        db.flush()
        db.add(Membership(user_id=user.id, organization_id=org.id, role="owner"))
        project = import_site(db, json.loads(SHOWCASE.read_text()), organization_id=org.id, user_id=user.id)
        key = api_keys.create(db, user.id, org.id, "bench", "publish")[1]
        home = pages.list_pages(db, user.id, project.id)[0]
        return key, project.id, home.id


def _timings(call, n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _row(label: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return f"| {label:<38} | {statistics.median(ms):7.2f} | {p95:7.2f} | {1000 * len(ms) / sum(ms):7.0f} |"


def _measure(client, key: str, site_id: int, page_id: int, n: int, label: str) -> list[str]:
    path = f"/api/v1/sites/{site_id}/pages/{page_id}/content"
    headers = {"Authorization": f"Bearer {key}"}
    get = lambda: client.get(path, headers=headers).raise_for_status()  # noqa: E731
    for _ in range(20):
        get()
    rows = [_row(f"GET page document, {label}", _timings(get, n))]

    def put() -> None:
        read = client.get(path, headers=headers)
        document = read.json()["document"]
        document["root"]["description"] = f"Bench {time.perf_counter()}"
        client.put(path, json={"document": document}, headers={**headers, "If-Match": read.headers["ETag"]}
                   ).raise_for_status()

    rows.append(_row(f"GET + PUT (If-Match) document, {label}", _timings(put, max(20, n // 5))))
    return rows


def _webhook_latency(key: str, site_id: int, page_id: int, client, rounds: int) -> list[float]:
    """Event committed (the PUT answered) -> the receiver has the delivery."""
    from fastapi import FastAPI

    from bubblegum.services import jobs
    from tests.integration.api.loopback import serving

    arrived = threading.Event()
    receiver = FastAPI()

    @receiver.post("/hook")
    async def hook() -> dict:
        arrived.set()
        return {}

    headers = {"Authorization": f"Bearer {key}"}
    path = f"/api/v1/sites/{site_id}/pages/{page_id}/content"
    out = []
    jobs.start_worker()
    try:
        with serving(receiver) as port:
            client.post("/api/v1/webhooks", json={"url": f"http://127.0.0.1:{port}/hook", "events": ["page.updated"]},
                        headers=headers).raise_for_status()
            for n in range(rounds):
                read = client.get(path, headers=headers)
                document = read.json()["document"]
                document["root"]["description"] = f"Hook {n}"
                arrived.clear()
                client.put(path, json={"document": document}, headers={**headers, "If-Match": read.headers["ETag"]})
                start = time.perf_counter()
                if not arrived.wait(10):
                    print(f"webhook {n} did not arrive within 10 s")
                out.append((time.perf_counter() - start) * 1000)
    finally:
        jobs.stop_worker()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    from fastapi.testclient import TestClient
    import httpx

    from bubblegum.api import create_api
    from tests.integration.api.loopback import serving

    key, site_id, page_id = _setup()
    print("| measure                                |  p50 ms |  p95 ms |  req/s  |")
    print("|----------------------------------------|---------|---------|---------|")
    with TestClient(create_api()) as client:
        for row in _measure(client, key, site_id, page_id, args.requests, "in-process"):
            print(row)
    with serving(create_api()) as port, httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        for row in _measure(client, key, site_id, page_id, args.requests, "loopback"):
            print(row)
        latency = _webhook_latency(key, site_id, page_id, client, ROUNDS)
    ms = sorted(latency)
    print(f"| webhook first attempt ({ROUNDS} events)      | {statistics.median(ms):7.0f} | {ms[int(ROUNDS * 0.95) - 1]:7.0f} |         |")


if __name__ == "__main__":
    main()
