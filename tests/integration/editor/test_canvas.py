"""The editor canvas renders with the one renderer in edit mode: block markers, the canvas
asset route for shipped images, public URLs for uploaded ones, and one block at a time."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi.testclient import TestClient

from bubblegum.db import session_scope
from bubblegum.models import Asset, Organization
from bubblegum.services import canvas
from bubblegum.services.publishing.site_documents import import_site

SHOWCASE = json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())


def test_canvas_html_and_block_patches(database_url):
    with session_scope() as db:
        org = Organization(name="Harbor", slug="harbor")
        db.add(org)
        db.flush()
        project = import_site(db, SHOWCASE, organization_id=org.id)
        db.add(Asset(organization_id=org.id, project_id=project.id, storage_key="k", content_type="image/jpeg",
                     status="ready", width=640, height=400, variants=[
                         {"format": "webp", "width": 320, "height": 200, "key": "public/a/320.webp", "sha256": "1" * 64,
                          "content_type": "image/webp"},
                         {"format": "webp", "width": 640, "height": 400, "key": "public/a/640.webp", "sha256": "2" * 64,
                          "content_type": "image/webp"}]))
        db.flush()
        skeleton = canvas.skeleton(db, project)
    about = json.loads(json.dumps(SHOWCASE["pages"][3]["doc"]))
    image_block = next(block for block in about["content"] if block["type"] == "image")
    image_block["props"]["image"] = {"src": "asset:1", "alt": "Workshop"}

    html = canvas.page_html(skeleton, "about", about)
    assert len(re.findall(r'data-block-id="b_', html)) == len(about["content"])
    assert '/api/canvas/_assets/team-1-' in html
    assert 'src="http://localhost:3000/storage/a/640.webp"' in html or "/storage/a/" in html

    one = canvas.block_html(skeleton, "about", about, image_block["id"])
    assert one.count("data-block-id") == 1 and 'alt="Workshop"' in one


def test_canvas_assets_route_serves_shipped_files_with_cors():
    from bubblegum.api import create_api
    from bubblegum.render.assets import static_files

    name = next(path for path in static_files() if path.endswith(".woff2")).removeprefix("_assets/")
    response = TestClient(create_api()).get(f"/api/canvas/_assets/{name}")
    assert response.status_code == 200 and response.headers["access-control-allow-origin"] == "*"
    assert TestClient(create_api()).get("/api/canvas/_assets/../../etc/passwd").status_code == 404
