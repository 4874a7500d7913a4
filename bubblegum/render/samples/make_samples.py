"""Regenerate the sample images used by block examples (run by hand; output is committed).

    .venv/bin/python -m bubblegum.render.samples.make_samples

Abstract gradient/shape artwork drawn with Pillow, saved as WebP in a few widths, plus a
few SVG wordmarks for the logo cloud. ``index.json`` lists every key with its variants.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from markupsafe import Markup

HERE = Path(__file__).parent

# key: (width, height, variant widths, palette)
PHOTOS = {
    "hero": (1600, 1067, (480, 960, 1600), ["#6366f1", "#ec4899", "#f59e0b", "#0ea5e9"]),
    "cover": (1920, 1080, (640, 1280, 1920), ["#0f172a", "#1e3a8a", "#7c3aed", "#0891b2"]),
    "photo-1": (1200, 900, (480, 960), ["#fde68a", "#f97316", "#be123c", "#fef3c7"]),
    "photo-2": (1200, 900, (480, 960), ["#bbf7d0", "#10b981", "#065f46", "#ecfccb"]),
    "photo-3": (1200, 900, (480, 960), ["#bae6fd", "#3b82f6", "#1e1b4b", "#e0e7ff"]),
    "photo-4": (1200, 900, (480, 960), ["#fbcfe8", "#db2777", "#4c0519", "#fce7f3"]),
    "photo-5": (1200, 900, (480, 960), ["#ddd6fe", "#8b5cf6", "#2e1065", "#f5f3ff"]),
    "photo-6": (1200, 900, (480, 960), ["#fed7aa", "#ea580c", "#431407", "#ffedd5"]),
    "team-1": (640, 640, (320, 640), ["#fecaca", "#f87171", "#7f1d1d", "#fff1f2"]),
    "team-2": (640, 640, (320, 640), ["#a7f3d0", "#34d399", "#064e3b", "#ecfdf5"]),
    "team-3": (640, 640, (320, 640), ["#c7d2fe", "#818cf8", "#312e81", "#eef2ff"]),
    "team-4": (640, 640, (320, 640), ["#fde68a", "#fbbf24", "#78350f", "#fffbeb"]),
}

LOGOS = ["Northwind", "Acme Co", "Globex", "Initech", "Umbrella"]


def _hex(c: str) -> tuple[int, int, int]:
    return tuple(int(c[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def draw(key: str, w: int, h: int, palette: list[str]):
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(key)
    base = Image.linear_gradient("L").resize((w, h)).rotate(rnd.choice([0, 90, 180, 270]), expand=False)
    a, b = _hex(palette[3]), _hex(palette[0])
    img = Image.merge("RGB", [base.point(lambda v, i=i: int(a[i] + (b[i] - a[i]) * v / 255)) for i in range(3)])
    layer = Image.new("RGB", (w, h))
    layer.paste(img)
    d = ImageDraw.Draw(layer)
    for n in range(7):
        color = _hex(palette[n % 3])
        r = rnd.randint(min(w, h) // 6, min(w, h) // 2)
        x, y = rnd.randint(0, w), rnd.randint(0, h)
        d.ellipse((x - r, y - r, x + r, y + r), fill=color)
    layer = layer.filter(ImageFilter.GaussianBlur(min(w, h) // 9))
    d = ImageDraw.Draw(layer, "RGBA")
    for n in range(3):  # a few crisp geometric accents
        c = _hex(palette[(n + 1) % 4]) + (90,)
        r = rnd.randint(min(w, h) // 12, min(w, h) // 5)
        x, y = rnd.randint(r, w - r), rnd.randint(r, h - r)
        if n % 2:
            d.rounded_rectangle((x - r, y - r, x + r, y + r), radius=r // 3, fill=c)
        else:
            d.ellipse((x - r, y - r, x + r, y + r), outline=c[:3] + (160,), width=max(2, r // 10))
    return layer


def main() -> None:
    index: dict[str, dict] = {}
    for key, (w, h, widths, palette) in PHOTOS.items():
        art = draw(key, w, h, palette)
        variants = []
        for vw in widths:
            vh = round(h * vw / w)
            name = f"{key}-{vw}.webp"
            art.resize((vw, vh)).save(HERE / name, "WEBP", quality=72, method=6)
            variants.append([name, vw, vh])
        avg = art.resize((1, 1)).getpixel((0, 0))
        index[key] = {"variants": variants, "placeholder": "#%02x%02x%02x" % avg}
    for n, name in enumerate(LOGOS, 1):
        width = 40 + 13 * len(name)
        svg = Markup(
            '<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="40" viewBox="0 0 {0} 40">'
            '<rect x="2" y="8" width="24" height="24" rx="{1}" fill="#64748b"/>'
            '<text x="34" y="27" font-family="system-ui,Segoe UI,Roboto,Arial,sans-serif" '
            'font-size="20" font-weight="700" fill="#475569">{2}</text></svg>'
        ).format(width, 4 * (n % 3) + 2, name)
        (HERE / f"logo-{n}.svg").write_text(svg)
        index[f"logo-{n}"] = {"variants": [[f"logo-{n}.svg", width, 40]], "placeholder": None}
    (HERE / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
