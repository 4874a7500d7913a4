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
    """Run the person's job now in a worker thread, reporting its progress while it runs."""
    runner = asyncio.create_task(asyncio.to_thread(jobs.run_own_job, user_id, job_id))
    while not runner.done():
        await asyncio.sleep(POLL_SECONDS)
        await report(await asyncio.to_thread(jobs.get_own_job, user_id, job_id))
    return runner.result()


async def run_jobs(user_id: int, job_ids: list[int]) -> list[jobs.JobView]:
    """Run the person's jobs one after another in a worker thread."""
    return [await asyncio.to_thread(jobs.run_own_job, user_id, job_id) for job_id in job_ids]
