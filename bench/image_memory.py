"""Peak memory of the worst images the upload limits let through, each in a fresh process.

    .venv/bin/python bench/image_memory.py

Builds each file, then runs the whole upload path on it in a subprocess (re-encode with
``intake.prepare_upload``, then every responsive variant as the variants job makes them) and
prints the peak resident memory above the process's baseline and Python's own peak
(``tracemalloc``; Pillow's pixel buffers are C allocations and show only in RSS). The files
are made in a process of their own first: ``ru_maxrss`` is carried across fork and exec, so a
big parent would hide the children's peaks.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bubblegum.services.assets.validation import (  # noqa: E402
    MAX_ANIMATION_FRAME_PIXELS,
    MAX_PIXELS,
    MAX_TOTAL_PIXELS,
)
from tests.unit.assets import samples  # noqa: E402

CHILD = r"""
import gc, io, json, resource, sys, tracemalloc
from PIL import Image
from bubblegum.services.assets.images import decode, first_frame, is_animation, open_checked
from bubblegum.services.assets.intake import prepare_upload
from bubblegum.services.assets.validation import AssetRejected
from bubblegum.services.assets.variants import dominant_color, make_animated_variants, make_variants
data = open(sys.argv[1], "rb").read()
gc.collect()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
try:
    master = prepare_upload(data).data
    probe = open_checked(master)
    if is_animation(probe):
        variants = make_animated_variants(probe); dominant_color(first_frame(probe))
    else:
        image = decode(master); variants = make_variants(image); dominant_color(image)
    outcome = f"accepted, {len(variants)} variants"
except AssetRejected as error:
    outcome = "refused: " + error.message
peak_py = tracemalloc.get_traced_memory()[1]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "rss_mb": (peak - base) / 1024, "py_mb": peak_py / 2**20}))
"""


def _still(fmt: str, side: int) -> bytes:
    out = io.BytesIO()
    Image.radial_gradient("L").resize((side, side)).convert("RGB").save(out, fmt)
    return out.getvalue()


def cases() -> list[tuple[str, bytes]]:
    side = int(MAX_PIXELS ** 0.5)  # the largest square still image
    small = int((MAX_TOTAL_PIXELS / 300) ** 0.5)  # 300 frames within the pixel budget
    big = int(MAX_ANIMATION_FRAME_PIXELS ** 0.5)  # the largest animation frame
    many = MAX_TOTAL_PIXELS // (big * big)  # as many of them as the pixel budget allows
    return [
        (f"PNG {side}x{side} ({side * side / 1e6:.0f} MP)", _still("PNG", side)),
        (f"JPEG {side}x{side}", _still("JPEG", side)),
        (f"GIF 300 frames {small}x{small}", samples.animation("GIF", 300, small, small)),
        (f"WebP 300 frames {small}x{small}", samples.animation("WEBP", 300, small, small)),
        (f"APNG 300 frames {small}x{small}", samples.animation("PNG", 300, small, small)),
        (f"GIF {many} frames {big}x{big}", samples.animation("GIF", many, big, big)),
        (f"WebP {many} frames {big}x{big}", samples.animation("WEBP", many, big, big)),
        (f"APNG {many} frames {big}x{big}", samples.animation("PNG", many, big, big)),
        ("GIF 2 frames 5477x5477 (frames too big for an animation)", samples.animation("GIF", 2, 5477, 5477)),
        ("GIF 301 frames (over the frame limit)", samples.animation("GIF", 301, 64, 64)),
        ("GIF 200 frames 600x600 (over the pixel budget)", samples.animation("GIF", 200, 600, 600)),
        ("PNG bomb 60000x60000", samples.png_bomb()),
        ("PNG 8000x8000 header (64 MP)", samples.png_bomb(8000, 8000)),
        ("GIF bomb 65535x65535", samples.gif_bomb()),
        ("GIF frame larger than its canvas", samples.gif_with_outsized_frame()),
    ]


def make_files(folder: Path) -> None:
    names = []
    for n, (name, data) in enumerate(cases()):
        Path(folder, str(n)).write_bytes(data)
        names.append(name)
    Path(folder, "names.json").write_text(json.dumps(names))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, __file__, "--make", folder], cwd=ROOT, check=True)
        names = json.loads(Path(folder, "names.json").read_text())
        print("| file | bytes | outcome | peak RSS above baseline (MB) | Python peak (MB) |\n|---|---|---|---|---|")
        for n, name in enumerate(names):
            path = Path(folder, str(n))
            result = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True,
                                    text=True, check=True)
            row = json.loads(result.stdout.strip().splitlines()[-1])
            print(f"| {name} | {path.stat().st_size:,} | {row['outcome']} | {row['rss_mb']:.0f} | {row['py_mb']:.1f} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_files(Path(sys.argv[2]))
    else:
        main()
