"""Fonts: self-hosted woff2 files shipped in ``fonts/`` (latin subset, one weight each,
from the @fontsource npm packages, SIL OFL 1.1; see fonts/NOTICE.txt) and system stacks.

Heading fonts may be any key below; body text always uses a system stack (zero bytes to
download, no layout shift), which keeps a page's first load small.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FONT_DIR = Path(__file__).parent / "fonts"

SANS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif'
SERIF = 'Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif'
ROUNDED = 'ui-rounded,"SF Pro Rounded","Hiragino Maru Gothic ProN",Quicksand,Nunito,system-ui,sans-serif'
LATIN = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
    "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
)


@dataclass(frozen=True)
class Font:
    key: str
    label: str
    family: str | None  # CSS family name of the shipped file; None for a system stack
    fallback: str
    file: str | None = None
    weight: int = 700

    @property
    def stack(self) -> str:
        return f'"{self.family}",{self.fallback}' if self.family else self.fallback


FONTS: dict[str, Font] = {
    f.key: f
    for f in (
        Font("system-sans", "System sans-serif", None, SANS, weight=700),
        Font("system-serif", "System serif", None, SERIF, weight=700),
        Font("system-rounded", "System rounded", None, ROUNDED, weight=700),
        Font("inter", "Inter", "Inter", SANS, "inter-latin-700-normal.woff2", 700),
        Font("dm-sans", "DM Sans", "DM Sans", SANS, "dm-sans-latin-700-normal.woff2", 700),
        Font("poppins", "Poppins", "Poppins", SANS, "poppins-latin-700-normal.woff2", 700),
        Font("space-grotesk", "Space Grotesk", "Space Grotesk", SANS, "space-grotesk-latin-700-normal.woff2", 700),
        Font("nunito", "Nunito", "Nunito", ROUNDED, "nunito-latin-800-normal.woff2", 800),
        Font("playfair-display", "Playfair Display", "Playfair Display", SERIF, "playfair-display-latin-700-normal.woff2", 700),
        Font("fraunces", "Fraunces", "Fraunces", SERIF, "fraunces-latin-600-normal.woff2", 600),
        Font("lora", "Lora", "Lora", SERIF, "lora-latin-700-normal.woff2", 700),
    )
}
BODY_FONTS = ("system-sans", "system-serif", "system-rounded")


@lru_cache(maxsize=None)
def font_bytes(file: str) -> bytes:
    return (FONT_DIR / file).read_bytes()


def font_face(font: Font, url: str) -> str:
    """The @font-face rule for a shipped font served at ``url``."""
    return (
        f'@font-face{{font-family:"{font.family}";font-style:normal;font-weight:{font.weight};'
        f'font-display:swap;src:url({url}) format("woff2");unicode-range:{LATIN}}}'
    )
