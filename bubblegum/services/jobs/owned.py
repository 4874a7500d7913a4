"""Jobs run or followed on a person's behalf (the editor and dashboard): only the person who
started a job, while still a member of its organization, may make it run now or read it."""

from __future__ import annotations

from bubblegum.db import session_scope
from bubblegum.services import policy
from bubblegum.services.jobs.queue import JobView, get_job, run_job_now


def authorise(user_id: int, job_id: int) -> None:
    """NotFound unless `user_id` started job `job_id` and still belongs to its organization."""
    with session_scope() as session:
        policy.require_job(session, user_id, job_id)


def run_own_job(user_id: int, job_id: int) -> JobView:
    """Run the person's queued job in this thread (or wait for nothing if it already ran)."""
    authorise(user_id, job_id)
    return run_job_now(job_id)


def get_own_job(user_id: int, job_id: int) -> JobView:
    authorise(user_id, job_id)
    return get_job(job_id)
