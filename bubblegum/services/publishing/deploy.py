"""Publish a project as an immutable deployment, switch the live pointer, roll back, zip.

A publish renders with the one renderer (``render.build_bundle``), writes any blob the
site's storage does not have yet, then in ONE transaction marks the deployment ready and
points ``Project.live_deployment_id`` at it. Anything failing before that commit leaves the
live site exactly as it was and records the deployment as failed. The page versions it
renders are marked published, so history pruning keeps them.

Sample content is never published as if true: while pages have sample blocks a publish is
refused (``SampleContentPending``, before anything is written) unless ``omit_samples``, which
publishes the site without them (the renderer never writes a sample block).
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from collections.abc import Callable
from urllib.parse import urlparse

from sqlmodel import select

from bubblegum.blocks.samples import SampleBlock, sample_blocks
from bubblegum.db import session_scope, utcnow
from bubblegum.models import Deployment, Project
from bubblegum.render.export import add_public_file
from bubblegum.services import page_history
from bubblegum.services.assets.resolver import resolver_for_project
from bubblegum.services.errors import NotFound
from bubblegum.services.publishing.headers import content_type
from bubblegum.services.publishing.site_documents import latest_versions, live_pages, site_document
from bubblegum.services.publishing.storage_keys import blob_key
from bubblegum.services.publishing.urls import site_base_url
from bubblegum.services.storage import PutItem, get_storage

Progress = Callable[[float, str], None]


class PublishError(Exception):
    """The publish failed; the live site is unchanged."""


class SampleContentPending(PublishError):
    """Pages still have sample content; nothing was published or recorded."""

    def __init__(self, samples: list[SampleBlock]) -> None:
        self.samples = samples
        super().__init__(" ".join(sample.message for sample in samples))


def _noop(_fraction: float, _message: str) -> None:
    pass


def _file_entry(path: str, data: bytes) -> dict:
    kind = content_type(path)
    return {"sha256": hashlib.sha256(data).hexdigest(), "type": kind, "size": len(data)}


def publish(project_id: int, *, user_id: int | None = None, progress: Progress = _noop,
            omit_samples: bool = False) -> Deployment:
    """Render and store a new deployment and make it live. Raises PublishError on failure,
    SampleContentPending while pages have sample blocks (unless ``omit_samples``)."""
    from bubblegum.render import build_bundle

    started = time.perf_counter()
    with session_scope() as session:
        project = session.get(Project, project_id)
        if project is None or project.deleted_at is not None:
            raise NotFound("This site does not exist.")
        document = site_document(session, project)
        samples = sample_blocks(document)
        if samples and not omit_samples:
            raise SampleContentPending(samples)
        page_ids = [page.id for page in live_pages(session, project_id)]
        page_history.mark_published(session, [version.id for version in latest_versions(session, page_ids).values()])
        base_url = site_base_url(project)
        images = resolver_for_project(session, project_id, asset_base=urlparse(base_url).path + "_assets/")
        previous = session.get(Deployment, project.live_deployment_id) if project.live_deployment_id else None
        previous_manifest = dict(previous.manifest) if previous else {}
        deployment = Deployment(project_id=project_id, status="building", author_id=user_id)
        session.add(deployment)
        session.flush()
        deployment_id = deployment.id
    try:
        progress(0.1, "Rendering pages")
        bundle = build_bundle(document, base_url=base_url, previous_manifest=previous_manifest.get("bundle"),
                              image_resolver=images, file_source=images.stored_file)
        progress(0.6, "Uploading files")
        files, uploads = _store(project_id, bundle, previous_manifest.get("files", {}))
        progress(0.9, "Switching the live site")
        with session_scope() as session:
            deployment = session.get(Deployment, deployment_id)
            deployment.manifest = {
                "base_url": base_url,
                "files": files,
                "bundle": bundle.manifest,
                "stats": {"pages_rendered": bundle.rendered, "pages_reused": bundle.reused,
                          "files": len(files), "uploaded": uploads,
                          "seconds": round(time.perf_counter() - started, 3)},
            }
            deployment.status = "ready"
            deployment.finished_at = utcnow()
            project = session.get(Project, project_id)
            project.live_deployment_id = deployment_id
        progress(1.0, "Published")
    except Exception as error:
        _mark_failed(deployment_id, error)
        raise PublishError(f"Publishing failed: {error}") from error
    with session_scope() as session:
        return session.get(Deployment, deployment_id)


def _store(project_id: int, bundle, previous: dict[str, dict]) -> tuple[dict, int]:
    """Write the blobs not stored yet; return the file table and how many were uploaded.

    Files the renderer reused keep their previous entry; only new content is written.
    """
    known = {entry["sha256"] for entry in previous.values()}
    storage = get_storage()
    files = {path: previous[path] for path in bundle.reused_files}
    items = []
    for path, data in bundle.files.items():
        entry = files[path] = _file_entry(path, data)
        if entry["sha256"] in known:
            continue
        key = blob_key(project_id, entry["sha256"])
        known.add(entry["sha256"])
        if not storage.exists(key):
            items.append(PutItem(key, data, entry["type"], "public, max-age=31536000, immutable"))
    storage.put_many(items)
    return files, len(items)


def _mark_failed(deployment_id: int, error: Exception) -> None:
    with session_scope() as session:
        deployment = session.get(Deployment, deployment_id)
        deployment.status = "failed"
        deployment.error = f"{type(error).__name__}: {error}"[:2000]
        deployment.finished_at = utcnow()


def deployments(project_id: int) -> list[Deployment]:
    with session_scope() as session:
        return list(session.exec(
            select(Deployment).where(Deployment.project_id == project_id).order_by(Deployment.id.desc())
        ).all())


def rollback(project_id: int, deployment_id: int) -> Deployment:
    """Make an earlier ready deployment of this project live again."""
    with session_scope() as session:
        deployment = session.get(Deployment, deployment_id)
        if deployment is None or deployment.project_id != project_id:
            raise NotFound("This deployment does not exist for this site.")
        if deployment.status != "ready":
            raise NotFound("Only a successful deployment can be made live.")
        session.get(Project, project_id).live_deployment_id = deployment_id
        return deployment


def deployment_zip(project_id: int, deployment_id: int) -> bytes:
    """Any deployment of the project as a zip of its files."""
    with session_scope() as session:
        deployment = session.get(Deployment, deployment_id)
        if deployment is None or deployment.project_id != project_id or deployment.status != "ready":
            raise NotFound("This deployment does not exist for this site.")
        files = deployment.manifest["files"]
    storage, buffer = get_storage(), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            add_public_file(archive, path, storage.get(blob_key(project_id, files[path]["sha256"])))
    return buffer.getvalue()
