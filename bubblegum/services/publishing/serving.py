"""Serve a published site: request path -> stored file of the live deployment, with headers."""

from __future__ import annotations

import gzip
import time
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Deployment, Organization, Project
from bubblegum.services.publishing.headers import (
    SECURITY_HEADERS,
    cache_control,
    content_security_policy,
    is_compressible,
    text_headers,
)
from bubblegum.services.publishing.storage_keys import blob_key
from bubblegum.services.storage import SVG_CSP, SVG_CONTENT_TYPE, get_storage


@dataclass(frozen=True)
class SiteResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LiveSite:
    project_id: int
    deployment_id: int


def live_site(*, slug: str | None = None, domain: str | None = None) -> LiveSite | None:
    """The live deployment of a site found by slug or verified custom domain (None: nothing
    published, or the site or its organization is deleted: a deleted organization's sites are offline).

    Remembered for `LIVE_SITE_SECONDS` so serving a page does no database work; forgotten at
    once in this process when a commit changes a project or organization (publish, rollback,
    domain, deletion), so other workers follow within those seconds."""
    key, now = (slug, domain), time.monotonic()
    remembered = _live_sites.get(key)
    if remembered is not None and now - remembered[0] < LIVE_SITE_SECONDS:
        return remembered[1]
    site = _find_live_site(slug=slug, domain=domain)
    if len(_live_sites) >= 10_000:
        _live_sites.clear()
    _live_sites[key] = (now, site)
    return site


def remembered_live_site(*, slug: str | None = None, domain: str | None = None) -> tuple[bool, LiveSite | None]:
    """(True, the site) when `live_site` would answer from memory: callers on the event loop
    skip the worker-thread hop for it."""
    remembered = _live_sites.get((slug, domain))
    if remembered is not None and time.monotonic() - remembered[0] < LIVE_SITE_SECONDS:
        return True, remembered[1]
    return False, None


def _find_live_site(*, slug: str | None, domain: str | None) -> LiveSite | None:
    with session_scope() as session:
        query = (select(Project.id, Project.live_deployment_id)
                 .join(Organization, Organization.id == Project.organization_id)
                 .where(Project.deleted_at.is_(None), Organization.deleted_at.is_(None)))
        query = query.where(Project.slug == slug) if slug is not None else \
            query.where(Project.custom_domain == domain, Project.domain_verified_at.is_not(None))
        row = session.exec(query).first()
    if row is None or row[1] is None:
        return None
    return LiveSite(project_id=row[0], deployment_id=row[1])


LIVE_SITE_SECONDS = 2.0
_live_sites: dict[tuple[str | None, str | None], tuple[float, LiveSite | None]] = {}


@event.listens_for(OrmSession, "after_flush")
def _note_site_changes(session, _context) -> None:
    if any(isinstance(row, (Project, Organization)) for row in (*session.new, *session.dirty, *session.deleted)):
        session.info["sites_changed"] = True


@event.listens_for(OrmSession, "after_commit")
def _forget_live_sites(session) -> None:
    if session.info.pop("sites_changed", False):
        _live_sites.clear()


@lru_cache(maxsize=256)
def deployment_manifest(deployment_id: int) -> dict:
    """A deployment's manifest (base_url, files); immutable once written, so cached for good."""
    with session_scope() as session:
        deployment = session.get(Deployment, deployment_id)
        return dict(deployment.manifest) if deployment else {}


def deployment_files(deployment_id: int) -> dict[str, dict]:
    return deployment_manifest(deployment_id).get("files", {})


@lru_cache(maxsize=512)
def _blob(project_id: int, sha256: str) -> bytes:
    return get_storage().get(blob_key(project_id, sha256))


@lru_cache(maxsize=512)
def _gzipped(project_id: int, sha256: str) -> bytes:
    return gzip.compress(_blob(project_id, sha256), compresslevel=6, mtime=0)


@lru_cache(maxsize=512)
def _page_csp(project_id: int, sha256: str) -> str:
    """Computed when served, not read from the manifest: deployments made before the policy
    tightened get today's policy too."""
    return content_security_policy(_blob(project_id, sha256))


def _lookup(files: dict[str, dict], path: str) -> tuple[str | None, str | None]:
    """(file path, redirect): pretty URLs map to index.html; `services/roofing` redirects to
    `roofing/`, relative to the request, so nested pages resolve under any prefix (/sites/<slug>/)."""
    path = path.lstrip("/")
    if path == "" or path.endswith("/"):
        candidate = f"{path}index.html"
        return (candidate, None) if candidate in files else (None, None)
    if path in files:
        return path, None
    if f"{path}/index.html" in files:
        return None, path.rsplit("/", 1)[-1] + "/"
    return None, None


def serve(site: LiveSite, path: str, *, accept_encoding: str = "", if_none_match: str | None = None,
          method: str = "GET") -> SiteResponse:
    files = deployment_files(site.deployment_id)
    found, redirect = _lookup(files, path)
    if redirect is not None:
        return SiteResponse(301, headers={"Location": redirect, **text_headers()})
    status = 200
    if found is None:
        found, status = ("404.html", 404) if "404.html" in files else (None, 404)
        if found is None:
            return SiteResponse(404, b"Not found", text_headers())
    entry = files[found]
    etag = f'"{entry["sha256"][:32]}"'
    headers = {
        "Content-Type": entry["type"],
        "Cache-Control": "no-cache" if status == 404 else cache_control(found),
        "ETag": etag,
        "Vary": "Accept-Encoding",
        **SECURITY_HEADERS,
    }
    if entry["type"].startswith("text/html"):
        headers["Content-Security-Policy"] = _page_csp(site.project_id, entry["sha256"])
    elif entry["type"] == SVG_CONTENT_TYPE:
        headers["Content-Security-Policy"] = SVG_CSP
    if status == 200 and if_none_match and etag in if_none_match:
        return SiteResponse(304, headers=headers)
    if method == "HEAD":
        return SiteResponse(status, headers=headers)
    if "gzip" in accept_encoding and is_compressible(entry["type"]) and entry.get("size", 0) > 512:
        headers["Content-Encoding"] = "gzip"
        return SiteResponse(status, _gzipped(site.project_id, entry["sha256"]), headers)
    return SiteResponse(status, _blob(site.project_id, entry["sha256"]), headers)


_answers: dict[tuple[int, str, bool], SiteResponse] = {}
# pages, CSS, scripts and small images: a large photo is served from the blob cache each time,
# so 4,096 remembered answers hold at most 1 GB
_REMEMBERED_MAX_BYTES = 256 * 1024


def serve_remembered(site: LiveSite, path: str, *, gzip_ok: bool) -> SiteResponse | None:
    """The full GET answer for this file of this deployment if it was served before (a
    deployment never changes, so neither does the answer), else None."""
    return _answers.get((site.deployment_id, path, gzip_ok))


def serve_and_remember(site: LiveSite, path: str, *, gzip_ok: bool) -> SiteResponse:
    answer = serve(site, path, accept_encoding="gzip" if gzip_ok else "")
    if len(answer.body) <= _REMEMBERED_MAX_BYTES:
        if len(_answers) >= 4096:
            _answers.clear()
        _answers[(site.deployment_id, path, gzip_ok)] = answer
    return answer


def forget_everything() -> None:
    """Drop every remembered lookup and answer (tests: ids restart with each database)."""
    deployment_manifest.cache_clear()
    _live_sites.clear()
    _answers.clear()
