"""Pure helpers behind the editor panels: section choice for AI pages, theme cleaning."""

from __future__ import annotations

import pytest

from bubblegum.blocks.theme import PRESETS
from bubblegum.services.errors import InvalidInput
from bubblegum.services.page_drafts import DEFAULT_SECTIONS, sections_for
from bubblegum.services.site_settings import clean_theme, contrast_adjustments


@pytest.mark.parametrize("title, expected", [
    ("Contact us", "contact_form"), ("Pricing", "pricing"), ("FAQ", "faq"), ("About the bakery", "rich_text"),
    ("Meet the team", "team"), ("Our work", "gallery"), ("How it works", "steps"),
])
def test_sections_follow_the_page_name(title, expected):
    assert sections_for(title)[0] == "hero" and expected in sections_for(title)


def test_unknown_names_get_the_default_sections():
    assert sections_for("Catering") == DEFAULT_SECTIONS and sections_for("") == DEFAULT_SECTIONS
    sections_for("x").append("oops")
    assert "oops" not in DEFAULT_SECTIONS


def test_clean_theme_lowercases_and_drops_unset_overrides():
    assert clean_theme({"preset": "dark", "accent": "#ABCDEF", "body_font": None}) == {"preset": "dark", "accent": "#abcdef"}


@pytest.mark.parametrize("bad", [None, [], {"preset": "x"}, {"text": "#12345"}, {"buttons": "round"}])
def test_clean_theme_refuses_bad_input(bad):
    with pytest.raises(InvalidInput):
        clean_theme(bad)


@pytest.mark.parametrize("preset", list(PRESETS))
def test_presets_need_no_text_adjustment(preset):
    assert "Text" not in {a.name for a in contrast_adjustments({"preset": preset})}


def test_time_ago_reads_like_a_person_would_say_it():
    from datetime import UTC, datetime, timedelta

    from bubblegum.state.editor_history import time_ago

    now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    cases = {timedelta(seconds=5): "just now", timedelta(minutes=1): "1 minute ago",
             timedelta(minutes=59): "59 minutes ago", timedelta(hours=3): "3 hours ago",
             timedelta(hours=30): "yesterday", timedelta(days=4): "4 days ago", timedelta(days=8): "12 Mar 2026"}
    for delta, text in cases.items():
        assert time_ago(now - delta, now) == text
    assert time_ago((now - timedelta(minutes=2)).replace(tzinfo=None), now) == "2 minutes ago"
