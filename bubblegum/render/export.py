"""Export a site document to a folder (incrementally) and optionally a zip.

The folder keeps ``.bubblegum-manifest.json``; exporting again into the same folder
renders only pages whose content changed and deletes files that no longer belong.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bubblegum.render.bundle import Bundle, build_bundle

MANIFEST_NAME = ".bubblegum-manifest.json"


@dataclass
class ExportReport:
    out_dir: Path
    pages: int
    rendered: int
    reused: int
    written: int
    removed: int
    total_bytes: int
    seconds: float
    zip_path: Path | None = None

    def summary(self) -> str:
        z = f", zip {self.zip_path}" if self.zip_path else ""
        return (
            f"exported {self.pages} pages to {self.out_dir}: rendered {self.rendered}, "
            f"reused {self.reused}; wrote {self.written} files, removed {self.removed}{z} "
            f"in {self.seconds:.2f}s"
        )


def _read_manifest(out_dir: Path) -> dict[str, Any] | None:
    try:
        manifest = json.loads((out_dir / MANIFEST_NAME).read_text())
    except (OSError, ValueError):
        return None
    # trust only entries whose files are still on disk
    files = manifest.get("files", {})
    missing = [p for p in files if not (out_dir / p).is_file()]
    if missing:
        for p in missing:
            files.pop(p, None)
        pages = manifest.get("pages", {})
        for slug in [s for s, e in pages.items() if e.get("path") in missing]:
            pages.pop(slug)
    return manifest


WRITE_THREADS = 4  # creating files and folders is mostly kernel time: threads overlap it


def _write_files(items: list[tuple[str, bytes]], out_dir: Path) -> None:
    made: set[Path] = set()
    for path, data in items:
        target = out_dir / path
        parent = target.parent
        if parent not in made:
            parent.mkdir(parents=True, exist_ok=True)
            made.add(parent)
        with open(target, "wb") as f:
            f.write(data)


def write_bundle(bundle: Bundle, out_dir: Path) -> int:
    items = list(bundle.files.items())
    if len(items) < 64:
        _write_files(items, out_dir)
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(WRITE_THREADS) as pool:
            for _ in pool.map(_write_files, [items[k::WRITE_THREADS] for k in range(WRITE_THREADS)],
                              [out_dir] * WRITE_THREADS):
                pass
    for path in bundle.removed:
        try:
            (out_dir / path).unlink()
        except FileNotFoundError:
            pass
        d = (out_dir / path).parent
        while d != out_dir and d.is_dir() and not any(d.iterdir()):
            d.rmdir()
            d = d.parent
    tmp = out_dir / (MANIFEST_NAME + ".tmp")
    tmp.write_text(json.dumps(bundle.manifest, separators=(",", ":")))
    os.replace(tmp, out_dir / MANIFEST_NAME)
    return len(bundle.files)


def zip_folder(out_dir: Path, paths: list[str], zip_path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in paths:
            zf.write(out_dir / p, p)
    return zip_path


def export_site(
    site_doc: Any,
    out_dir: str | os.PathLike[str],
    *,
    base_url: str | None = None,
    zip: bool = False,  # noqa: A002 - mirrors the CLI flag
    **options: Any,
) -> ExportReport:
    """Export ``site_doc`` (dict or SiteDocument) into ``out_dir``; with ``zip`` also
    write ``<out_dir>.zip``. Raises ``DocumentError`` for an invalid document."""
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    previous = _read_manifest(out)
    if previous is not None and base_url is None:
        base_url = None  # the site's own base_url (or the default) decides
    bundle = build_bundle(site_doc, base_url=base_url, previous_manifest=previous, **options)
    written = write_bundle(bundle, out)
    zip_path = zip_folder(out, bundle.paths, out.with_suffix(".zip")) if zip else None
    total = sum((out / p).stat().st_size for p in bundle.paths) if zip else sum(
        len(b) for b in bundle.files.values()
    )
    return ExportReport(
        out_dir=out, pages=len([k for k in bundle.manifest["pages"] if not k.startswith("\x00")]),
        rendered=bundle.rendered, reused=bundle.reused, written=written,
        removed=len(bundle.removed), total_bytes=total, seconds=time.perf_counter() - start,
        zip_path=zip_path,
    )
