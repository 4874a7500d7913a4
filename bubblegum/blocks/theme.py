"""A site's look as data: the stored ``Theme`` (a preset plus optional overrides), the
presets and the font catalogue. Rendering (tokens, contrast, font files) lives in render/.

``Theme`` is what a project stores (``Project.theme``) and what a site document carries;
``Theme.model_validate(d).model_dump(exclude_none=True)`` round-trips.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from bubblegum.blocks.fields import COLOR

SANS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif'
SERIF = 'Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif'
ROUNDED = 'ui-rounded,"SF Pro Rounded","Hiragino Maru Gothic ProN",Quicksand,Nunito,system-ui,sans-serif'


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


HexColor = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$", to_lower=True), COLOR]


@dataclass(frozen=True)
class Preset:
    label: str
    primary: str
    accent: str
    background: str
    text: str
    surface: str
    heading_font: str
    body_font: str = "system-sans"
    radius: str = "medium"
    spacing: str = "normal"
    shadow: str = "soft"
    buttons: str = "rounded"  # rounded | pill | square


PRESETS: dict[str, Preset] = {
    "modern": Preset("Modern", "#4f46e5", "#e0e7ff", "#ffffff", "#0f172a", "#f5f6fb", "dm-sans", radius="large", buttons="pill"),
    "minimal": Preset("Minimal", "#111827", "#f3f4f6", "#ffffff", "#111827", "#f6f6f6", "system-sans", radius="small", spacing="airy", shadow="none", buttons="square"),
    "playful": Preset("Playful", "#db2777", "#fde68a", "#fffaf5", "#1f1235", "#fff0e3", "poppins", "system-rounded", radius="large", buttons="pill"),
    "elegant": Preset("Elegant", "#7c5c3b", "#efe7dc", "#fdfbf7", "#1c1917", "#f4eee5", "playfair-display", "system-serif", radius="none", spacing="airy", shadow="none", buttons="square"),
    "bold": Preset("Bold", "#f97316", "#0a0a0a", "#ffffff", "#0a0a0a", "#f4f4f0", "space-grotesk", radius="small", shadow="strong", buttons="square"),
    "corporate": Preset("Corporate", "#1d4ed8", "#dbeafe", "#ffffff", "#0f172a", "#f1f5f9", "inter", radius="small"),
    "warm": Preset("Warm", "#b45309", "#fde9c9", "#fffbf5", "#292524", "#faf1e4", "fraunces", radius="medium"),
    "dark": Preset("Dark", "#a78bfa", "#2e2a5a", "#0b0b12", "#f4f4f5", "#17171f", "space-grotesk", radius="large", shadow="none", buttons="pill"),
    "fresh": Preset("Fresh", "#059669", "#d1fae5", "#ffffff", "#0b2a1f", "#f0fdf6", "nunito", "system-rounded", radius="large", buttons="pill"),
    "classic": Preset("Classic", "#1e3a5f", "#e6edf5", "#ffffff", "#1f2937", "#f5f7fa", "lora", "system-serif", radius="small"),
}

RADII = {"none": ("0px", "0px"), "small": ("6px", "6px"), "medium": ("12px", "10px"), "large": ("20px", "14px")}
SPACING = {"compact": "0.8", "normal": "1", "airy": "1.25"}
SHADOWS = {
    "none": "0 0 0 1px rgba(15,23,42,.08)",
    "soft": "0 1px 2px rgba(15,23,42,.06),0 12px 32px -8px rgba(15,23,42,.16)",
    "strong": "6px 6px 0 rgba(10,10,10,.9)",
}


class Theme(BaseModel):
    """A site's theme as stored: a preset name plus any overrides (None = preset value)."""

    model_config = ConfigDict(extra="forbid")

    preset: str = Field("modern", description="One of: " + ", ".join(PRESETS))
    primary: HexColor | None = Field(None, description="Brand color (buttons, links)")
    accent: HexColor | None = Field(None, description="Secondary color (icon tiles, tags)")
    background: HexColor | None = None
    text: HexColor | None = None
    surface: HexColor | None = Field(None, description="Background of cards and alt sections")
    heading_font: str | None = Field(None, description="One of: " + ", ".join(FONTS))
    body_font: str | None = Field(None, description="One of: " + ", ".join(BODY_FONTS))
    radius: Literal["none", "small", "medium", "large"] | None = None
    spacing: Literal["compact", "normal", "airy"] | None = None
    shadow: Literal["none", "soft", "strong"] | None = None
    buttons: Literal["rounded", "pill", "square"] | None = None

    @field_validator("preset")
    @classmethod
    def _preset(cls, v: str) -> str:
        if v not in PRESETS:
            raise ValueError(f"unknown theme preset {v!r} (choose from {', '.join(PRESETS)})")
        return v

    @field_validator("heading_font")
    @classmethod
    def _heading(cls, v: str | None) -> str | None:
        if v is not None and v not in FONTS:
            raise ValueError(f"unknown font {v!r} (choose from {', '.join(FONTS)})")
        return v

    @field_validator("body_font")
    @classmethod
    def _body(cls, v: str | None) -> str | None:
        if v is not None and v not in BODY_FONTS:
            raise ValueError(f"body font must be one of {', '.join(BODY_FONTS)}")
        return v
