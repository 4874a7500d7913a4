"""Font files: self-hosted woff2 files shipped in ``fonts/`` (latin subset, one weight each,
from the @fontsource npm packages, SIL OFL 1.1; see fonts/NOTICE.txt). The catalogue
(``FONTS``: which keys exist, their stacks) is data in ``blocks.theme``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bubblegum.blocks.theme import Font

FONT_DIR = Path(__file__).parent / "fonts"

LATIN = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
    "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
)


@lru_cache(maxsize=None)
def font_bytes(file: str) -> bytes:
    return (FONT_DIR / file).read_bytes()


def font_face(font: Font, url: str) -> str:
    """The @font-face rule for a shipped font served at ``url``."""
    return (
        f'@font-face{{font-family:"{font.family}";font-style:normal;font-weight:{font.weight};'
        f'font-display:swap;src:url({url}) format("woff2");unicode-range:{LATIN}}}'
    )
