"""Encode an animated WebP from frames given one at a time.

Pillow's ``save(save_all=True, append_images=...)`` turns ``append_images`` into a list,
so every full frame would be held at once. This feeds libwebp's animation encoder (the
same one Pillow uses, through ``PIL._webp``; pinned Pillow 13) frame by frame: only the
current frame and the encoder's compressed output are in memory.
"""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image
from PIL import _webp  # noqa: PLC2701 (Pillow's own binding; its save_all path uses it the same way)

KEYFRAMES = (3, 5)  # kmin, kmax: Pillow's lossy defaults (from gif2webp)


def encode_animation(frames: Iterable[tuple[Image.Image, int]], *, loop: int = 0, quality: int = 80,
                     method: int = 4) -> bytes:
    """``frames`` yields (RGBA image, duration in ms); all frames share the first one's size."""
    encoder = None
    timestamp = 0
    for frame, duration in frames:
        if encoder is None:
            encoder = _webp.WebPAnimEncoder(frame.size, 0, loop, False, *KEYFRAMES, False, False)
        encoder.add(frame.getim(), timestamp, False, quality, 100, method)
        timestamp += duration
    if encoder is None:
        raise ValueError("an animation needs at least one frame")
    encoder.add(None, timestamp, False, quality, 100, 0)
    data = encoder.assemble(b"", b"", b"")
    if data is None:
        raise OSError("the WebP encoder returned nothing")
    return data

