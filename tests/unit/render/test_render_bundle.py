"""Bundle contents and incremental export."""

import re

import pytest

from bubblegum.render import build_bundle, export_site
from bubblegum.render.export import MANIFEST_NAME


def test_bundle_layout(showcase):
    b = build_bundle(showcase, base_url="https://ex.com/")
    paths = set(b.files)
    for p in ("index.html", "services/index.html", "about/index.html", "404.html", "sitemap.xml",
              "robots.txt", "favicon.svg"):
        assert p in paths, p
    assert any(p.startswith("_assets/og-") and p.endswith(".png") for p in paths)
    assert any(p.endswith(".woff2") for p in paths)
    sitemap = b.files["sitemap.xml"].decode()
    assert "<loc>https://ex.com/</loc>" in sitemap and "<loc>https://ex.com/services/</loc>" in sitemap
    assert "Sitemap: https://ex.com/sitemap.xml" in b.files["robots.txt"].decode()
    # every local URL referenced by a page exists in the bundle
    for path, data in b.files.items():
        if path.endswith(".html"):
            for url in re.findall(r'(?:src|href)="(/[^"#?]*)"', data.decode()):
                target = url.lstrip("/")
                assert target == "" or target in paths or target + "index.html" in paths, (path, url)
    assert b.rendered == 5 and b.reused == 0


def test_og_image_is_1200x630(showcase):
    import io

    from PIL import Image

    b = build_bundle(showcase)
    ogs = [p for p in b.files if p.startswith("_assets/og-")]
    assert len(ogs) == 2  # site default + the services page's own ("auto")
    for p in ogs:
        assert Image.open(io.BytesIO(b.files[p])).size == (1200, 630)


def test_incremental_export(tmp_path, showcase):
    out = tmp_path / "site"
    r1 = export_site(showcase, out)
    assert (r1.rendered, r1.reused) == (5, 0)
    assert (out / MANIFEST_NAME).exists()
    r2 = export_site(showcase, out)
    assert (r2.rendered, r2.reused, r2.written) == (0, 5, 0)
    showcase["pages"][3]["doc"]["content"][1]["props"]["title"] = "Our new story"
    r3 = export_site(showcase, out)
    assert (r3.rendered, r3.reused) == (1, 4)
    assert "Our new story" in (out / "about" / "index.html").read_text()
    # a page removed from the site disappears from the folder
    showcase["pages"] = [p for p in showcase["pages"] if p["slug"] != "menu"]
    r4 = export_site(showcase, out)
    assert not (out / "menu").exists() and r4.removed >= 1
    # theme change re-renders everything
    showcase["site"]["theme"] = {"preset": "dark"}
    r5 = export_site(showcase, out)
    assert r5.rendered == 4 and r5.reused == 0
    # a deleted output file is rebuilt
    (out / "contact" / "index.html").unlink()
    r6 = export_site(showcase, out)
    assert r6.rendered == 1 and (out / "contact" / "index.html").exists()


def test_a_restyled_block_invalidates_earlier_bundles(showcase, monkeypatch):
    """Pages built with a block's old template or CSS are rendered again, no manual
    version bump needed."""
    import dataclasses

    from bubblegum.blocks.registry import BLOCKS
    from bubblegum.render import css, renderer

    first = build_bundle(showcase)
    assert build_bundle(showcase, previous_manifest=first.manifest).rendered == 0
    faq = BLOCKS["faq"]
    monkeypatch.setitem(BLOCKS, "faq", dataclasses.replace(faq, css=faq.css + ".b-faq{outline:0}"))
    caches = (renderer.renderer_fingerprint, css._block_css, css._page_css)
    try:
        for cached in caches:
            cached.cache_clear()
        again = build_bundle(showcase, previous_manifest=first.manifest)
        assert again.rendered == 5 and again.manifest["renderer"] != first.manifest["renderer"]
        assert any(b".b-faq{outline:0}" in data for path, data in again.files.items() if path.endswith(".html"))
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


def test_export_zip(tmp_path, showcase):
    import zipfile

    r = export_site(showcase, tmp_path / "s", zip=True)
    archive = zipfile.ZipFile(r.zip_path)
    names = archive.namelist()
    assert "index.html" in names and "404.html" in names and MANIFEST_NAME not in names
    assert {(info.external_attr >> 16) & 0o777 for info in archive.infolist()} == {0o644}


def _many_pages(showcase: dict, n: int) -> dict:
    import copy

    for k in range(n):
        p = copy.deepcopy(showcase["pages"][1 + k % 4])
        p["slug"] = f"p{k}"
        p["doc"]["content"][1]["props"]["title"] = f"Page {k}"
        showcase["pages"].append(p)
    return showcase


def test_parallel_build_matches_serial(showcase, monkeypatch):
    from bubblegum.render import bundle as bundle_mod

    _many_pages(showcase, 12)
    monkeypatch.setattr(bundle_mod, "PARALLEL_MIN_PAGES", 2)
    par = build_bundle(showcase, workers=2)
    ser = build_bundle(showcase, workers=1)
    assert par.files == ser.files
    assert par.manifest == ser.manifest


def test_invalid_page_is_named(showcase):
    from bubblegum.blocks.document import DocumentError

    showcase["pages"][2]["doc"]["content"][1]["props"]["image"]["src"] = "javascript:alert(1)"
    with pytest.raises(DocumentError) as info:
        build_bundle(showcase)
    assert info.value.page == "menu" and info.value.field == "image.src"


@pytest.mark.parametrize("site, field, words", [
    (None, "site", "settings are missing"),
    ({"name": ""}, "site.name", "at least 1 character"),
])
def test_invalid_site_settings_are_named(showcase, site, field, words):
    from bubblegum.blocks.document import DocumentError

    showcase["site"] = site
    with pytest.raises(DocumentError) as info:
        build_bundle(showcase)
    assert info.value.field == field and words in str(info.value)


def test_parallel_export_writes_what_a_serial_build_makes(tmp_path, showcase, monkeypatch):
    """Three processes share the pages out from one queue and write their own files."""
    from bubblegum.render import bundle as bundle_mod

    _many_pages(showcase, 40)
    monkeypatch.setattr(bundle_mod, "PARALLEL_MIN_PAGES", 2)
    written = {}
    par = build_bundle(showcase, workers=3, write=lambda path, data: written.setdefault(path, data))
    ser = build_bundle(showcase, workers=1)
    assert par.files == {} and par.written == len(ser.files)
    assert par.rendered == ser.rendered == 45
    assert par.manifest == ser.manifest
    assert list(par.manifest["pages"]) == list(ser.manifest["pages"])  # same order: same manifest file
    # the forked workers' writes happened in their processes: check the folder, not `written`
    out = tmp_path / "site"
    report = export_site(showcase, out, workers=3)
    assert report.rendered == 45 and report.written == len(ser.files)
    for path, data in ser.files.items():
        assert (out / path).read_bytes() == data, path


def test_a_failed_worker_fails_the_build(showcase, monkeypatch):
    import os

    from bubblegum.render import bundle as bundle_mod

    _many_pages(showcase, 20)
    monkeypatch.setattr(bundle_mod, "PARALLEL_MIN_PAGES", 2)
    parent = os.getpid()

    def write(path: str, data: bytes) -> None:
        if os.getpid() != parent:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        build_bundle(showcase, workers=2, write=write)


def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_export_that_fails_halfway_changes_nothing(tmp_path, showcase, monkeypatch):
    from bubblegum.render import export as export_mod

    out = tmp_path / "site"
    export_site(showcase, out)
    before = _snapshot(out)
    real = export_mod._writer

    def failing(out_dir):
        write = real(out_dir)
        calls = []

        def flaky(path, data):
            calls.append(path)
            if len(calls) > 1:
                raise OSError(28, "No space left on device")
            write(path, data)

        return flaky

    showcase["site"]["name"] = "Renamed"  # every page changes
    monkeypatch.setattr(export_mod, "_writer", failing)
    with pytest.raises(OSError):
        export_site(showcase, out)
    assert _snapshot(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    monkeypatch.setattr(export_mod, "_writer", real)
    again = export_site(showcase, out)
    assert (again.rendered, again.reused) == (5, 0)
    assert "Renamed" in (out / "about" / "index.html").read_text()


def test_an_invalid_document_writes_nothing(tmp_path, showcase):
    from bubblegum.blocks.document import DocumentError

    good = tmp_path / "good"
    export_site(showcase, good)
    before = _snapshot(good)
    showcase["pages"][-1]["doc"]["content"][1]["props"]["title"] = ""  # the last page is found invalid last
    showcase["pages"][-1]["doc"]["content"][1]["type"] = "no-such-block"
    with pytest.raises(DocumentError):
        export_site(showcase, good)
    assert _snapshot(good) == before
    with pytest.raises(DocumentError):
        export_site(showcase, tmp_path / "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good"]


def test_navigation_marks_the_current_page_on_every_page(showcase):
    """The navigation's HTML is reused across pages, except where its links differ."""
    b = build_bundle(_many_pages(showcase, 6), workers=1)
    for path, data in b.files.items():
        if not path.endswith(".html"):
            continue
        nav = re.search(rb"<nav aria-label=\"?Main\"?>.*?</nav>", data).group(0).decode()
        current = re.findall(r'aria-current="page" href="/([^"]*)/"', nav)
        slug = path.removesuffix("index.html").strip("/")
        expected = [slug] if slug in ("services", "menu", "about", "contact") else []
        assert current == expected, (path, current)
        assert nav.count('aria-current="page"') == len(expected)


def test_parallel_builds_leave_no_file_descriptor_behind(showcase, monkeypatch):
    import os

    from bubblegum.render import bundle as bundle_mod

    _many_pages(showcase, 12)
    monkeypatch.setattr(bundle_mod, "PARALLEL_MIN_PAGES", 2)
    build_bundle(showcase, workers=2)
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(3):
        build_bundle(showcase, workers=2)
    assert len(os.listdir("/proc/self/fd")) == before


def test_forking_beside_other_threads_first_loads_what_workers_would_lock_for(showcase, monkeypatch):
    """The app server forks render workers while other threads run: a lock one of them holds
    at the moment of the fork (Jinja2's template cache) would stay held in the child, so the
    parent loads every template before it forks, and workers never take that lock."""
    import threading

    from bubblegum.blocks.registry import BLOCKS
    from bubblegum.render import bundle as bundle_mod
    from bubblegum.render import templates

    templates.fast_block_template.cache_clear()
    bundle_mod._ready_for_fork()
    assert templates.fast_block_template.cache_info().currsize == len(BLOCKS)

    calls = []
    monkeypatch.setattr(bundle_mod, "_ready_for_fork", lambda: calls.append(threading.active_count()))
    monkeypatch.setattr(bundle_mod, "PARALLEL_MIN_PAGES", 2)
    _many_pages(showcase, 12)
    if threading.active_count() == 1:
        build_bundle(showcase, workers=2)
        assert calls == []  # alone in its process (the CLI): nothing to guard against
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        build_bundle(showcase, workers=2)
    finally:
        stop.set()
        other.join()
    assert calls and calls[-1] >= 2


def test_export_into_an_existing_empty_folder_and_the_current_one(tmp_path, showcase, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export_site(showcase, empty).rendered == 5
    assert (empty / "index.html").is_file() and (empty / MANIFEST_NAME).is_file()
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert export_site(showcase, ".").rendered == 5
    assert (here / "about" / "index.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "here"]  # no staging folder left
