"""Themes: presets, overrides, WCAG AA contrast enforced."""

import pytest

from bubblegum.blocks.theme import PRESETS, Theme
from bubblegum.render.themes import contrast, ensure_contrast, resolve_theme


def test_at_least_eight_presets():
    assert len(PRESETS) >= 8


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_pair_meets_aa(preset):
    tokens = resolve_theme({"preset": preset})
    for name, fg, bg in tokens.pairs():
        assert contrast(fg, bg) >= 4.5, (preset, name, fg, bg)


@pytest.mark.parametrize("override", [
    {"primary": "#ffff00"}, {"primary": "#777777"}, {"text": "#cccccc"},
    {"background": "#000000", "text": "#222222", "surface": "#111111"}, {"accent": "#808080"},
])
def test_bad_overrides_are_adjusted(override):
    tokens = resolve_theme({"preset": "modern", **override})
    for name, fg, bg in tokens.pairs():
        assert contrast(fg, bg) >= 4.5, (override, name, fg, bg)


def test_contrast_maths():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48
    assert contrast(ensure_contrast("#777777", ["#ffffff"]), "#ffffff") >= 4.5


def test_theme_round_trip_and_validation():
    t = Theme.model_validate({"preset": "dark", "heading_font": "lora", "primary": "#ABCDEF"})
    assert Theme.model_validate(t.model_dump(exclude_none=True)) == t
    with pytest.raises(ValueError):
        Theme.model_validate({"preset": "nope"})
    with pytest.raises(ValueError):
        Theme.model_validate({"heading_font": "comic-sans"})
    with pytest.raises(ValueError):
        Theme.model_validate({"primary": "red; background:url(x)"})
