"""The real app starts and its landing page shows Bubble Gum to a person in a browser."""

from __future__ import annotations

import httpx


def test_landing_page_presents_bubble_gum(app_url, page):
    page.goto(app_url, wait_until="networkidle")
    heading = page.get_by_role("heading", level=1)
    assert "Describe your business" in heading.inner_text()
    assert page.get_by_role("link", name="Sign up free").is_visible()
    assert page.get_by_role("link", name="Log in").first.is_visible()
    assert "Everything a small business site needs" in page.inner_text("body")
    assert page.console_errors == []


def test_health_endpoint_on_the_running_app(app_url):
    body = httpx.get(f"{app_url}/api/health", timeout=10).json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
