"""A project's asset library: upload, list and search, alt text, where-used, delete.

Every function takes the caller's user id and checks the policy (``asset.upload`` to
add or edit, ``asset.delete`` to delete, ``project.read`` to look). Files reach storage
only after ``intake.prepare_upload`` has re-encoded or sanitised them; storage keys are
generated (``keys.py``). Files of a deleted asset are removed after the transaction
commits, so a rolled-back delete never loses a file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum.db import session_scope
from bubblegum.models import Asset, Organization, Project
from bubblegum.services import audit, jobs, limits, policy
from bubblegum.services.assets.intake import prepare_upload
from bubblegum.services.assets.keys import master_key, new_storage_key, private_prefix, public_prefix, svg_key
from bubblegum.services.assets.usage import AssetUse, asset_ref, clear_uses, project_uses
from bubblegum.services.assets.validation import clean_filename, max_upload_bytes
from bubblegum.services.assets.work_pool import off_loop
from bubblegum.services.errors import Conflict, InvalidInput, NotFound, ServiceError
from bubblegum.services.plans import Limit
from bubblegum.services.policy import Action
from bubblegum.services.storage import PutItem, Storage, get_storage

log = logging.getLogger(__name__)
VARIANTS_JOB = "assets.variants"
MAX_ALT = 300
SVG_CACHE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Uploaded:
    asset: Asset
    job_id: int | None  # the variants job; None for SVG (ready at once)


def upload_asset(session: Session, user_id: int, project_id: int, filename: str | None, data: bytes, *,
                 storage: Storage | None = None, max_bytes: int | None = None) -> Uploaded:
    """Validate, clean and store one file; queue its variants. AssetRejected on bad input."""
    project = policy.require_project(session, user_id, project_id, Action.ASSET_UPLOAD)
    org = session.get(Organization, project.organization_id)
    prepared = prepare_upload(data, max_bytes=max_bytes or max_upload_bytes(org.plan if org else None))
    limits.check(session, project.organization_id, Limit.STORAGE_MB, adding=len(prepared.data))
    storage = storage or get_storage()
    storage_key = new_storage_key(project.organization_id, project.id)
    files = [PutItem(master_key(storage_key, prepared.extension), prepared.data, prepared.content_type)]
    variants: list[dict] = []
    if prepared.kind == "svg":
        key = svg_key(storage_key)
        files.append(PutItem(key, prepared.data, prepared.content_type, SVG_CACHE))
        variants = [{"width": prepared.width, "height": prepared.height, "format": "svg",
                     "content_type": prepared.content_type, "key": key, "size": len(prepared.data),
                     "sha256": _sha256(prepared.data)}]
    storage.put_many(files)
    asset = Asset(organization_id=project.organization_id, project_id=project.id, storage_key=storage_key,
                  original_name=clean_filename(filename), content_type=prepared.content_type,
                  size_bytes=len(prepared.data), width=prepared.width, height=prepared.height,
                  sha256=_sha256(prepared.data), variants=variants, uploaded_by_id=user_id,
                  status="ready" if prepared.kind == "svg" else "processing")
    session.add(asset)
    session.flush()
    job_id = None
    if prepared.kind == "raster":
        job_id = jobs.enqueue(VARIANTS_JOB, {"asset_id": asset.id}, project.organization_id, user_id,
                              session=session)
    audit.record(session, "asset.upload", org_id=project.organization_id, actor_id=user_id,
                 target_type="asset", target_id=asset.id, name=asset.original_name)
    return Uploaded(asset, job_id)


def upload_many(user_id: int, project_id: int, files: list[tuple[str | None, bytes]]) -> tuple[list[int], list[str]]:
    """Upload several files, each in a transaction of its own, so a refused file leaves the
    others stored. Returns the variants jobs queued and one message per refused file."""
    job_ids: list[int] = []
    refused: list[str] = []
    for filename, data in files:
        try:
            with session_scope() as session:
                uploaded = upload_asset(session, user_id, project_id, filename, data)
        except ServiceError as error:
            refused.append(f"{clean_filename(filename)}: {error.message}")
            continue
        if uploaded.job_id:
            job_ids.append(uploaded.job_id)
    return job_ids, refused


async def upload_files(user_id: int, project_id: int,
                       files: list[tuple[str | None, bytes]]) -> tuple[list[int], list[str]]:
    """``upload_many`` for async callers (the editor and library pages): the work runs on the
    image worker pool, never on the event loop."""
    return await off_loop(upload_many, user_id, project_id, files)


def list_assets(session: Session, user_id: int, project_id: int, *, search: str = "",
                limit: int = 500) -> list[Asset]:
    """Newest first; ``search`` matches the file name or alt text, case-insensitively."""
    policy.require_project(session, user_id, project_id, Action.PROJECT_READ)
    query = select(Asset).where(Asset.project_id == project_id)
    term = search.strip()[:100]
    if term:
        like = "%" + term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(sa.or_(sa.func.lower(Asset.original_name).like(like, escape="\\"),
                                   sa.func.lower(Asset.alt).like(like, escape="\\")))
    return list(session.exec(query.order_by(Asset.id.desc()).limit(limit)).all())


def get_asset(session: Session, user_id: int, project_id: int, asset_id: int,
              action: Action = Action.PROJECT_READ) -> Asset:
    project = policy.require_project(session, user_id, project_id, action)
    asset = session.get(Asset, asset_id) if isinstance(asset_id, int) else None
    if asset is None or asset.project_id != project.id:
        raise NotFound("That image was not found.")
    return asset


def set_alt(session: Session, user_id: int, project_id: int, asset_id: int, alt: str) -> Asset:
    asset = get_asset(session, user_id, project_id, asset_id, Action.ASSET_UPLOAD)
    alt = " ".join((alt or "").split())
    if len(alt) > MAX_ALT:
        raise InvalidInput(f"Alt text is at most {MAX_ALT} characters.", field="alt")
    asset.alt = alt
    session.add(asset)
    session.flush()
    return asset


def where_used(session: Session, user_id: int, project_id: int, asset_id: int) -> list[AssetUse]:
    asset = get_asset(session, user_id, project_id, asset_id)
    return project_uses(session, session.get(Project, asset.project_id)).get(asset.id, [])


def usage_counts(session: Session, user_id: int, project_id: int) -> dict[int, list[AssetUse]]:
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_READ)
    return project_uses(session, project)


def delete_asset(session: Session, user_id: int, project_id: int, asset_id: int, *, force: bool = False,
                 storage: Storage | None = None) -> list[int]:
    """Delete an asset. In use: Conflict, unless ``force``, which first appends page versions
    without it (returned: the ids of the pages changed)."""
    asset = get_asset(session, user_id, project_id, asset_id, Action.ASSET_DELETE)
    project = session.get(Project, asset.project_id)
    uses = project_uses(session, project).get(asset.id, [])
    changed: list[int] = []
    if uses and not force:
        names = ", ".join(use.label for use in uses)
        raise Conflict(f"This image is used on: {names}. Remove it there first, or delete it anyway.",
                       details={"uses": [use.label for use in uses]})
    if uses:
        changed = clear_uses(session, project, asset.id, author_id=user_id,
                             note=f"Removed deleted image {asset.original_name}")
    _delete(session, asset, storage or get_storage())
    audit.record(session, "asset.delete", org_id=asset.organization_id, actor_id=user_id, target_type="asset",
                 target_id=asset.id, name=asset.original_name, forced=bool(uses), pages=changed)
    return changed


def delete_unused(session: Session, user_id: int, project_id: int, *,
                  storage: Storage | None = None) -> list[int]:
    """Delete every asset of the project that no page or setting uses; return their ids."""
    project = policy.require_project(session, user_id, project_id, Action.ASSET_DELETE)
    used = project_uses(session, project)
    storage = storage or get_storage()
    deleted = []
    for asset in session.exec(select(Asset).where(Asset.project_id == project.id)).all():
        if asset.id not in used:
            _delete(session, asset, storage)
            deleted.append(asset.id)
    if deleted:
        audit.record(session, "asset.delete_unused", org_id=project.organization_id, actor_id=user_id,
                     target_type="project", target_id=project.id, assets=deleted)
    return deleted


def _delete(session: Session, asset: Asset, storage: Storage) -> None:
    prefixes = (private_prefix(asset.storage_key), public_prefix(asset.storage_key))
    session.delete(asset)
    session.flush()

    def remove_files(_session) -> None:
        for prefix in prefixes:
            try:
                storage.delete_prefix(prefix)
            except Exception:  # the row is gone; a leftover file is harmless and logged
                log.exception("could not delete files under %s", prefix)

    sa.event.listen(session, "after_commit", remove_files, once=True)


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


__all__ = ["AssetUse", "Uploaded", "asset_ref", "delete_asset", "delete_unused", "get_asset", "list_assets",
           "set_alt", "upload_asset", "usage_counts", "where_used"]


def thumbnail_url(asset: Asset, storage: Storage | None = None) -> str:
    """The public URL of an asset's smallest ready variant ("" while it is processing)."""
    small = sorted((v for v in asset.variants or [] if v.get("format") in ("webp", "svg")),
                   key=lambda v: v.get("width") or 0)
    if not small or asset.status != "ready":
        return ""
    return (storage or get_storage()).public_url(small[0]["key"])
