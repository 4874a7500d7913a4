"""Accounts in the browser: sign up, create a project, invite a viewer who signs up through
the invitation link, sees the project and cannot rename it; the signed-out redirect."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from .conftest import finish_sign_up

PASSWORD = "mauve kettle orbit lantern"


def test_owner_invites_a_viewer_who_cannot_rename(app_url, browser, page):
    stamp = int(time.time() * 1000)
    owner, viewer = f"owner{stamp}@example.com", f"viewer{stamp}@example.com"

    page.goto(f"{app_url}/signup")
    page.get_by_label("Your name").fill("Rosa Martinez")
    page.get_by_label("Work email").fill(owner)
    page.get_by_label("Password").fill("too short")
    page.get_by_role("button", name="Create account").click()
    expect(page.locator("#password-error")).to_contain_text("at least 10")
    expect(page.get_by_label("Work email")).to_have_value(owner)  # nothing typed is lost
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    finish_sign_up(page)
    expect(page.get_by_role("heading", name="No projects yet")).to_be_visible()

    page.get_by_role("button", name="New project").click()
    page.get_by_label("Project name").fill("Rosa's Bakery")
    page.get_by_role("button", name="Create project").click()
    card = page.locator(".project-card", has_text="Rosa's Bakery")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Draft")
    expect(card.get_by_role("button", name=re.compile("Project actions"))).to_be_visible()

    page.get_by_role("link", name="Members").click()
    page.wait_for_url(re.compile(r"/dashboard/members"))
    page.get_by_role("button", name="Invite member").click()
    page.get_by_label("Email address").fill(viewer)
    page.get_by_role("combobox", name="Role").click()
    page.get_by_role("option", name="Viewer").click()
    page.get_by_role("button", name="Send invitation").click()
    link = page.locator("#dev-invite-link")
    expect(link).to_be_visible()
    invitation = link.get_attribute("href")
    assert "/invite?token=" in invitation

    guest = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    guest.goto(invitation)
    expect(guest.get_by_text("This invitation is for")).to_be_visible()
    guest.get_by_role("button", name="Create an account and join").click()
    guest.wait_for_url(re.compile(r"/signup\?invite="))
    expect(guest.get_by_label("Work email")).to_have_value(viewer)
    guest.get_by_label("Your name").fill("Sam Viewer")
    guest.get_by_label("Password").fill("quartz meadow violin 42")
    guest.get_by_role("button", name="Create account").click()
    guest.wait_for_url(re.compile(r"/dashboard/?$"))

    guest_card = guest.locator(".project-card", has_text="Rosa's Bakery")
    expect(guest_card).to_be_visible()
    expect(guest.locator("#org-switcher")).to_contain_text("Rosa Martinez")
    expect(guest_card.get_by_role("button", name=re.compile("Project actions"))).to_have_count(0)
    expect(guest.get_by_role("button", name="New project")).to_have_count(0)
    expect(guest.get_by_role("link", name="Audit log")).to_have_count(0)

    guest.goto(f"{app_url}/dashboard/members")
    expect(guest.get_by_text(owner)).to_be_visible()
    expect(guest.get_by_role("button", name="Invite member")).to_have_count(0)
    guest.context.close()

    page.goto(f"{app_url}/dashboard/members")
    expect(page.get_by_text(viewer)).to_be_visible()
    assert page.console_errors == []


def test_signed_out_visitor_is_sent_to_log_in(app_url, page):
    page.goto(f"{app_url}/dashboard/members")
    expect(page).to_have_url(re.compile(r"/login\?next=/dashboard/members"))
    page.get_by_label("Email").fill("nobody@example.com")
    page.get_by_label("Password").fill("wrong password entirely")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#password-error")).to_contain_text("do not match")
    expect(page.get_by_label("Email")).to_have_value("nobody@example.com")
