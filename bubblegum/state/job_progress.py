"""Run a queued job now in a worker thread and report its progress while it runs.

The job row stays the record (a restart never loses it silently); `run_job_now` claims it,
so a queue worker will not run it twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bubblegum.services import jobs

POLL_SECONDS = 0.25


async def follow_job(job_id: int, report: Callable[[jobs.JobView], Awaitable[None]]) -> jobs.JobView:
    runner = asyncio.create_task(asyncio.to_thread(jobs.run_job_now, job_id))
    while not runner.done():
        await asyncio.sleep(POLL_SECONDS)
        await report(await asyncio.to_thread(jobs.get_job, job_id))
    return runner.result()
