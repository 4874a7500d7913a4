"""Build the shipped image library from the registry packages listed in ``sources.py``
(run by hand; the output is committed).

    apt-get download lomiri-wallpapers-16.04 lomiri-wallpapers-20.04 \\
        plasma-workspace-wallpapers mate-backgrounds      # then dpkg-deb -x each into SRC/<name>
    pip download --no-deps scikit-image scikit-learn matplotlib  # then unzip each into SRC/<name>
    npm pack startbootstrap-business-casual ... soft-ui-design-system  # then untar each; SRC/<name> = its package/
    .venv/bin/python -m bubblegum.render.library.make_library SRC [KEY ...]

With KEYs only those photos are (re)built and the other entries of ``index.json`` are kept, so
adding photos needs only the packages they come from.

Each photo is cropped to 3:2 around its focus, saved as WebP in up to three widths (never
wider than the original) with its average colour as placeholder. ``index.json`` holds the
variants, alt text, subjects and credit of every key; ``LICENSES.md`` is the human-readable
record of the same.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bubblegum.render.library.sources import PHOTOS

HERE = Path(__file__).parent
WIDTHS = (480, 960, 1600)


def crop_3_2(image, focus: float):
    w, h = image.size
    if w / h > 1.5:
        cw = round(h * 1.5)
        left = (w - cw) // 2
        return image.crop((left, 0, left + cw, h))
    ch = round(w / 1.5)
    top = min(max(0, round(h * focus - ch / 2)), h - ch)
    return image.crop((0, top, w, top + ch))


def build(src: Path, keys: set[str] | None = None) -> dict[str, dict]:
    from PIL import Image

    index: dict[str, dict] = {}
    for key, (_, folder), file, _, _, focus, _, _ in PHOTOS:
        if keys is not None and key not in keys:
            continue
        photo = crop_3_2(Image.open(src / folder / file).convert("RGB"), focus)
        variants = []
        for width in sorted({min(w, photo.width) for w in WIDTHS}):
            height = round(photo.height * width / photo.width)
            name = f"{key}-{width}.webp"
            photo.resize((width, height), Image.LANCZOS).save(HERE / name, "WEBP", quality=70, method=6)
            variants.append([name, width, height])
        average = photo.resize((1, 1), Image.BOX).getpixel((0, 0))
        index[key] = {"variants": variants, "placeholder": "#%02x%02x%02x" % average}
    return index


def described(photo: tuple) -> dict:
    """What ``index.json`` says of a photo besides its files: alt, subjects and credit."""
    key, (package, _), file, author, (licence, licence_url), _, alt, subjects = photo
    return {"alt": alt, "subjects": subjects, "author": author, "licence": licence, "licence_url": licence_url,
            "source": f"{package}: {file}"}


def licences_text(index: dict[str, dict]) -> str:
    lines = ["# Image library: sources and licences", "",
             "Every photograph here was copied from a package of a public registry (Debian, PyPI or npm),",
             "cropped to 3:2 and re-encoded as WebP. CC0 and public-domain photos need no credit; for every other",
             "licence (CC-BY, CC-BY-SA, GPL, LGPL, Unsplash) a page that shows the photo credits its author and links the",
             "licence (``render/credits.py``), and a resized copy stays under the same licence.", "",
             "| key | what it shows | author | licence | taken from |", "|---|---|---|---|---|"]
    for key, entry in sorted(index.items()):
        lines.append(f"| {key} | {entry['alt']} | {entry['author']} | [{entry['licence']}]({entry['licence_url']}) "
                     f"| {entry['source']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    keys = set(sys.argv[2:]) or None
    index = json.loads((HERE / "index.json").read_text()) if keys else {}
    index.update(build(Path(sys.argv[1]), keys))
    index = {photo[0]: index[photo[0]] | described(photo) for photo in PHOTOS}  # drops photos no longer listed
    (HERE / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    (HERE / "LICENSES.md").write_text(licences_text(index))


if __name__ == "__main__":
    main()
