"""API keys in the browser: an owner creates a key in the organization settings, sees it
once, uses it against the running app's /api/v1 over loopback, revokes it, and the next
request with it is refused."""

from __future__ import annotations

import os
import time

import httpx
from playwright.sync_api import expect

from .conftest import finish_sign_up

PASSWORD = "mauve kettle orbit lantern"
SHOTS = os.environ.get("BUBBLEGUM_SCREENSHOTS")  # a folder: screenshots for a person to look at


def test_owner_creates_uses_and_revokes_a_key(app_url, page):
    page.goto(f"{app_url}/signup")
    page.get_by_label("Your name").fill("Rosa Martinez")
    page.get_by_label("Work email").fill(f"keys{int(time.time() * 1000)}@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    finish_sign_up(page)
    page.goto(f"{app_url}/dashboard/settings")
    expect(page.get_by_role("heading", name="API keys")).to_be_visible()

    page.get_by_label("Key name").fill("CI deploys")
    page.get_by_role("combobox", name="Scope").click()
    page.get_by_role("option", name="Write: also edit and create").click()
    page.get_by_role("button", name="Create key").click()
    key = page.locator("#new-api-key")
    expect(key).to_contain_text("bg_live_")
    secret = key.inner_text().strip()
    if SHOTS:
        for width, height in ((1440, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            page.locator("#api-keys").screenshot(path=f"{SHOTS}/api-keys-{width}.png")
        page.set_viewport_size({"width": 1280, "height": 900})

    bearer = {"Authorization": f"Bearer {secret}"}
    made = httpx.post(f"{app_url}/api/v1/sites", json={"name": "From the API"}, headers=bearer)
    assert made.status_code == 201, made.text
    assert httpx.get(f"{app_url}/api/v1/sites", headers=bearer).json()["data"][0]["name"] == "From the API"
    assert httpx.get(f"{app_url}/api/v1/docs").status_code == 200

    page.get_by_role("button", name="Done").click()
    expect(page.locator("#new-api-key")).to_have_count(0)
    page.get_by_role("button", name="Revoke CI deploys").click()
    expect(page.locator("#api-keys")).to_contain_text("revoked")
    refused = httpx.get(f"{app_url}/api/v1/sites", headers=bearer)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "NOT_AUTHENTICATED"
