"""Decoding is bounded by the pixels a whole file decodes to (frames × width × height), checked
from the headers before any frame is decoded; animations are processed one frame at a time."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from PIL import Image

from bubblegum.config import PROJECT_ROOT
from bubblegum.services.assets import images
from bubblegum.services.assets.intake import prepare_upload
from bubblegum.services.assets.validation import AssetRejected

from . import samples


def refused(data: bytes) -> str:
    with pytest.raises(AssetRejected) as caught:
        prepare_upload(data)
    return caught.value.message


def test_frames_times_size_over_the_budget_is_refused_before_any_frame_is_decoded(monkeypatch):
    def no_decoding(*_args):
        raise AssertionError("a frame was decoded")

    data = samples.animation("GIF", 170, 600, 600)  # 61 million pixels in a 180 KB file
    monkeypatch.setattr(images.ImageSequence, "Iterator", no_decoding)
    message = refused(data)
    assert message == ("The animation has 170 frames of 600×600 pixels, 61 million pixels in all; "
                       "the limit is 60 million.")


@pytest.mark.parametrize(("data", "expected"), [
    (samples.animation("GIF", 301, 16, 16), "The animation has 301 frames; the limit is 300."),
    (samples.animation("WEBP", 2, 2100, 2000), "animations can have at most 4 megapixels a frame"),
    (samples.animation("PNG", 2, 2100, 2000), "animations can have at most 4 megapixels a frame"),
    (samples.gif_bomb(), "far too many pixels"),
    (samples.gif_with_outsized_frame(), "damaged"),
    (samples.gif_with_outsized_frame(100, 5000), "damaged"),
])
def test_hostile_animations_are_refused_in_words(data, expected):
    assert expected in refused(data)


def test_an_animated_png_is_kept_as_an_animated_webp_with_every_frame():
    prepared = prepare_upload(samples.animation("PNG", 5, 120, 80))
    decoded = Image.open(io.BytesIO(prepared.data))
    assert prepared.content_type == "image/webp" and decoded.is_animated and decoded.n_frames == 5


def test_an_animated_gif_stays_an_animated_gif_with_its_timing():
    prepared = prepare_upload(samples.animation("GIF", 4, 120, 80))
    decoded = Image.open(io.BytesIO(prepared.data))
    assert prepared.content_type == "image/gif" and decoded.n_frames == 4
    assert decoded.info["duration"] == 40


MEASURE = r"""
import sys
from bubblegum.services.assets.images import open_checked
from bubblegum.services.assets.intake import prepare_upload
from bubblegum.services.assets.variants import make_animated_variants

def high_water_mb():
    status = open("/proc/self/status").read()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024

data = open(sys.argv[1], "rb").read()
before = high_water_mb()
make_animated_variants(open_checked(prepare_upload(data).data))
print(high_water_mb() - before)
"""


def test_an_animation_at_the_budget_never_holds_its_frames_at_once(tmp_path):
    """30 frames of 1000×1000: every frame as RGBA would be 120 MB; one at a time stays far below."""
    path = tmp_path / "animation.webp"
    path.write_bytes(samples.animation("WEBP", 30, 1000, 1000))
    result = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, check=True)
    assert float(result.stdout.split()[-1]) < 80
