"""/api/v1/sites/{site_id}/deployments: publish (202 with the job to follow), list, read,
make an earlier deployment live again. A publish asked for while one is queued joins it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from bubblegum.api.v1 import idempotency, paging
from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.jobs import job_out
from bubblegum.api.v1.schemas import Deployment, Job
from bubblegum.db import session_scope
from bubblegum.services import jobs, projects
from bubblegum.services.publishing import actions

router = APIRouter(prefix="/sites/{site_id}/deployments", tags=["deployments"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _out(deployment, live_id: int | None) -> dict:
    return Deployment(id=deployment.id, status=deployment.status, live=deployment.id == live_id,
                      error=deployment.error, created_at=deployment.created_at, finished_at=deployment.finished_at,
                      stats=(deployment.manifest or {}).get("stats", {})).model_dump(mode="json")


def _live_id(db, actor, site_id: int) -> int | None:
    return projects.live_deployment_id(db, actor, actor.org_id, site_id)


@router.post("", response_model=Job, status_code=202, summary="Publish the site",
             description="Starts (or joins) a publish job; follow it at /jobs/{id}.")
def publish(actor: Caller, site_id: Id, key: idempotency.IdempotencyKey = None):
    def run() -> tuple[int, dict]:
        with session_scope() as db:
            job_id = actions.start_publish(db, actor, site_id)
        return 202, job_out(jobs.get_own_job(actor, job_id))
    return idempotency.respond(actor, key, ("POST", site_id, "deployments"), run)


@router.get("", response_model=paging.Paged[Deployment], summary="List deployments")
def list_deployments(actor: Caller, site_id: Id, cursor: paging.Cursor = None, limit: paging.Limit = 50) -> dict:
    with session_scope() as db:
        found = actions.list_deployments(db, actor, site_id)
        live = _live_id(db, actor, site_id)
    return paging.page(found, cursor, limit, lambda d: _out(d, live))


@router.get("/{deployment_id}", response_model=Deployment, summary="Read a deployment")
def read_deployment(actor: Caller, site_id: Id, deployment_id: Id) -> dict:
    with session_scope() as db:
        return _out(actions.get_deployment(db, actor, site_id, deployment_id), _live_id(db, actor, site_id))


@router.post("/{deployment_id}/rollback", response_model=Deployment, summary="Make a deployment live again")
def rollback(actor: Caller, site_id: Id, deployment_id: Id) -> dict:
    with session_scope() as db:
        deployment = actions.make_live(db, actor, site_id, deployment_id)
        return _out(deployment, deployment.id)
