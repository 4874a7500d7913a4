"""The renderer's image resolver for uploaded assets: srcset, size, placeholder, bundle files."""

from __future__ import annotations

import io

from PIL import Image

from bubblegum.db import session_scope
from bubblegum.models import Asset
from bubblegum.render.renderer import SiteRenderer
from bubblegum.services import assets, jobs
from bubblegum.services.assets.resolver import resolver_for_project
from tests.unit.assets import samples


def _upload_ready(site, data, name):
    with session_scope() as session:
        result = assets.upload_asset(session, site["editor"], site["project"], name, data)
    if result.job_id:
        assert jobs.run_job_now(result.job_id).status == "done"
    return result.asset.id


def _site(photo_ref, logo_ref):
    content = [
        {"id": "b_hero", "type": "hero_split", "props": {"title": "Hello", "image": {"src": photo_ref, "alt": "Shop"}}},
        {"id": "b_img", "type": "image", "props": {"image": {"src": logo_ref, "alt": "Logo"}}},
        {"id": "b_pic", "type": "image", "props": {"image": {"src": "asset:sample/photo-1", "alt": "Sample"}}},
    ]
    return {"format": "bubblegum.site", "schema_version": 1, "site": {"name": "Shop", "slug": "shop"},
            "pages": [{"slug": "", "title": "Home", "doc": {"schema_version": 1, "root": {"title": "Home"},
                                                             "content": content}}]}


def test_rendered_page_uses_variants_and_bundle_gets_only_those_files(site):
    out = io.BytesIO()
    Image.new("RGB", (1500, 1000), (200, 80, 20)).save(out, "JPEG")
    photo = _upload_ready(site, out.getvalue(), "shop.jpg")
    logo = _upload_ready(site, samples.SVG_OK, "logo.svg")
    unused = _upload_ready(site, samples.png(700, 300), "unused.png")
    with session_scope() as session:
        resolver = resolver_for_project(session, site["project"], asset_base="/_assets/")
        stored = session.get(Asset, photo)
    renderer = SiteRenderer(_site(assets.asset_ref(photo), assets.asset_ref(logo)), image_resolver=resolver)
    html = renderer.render_page("")
    webp = sorted((v for v in stored.variants if v["format"] == "webp"), key=lambda v: v["width"])
    assert [v["width"] for v in webp] == [320, 640, 960, 1280]  # 1500 px wide: never upscaled to 1920
    for v in webp:
        name = f"a{photo}-{v['width']}.{v['sha256'][:10]}.webp"
        assert f"/_assets/{name} {v['width']}w" in html
        assert f"_assets/{name}" in renderer.used_files
    assert 'width="1280" height="853"' in html
    assert f'src="/_assets/a{photo}-960.' in html
    used_uploads = {p for p in renderer.used_files if p.startswith("_assets/a")}
    assert used_uploads <= set(resolver.files)
    assert not any(p.startswith(f"_assets/a{unused}-") for p in renderer.used_files)
    svg_path = next(p for p in used_uploads if p.endswith(".svg"))
    assert resolver.file_bytes(svg_path).startswith(b"<?xml")
    for path in used_uploads:  # every file a bundle must copy is readable and content-addressed
        data = resolver.file_bytes(path)
        assert path.split(".")[-2] in __import__("hashlib").sha256(data).hexdigest()[:10]
    resolved = resolver(assets.asset_ref(photo))
    assert resolved.placeholder == stored.placeholder_color
    assert resolver("asset:999999") is None


def test_preview_mode_uses_public_storage_urls(site):
    photo = _upload_ready(site, samples.png(800, 400), "p.png")
    with session_scope() as session:
        resolver = resolver_for_project(session, site["project"], public_urls=True)
    resolved = resolver(assets.asset_ref(photo))
    assert resolved.src.startswith("http://localhost:3000/storage/assets/") and resolved.files == ()
    assert set(resolver.sources(assets.asset_ref(photo))) >= {"image/webp"}


def test_asset_still_processing_is_left_out(site):
    with session_scope() as session:
        pending = assets.upload_asset(session, site["editor"], site["project"], "p.png", samples.png(800, 400))
        resolver = resolver_for_project(session, site["project"])
    assert resolver(assets.asset_ref(pending.asset.id)) is None
