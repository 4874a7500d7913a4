"""Export a site document to a folder (incrementally) and optionally a zip.

The folder keeps ``.bubblegum-manifest.json``; exporting again into the same folder
renders only pages whose content changed and deletes files that no longer belong. An
export that fails (an invalid page, a full disk) leaves the folder as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bubblegum.blocks.samples import SampleBlock, sample_blocks
from bubblegum.render.bundle import build_bundle

MANIFEST_NAME = ".bubblegum-manifest.json"
STAGE_SUFFIX = ".bubblegum-partial"  # where an export's files wait until the whole build has succeeded


@dataclass
class ExportReport:
    out_dir: Path
    pages: int
    rendered: int
    reused: int
    written: int
    removed: int
    seconds: float
    zip_path: Path | None = None
    omitted_samples: list[SampleBlock] = field(default_factory=list)  # never published

    def summary(self) -> str:
        z = f", zip {self.zip_path}" if self.zip_path else ""
        return (
            f"exported {self.pages} pages to {self.out_dir}: rendered {self.rendered}, "
            f"reused {self.reused}; wrote {self.written} files, removed {self.removed}{z} "
            f"in {self.seconds:.2f}s"
        )

    def samples_note(self) -> str:
        """What was left out as sample content ("" when nothing was)."""
        if not self.omitted_samples:
            return ""
        return (f"note: left out {len(self.omitted_samples)} sample block(s), which are never published: "
                + "; ".join(s.where for s in self.omitted_samples))


def _read_manifest(out_dir: Path) -> dict[str, Any] | None:
    try:
        manifest = json.loads((out_dir / MANIFEST_NAME).read_text())
    except (OSError, ValueError):
        return None
    # trust only entries whose files are still on disk
    files = manifest.get("files", {})
    root = str(out_dir) + os.sep
    missing = [p for p in files if not os.path.isfile(root + p)]
    if missing:
        for p in missing:
            files.pop(p, None)
        pages = manifest.get("pages", {})
        for slug in [s for s, e in pages.items() if e.get("path") in missing]:
            pages.pop(slug)
    return manifest


def _writer(out_dir: Path) -> Callable[[str, bytes], None]:
    """write(path, data) into ``out_dir``, making folders as needed. Plain os calls, and
    each folder is made once (every page has its own): for a thousand small files the
    number of system calls is most of the cost."""
    root = str(out_dir) + os.sep
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    folders: set[str] = set()

    def write(path: str, data: bytes) -> None:
        folder = path.rpartition("/")[0]
        if folder and folder not in folders:
            try:
                os.mkdir(root + folder)
            except FileExistsError:
                pass
            except FileNotFoundError:  # a parent is missing too
                os.makedirs(root + folder, exist_ok=True)
            folders.add(folder)
        fd = os.open(root + path, flags, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)

    return write


def _remove(paths: list[str], out_dir: Path) -> None:
    for path in paths:
        (out_dir / path).unlink(missing_ok=True)
        d = (out_dir / path).parent
        while d != out_dir and d.is_dir() and not any(d.iterdir()):
            d.rmdir()
            d = d.parent


def _save_manifest(manifest: dict[str, Any], out_dir: Path) -> None:
    tmp = out_dir / (MANIFEST_NAME + ".tmp")
    tmp.write_text(json.dumps(manifest, separators=(",", ":")))
    os.replace(tmp, out_dir / MANIFEST_NAME)


def add_public_file(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """A bundle file in a zip, readable by everyone once unzipped (0644): web servers run as
    another user and refuse the 0600 that Python gives `writestr` and our private files."""
    entry = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    entry.external_attr = 0o100644 << 16
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, data)


def zip_folder(out_dir: Path, paths: list[str], zip_path: Path) -> Path:
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in paths:
            add_public_file(zf, p, (out_dir / p).read_bytes())
    return zip_path


def export_site(
    site_doc: Any,
    out_dir: str | os.PathLike[str],
    *,
    base_url: str | None = None,
    zip: bool = False,
    **options: Any,
) -> ExportReport:
    """Export ``site_doc`` (dict or SiteDocument) into ``out_dir``; with ``zip`` also
    write ``<out_dir>.zip``. Raises ``DocumentError`` for an invalid document. Sample
    blocks are left out (the renderer never publishes them) and listed in the report.

    Nothing in ``out_dir`` changes unless the whole build succeeds: files are written to a
    staging folder while the pages render (an invalid page may be found after others are
    written), then moved into place: a new export as one folder rename, an incremental one
    file by file."""
    start = time.perf_counter()
    out = Path(out_dir).absolute()
    previous = _read_manifest(out) if out.is_dir() else None
    fresh = not out.exists()  # then the whole folder can be built beside it and renamed into place
    stage = out.parent / f".{out.name}{STAGE_SUFFIX}" if fresh else out / STAGE_SUFFIX
    shutil.rmtree(stage, ignore_errors=True)  # left by a run that crashed
    stage.mkdir(parents=True)
    try:
        bundle = build_bundle(site_doc, base_url=base_url, previous_manifest=previous, write=_writer(stage),
                              **options)
        if fresh:
            _save_manifest(bundle.manifest, stage)
            os.replace(stage, out)
        else:
            # a crash while files move must not leave a manifest claiming the old contents
            (out / MANIFEST_NAME).unlink(missing_ok=True)
            _move_into_place(stage, out)
            _remove(bundle.removed, out)
            _save_manifest(bundle.manifest, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    zip_path = zip_folder(out, bundle.paths, out.with_suffix(".zip")) if zip else None
    return ExportReport(
        out_dir=out, pages=bundle.rendered + bundle.reused,
        rendered=bundle.rendered, reused=bundle.reused, written=bundle.written,
        removed=len(bundle.removed), seconds=time.perf_counter() - start, zip_path=zip_path,
        omitted_samples=sample_blocks(site_doc),
    )


def _move_into_place(stage: Path, out: Path) -> None:
    for folder, _dirs, files in os.walk(stage):
        target = out / Path(folder).relative_to(stage)
        target.mkdir(exist_ok=True)
        for name in files:
            os.replace(os.path.join(folder, name), target / name)
