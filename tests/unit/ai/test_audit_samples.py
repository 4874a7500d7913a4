"""The audit lists every sample block as a warning with its page and block; its fix removes it."""

import json

from typer.testing import CliRunner

from bubblegum.blocks.registry import BLOCKS
from bubblegum.cli import app
from bubblegum.services.ai.audit import apply_fix, audit_site


def _site():
    def page(slug, title, blocks):
        return {"slug": slug, "title": title, "doc": {"schema_version": 1, "root": {"title": title, "description": "d"},
                                                    "content": blocks}}

    return {
        "format": "bubblegum.site", "schema_version": 1,
        "site": {"name": "Rise & Crumb", "slug": "rise", "language": "en", "theme": {"preset": "modern"}},
        "pages": [
            page("", "Home", [{"id": "b_h", "type": "hero", "props": BLOCKS["hero"].example},
                              {"id": "b_r", "type": "testimonials", "sample": True,
                               "props": BLOCKS["testimonials"].example}]),
            page("prices", "Prices", [{"id": "b_p", "type": "pricing", "sample": True,
                                       "props": BLOCKS["pricing"].example}]),
        ],
    }


def test_every_sample_block_is_a_warning_with_page_and_block():
    found = [f for f in audit_site(_site()) if f.rule == "sample-content"]
    assert [(f.severity, f.page, f.block) for f in found] == [("warning", "", "b_r"), ("warning", "prices", "b_p")]
    assert found[1].message.startswith("The Prices page has sample prices")


def test_the_fix_removes_the_sample_block():
    site = _site()
    finding = next(f for f in audit_site(site) if f.block == "b_r")
    fixed = apply_fix(site, finding)
    assert [b["id"] for b in fixed["pages"][0]["doc"]["content"]] == ["b_h"]
    assert not [f for f in audit_site(fixed) if f.block == "b_r"]


def test_audit_command_lists_samples(tmp_path):
    path = tmp_path / "site.json"
    path.write_text(json.dumps(_site()))
    result = CliRunner().invoke(app, ["audit", str(path), "--json"])
    assert result.exit_code in (0, 1), result.output  # 1: other rules found errors; samples are warnings
    rows = [(r["severity"], r["page"], r["block"]) for r in json.loads(result.stdout) if r["rule"] == "sample-content"]
    assert rows == [("warning", "", "b_r"), ("warning", "prices", "b_p")]
