"""Variant widths, never upscaled, formats, and the placeholder colour."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bubblegum.services.assets.variants import VARIANT_FORMATS, dominant_color, make_variants, target_widths


@pytest.mark.parametrize("width, expected", [
    (4000, [320, 640, 960, 1280, 1920]), (1920, [320, 640, 960, 1280, 1920]), (1000, [320, 640, 960]),
    (320, [320]), (200, [200]),
])
def test_target_widths_never_upscale(width, expected):
    assert target_widths(width) == expected


def test_variants_have_the_right_sizes_and_formats():
    image = Image.new("RGB", (1000, 500), (30, 60, 90))
    progress = []
    variants = make_variants(image, progress=lambda f, m: progress.append(f))
    assert {(v.format, v.width, v.height) for v in variants} == {
        (fmt, w, w // 2) for fmt in VARIANT_FORMATS for w in (320, 640, 960)}
    for v in variants:
        decoded = Image.open(io.BytesIO(v.data))
        assert decoded.format == v.format.upper() and decoded.size == (v.width, v.height)
    assert progress[-1] == 1.0 and progress == sorted(progress)


def test_small_image_gets_one_variant_at_its_own_width():
    variants = make_variants(Image.new("RGBA", (120, 80), (0, 0, 0, 0)), formats=("webp",))
    assert [(v.width, v.height) for v in variants] == [(120, 80)]
    assert Image.open(io.BytesIO(variants[0].data)).mode == "RGBA"  # transparency kept


def test_dominant_colour():
    image = Image.new("RGB", (100, 100), (200, 30, 30))
    image.paste((10, 10, 200), (0, 0, 30, 30))
    assert dominant_color(image) == "#c81e1e"


def test_animated_variants_keep_every_frame_and_its_timing():
    from bubblegum.services.assets.variants import ANIMATED_MAX_WIDTH, make_animated_variants

    frames = [Image.new("RGB", (1400, 700), color) for color in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0)
    variants = make_animated_variants(Image.open(gif))
    assert [v.width for v in variants] == [w for w in (320, 640, 960) if w <= ANIMATED_MAX_WIDTH]
    for v in variants:
        decoded = Image.open(io.BytesIO(v.data))
        assert decoded.format == "WEBP" and decoded.is_animated and decoded.n_frames == 3
        assert decoded.size == (v.width, v.height) == (v.width, v.width // 2)
        decoded.seek(1)
        decoded.load()
        assert decoded.info["duration"] == 200 and decoded.getpixel((5, 5))[1] > 200  # the green frame
