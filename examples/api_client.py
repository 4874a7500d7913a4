"""A short client of the Bubble Gum REST API v1 with httpx.

    bubblegum api-keys create my-org --name "Script" --scope publish     # prints bg_live_…
    BUBBLEGUM_API_KEY=bg_live_… python examples/api_client.py http://localhost:3000

Creates a site, adds a call-to-action to its home page (reading the ETag and sending it back
as If-Match, so nobody's change is overwritten), publishes it and follows the job.
"""

from __future__ import annotations

import os
import sys
import time
import uuid

import httpx


def main(base_url: str) -> None:
    headers = {"Authorization": f"Bearer {os.environ['BUBBLEGUM_API_KEY']}"}
    with httpx.Client(base_url=base_url.rstrip("/") + "/api/v1", headers=headers, timeout=30) as api:
        site = check(api.post("/sites", json={"name": "Harbor Bakery"},
                              headers={"Idempotency-Key": str(uuid.uuid4())}))  # safe to retry
        home = next(page for page in check(api.get(f"/sites/{site['id']}/pages"))["data"] if page["slug"] == "")
        content = api.get(f"/sites/{site['id']}/pages/{home['id']}/content")
        document = check(content)["document"]
        document["content"].append({"id": "b_visit1", "type": "cta",
                                    "props": {"title": "Fresh bread from 7 am", "text": "Open every day."}})
        check(api.put(f"/sites/{site['id']}/pages/{home['id']}/content", json={"document": document},
                      headers={"If-Match": content.headers["ETag"]}))
        job = check(api.post(f"/sites/{site['id']}/deployments"))
        while job["status"] in ("queued", "running"):
            time.sleep(0.5)
            job = check(api.get(f"/jobs/{job['id']}"))
            print(f"{job['status']}: {job['progress']:.0%} {job['message']}")
        print("Live at", job["result"].get("url") if job["status"] == "done" else job["error"])


def check(response: httpx.Response) -> dict:
    """The JSON body, or exit with the API's error envelope explained."""
    if response.is_success:
        return response.json()
    error = response.json()["error"]
    if response.status_code == 429:
        print(f"Rate limited; retry after {response.headers['Retry-After']} s")
    sys.exit(f"{response.status_code} {error['code']}: {error['message']} {error['details'] or ''}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3000")
