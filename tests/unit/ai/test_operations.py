"""Block operations, rewriting, SEO meta, alt text and the audit's one-click fixes."""

from __future__ import annotations

import copy

import pytest

from bubblegum.blocks.registry import BLOCKS
from bubblegum.services.ai.audit import apply_fix, audit_site
from bubblegum.services.ai.base import TONES, AIError
from bubblegum.services.ai.offline import OfflineProvider, site_context

CTX = {"name": "Rise & Crumb", "town": "Leeds", "business_type": "bakery"}


@pytest.mark.parametrize("block_type", list(BLOCKS))
def test_generate_block_of_every_type_validates(block_type):
    block = OfflineProvider().generate_block(block_type, "sourdough bakery", CTX)
    assert block["type"] == block_type and block["id"]


def test_regenerate_keeps_type_and_id_and_changes_copy():
    p = OfflineProvider()
    block = p.generate_block("hero", "sourdough bakery", CTX)
    again = p.regenerate_block(block, CTX)
    assert again["type"] == "hero" and again["id"] == block["id"]
    assert again["props"] != block["props"]


def test_seo_meta_limits():
    p = OfflineProvider()
    site = p.generate_site("A very long named business called The Extraordinarily Wonderful Sourdough Company of Leeds", pages=3)
    for page in site["pages"]:
        title, desc = p.seo_meta(page, site)
        assert 0 < len(title) <= 60 and 0 < len(desc) <= 155


def test_alt_text_suggestions_and_fix():
    p = OfflineProvider()
    site = p.generate_site("A wedding photographer in Cornwall", pages=3)
    gallery_page = next(pg for pg in site["pages"] if any(b["type"] == "gallery" for b in pg["doc"]["content"]))
    block = next(b for b in gallery_page["doc"]["content"] if b["type"] == "gallery")
    block["props"]["items"][0]["image"]["alt"] = ""
    assert p.alt_text(block, site_context(site))[0]["field"] == "items.0.image.alt"
    finding = next(f for f in audit_site(site) if f.rule == "missing-alt")
    fixed = apply_fix(site, finding)
    assert not [f for f in audit_site(fixed) if f.rule == "missing-alt"]
    assert site["pages"] != fixed["pages"]  # the input was not changed in place... and the fix changed it
    assert block["props"]["items"][0]["image"]["alt"] == ""


def _broken_site():
    site = OfflineProvider().generate_site("A bakery in York", pages=2)
    home = site["pages"][0]["doc"]
    hero = home["content"][1]
    hero["props"]["buttons"] = []
    home["root"]["description"] = ""
    home["root"]["title"] = "T" * 90
    site["pages"][1]["doc"]["root"]["title"] = home["root"]["title"]
    home["content"][0]["props"]["links"].append({"label": "Old page", "href": "/old-page"})
    home["content"][-1]["props"]["columns"][0]["links"].append({"label": "Gone", "href": "#nothing-here"})
    site["site"]["theme"] = {"preset": "modern", "text": "#cccccc", "background": "#ffffff"}
    site["site"]["business"] = {"type": "Bakery"}
    for page in site["pages"]:
        page["doc"]["content"] = [b for b in page["doc"]["content"] if b["type"] not in ("contact_form", "contact_details")]
    return site


def test_audit_rules_find_problems_and_fixes_clear_them():
    site = _broken_site()
    rules = {f.rule for f in audit_site(site)}
    assert {"cta-first-screen", "meta-description-missing", "meta-title-length", "duplicate-title", "broken-link",
            "low-contrast", "contact-details"} <= rules
    assert any(f.severity == "error" for f in audit_site(site))
    for _ in range(10):
        fixable = [f for f in audit_site(site) if f.fix]
        if not fixable:
            break
        site = apply_fix(site, fixable[0])
    assert [f.to_dict() for f in audit_site(site) if f.fix] == []
    assert not any(f.severity == "error" for f in audit_site(site))


def test_fix_never_mutates_input():
    site = _broken_site()
    before = copy.deepcopy(site)
    for f in audit_site(site):
        if f.fix:
            apply_fix(site, f)
    assert site == before


def test_suggestions_flag_samples():
    p = OfflineProvider()
    assert not p.suggestions(p.generate_site("A barber in Leeds", pages=2))  # nothing invented, nothing to replace
    site = p.generate_site("A wedding photographer in Cornwall", pages=2)  # the portfolio is the owner's to fill
    assert any(f.rule == "sample-content" for f in p.suggestions(site))
