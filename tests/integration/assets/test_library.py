"""Uploads through the library, variants by the job queue, where-used and delete rules."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Asset, PageVersion
from bubblegum.services import assets, jobs
from bubblegum.services.assets.keys import master_key
from bubblegum.services.errors import Conflict, NotFound, PermissionDenied
from bubblegum.services.storage import get_storage
from tests.unit.assets import samples


def upload(site, data, name="photo.jpg", user="editor"):
    with session_scope() as session:
        return assets.upload_asset(session, site[user], site["project"], name, data)


def photo(width=1400, height=700) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 140, 80)).save(out, "JPEG")
    return out.getvalue()


def save_page(site, page, content, og_image=None):
    from bubblegum.services.publishing.site_documents import latest_versions

    with session_scope() as session:
        current = latest_versions(session, [site[page]])[site[page]]
        session.add(PageVersion(page_id=site[page], number=current.number + 1, document={
            "schema_version": 1, "root": {"title": page, "og_image": og_image}, "content": content}))


def latest_document(page_id):
    from bubblegum.services.publishing.site_documents import latest_versions

    with session_scope() as session:
        version = latest_versions(session, [page_id])[page_id]
        return version.number, version.document


def test_upload_stores_clean_master_and_job_makes_variants(site):
    result = upload(site, samples.jpeg_with_gps(2000, 1000, orientation=1), name="../../GPS\u202e.jpg")
    asset = result.asset
    assert asset.status == "processing" and asset.original_name == "GPS.jpg"
    assert asset.storage_key.startswith(f"{site['org']}/{site['project']}/") and ".." not in asset.storage_key
    master = get_storage().get(master_key(asset.storage_key, "jpg"))
    assert b"GPS" not in master and not Image.open(io.BytesIO(master)).getexif()
    job = jobs.run_job_now(result.job_id)
    assert job.status == "done" and job.progress == 1.0, job.error
    with session_scope() as session:
        ready = session.get(Asset, asset.id)
    assert ready.status == "ready" and ready.placeholder_color.startswith("#")
    widths = sorted({v["width"] for v in ready.variants})
    assert widths == [320, 640, 960, 1280, 1920]
    for variant in ready.variants:
        data = get_storage().get(variant["key"])
        assert Image.open(io.BytesIO(data)).size == (variant["width"], variant["height"])
        assert variant["key"].startswith("public/")
    root = get_storage().root
    assert all(p.resolve().is_relative_to(root) for p in root.rglob("*"))


def test_svg_upload_is_ready_at_once(site):
    result = upload(site, samples.SVG_OK, name="logo.svg")
    assert result.job_id is None and result.asset.status == "ready"
    assert result.asset.variants[0]["format"] == "svg"
    assert b"inkscape" not in get_storage().get(result.asset.variants[0]["key"])


def test_rejected_upload_writes_nothing(site):
    with pytest.raises(assets.AssetRejected):
        upload(site, samples.png_bomb(), name="bomb.png")
    with pytest.raises(assets.AssetRejected):
        upload(site, b"<html><script>alert(1)</script></html>", name="x.png")
    with session_scope() as session:
        assert session.exec(select(Asset)).all() == []
    assert list(get_storage().list("")) == []


def test_policy_viewer_cannot_upload_outsider_cannot_see(site):
    with pytest.raises(PermissionDenied):
        upload(site, samples.png(), user="viewer")
    with pytest.raises(NotFound):
        upload(site, samples.png(), user="outsider")
    asset = upload(site, samples.png()).asset
    with session_scope() as session, pytest.raises(NotFound):
        assets.list_assets(session, site["outsider"], site["project"])
    with session_scope() as session, pytest.raises(PermissionDenied):
        assets.delete_asset(session, site["viewer"], site["project"], asset.id)


def test_list_search_and_alt_text(site):
    upload(site, samples.png(), name="Team photo.png")
    beach = upload(site, samples.png(), name="beach_100%.png").asset
    with session_scope() as session:
        assets.set_alt(session, site["editor"], site["project"], beach.id, "  Sunset   over the bay ")
    with session_scope() as session:
        names = lambda term: [a.original_name for a in assets.list_assets(session, site["viewer"], site["project"],
                                                                             search=term)]
        assert names("") == ["beach_100%.png", "Team photo.png"]
        assert names("TEAM") == ["Team photo.png"]
        assert names("sunset") == ["beach_100%.png"]
        assert names("100%") == ["beach_100%.png"] and names("_") == ["beach_100%.png"]
        assert session.get(Asset, beach.id).alt == "Sunset over the bay"


def test_where_used_and_delete_rules(site):
    used = upload(site, photo()).asset
    unused = upload(site, samples.png()).asset
    ref = assets.asset_ref(used.id)
    save_page(site, "home", [
        {"id": "b_hero", "type": "hero_split", "props": {"title": "Hi", "image": {"src": ref, "alt": "x"}}},
        {"id": "b_team", "type": "team", "props": {"title": "Team", "members": [
            {"name": "Ana", "role": "Chef", "photo": {"src": ref, "alt": ""}}]}},
        {"id": "b_text", "type": "hero", "props": {"title": "Plain"}},
    ])
    save_page(site, "about", [], og_image=ref)
    with session_scope() as session:
        uses = assets.where_used(session, site["viewer"], site["project"], used.id)
        assert {(u.page_id, tuple(u.block_ids)) for u in uses} == {
            (site["home"], ("b_hero", "b_team")), (site["about"], ())}
        assert assets.where_used(session, site["viewer"], site["project"], unused.id) == []
    with session_scope() as session, pytest.raises(Conflict) as refused:
        assets.delete_asset(session, site["owner"], site["project"], used.id)
    assert "Home" in refused.value.message and "About" in refused.value.message
    before_home, old_doc = latest_document(site["home"])
    with session_scope() as session:
        changed = assets.delete_asset(session, site["owner"], site["project"], used.id, force=True)
    assert sorted(changed) == sorted([site["home"], site["about"]])
    number, doc = latest_document(site["home"])
    assert number == before_home + 1
    assert [b["id"] for b in doc["content"]] == ["b_team", "b_text"]  # required image: block removed
    assert doc["content"][0]["props"]["members"][0]["photo"] is None  # optional image: emptied
    assert latest_document(site["about"])[1]["root"]["og_image"] is None
    with session_scope() as session:  # history is untouched
        old = session.exec(select(PageVersion).where(PageVersion.page_id == site["home"],
                                                     PageVersion.number == before_home)).one()
        assert old.document == old_doc
        assert session.get(Asset, used.id) is None
    assert list(get_storage().list(f"private/assets/{used.storage_key}/")) == []


def test_delete_unused_keeps_assets_in_use_and_site_settings(site):
    from bubblegum.models import Project

    on_page, in_settings, loose = (upload(site, samples.png()).asset for _ in range(3))
    save_page(site, "home", [{"id": "b_1", "type": "image", "props": {
        "image": {"src": assets.asset_ref(on_page.id), "alt": "a"}}}])
    with session_scope() as session:
        project = session.get(Project, site["project"])
        project.settings = {"business": {"logo": assets.asset_ref(in_settings.id)}}
        session.add(project)
    with session_scope() as session:
        assert assets.delete_unused(session, site["owner"], site["project"]) == [loose.id]
    with session_scope() as session:
        assert {a.id for a in session.exec(select(Asset)).all()} == {on_page.id, in_settings.id}
        uses = assets.where_used(session, site["owner"], site["project"], in_settings.id)
        assert [u.label for u in uses] == ["Site settings"]


def test_delete_is_rolled_back_with_its_transaction(site):
    asset = upload(site, samples.png()).asset
    with pytest.raises(RuntimeError), session_scope() as session:
        assets.delete_asset(session, site["owner"], site["project"], asset.id)
        raise RuntimeError("something later failed")
    assert get_storage().exists(master_key(asset.storage_key, "png"))  # files outlive a rolled-back delete


def test_variants_job_through_a_worker(site):
    result = upload(site, photo(700, 350))
    worker = jobs.Worker(kinds=["assets.variants"])
    assert worker.run_once()
    with session_scope() as session:
        asset = session.get(Asset, result.asset.id)
    assert sorted({v["width"] for v in asset.variants}) == [320, 640] and asset.status == "ready"


def test_an_animated_gif_gets_animated_variants(site):
    frames = [Image.new("RGB", (800, 400), color) for color in ("red", "lime", "blue", "white")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=[80, 80, 80, 400], loop=0)
    result = upload(site, out.getvalue(), name="spinner.gif")
    job = jobs.run_job_now(result.job_id)
    assert job.status == "done", job.error
    with session_scope() as session:
        ready = session.get(Asset, result.asset.id)
    assert ready.status == "ready" and sorted(v["width"] for v in ready.variants) == [320, 640]
    for variant in ready.variants:
        decoded = Image.open(io.BytesIO(get_storage().get(variant["key"])))
        assert variant["format"] == "webp" and decoded.is_animated and decoded.n_frames == 4


def test_upload_many_keeps_the_good_files_and_names_the_refused_ones(site):
    job_ids, refused = assets.upload_many(site["editor"], site["project"],
                                           [("good.jpg", photo()), ("evil.jpg", b"<script>alert(1)</script>")])
    assert len(job_ids) == 1 and len(refused) == 1 and refused[0].startswith("evil.jpg: ")
    with session_scope() as session:
        stored = session.exec(select(Asset).where(Asset.project_id == site["project"])).all()
    assert [a.original_name for a in stored] == ["good.jpg"]
