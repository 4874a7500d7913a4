"""A person on the Free plan hits the sites limit, upgrades through Checkout (localstripe
behind the test fake), sees the Pro plan and its usage, then cancels in the portal and is
back on Free with everything kept. The app runs with billing on, built in a .web of its own."""

from __future__ import annotations

import os
import re
import subprocess

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import BIN, ROOT, free_port, running_app
from tests.integration.billing.fake_stripe import API_KEY, FakeStripe

PASSWORD = "a long enough passphrase 42"
SECRET = "whsec_e2e"


@pytest.fixture(scope="module")
def billing_app(tmp_path_factory):
    fake = FakeStripe(tmp_path_factory.mktemp("localstripe"))
    port, data_dir = free_port(), tmp_path_factory.mktemp("billing-data")
    fake.register_webhook(f"http://localhost:{port}/api/webhooks/stripe", SECRET)
    env = {"STRIPE_SECRET_KEY": API_KEY, "STRIPE_API_BASE": fake.url, "STRIPE_WEBHOOK_SECRET": SECRET,
           "REFLEX_WEB_WORKDIR": str(tmp_path_factory.mktemp("billing-web") / ".web")}
    try:
        with running_app(tmp_path_factory, data_dir, port, **env) as url:
            subprocess.run([str(BIN / "bubblegum"), "users", "create", "owner@example.com", "--org", "Rise & Crumb"],
                           input=f"{PASSWORD}\n", text=True, check=True, cwd=ROOT,
                           env=dict(os.environ, BUBBLEGUM_DATA_DIR=str(data_dir), **env))
            yield url
    finally:
        fake.close()


def test_free_limit_upgrade_then_cancel(billing_app, page, tmp_path):
    page.goto(f"{billing_app}/login")
    page.get_by_label("Email").fill("owner@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/dashboard/?$"))
    for name in ("Rise & Crumb", "Second site"):
        page.get_by_role("button", name="New project").first.click()
        page.get_by_label("Project name").fill(name)
        page.get_by_role("button", name="Create project").click()
    expect(page.get_by_role("dialog").get_by_text("uses 1 of the 1 sites on the Free plan")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()

    page.goto(f"{billing_app}/dashboard/billing")
    expect(page.get_by_role("heading", name="Free", level=2)).to_be_visible()
    page.screenshot(path=str(tmp_path / "free.png"), full_page=True)
    page.get_by_role("button", name="Upgrade to Pro").click()
    page.wait_for_url(re.compile(r"/_test/checkout/"))
    page.locator("#fake-stripe-submit").click()
    page.wait_for_url(re.compile(r"/dashboard/billing/?\?checkout=done"))
    for _ in range(30):  # the webhooks land in their own time; the page shows what is stored
        if page.get_by_role("heading", name="Pro", level=2).count():
            break
        page.wait_for_timeout(500)
        page.reload()
    expect(page.get_by_role("heading", name="Pro", level=2)).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Active; renews "))).to_be_visible()
    expect(page.get_by_text("1 of 10").first).to_be_visible()  # sites (and members) on Pro
    page.screenshot(path=str(tmp_path / "pro.png"), full_page=True)

    page.get_by_role("button", name="Manage in Stripe portal").click()
    page.wait_for_url(re.compile(r"/_test/portal/"))
    page.locator("#fake-stripe-submit").click()
    page.wait_for_url(re.compile(r"/dashboard/billing"))
    for _ in range(30):
        if page.get_by_role("heading", name="Free", level=2).count():
            break
        page.wait_for_timeout(500)
        page.reload()
    expect(page.get_by_text("Cancelled")).to_be_visible()
    expect(page.get_by_text("1 of 1", exact=True).first).to_be_visible()
    assert not page.console_errors, page.console_errors
