"""The one way a handler runs or follows a job: on behalf of the signed-in person.

Every helper takes the person's user id (from `SessionState._signed_in()`, never from the
browser) and the jobs service refuses a job that person did not start. The job row stays the
record (a restart never loses it silently); `run_own_job` claims it, so a queue worker will not
run it twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bubblegum.services import jobs

POLL_SECONDS = 0.25


async def follow_job(user_id: int, job_id: int,
                     report: Callable[[jobs.JobView], Awaitable[None]]) -> jobs.JobView:
    """Run the person's job now in a worker thread, reporting its progress until it ends
    (here or, when a queue worker claimed it first, there)."""
    runner = asyncio.create_task(asyncio.to_thread(jobs.run_own_job, user_id, job_id))
    while not runner.done():
        await asyncio.sleep(POLL_SECONDS)
        await report(await asyncio.to_thread(jobs.get_own_job, user_id, job_id))
    return await _until_finished(user_id, runner.result(), report)


async def run_jobs(user_id: int, job_ids: list[int]) -> list[jobs.JobView]:
    """Run the person's jobs one after another in a worker thread."""
    return [await _until_finished(user_id, await asyncio.to_thread(jobs.run_own_job, user_id, job_id))
            for job_id in job_ids]


async def _until_finished(user_id: int, view: jobs.JobView,
                          report: Callable[[jobs.JobView], Awaitable[None]] | None = None) -> jobs.JobView:
    """``view`` once its job has ended: a job a queue worker claimed first is still running."""
    while not view.finished:
        await asyncio.sleep(POLL_SECONDS)
        view = await asyncio.to_thread(jobs.get_own_job, user_id, view.id)
        if report is not None:
            await report(view)
    return view
