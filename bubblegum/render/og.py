"""Open Graph images (1200×630 PNG) drawn with Pillow, named by a hash of what they show,
so an unchanged image is never drawn twice (the bundle reuses it from the manifest)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, fields
from functools import cached_property

from bubblegum.render.themes import Tokens

OG_WIDTH, OG_HEIGHT = 1200, 630
OG_VERSION = 2  # bump when the drawing or encoding changes: the file name changes with it


@dataclass(frozen=True)
class OgSpec:
    site_name: str
    title: str
    subtitle: str
    bg: str
    fg: str
    primary: str
    on_primary: str
    font_file: str | None

    @cached_property  # every page sharing the site's image asks for its path
    def digest(self) -> str:
        key = "\x1f".join([str(OG_VERSION), *(str(getattr(self, f.name)) for f in fields(self))])
        return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()

    @cached_property
    def path(self) -> str:
        return f"_assets/og-{self.digest}.png"


def og_spec(site_name: str, title: str, subtitle: str, tokens: Tokens) -> OgSpec:
    return OgSpec(site_name, title, subtitle[:160], tokens.bg, tokens.fg, tokens.primary,
                  tokens.on_primary, tokens.heading_font.file)


def _font(size: int, file: str | None):
    from PIL import ImageFont

    from bubblegum.render.fonts import FONT_DIR

    if file:
        try:
            return ImageFont.truetype(str(FONT_DIR / file), size)
        except OSError:  # woff2 needs FreeType with brotli; fall back below
            pass
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _wrap(draw, text: str, font, width: int, max_lines: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for w in words:
        trial = f"{line} {w}".strip()
        if draw.textlength(trial, font=font) <= width:
            line = trial
        else:
            if line:
                lines.append(line)
            line = w
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(".,;: ") + "…"
    return lines


def draw_og(spec: OgSpec) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (OG_WIDTH, OG_HEIGHT), spec.bg)
    d = ImageDraw.Draw(img)
    # brand band and decorative circles
    d.rectangle((0, 0, 24, OG_HEIGHT), fill=spec.primary)
    d.ellipse((880, -180, 1380, 320), fill=spec.primary)
    d.ellipse((1010, 380, 1290, 660), outline=spec.primary, width=18)
    title_font = _font(68, spec.font_file)
    sub_font = _font(32, None)
    name_font = _font(30, spec.font_file)
    d.text((96, 84), spec.site_name, font=name_font, fill=spec.fg)
    y = 190
    for line in _wrap(d, spec.title, title_font, 820, 3):
        d.text((96, y), line, font=title_font, fill=spec.fg)
        y += 84
    if spec.subtitle:
        y += 18
        for line in _wrap(d, spec.subtitle, sub_font, 820, 2):
            d.text((96, y), line, font=sub_font, fill=spec.fg)
            y += 44
    buf = io.BytesIO()
    # zlib level 6 without optimize: 3x faster to encode than optimize=True, 5% larger
    img.save(buf, "PNG", compress_level=6)
    return buf.getvalue()
