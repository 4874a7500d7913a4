"""/api/v1/jobs/{id}: a job's status and progress (publishing, generation). A key sees the
jobs started for its creator in its organization, like the editor shows a person's own."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from bubblegum.api.v1.auth import Caller
from bubblegum.api.v1.schemas import Job
from bubblegum.services import jobs

router = APIRouter(prefix="/jobs", tags=["jobs"])


def job_out(view: jobs.JobView) -> dict:
    return Job(id=view.id, kind=view.kind, status=view.status, progress=min(1.0, max(0.0, view.progress)),
               message=view.message, error=view.error, result=view.result, created_at=view.created_at,
               updated_at=view.updated_at).model_dump(mode="json")


@router.get("/{job_id}", response_model=Job, summary="Read a job's status and progress")
def read_job(actor: Caller, job_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> dict:
    return job_out(jobs.get_own_job(actor, job_id))
