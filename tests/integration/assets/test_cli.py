"""`bubblegum assets add` and `bubblegum assets list`."""

from __future__ import annotations

from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.db import session_scope
from bubblegum.models import Asset
from sqlmodel import select
from tests.unit.assets import samples

runner = CliRunner()


def test_add_and_list(site, tmp_path):
    good = tmp_path / "Storefront.png"
    good.write_bytes(samples.png(700, 350))
    logo = tmp_path / "logo.svg"
    logo.write_bytes(samples.SVG_OK)
    evil = tmp_path / "evil.png"
    evil.write_bytes(samples.png_bomb())
    result = runner.invoke(app, ["assets", "add", "site", str(good), str(logo), str(evil)])
    assert result.exit_code == 1, result.output  # one file refused
    assert "refused" in result.output and "evil.png" in result.output and "too many pixels" in result.output
    assert "added Storefront.png as asset:" in result.output and "added logo.svg" in result.output
    with session_scope() as session:
        rows = session.exec(select(Asset).order_by(Asset.id)).all()
    assert [a.status for a in rows] == ["ready", "ready"]
    assert {v["width"] for v in rows[0].variants} == {320, 640}
    listed = runner.invoke(app, ["assets", "list", "site", "--search", "store"])
    assert listed.exit_code == 0 and "Storefront.png" in listed.output and "logo.svg" not in listed.output
    assert "1 image(s)" in listed.output


def test_as_a_viewer_is_refused(site, tmp_path):
    good = tmp_path / "a.png"
    good.write_bytes(samples.png())
    result = runner.invoke(app, ["assets", "add", "site", str(good), "--as", "viewer@example.com"])
    assert result.exit_code == 1 and "does not allow" in result.output


def test_unknown_project(site, tmp_path):
    result = runner.invoke(app, ["assets", "list", "nope"])
    assert result.exit_code == 1 and "no site" in result.output
