"""An uploaded image goes from the asset library into the published bundle: resized WebP
variants under hashed names, with srcset, width and height, and served by the site."""

from __future__ import annotations

import io

from PIL import Image

from bubblegum.db import session_scope
from bubblegum.models import Membership, User
from bubblegum.services import jobs
from bubblegum.services.assets.library import upload_asset
from bubblegum.services.publishing.deploy import publish

from .conftest import edit_page, host


def photo(width: int = 1600, height: int = 1000) -> bytes:
    image = Image.new("RGB", (width, height), (180, 90, 40))
    for x in range(0, width, 50):
        image.paste((40, 90, 180), (x, 0, x + 20, height))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def test_uploaded_image_is_published_with_variants(project_id, site_client):
    from bubblegum.models import Project

    with session_scope() as session:
        project = session.get(Project, project_id)
        owner = User(email="owner@example.com", password_hash="x")
        session.add(owner)
        session.flush()
        session.add(Membership(user_id=owner.id, organization_id=project.organization_id, role="owner"))
        session.flush()
        uploaded = upload_asset(session, owner.id, project_id, "workshop.jpg", photo())
        asset_id, job_id = uploaded.asset.id, uploaded.job_id
    assert jobs.run_job_now(job_id).status == jobs.DONE

    def use_upload(document):
        block = next(block for block in document["content"] if block["type"] == "image")
        block["props"]["image"] = {"src": f"asset:{asset_id}", "alt": "Our workshop in Portsmouth"}

    edit_page(project_id, "about", use_upload)
    deployment = publish(project_id)
    variants = sorted(path for path in deployment.manifest["files"] if path.startswith(f"_assets/a{asset_id}-"))
    assert [path.split("-")[1].split(".")[0] for path in variants] == ["1280", "320", "640", "960"]

    html = site_client.get("/about/", headers=host()).text
    assert 'alt="Our workshop in Portsmouth"' in html
    assert f"/_assets/a{asset_id}-320." in html and "320w" in html and 'width="1280" height="800"' in html
    served = site_client.get("/" + variants[0], headers=host())
    assert served.status_code == 200 and served.headers["content-type"] == "image/webp"
    assert served.headers["cache-control"] == "public, max-age=31536000, immutable"
