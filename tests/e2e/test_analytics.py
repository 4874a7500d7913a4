"""Analytics end to end: a published page viewed in Chromium is counted once, writes no cookie
or storage, a headless browser's view is not counted, and the Analytics page shows the figures
(screenshots at 1440x900 and 390x844 land in the test's tmp folder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from playwright.sync_api import expect

from tests.e2e.conftest import ROOT

CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
          "Safari/537.36")
SEED = """
import json, pathlib, random
from datetime import timedelta
from bubblegum.db import session_scope, utcnow
from bubblegum.services import auth
from bubblegum.services.analytics.ingest import BUFFER, Beacon, record_view
from bubblegum.services.publishing.deploy import publish
from bubblegum.services.publishing.site_documents import import_site
site = json.loads(pathlib.Path("examples/showcase.json").read_text())
with session_scope() as db:
    me = auth.sign_up(db, "counts@example.com", "mauve kettle orbit lantern", name="Cora Counts", ip="127.0.0.1")
    project = import_site(db, site, organization_id=me.org_id, user_id=me.user_id)
    ids = {"project": project.id, "slug": project.slug, "token": me.token}
publish(ids["project"])
agents = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
]
paths = ["/", "/", "/", "/about/", "/services/", "/contact/", "/pricing/"]
referrers = ["", "", "google.com", "duckduckgo.com", "instagram.com", "facebook.com"]
rng = random.Random(7)
today = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
for days_ago in range(1, 61):
    for visitor in range(rng.randint(20, 45) + (30 - days_ago // 2)):
        at = today - timedelta(days=days_ago) + timedelta(minutes=rng.randint(0, 1380))
        beacon = dict(referrer=rng.choice(referrers), utm_source=rng.choice(["", "", "", "newsletter", "flyer"]),
                      width=rng.choice([390, 1440, 1280, 820]))
        ip = f"10.{days_ago}.{visitor // 250}.{visitor % 250}"
        agent = rng.choice(agents)
        for step in range(rng.choice([1, 1, 2, 3, 4])):
            record_view(ids["project"], Beacon(path=rng.choice(paths), **(beacon if step == 0 else {})), address=ip,
                        user_agent=agent, headers={}, now=at + timedelta(minutes=2 * step))
BUFFER.flush()
print(json.dumps(ids))
"""
COUNT_TODAY = """
import sys
from sqlmodel import func, select
from bubblegum.db import session_scope, utcnow
from bubblegum.models import PageView
with session_scope() as db:
    print(db.exec(select(func.count()).select_from(PageView).where(
        PageView.project_id == int(sys.argv[1]), PageView.created_at >= utcnow().replace(hour=0, minute=0))).one())
"""


def run(app_data_dir, code: str, *args: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env["BUBBLEGUM_DATA_DIR"] = str(app_data_dir)
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip().splitlines()[-1]


def test_a_page_view_is_counted_once_without_cookies_and_shown(app_url, app_data_dir, browser, page, tmp_path):
    site = json.loads(run(app_data_dir, SEED))
    port = app_url.rsplit(":", 1)[1]
    visitor = browser.new_context(user_agent=CHROME)
    published = visitor.new_page()
    published.goto(f"http://{site['slug']}.localhost:{port}/about/?utm_source=flyer")
    published.wait_for_load_state("load")
    published.wait_for_timeout(300)  # the beacon goes out after load
    assert visitor.cookies() == []
    assert published.evaluate("localStorage.length + sessionStorage.length") == 0
    headless = browser.new_context().new_page()  # HeadlessChrome in its user agent: a bot
    headless.goto(f"http://{site['slug']}.localhost:{port}/")
    headless.wait_for_load_state("load")
    headless.wait_for_timeout(300)

    for _ in range(30):  # the app's buffer writes views within about a second
        if run(app_data_dir, COUNT_TODAY, str(site["project"])) != "0":
            break
        published.wait_for_timeout(500)
    published.wait_for_timeout(1500)
    assert run(app_data_dir, COUNT_TODAY, str(site["project"])) == "1"

    page.context.add_cookies([{"name": "bg_session", "value": site["token"], "url": app_url}])
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(f"{app_url}/dashboard/analytics/{site['project']}")
    expect(page.get_by_role("heading", name="Analytics")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Refresh visitors now").click()
    expect(page.locator(".analytics-now")).to_have_text("1 visitor now")
    page.get_by_role("radio", name="30 days").click()
    expect(page.get_by_text("google.com")).to_be_visible()
    expect(page.locator(".recharts-surface").first).to_be_visible()
    page.wait_for_timeout(800)
    page.screenshot(path=str(tmp_path / "analytics-1440.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(800)
    page.screenshot(path=str(tmp_path / "analytics-390.png"), full_page=True)
    page.get_by_role("radio", name="Today").click()
    expect(page.get_by_text("/about/").first).to_be_visible()
    expect(page.get_by_text("flyer").first).to_be_visible()
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
