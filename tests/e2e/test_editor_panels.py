"""The editor's pages, theme and history panels in a browser: add a page, change its address
(a bad one is refused at the field), restyle the site with a preset and a spacing (the
canvas CSS changes), restore an earlier version from the history panel, and give the site
a custom domain in its settings."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.e2e.conftest import ROOT

SEED = """
import json, pathlib
from bubblegum.db import session_scope
from bubblegum.services import auth
from bubblegum.services.publishing.site_documents import import_site, live_pages
site = json.loads(pathlib.Path("examples/showcase.json").read_text())
with session_scope() as db:
    me = auth.sign_up(db, "panels@example.com", "mauve kettle orbit lantern", name="Pat Panels", ip="127.0.0.1")
    project = import_site(db, site, organization_id=me.org_id, user_id=me.user_id)
    print(json.dumps({"project": project.id, "home": live_pages(db, project.id)[0].id, "token": me.token}))
"""


def seed(app_data_dir) -> dict:
    """A person with a site, created in the running app's own database."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env["BUBBLEGUM_DATA_DIR"] = str(app_data_dir)
    done = subprocess.run([sys.executable, "-c", SEED], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def canvas_var(page, name: str) -> str:
    """A CSS variable of the canvas document, read again if that document is replaced mid-read."""
    frame = page.frame_locator("iframe[title='Page preview']").locator("html")
    for _ in range(50):
        try:
            return frame.evaluate(f"el => getComputedStyle(el).getPropertyValue('{name}').trim()")
        except PlaywrightError as error:
            if "context was destroyed" not in str(error):
                raise
            page.wait_for_timeout(100)
    raise AssertionError(f"the canvas kept reloading while reading {name}")


def wait_for_canvas_var(page, name: str, value: str) -> None:
    """Read the canvas until it shows the new CSS: each change replaces its document."""
    for _ in range(100):
        if canvas_var(page, name) == value:
            return
        page.wait_for_timeout(100)
    assert canvas_var(page, name) == value


def test_pages_theme_and_history_panels(app_url, app_data_dir, page):
    site = seed(app_data_dir)
    page.context.add_cookies([{"name": "bg_session", "value": site["token"], "url": app_url}])
    page.goto(f"{app_url}/editor/{site['project']}/{site['home']}")
    expect(page.get_by_text("Saved", exact=True)).to_be_visible(timeout=30_000)

    # add a page: the editor opens it
    page.get_by_role("button", name="Add a page").click()
    page.locator("#new-page-title").fill("Catering")
    expect(page.locator("#new-page-slug")).to_have_value("catering")
    page.get_by_role("button", name="Create page").click()
    page.wait_for_url(re.compile(rf"/editor/{site['project']}/(?!{site['home']}$)\d+$"))
    row = page.locator("[data-page-id]", has_text="Catering")
    expect(row).to_contain_text("/catering")
    expect(row.locator("[aria-current=page]")).to_be_visible()

    # change its address: a bad one is refused next to the field, a good one is kept
    row.get_by_role("button", name="Settings of Catering").click()
    page.locator("#page-slug").fill("Bad Slug!")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("dialog").get_by_role("alert")).to_contain_text("lowercase letters, digits and hyphens")
    expect(row).to_contain_text("/catering")
    page.locator("#page-slug").fill("catering-events")
    page.locator("#seo-title").fill("Catering for events | Harbor & Pine")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(row).to_contain_text("/catering-events")
    expect(page.get_by_text("Saved", exact=True)).to_be_visible(timeout=10_000)

    # theme: the Dark preset changes the canvas CSS
    before = canvas_var(page, "--bg0")
    page.get_by_role("tab", name="Theme").click()
    page.get_by_role("button", name="Dark preset").click()
    expect(page.get_by_role("button", name="Dark preset")).to_have_attribute("aria-pressed", "true")
    wait_for_canvas_var(page, "--bg0", "#0b0b12")
    assert before != "#0b0b12"
    # and airy spacing, from the panel's last control
    page.get_by_role("radio", name="Airy").click()
    wait_for_canvas_var(page, "--sp", "1.25")

    # history: preview version 1, restore it; the search title goes back
    page.get_by_role("button", name="Version history").click()
    drawer = page.get_by_role("dialog", name="Version history")
    expect(drawer.locator("[data-version]")).to_have_count(2)
    first = drawer.locator("[data-version='1']")
    first.hover()
    first.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("status").filter(has_text="Previewing version 1")).to_be_visible()
    page.get_by_role("button", name="Restore this version").click()
    expect(page.get_by_text(re.compile(r"Restored version 1 as version \d+\."))).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Previewing version")).to_be_hidden()
    page.get_by_role("tab", name="Layers").click()
    page.locator("[data-page-id]", has_text="Catering").get_by_role("button", name="Settings of Catering").click()
    expect(page.locator("#seo-title")).to_have_value("Catering")
    page.get_by_role("button", name="Cancel").click()

    # site settings: a path is refused next to the field, a bare domain is kept (pending until proved)
    page.get_by_role("button", name="Site settings").click()
    settings = page.get_by_role("dialog", name="Site settings")
    settings.locator("#site-custom_domain").fill("https://www.harborandpine.example/about")
    settings.get_by_role("button", name="Save").click()
    expect(settings.get_by_role("alert")).to_contain_text("domain only")
    settings.locator("#site-custom_domain").fill("https://www.HarborAndPine.example/")
    settings.get_by_role("button", name="Save").click()  # saved, pending: the record to add stays in view
    expect(settings.get_by_text("Pending", exact=True)).to_be_visible()
    expect(settings).to_contain_text("_bubblegum-challenge.www.harborandpine.example")
    settings.get_by_role("button", name="Cancel").click()
    expect(settings).to_be_hidden()
    page.get_by_role("button", name="Site settings").click()
    expect(page.locator("#site-custom_domain")).to_have_value("www.harborandpine.example")
    assert page.console_errors == []
