"""Bundle contents and incremental export."""

import re

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


def test_export_zip(tmp_path, showcase):
    import zipfile

    r = export_site(showcase, tmp_path / "s", zip=True)
    names = zipfile.ZipFile(r.zip_path).namelist()
    assert "index.html" in names and "404.html" in names and MANIFEST_NAME not in names


def test_parallel_build_matches_serial(showcase):
    import copy

    from bubblegum.render import bundle as bundle_mod

    pages = []
    for n in range(12):
        p = copy.deepcopy(showcase["pages"][1])
        p["slug"] = f"p{n}"
        p["doc"]["content"][1]["props"]["title"] = f"Page {n}"
        pages.append(p)
    showcase["pages"] += pages
    old = bundle_mod.PARALLEL_MIN_PAGES
    bundle_mod.PARALLEL_MIN_PAGES = 2
    try:
        par = build_bundle(showcase, workers=2)
    finally:
        bundle_mod.PARALLEL_MIN_PAGES = old
    ser = build_bundle(showcase, workers=1)
    assert par.files == ser.files
    assert par.manifest == ser.manifest


def test_invalid_page_is_named(showcase):
    import pytest

    from bubblegum.blocks.document import DocumentError

    showcase["pages"][2]["doc"]["content"][1]["props"]["image"]["src"] = "javascript:alert(1)"
    with pytest.raises(DocumentError) as info:
        build_bundle(showcase)
    assert info.value.page == "menu" and info.value.field == "image.src"
