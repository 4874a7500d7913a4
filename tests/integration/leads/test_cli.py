"""`bubblegum leads list` and `bubblegum leads export`: as the operator and `--as` a person."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from bubblegum.cli import app

from .conftest import post

runner = CliRunner()


def test_list_as_table_json_and_spam(site):
    post(site)
    post(site, _hp="bot", email="bot@example.com", client_ip="198.51.100.20")
    table = runner.invoke(app, ["leads", "list", site["slug"]])
    assert table.exit_code == 0, table.output
    assert "Ada Lovelace" in table.output and "bot@example.com" not in table.output and "1 lead(s)" in table.output
    listed = runner.invoke(app, ["leads", "list", site["slug"], "--json", "--as", "viewer@example.com"])
    [lead] = json.loads(listed.output)
    assert lead["fields"]["email"] == "ada@example.com" and lead["page"] == "/contact" and lead["spam"] == ""
    spam = runner.invoke(app, ["leads", "list", site["slug"], "--spam", "--json"])
    assert [row["spam"] for row in json.loads(spam.output)] == ["Hidden field filled in (a bot)"]


def test_export_writes_csv_and_checks_the_role(site, tmp_path):
    post(site)
    target = tmp_path / "leads.csv"
    result = runner.invoke(app, ["leads", "export", site["slug"], "-o", str(target)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(row["name"], row["email"], row["page"]) for row in rows] == [("Ada Lovelace", "ada@example.com", "/contact")]
    refused = runner.invoke(app, ["leads", "export", site["slug"], "-o", str(tmp_path / "no.csv"),
                                  "--as", "viewer@example.com"])
    assert refused.exit_code == 1 and "does not allow" in refused.output
    assert not (tmp_path / "no.csv").exists()
    outsider = runner.invoke(app, ["leads", "list", site["slug"], "--as", "outsider@example.com"])
    assert outsider.exit_code == 1 and "not found" in outsider.output
    assert runner.invoke(app, ["leads", "list", "nope"]).exit_code == 1
