"""The editor in the browser: a site from a prompt, an inspector edit shown in the canvas,
keyboard reorder and undo, publish, and a conflicting save from a second browser refused."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from .conftest import WIDE, finish_sign_up

PASSWORD = "mauve kettle orbit lantern"
HEADLINE = "Wood-fired pizza, the Bristol way"


def sign_up(page, app_url: str, email: str) -> None:
    page.goto(f"{app_url}/signup")
    page.get_by_label("Your name").fill("Lucia Romano")
    page.get_by_label("Work email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    finish_sign_up(page)


def layer_names(page) -> list[str]:
    return [text.split("\n")[0] for text in page.locator("[data-layer-id]").all_inner_texts()]


def test_prompt_edit_reorder_undo_publish(app_url, browser, page):
    sign_up(page, app_url, f"lucia{int(time.time() * 1000)}@example.com")
    [cookie] = [c for c in page.context.cookies() if c["name"] == "bg_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"  # set by /api/session/claim
    assert "frame-ancestors 'none'" in page.request.get(f"{app_url}/dashboard").headers["content-security-policy"]
    page.get_by_role("button", name="New from a prompt").click()
    page.get_by_label("Description").fill("A family Italian restaurant in Bristol called Nonna Lucia, "
                                          "handmade pasta and wood-fired pizza since 1987")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Generate my site").click()
    page.wait_for_url(re.compile(r"/editor/\d+/\d+$"), timeout=60_000)
    canvas = page.frame_locator("iframe[title='Page preview']")
    expect(canvas.locator("h1")).to_be_visible(timeout=20_000)

    canvas.locator("h1").click()  # selects the hero in the canvas and the layers
    title = page.locator("#f-title")
    expect(title).to_be_visible()
    title.fill(HEADLINE)
    expect(canvas.locator("h1")).to_have_text(HEADLINE)
    expect(page.get_by_text("Saved", exact=True)).to_be_visible(timeout=10_000)

    before = layer_names(page)
    handle = page.get_by_role("button", name=f"Move {before[1]}")
    handle.focus()
    for key in ("Space", "ArrowDown", "Space"):  # dnd-kit's keyboard sensor: pick up, move, drop
        page.keyboard.press(key)
        page.wait_for_timeout(200)
    expect(page.locator("[data-layer-id]").nth(2)).to_contain_text(before[1])
    assert layer_names(page)[1:3] == [before[2], before[1]]

    page.locator("body").click(position={"x": 700, "y": 20})
    page.keyboard.press("Control+z")
    expect(page.locator("[data-layer-id]").nth(1)).to_contain_text(before[1])
    assert layer_names(page) == before
    expect(canvas.locator("h1")).to_have_text(HEADLINE)

    page.get_by_role("button", name="Publish").click()
    live = page.get_by_role("link", name="View live site")
    expect(live).to_be_visible(timeout=60_000)
    url = live.get_attribute("href")
    assert re.match(r"http://[a-z0-9-]+\.localhost:\d+/$", url)
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
    published = browser.new_context().new_page()
    published.goto(url)
    expect(published.locator("h1")).to_have_text(HEADLINE)
    assert published.locator("[data-block-id]").count() == 0


def test_conflicting_save_is_refused(app_url, browser, page):
    sign_up(page, app_url, f"pair{int(time.time() * 1000)}@example.com")
    page.get_by_role("button", name="New from a prompt").click()
    page.get_by_label("Description").fill("A yoga studio in Leeds called Still Point, classes for beginners")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Generate my site").click()
    page.wait_for_url(re.compile(r"/editor/\d+/\d+$"), timeout=60_000)
    editor_url = page.url

    canvas = page.frame_locator("iframe[title='Page preview']")
    expect(canvas.locator("h1")).to_be_visible(timeout=20_000)
    second = browser.new_context(viewport=WIDE)
    second.add_cookies(page.context.cookies())  # the same person, in a browser of its own
    other = second.new_page()
    other.goto(editor_url)
    other_canvas = other.frame_locator("iframe[title='Page preview']")
    expect(other_canvas.locator("h1")).to_be_visible(timeout=20_000)

    canvas.locator("h1").click()
    page.locator("#f-title").fill("Breathe in, slow down")
    expect(canvas.locator("h1")).to_have_text("Breathe in, slow down")  # the edit reached the server
    expect(page.get_by_text("Saved", exact=True)).to_be_visible(timeout=10_000)

    other_canvas.locator("h1").click()
    other.locator("#f-title").fill("A different headline")
    expect(other.get_by_role("alert").filter(has_text="Someone else saved this page")).to_be_visible(timeout=10_000)
    expect(other.get_by_text("Not saved: conflict")).to_be_visible()
    other.get_by_role("button", name="Reload the newest version").click()
    expect(other_canvas.locator("h1")).to_have_text("Breathe in, slow down")
    second.close()


def test_true_previews(app_url, page):
    """Desktop lays the page out at 1280 CSS px whatever the screen, scaled to fit the canvas;
    tablet at 768 and phone at 390."""
    sign_up(page, app_url, f"preview{int(time.time() * 1000)}@example.com")
    page.get_by_role("button", name="New project").click()
    page.get_by_label("Project name").fill("Harbour Lights Bakery")
    page.get_by_role("button", name="Create project").click()
    page.locator(".project-card", has_text="Harbour Lights Bakery").get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/editor/\d+/\d+$"))
    frame = page.frame_locator("iframe[title='Page preview']")
    page.set_viewport_size({"width": 1280, "height": 720})
    for device, width in (("Desktop 1280 px", 1280), ("Tablet 768 px", 768), ("Mobile 390 px", 390)):
        page.get_by_role("radio", name=device).click()
        expect(frame.locator("body")).to_be_attached()
        for _ in range(50):  # the canvas re-lays out after the click
            inner = frame.locator("html").evaluate("() => window.innerWidth")
            if inner == width:
                break
            page.wait_for_timeout(100)
        assert inner == width, (device, inner)
    page.get_by_role("radio", name="Desktop 1280 px").click()
    scale = float(page.locator("[data-canvas-scale]").get_attribute("data-canvas-scale"))
    box = page.locator("iframe[title='Page preview']").bounding_box()
    assert scale < 1 and box["width"] <= 1280 * scale + 1  # scaled to fit, not cut or stacked
