"""Decode an untrusted raster safely and re-encode it, so nothing but pixels survives.

- Opened with ``Image.open(formats=...)`` restricted to the allowlist: a FITS, PSD or
  any other Pillow-readable format is refused even if it is named ``.png``.
- Dimensions and the frame count are read from the headers and checked *before* any pixel
  is decoded: ``MAX_PIXELS`` per frame, and ``MAX_TOTAL_PIXELS`` for frames × width ×
  height, the pixels the whole file would decode to. Pillow's own decompression-bomb error
  is also caught.
- Animations (GIF, WebP, APNG) are decoded one frame at a time and each frame is handed to
  the encoder before the next is decoded (``iter_frames``, ``animated_webp``): no list of
  full frames is ever held. An animated PNG is kept as an animated WebP.
- A truncated or corrupt file fails to load and is refused (``LOAD_TRUNCATED_IMAGES``
  stays off).
- EXIF orientation is applied, then the image is encoded afresh without EXIF, XMP, ICC
  text or comments; colour profiles are converted to sRGB first. GPS data cannot survive.
  Anything appended to or embedded in the file (an HTML payload in a GIF polyglot) is
  dropped with the rest of the original bytes.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, ImageSequence, UnidentifiedImageError

from bubblegum.services.assets.animated_webp import encode_animation
from bubblegum.services.assets.validation import (
    MAX_ANIMATION_FRAME_PIXELS,
    MAX_FRAMES,
    MAX_PIXELS,
    MAX_SIDE,
    MAX_TOTAL_PIXELS,
    RASTER_FORMATS,
    AssetRejected,
)

_DAMAGED = "The image is damaged or incomplete and could not be read."


@dataclass(frozen=True)
class ProcessedImage:
    data: bytes
    format: str  # Pillow name: JPEG, PNG, WEBP, GIF, AVIF
    content_type: str
    extension: str
    width: int
    height: int
    animated: bool = False


def open_checked(data: bytes, *, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Open (header only) and check format and size; the caller decodes."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(RASTER_FORMATS))
    except Image.DecompressionBombError:
        raise AssetRejected("The image has far too many pixels to process.") from None
    except UnidentifiedImageError:
        raise AssetRejected("This file is not a supported image (JPEG, PNG, WebP, GIF"
                            + (", AVIF" if "AVIF" in RASTER_FORMATS else "") + ").") from None
    except (OSError, ValueError, SyntaxError):
        raise AssetRejected(_DAMAGED) from None
    width, height = image.size
    if width < 1 or height < 1:
        raise AssetRejected(_DAMAGED)
    if width * height > max_pixels or max(width, height) > MAX_SIDE:
        raise AssetRejected(
            f"The image is {width}×{height} pixels; the limit is {max_pixels // 1_000_000} megapixels "
            f"and {MAX_SIDE} pixels a side.", details={"width": width, "height": height})
    frames = frame_count(image)
    if frames > MAX_FRAMES:
        raise AssetRejected(f"The animation has {frames} frames; the limit is {MAX_FRAMES}.")
    if frames > 1 and width * height > MAX_ANIMATION_FRAME_PIXELS:
        raise AssetRejected(
            f"The animation is {width}×{height} pixels; animations can have at most "
            f"{MAX_ANIMATION_FRAME_PIXELS // 1_000_000} megapixels a frame.", details={"width": width, "height": height})
    if frames * width * height > MAX_TOTAL_PIXELS:
        raise AssetRejected(
            f"The animation has {frames} frames of {width}×{height} pixels, "
            f"{frames * width * height / 1_000_000:.0f} million pixels in all; the limit is "
            f"{MAX_TOTAL_PIXELS // 1_000_000} million.", details={"frames": frames, "width": width, "height": height})
    return image


def frame_count(image: Image.Image) -> int:
    """Frames an opened animation would decode to, from its headers (1 for a still image)."""
    if not is_animation(image):
        return 1
    try:
        return int(image.n_frames)  # GIF: block headers are walked, no pixel data is decoded
    except Image.DecompressionBombError:
        raise AssetRejected("The image has far too many pixels to process.") from None
    except (OSError, ValueError, EOFError, SyntaxError):
        raise AssetRejected(_DAMAGED) from None


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"),
                                         outputMode=image.mode) or image
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile is dropped, the pixels are kept


def _normalise_mode(image: Image.Image, fmt: str) -> Image.Image:
    if image.mode in ("CMYK", "YCbCr", "LAB", "HSV", "I", "I;16", "F", "1"):
        image = image.convert("RGB")
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if image.mode in ("LA", "PA"):
        image = image.convert("RGBA")
    return image


def decode(data: bytes, *, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """A fully decoded, upright, sRGB first frame (for variants and re-encoding)."""
    image = open_checked(data, max_pixels=max_pixels)
    try:
        image.load()
        upright = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise AssetRejected(_DAMAGED) from None
    clean = _to_srgb(_normalise_mode(upright, image.format))
    clean.info = {}  # no EXIF, XMP, ICC, comments or anything else rides along
    return clean


def reencode(data: bytes, *, max_pixels: int = MAX_PIXELS) -> ProcessedImage:
    """Validate and re-encode in the same format; animations stay animated (an animated PNG
    becomes an animated WebP), streamed frame by frame."""
    probe = open_checked(data, max_pixels=max_pixels)
    width, height = probe.size
    if is_animation(probe):
        fmt = "GIF" if probe.format == "GIF" else "WEBP"
        content_type, extension = RASTER_FORMATS[fmt]
        return ProcessedImage(encode_frames(probe, fmt), fmt, content_type, extension, width, height, True)
    fmt = probe.format
    content_type, extension = RASTER_FORMATS[fmt]
    image = decode(data, max_pixels=max_pixels)
    out = io.BytesIO()
    image.save(out, format=fmt, **_save_options(fmt, image))
    return ProcessedImage(out.getvalue(), fmt, content_type, extension, *image.size)


def is_animation(image: Image.Image) -> bool:
    """An opened GIF, WebP or PNG (APNG) with more than one frame."""
    return bool(getattr(image, "is_animated", False)) and image.format in ("GIF", "WEBP", "PNG")


def encode_frames(image: Image.Image, fmt: str, size: tuple[int, int] | None = None) -> bytes:
    """Re-encode an opened animation as ``fmt`` (GIF or WEBP), optionally resized, one frame at
    a time. Pillow's GIF writer keeps each frame as 8-bit palette pixels for its frame deltas:
    at most ``MAX_TOTAL_PIXELS`` bytes."""
    frames = iter_frames(image, size)
    if fmt == "WEBP":
        return encode_animation(frames, loop=image.info.get("loop", 0), quality=85)
    first, _ = next(frames)
    out = io.BytesIO()
    first.save(out, format="GIF", save_all=True, append_images=(frame for frame, _ in frames),
               loop=image.info.get("loop", 0))
    return out.getvalue()


def iter_frames(image: Image.Image, size: tuple[int, int] | None = None) -> Iterator[tuple[Image.Image, int]]:
    """Each frame of an opened animation as a clean RGBA copy (resized to ``size`` if given) with
    its duration in milliseconds, decoded only when the previous one has been used."""
    expected = image.size
    try:
        for frame in ImageSequence.Iterator(image):
            if frame.size != expected:  # a frame bigger than the checked canvas: refuse, never decode it
                raise AssetRejected(_DAMAGED)
            duration = int(frame.info.get("duration", 100)) or 100
            copy = frame.convert("RGBA")
            if size and size != copy.size:
                copy = copy.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
            copy.info = {"duration": duration}  # nothing else of the original rides along
            yield copy, duration
    except (OSError, ValueError, EOFError, SyntaxError, Image.DecompressionBombError):
        raise AssetRejected(_DAMAGED) from None


def first_frame(image: Image.Image) -> Image.Image:
    """The first frame of an opened animation, RGBA."""
    return next(iter_frames(image))[0]


def _save_options(fmt: str, image: Image.Image) -> dict:
    if fmt == "JPEG":
        return {"quality": 90, "optimize": True, "progressive": True}
    if fmt == "PNG":
        return {"optimize": True}
    if fmt == "WEBP":
        return {"quality": 90, "method": 4, "lossless": False}
    if fmt == "AVIF":
        return {"quality": 80, "speed": 8}
    return {}
