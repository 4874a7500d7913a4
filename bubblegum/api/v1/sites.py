"""/api/v1/sites: list, create blank or from a prompt (a generation job), read, update
settings and theme, delete to the trash, restore. Every call goes through the same services
as the dashboard and the editor."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from bubblegum.api.v1 import idempotency, paging
from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.jobs import job_out
from bubblegum.api.v1.schemas import Job, Site, SiteCreate, SiteDetail, SiteGenerate, SiteUpdate
from bubblegum.db import session_scope
from bubblegum.services import jobs, projects, site_config, site_settings
from bubblegum.services.generation_jobs import start_generation

router = APIRouter(prefix="/sites", tags=["sites"])
SiteId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _summary(summary: projects.ProjectSummary) -> dict:
    return {"id": summary.id, "name": summary.name, "slug": summary.slug, "live_url": summary.live_url,
            "published": summary.published, "updated_at": summary.updated_at, "deleted_at": summary.deleted_at}


def site_detail(db, actor, site_id: int) -> dict:
    config = site_config.get_config(db, actor, site_id)
    return SiteDetail(**_summary(projects.get(db, actor, actor.org_id, site_id)), language=config.language,
                      description=config.description, custom_domain=config.custom_domain,
                      theme=site_settings.theme_of(db, actor, site_id)).model_dump(mode="json")


@router.get("", response_model=paging.Paged[Site], summary="List sites")
def list_sites(actor: Caller, cursor: paging.Cursor = None, limit: paging.Limit = 50,
               trashed: Annotated[bool, Query(description="List the trash instead.")] = False) -> dict:
    with session_scope() as db:
        found = projects.list_projects(db, actor, actor.org_id, trashed=trashed)
    return paging.page(found, cursor, limit, _summary)


@router.post("", response_model=SiteDetail, status_code=201, summary="Create a blank site")
def create_site(actor: Caller, body: SiteCreate, key: idempotency.IdempotencyKey = None):
    def run() -> tuple[int, dict]:
        with session_scope() as db:
            project = projects.create_blank(db, actor, actor.org_id, body.name)
            return 201, site_detail(db, actor, project.id)
    return idempotency.respond(actor, key, ("POST", "/sites", body.model_dump()), run)


@router.post("/generate", response_model=Job, status_code=202, summary="Generate a site from a prompt",
             description="Starts a generation job; its result names the new site (`project_id`).")
def generate_site(actor: Caller, body: SiteGenerate, key: idempotency.IdempotencyKey = None):
    def run() -> tuple[int, dict]:
        with session_scope() as db:
            job_id = start_generation(db, actor, actor.org_id, body.prompt, business_type=body.business_type,
                                      style=body.style)
        return 202, job_out(jobs.get_own_job(actor, job_id))
    return idempotency.respond(actor, key, ("POST", "/sites/generate", body.model_dump()), run)


@router.get("/{site_id}", response_model=SiteDetail, summary="Read a site")
def read_site(actor: Caller, site_id: SiteId) -> dict:
    with session_scope() as db:
        return site_detail(db, actor, site_id)


@router.patch("/{site_id}", response_model=SiteDetail, summary="Update a site's settings or theme")
def update_site(actor: Caller, site_id: SiteId, body: SiteUpdate) -> dict:
    with session_scope() as db:
        changes = body.model_dump(exclude_unset=True)
        theme = changes.pop("theme", None)
        if changes:
            current = site_config.get_config(db, actor, site_id)
            wanted = {key: getattr(current, key) if changes.get(key) is None else changes[key]
                      for key in ("name", "language", "description", "custom_domain")}
            site_config.update_config(db, actor, site_id, **wanted)
        if theme is not None:
            site_settings.update_theme(db, actor, site_id, theme)
        return site_detail(db, actor, site_id)


@router.delete("/{site_id}", response_model=Site, summary="Move a site to the trash")
def delete_site(actor: Caller, site_id: SiteId) -> dict:
    with session_scope() as db:
        projects.delete(db, actor, actor.org_id, site_id)
        trashed = projects.list_projects(db, actor, actor.org_id, trashed=True)
        return _summary(next(summary for summary in trashed if summary.id == site_id))


@router.post("/{site_id}/restore", response_model=SiteDetail, summary="Restore a site from the trash")
def restore_site(actor: Caller, site_id: SiteId) -> dict:
    with session_scope() as db:
        projects.restore(db, actor, actor.org_id, site_id)
        return site_detail(db, actor, site_id)

