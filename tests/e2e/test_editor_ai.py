"""AI on the selected section in the browser (the offline provider): new copy replaces the
section's text in the canvas and the inspector and joins undo; an SEO proposal is shown,
then applied."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from .test_editor import sign_up


def test_new_copy_undo_and_seo_proposal(app_url, page):
    sign_up(page, app_url, f"ai{int(time.time() * 1000)}@example.com")
    page.get_by_role("button", name="New from a prompt").click()
    page.get_by_label("Description").fill("A bakery in Leeds called Crumb & Co, sourdough and cinnamon buns")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Generate my site").click()
    page.wait_for_url(re.compile(r"/editor/\d+/\d+$"), timeout=60_000)
    canvas = page.frame_locator("iframe[title='Page preview']")
    expect(canvas.locator("h1")).to_be_visible(timeout=20_000)
    canvas.locator("h1").click()
    title = page.locator("#f-title")
    expect(title).to_be_visible()
    title.fill("Bread")
    expect(canvas.locator("h1")).to_have_text("Bread")

    page.get_by_role("button", name="AI", exact=True).click()
    page.get_by_role("button", name="Write new copy for this section").click()
    expect(canvas.locator("h1")).not_to_have_text("Bread", timeout=30_000)
    expect(title).not_to_have_value("Bread")  # the inspector follows the AI's text
    page.locator("body").click(position={"x": 700, "y": 20})
    page.keyboard.press("Control+z")
    expect(canvas.locator("h1")).to_have_text("Bread")

    page.get_by_role("button", name="AI", exact=True).click()
    page.get_by_role("button", name="Write SEO title and description").click()
    proposal = page.get_by_role("region", name="Proposed search title and description")
    expect(proposal).to_be_visible(timeout=30_000)
    proposal.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("Search title and description applied")).to_be_visible()
