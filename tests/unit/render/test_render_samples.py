"""Sample blocks: labelled in the canvas (in the site's language), never published, left out
of exports with a note."""

import json

from typer.testing import CliRunner

from bubblegum.blocks.registry import BLOCKS
from bubblegum.blocks.samples import sample_blocks, without_samples
from bubblegum.cli import app
from bubblegum.render import build_bundle, render_block, render_page
from bubblegum.render.export import export_site

from conftest import nu_check

REVIEW = "Sample review – replace with a real one"


def _site(language="en"):
    reviews = {"title": "What people say", "items": [{"quote": REVIEW, "name": "A. Sample"}]}
    return {
        "format": "bubblegum.site", "schema_version": 1,
        "site": {"name": "Studio Prana", "slug": "prana", "language": language, "theme": {"preset": "modern"}},
        "pages": [
            {"slug": "", "title": "Home", "doc": {"schema_version": 1, "root": {"title": "Home"}, "content": [
                {"id": "b_hero", "type": "hero", "props": BLOCKS["hero"].example},
                {"id": "b_rev", "type": "testimonials", "sample": True, "props": reviews},
            ]}},
            {"slug": "about", "title": "About", "doc": {"schema_version": 1, "root": {"title": "About"}, "content": [
                {"id": "b_team", "type": "team", "sample": True, "props": BLOCKS["team"].example},
                {"id": "b_text", "type": "rich_text", "props": BLOCKS["rich_text"].example},
            ]}},
        ],
    }


def test_canvas_labels_a_sample_block_accessibly():
    html = render_page(_site(), "", mode="edit")
    assert REVIEW in html
    assert 'data-block-id="b_rev" data-sample' in html
    assert '<p class="bg-sample" role="note">Sample — replace or remove</p>' in html
    assert html.count("bg-sample\"") == 1  # the hero is not labelled


def test_canvas_marker_is_in_the_site_language_and_on_patched_blocks():
    site = _site("de")
    block = site["pages"][0]["doc"]["content"][1]
    assert "Beispiel — ersetzen oder entfernen" in render_block(site, block, mode="edit")


def test_published_page_never_contains_a_sample_block():
    html = render_page(_site(), "", mode="publish")
    assert REVIEW not in html and "b-testimonials" not in html and "bg-sample" not in html
    assert "b-hero" in html


def test_without_a_hero_the_first_shown_block_gets_the_h1():
    html = render_page(_site(), "about", mode="publish")
    assert "b-team" not in html
    assert "<h1" in html


def test_bundle_leaves_samples_out():
    bundle = build_bundle(_site(), base_url="https://example.com/")
    pages = b"".join(data for path, data in bundle.files.items() if path.endswith(".html")).decode()
    assert REVIEW not in pages and "b-team" not in pages


def test_sample_blocks_are_listed_with_page_and_message():
    found = sample_blocks(_site())
    assert [(s.page_slug, s.block_type, s.block_id) for s in found] == [
        ("", "testimonials", "b_rev"), ("about", "team", "b_team")]
    assert found[0].message == ("The home page has sample reviews: replace them with real ones "
                                "or remove the section.")
    assert found[1].message.startswith("The About page has a sample team")


def test_without_samples_returns_a_new_document():
    doc = _site()["pages"][0]["doc"]
    clean = without_samples(doc)
    assert [b["id"] for b in clean["content"]] == ["b_hero"]
    assert len(doc["content"]) == 2


def test_export_reports_what_it_left_out(tmp_path):
    report = export_site(_site(), tmp_path / "out")
    assert [s.block_id for s in report.omitted_samples] == ["b_rev", "b_team"]
    assert "home: testimonials (b_rev)" in report.samples_note()
    assert REVIEW not in (tmp_path / "out" / "index.html").read_text()


def test_export_command_notes_samples_on_stderr(tmp_path):
    source = tmp_path / "site.json"
    source.write_text(json.dumps(_site()))
    result = CliRunner().invoke(app, ["export", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "left out 2 sample block(s)" in result.stderr
    assert "about: team (b_team)" in result.stderr
    assert "left out" not in result.stdout


def test_canvas_with_a_sample_marker_passes_nu(tmp_path):
    page = tmp_path / "edit.html"
    page.write_text(render_page(_site(), "", mode="edit"))
    assert nu_check([page]) == {}
