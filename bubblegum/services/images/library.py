"""The offline image library (stub: to be replaced by the real shipped library).

``choose(subjects, count, seed)`` returns ``count`` images as ``{"src", "alt"}`` dicts whose
``src`` the renderer resolves (``asset:sample/<key>``) and whose ``alt`` says what the image
shows. ``subjects`` are plain English subject words, most specific first ("bakery", "bread",
"food"); ``seed`` makes the choice deterministic and varied between businesses.
"""

from __future__ import annotations

import random

_PHOTOS = [f"photo-{i}" for i in range(1, 7)]


def choose(subjects: list[str], count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    keys = rng.sample(_PHOTOS, k=min(count, len(_PHOTOS)))
    return [{"src": f"asset:sample/{key}", "alt": ""} for key in keys]
