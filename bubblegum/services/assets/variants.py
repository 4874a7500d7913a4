"""Responsive variants of a raster master: WebP (and AVIF when Pillow can write it) at
fixed widths, never upscaled, plus a dominant-colour placeholder. An animated GIF or WebP
gets animated WebP variants (every frame, up to ``ANIMATED_MAX_WIDTH``), made one frame at a
time.

A master narrower than the smallest width gets one variant at its own width. Each
variant's bytes are hashed so bundles can publish it under a content-addressed name.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from bubblegum.services.assets.animated_webp import encode_animation
from bubblegum.services.assets.images import iter_frames
from bubblegum.services.assets.validation import RASTER_FORMATS

VARIANT_WIDTHS = (320, 640, 960, 1280, 1920)
ANIMATED_MAX_WIDTH = 960  # every frame is resized and encoded per width: keep the work bounded
VARIANT_FORMATS: tuple[str, ...] = ("webp", "avif") if "AVIF" in RASTER_FORMATS else ("webp",)
_SAVE = {
    "webp": ("WEBP", "image/webp", {"quality": 80, "method": 4}),
    "avif": ("AVIF", "image/avif", {"quality": 60, "speed": 8}),
}


@dataclass(frozen=True)
class VariantFile:
    width: int
    height: int
    format: str  # "webp" | "avif"
    content_type: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def target_widths(width: int) -> list[int]:
    widths = [w for w in VARIANT_WIDTHS if w <= width]
    return widths or [width]


def make_variants(image: Image.Image, *, formats: tuple[str, ...] = VARIANT_FORMATS,
                  progress: Callable[[float, str], None] | None = None) -> list[VariantFile]:
    """Resize ``image`` (decoded, upright) to every target width in every format."""
    source = image if image.mode in ("RGB", "RGBA") else image.convert(
        "RGBA" if "transparency" in image.info or image.mode in ("P", "LA", "PA") else "RGB")
    widths = target_widths(source.width)
    steps = len(widths) * len(formats)
    out: list[VariantFile] = []
    for width in widths:
        height = max(1, round(source.height * width / source.width))
        # reducing_gap: a fast box pre-shrink, then LANCZOS; indistinguishable, several times faster
        resized = source if width == source.width else source.resize(
            (width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        for fmt in formats:
            pil_format, content_type, options = _SAVE[fmt]
            buffer = io.BytesIO()
            resized.save(buffer, format=pil_format, **options)
            out.append(VariantFile(width, height, fmt, content_type, buffer.getvalue()))
            if progress:
                progress(len(out) / steps, f"{fmt.upper()} {width}px")
    return sorted(out, key=lambda v: (v.format, v.width))


def make_animated_variants(image: Image.Image, *,
                           progress: Callable[[float, str], None] | None = None) -> list[VariantFile]:
    """Animated WebP variants of an opened animation at the target widths up to
    ``ANIMATED_MAX_WIDTH``; each frame keeps its duration. Frames are decoded, resized and
    encoded one at a time, once per width."""
    widths = [w for w in target_widths(image.width) if w <= ANIMATED_MAX_WIDTH]  # never empty: 320 or less is kept
    _, content_type, options = _SAVE["webp"]
    out: list[VariantFile] = []
    for n, width in enumerate(widths, 1):
        height = max(1, round(image.height * width / image.width))
        data = encode_animation(iter_frames(image, (width, height)), loop=image.info.get("loop", 0), **options)
        out.append(VariantFile(width, height, "webp", content_type, data))
        if progress:
            progress(n / len(widths), f"animated WebP {width}px")
    return out


def dominant_color(image: Image.Image) -> str:
    """The most common colour of a small, quantised copy, as ``#rrggbb``."""
    small = image.convert("RGB")
    small.thumbnail((64, 64), Image.Resampling.BILINEAR)
    palette_image = small.quantize(colors=5, method=Image.Quantize.MEDIANCUT)
    counts = sorted(palette_image.getcolors() or [], reverse=True)
    palette = palette_image.getpalette() or [0, 0, 0]
    index = counts[0][1] if counts else 0
    r, g, b = palette[index * 3:index * 3 + 3]
    return f"#{r:02x}{g:02x}{b:02x}"
