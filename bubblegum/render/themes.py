"""Resolved design tokens with WCAG contrast enforced. The stored ``Theme`` and the
presets are data in ``blocks.theme``; ``resolve_theme`` turns a theme into ``Tokens``:
every text/background pair the blocks use is checked with the WCAG 2 contrast formula and nudged (toward black or white) until it reaches AA (4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bubblegum.blocks.theme import FONTS, PRESETS, RADII, SHADOWS, SPACING, Font, Theme

AA = 4.6  # WCAG AA is 4.5:1; a little headroom for rounding


# ---- colour maths (WCAG 2.x) ----

def _rgb(hex_color: str) -> tuple[float, float, float]:
    h = hex_color.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c * 255))):02x}" for c in rgb)


def luminance(color: str) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """``t`` of the way from a to b."""
    ra, rb = _rgb(a), _rgb(b)
    return _hex(tuple(x + (y - x) * t for x, y in zip(ra, rb)))  # type: ignore[arg-type]


def ensure_contrast(fg: str, backgrounds: list[str], target: float = AA) -> str:
    """Move ``fg`` toward black or white (away from the backgrounds) until it reaches
    ``target`` against every background; returns fg unchanged when it already does."""
    if min(contrast(fg, bg) for bg in backgrounds) >= target:
        return fg
    darkest_bg = min(luminance(bg) for bg in backgrounds)
    towards = "#000000" if darkest_bg > 0.18 else "#ffffff"
    candidates = [mix(fg, towards, i / 40) for i in range(1, 41)]
    for c in candidates:
        if min(contrast(c, bg) for bg in backgrounds) >= target:
            return c
    other = "#ffffff" if towards == "#000000" else "#000000"
    return max((towards, other), key=lambda c: min(contrast(c, bg) for bg in backgrounds))


def on_color(bg: str) -> str:
    """Readable text color for a filled background (near-white or near-black)."""
    light, dark = "#ffffff", "#0b0b0f"
    return light if contrast(light, bg) >= contrast(dark, bg) else dark


def fit_fill(fill: str, text: str, target: float = AA) -> str:
    """Adjust a fill color (button, badge) until ``text`` on it reaches ``target``."""
    if contrast(text, fill) >= target:
        return fill
    towards = "#000000" if luminance(text) > 0.5 else "#ffffff"
    for i in range(1, 41):
        c = mix(fill, towards, i / 40)
        if contrast(text, c) >= target:
            return c
    return towards


@dataclass(frozen=True)
class Tokens:
    preset: str
    bg: str
    fg: str
    muted: str
    link: str
    surface: str
    border: str
    field_border: str
    primary: str
    on_primary: str
    primary_2: str
    accent: str
    on_accent: str
    heading_font: Font
    body_font: Font
    radius: str
    button_radius: str
    spacing: str
    shadow: str

    def pairs(self) -> list[tuple[str, str, str]]:
        """Every (name, text, background) pair the blocks render; all must reach AA."""
        return [
            ("text on background", self.fg, self.bg),
            ("text on surface", self.fg, self.surface),
            ("muted on background", self.muted, self.bg),
            ("muted on surface", self.muted, self.surface),
            ("link on background", self.link, self.bg),
            ("link on surface", self.link, self.surface),
            ("button text on primary", self.on_primary, self.primary),
            ("text on accent band card", self.on_primary, self.primary_2),
            ("text on accent tile", self.on_accent, self.accent),
        ]

    def css_vars(self) -> str:
        v = {
            "bg0": self.bg, "fg0": self.fg, "muted0": self.muted, "link0": self.link,
            "surface": self.surface, "border0": self.border, "field": self.field_border,
            "primary": self.primary, "on-primary": self.on_primary, "primary-2": self.primary_2,
            "accent": self.accent, "on-accent": self.on_accent,
            "font-h": self.heading_font.stack, "font-b": self.body_font.stack,
            "hw": str(self.heading_font.weight), "r": self.radius, "rb": self.button_radius,
            "sp": self.spacing, "shadow": self.shadow,
            # fixed colours for text over photos (hero cover, video poster)
            "img-bg": "#0b0f19", "on-img": "#ffffff", "ink": "#111827",
            "scrim": "linear-gradient(180deg,rgba(8,10,20,.55),rgba(8,10,20,.75))",
            "lift": "0 8px 30px rgba(0,0,0,.3)",
        }
        return ":root{" + ";".join(f"--{k}:{val}" for k, val in v.items()) + "}"


def resolve_theme(theme: Theme | dict | None) -> Tokens:
    if theme is None:
        theme = Theme()
    elif isinstance(theme, dict):
        theme = Theme.model_validate(theme)
    return _resolve(theme.model_dump_json(exclude_none=True))


@lru_cache(maxsize=256)
def _resolve(theme_json: str) -> Tokens:
    t = Theme.model_validate_json(theme_json)
    p = PRESETS[t.preset]
    bg = t.background or p.background
    surface = t.surface or p.surface
    fg = ensure_contrast(t.text or p.text, [bg, surface])
    muted = ensure_contrast(mix(fg, bg, 0.38), [bg, surface])
    primary = t.primary or p.primary
    on_primary = on_color(primary)
    primary = fit_fill(primary, on_primary)
    link = ensure_contrast(primary, [bg, surface])
    primary_2 = fit_fill(mix(primary, on_primary, 0.1), on_primary)
    accent = t.accent or p.accent
    on_accent = on_color(accent)
    accent = fit_fill(accent, on_accent)
    radius, button_radius = RADII[t.radius or p.radius]
    buttons = t.buttons or p.buttons
    if buttons == "pill":
        button_radius = "999px"
    elif buttons == "square":
        button_radius = "0px" if (t.radius or p.radius) == "none" else "4px"
    dark = luminance(bg) < 0.18
    shadow = SHADOWS[t.shadow or p.shadow]
    if dark and (t.shadow or p.shadow) != "strong":
        shadow = "0 0 0 1px rgba(255,255,255,.08)"
    return Tokens(
        preset=t.preset,
        bg=bg, fg=fg, muted=muted, link=link, surface=surface,
        border=mix(fg, bg, 0.86), field_border=mix(fg, bg, 0.55),
        primary=primary, on_primary=on_primary, primary_2=primary_2,
        accent=accent, on_accent=on_accent,
        heading_font=FONTS[t.heading_font or p.heading_font],
        body_font=FONTS[t.body_font or p.body_font],
        radius=radius, button_radius=button_radius,
        spacing=SPACING[t.spacing or p.spacing], shadow=shadow,
    )
