"""Decode an untrusted raster safely and re-encode it, so nothing but pixels survives.

- Opened with ``Image.open(formats=...)`` restricted to the allowlist: a FITS, PSD or
  any other Pillow-readable format is refused even if it is named ``.png``.
- Dimensions are read from the header and checked against ``MAX_PIXELS`` *before* any
  pixel is decoded; Pillow's own decompression-bomb error is also caught.
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
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, ImageSequence, UnidentifiedImageError

from bubblegum.services.assets.validation import MAX_FRAMES, MAX_PIXELS, MAX_SIDE, RASTER_FORMATS, AssetRejected

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
    if getattr(image, "n_frames", 1) > MAX_FRAMES:
        raise AssetRejected(f"The animation has more than {MAX_FRAMES} frames.")
    return image


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
    """Validate and re-encode in the same format (animations kept for GIF/WebP)."""
    probe = open_checked(data, max_pixels=max_pixels)
    fmt = probe.format
    content_type, extension = RASTER_FORMATS[fmt]
    animated = is_animation(probe)
    out = io.BytesIO()
    if animated:
        frames, durations = animation_frames(probe)
        options = {"save_all": True, "append_images": frames[1:], "duration": durations,
                   "loop": probe.info.get("loop", 0)}
        if fmt == "WEBP":
            options.update(quality=85, method=4)
        frames[0].save(out, format=fmt, **options)
        width, height = frames[0].size
    else:
        image = decode(data, max_pixels=max_pixels)
        width, height = image.size
        image.save(out, format=fmt, **_save_options(fmt, image))
    return ProcessedImage(out.getvalue(), fmt, content_type, extension, width, height, animated)


def is_animation(image: Image.Image) -> bool:
    """An opened GIF or WebP with more than one frame (other formats' extra frames are ignored)."""
    return bool(getattr(image, "is_animated", False)) and image.format in ("GIF", "WEBP")


def animation_frames(image: Image.Image) -> tuple[list[Image.Image], list[int]]:
    """Every frame of an opened animation as RGBA, with its duration in milliseconds."""
    frames, durations = [], []
    try:
        for frame in ImageSequence.Iterator(image):
            durations.append(int(frame.info.get("duration", 100)) or 100)
            copy = frame.convert("RGBA")
            copy.info = {}
            frames.append(copy)
    except (OSError, ValueError, EOFError, SyntaxError):
        raise AssetRejected(_DAMAGED) from None
    return frames, durations


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
