"""`bubblegum analytics SLUG`: the table, --json, --from/--to, and the role check of --as."""

from __future__ import annotations

import json
from datetime import timedelta

from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.db import utcnow
from bubblegum.services.analytics.ingest import Beacon, record_view

from .conftest import CHROME, IPHONE, flushed_views

runner = CliRunner()


def test_table_json_dates_and_roles(people_site):
    project_id, _ = people_site
    now = utcnow()
    for path, ip, agent in (("/", "203.0.113.9", CHROME), ("/about/", "203.0.113.9", CHROME),
                            ("/", "198.51.100.4", IPHONE)):
        record_view(project_id, Beacon(path=path, referrer="duckduckgo.com"), address=ip, user_agent=agent,
                    headers={}, now=now)
    record_view(project_id, Beacon(path="/contact/"), address="203.0.113.9", user_agent=CHROME, headers={},
                now=now - timedelta(days=40))
    flushed_views()
    table = runner.invoke(app, ["analytics", "harbor-pine"])
    assert table.exit_code == 0, table.output
    assert "Unique visitors" in table.output and "duckduckgo.com" in table.output and "Mobile Safari" in table.output
    listed = runner.invoke(app, ["analytics", "harbor-pine", "--json", "--as", "viewer@example.com"])
    figures = json.loads(listed.output)
    assert figures["totals"]["visitors"] == 2 and figures["totals"]["pageviews"] == 3
    assert figures["totals"]["views_per_visit"] == 1.5 and figures["visitors_now"] == 2
    assert figures["tops"]["page"][0] == {"value": "/", "visitors": 2, "visits": 2, "pageviews": 2}
    assert len(figures["series"]) == 30 and figures["series"][-1]["pageviews"] == 3
    old = (now - timedelta(days=40)).date().isoformat()
    back = json.loads(runner.invoke(app, ["analytics", "harbor-pine", "--json", "--from", old, "--to", old]).output)
    assert back["totals"]["pageviews"] == 1 and back["tops"]["page"][0]["value"] == "/contact/"
    assert len(back["series"]) == 24  # one day: hourly
    bad = runner.invoke(app, ["analytics", "harbor-pine", "--from", "yesterday"])
    assert bad.exit_code == 1 and "takes a date" in bad.output
    outsider = runner.invoke(app, ["analytics", "harbor-pine", "--as", "outsider@example.com"])
    assert outsider.exit_code == 1 and "not found" in outsider.output
