"""New from a prompt, as a person who types one word: the dashboard asks before it writes,
shows what it understood for correction, and the site says what the answers said."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from tests.e2e.test_editor import sign_up


def test_one_word_prompt_asks_then_writes_the_answers(app_url, page):
    sign_up(page, app_url, f"shoes{int(time.time() * 1000)}@example.com")
    page.get_by_role("button", name="New from a prompt").click()
    page.get_by_label("Description").fill("shoes")
    page.get_by_role("button", name="Continue").click()

    questions = page.get_by_role("group", name="Questions")
    expect(questions).to_be_visible()
    expect(questions.get_by_role("textbox", name="What is the business called?")).to_be_visible()
    expect(questions.get_by_role("textbox", name="Where is it?")).to_be_visible()
    questions.get_by_role("textbox", name="What is the business called?").fill("Sole Mates")
    questions.get_by_role("button", name="Skip: Where is it?").click()
    expect(questions.get_by_role("textbox", name="Where is it?")).to_have_count(0)

    page.get_by_label("Phone").fill("0113 496 0000")  # a correction to the brief itself
    page.get_by_role("button", name="Generate my site").click()
    page.wait_for_url(re.compile(r"/editor/\d+/\d+$"), timeout=60_000)
    canvas = page.frame_locator("iframe[title='Page preview']")
    expect(canvas.locator("h1")).to_be_visible(timeout=20_000)
    expect(canvas.get_by_text("Sole Mates").first).to_be_visible()
    assert "Independent shoes" not in canvas.locator("body").inner_text()
    expect(canvas.get_by_text("0113 496 0000").first).to_be_attached()


def test_the_brief_can_be_corrected_before_writing(app_url, page):
    sign_up(page, app_url, f"brief{int(time.time() * 1000)}@example.com")
    page.get_by_role("button", name="New from a prompt").click()
    page.get_by_label("Description").fill("Studio Prana: yoga in Brooklyn, vinyasa and yin classes, $25 drop-in.")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_label("Name")).to_have_value("Studio Prana")
    expect(page.get_by_label("Town or city")).to_have_value("Brooklyn")
    expect(page.get_by_role("group", name="Questions")).to_have_count(0)
    page.get_by_label("Name").fill("Studio Prana Yoga")
    page.get_by_role("button", name="Generate my site").click()
    page.wait_for_url(re.compile(r"/editor/\d+/\d+$"), timeout=60_000)
    canvas = page.frame_locator("iframe[title='Page preview']")
    expect(canvas.get_by_text("Studio Prana Yoga").first).to_be_visible()
