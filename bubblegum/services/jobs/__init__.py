"""Durable background jobs: a queue whose source of truth is the ``job`` table.

Long work (image variants, publishing, AI generation) runs here, so a restart never
loses it silently and the UI can show progress from the row.

Writing a job kind::

    from bubblegum.services import jobs

    @jobs.register("assets.variants", max_attempts=3, timeout=600)
    def make_variants(ctx: jobs.JobContext) -> dict:
        asset_id = ctx.payload["asset_id"]
        ctx.progress(0.5, "Resizing")          # fraction 0..1 and a short message
        if bad:
            raise jobs.JobFailed("The image could not be read.")   # shown to the person
        return {"variants": 5}                 # a JSON-able dict, stored as Job.result

    Add the handler's module to ``HANDLER_MODULES`` below so every worker imports it.

Using it::

    job_id = jobs.enqueue("assets.variants", {"asset_id": 3}, org_id=1, user_id=2)
    jobs.enqueue(..., session=session)   # inside your transaction: committed together
    jobs.get_job(job_id) -> JobView | None   # status queued|running|done|failed, progress, message,
                                             # error, result, attempts
    jobs.run_job_now(job_id) -> JobView      # run inline now (tests, CLI); no worker needed
    jobs.run_own_job(user_id, job_id)        # the same for a person (editor, dashboard): their own job only
    jobs.get_own_job(user_id, job_id)
    jobs.start_worker() -> Worker            # a daemon thread in this process (the app calls it)
    Worker().run(stop_event)                 # the loop behind ``bubblegum worker``
    @jobs.every(3600, "leads.hourly")        # a periodic task each worker runs (services/jobs/periodic)

Semantics:
- Claiming is row-level and safe with any number of workers: ``FOR UPDATE SKIP LOCKED`` on
  PostgreSQL, a conditional ``UPDATE ... WHERE status='queued'`` on SQLite. Each claim adds
  one to ``attempts``; every later write of that run is fenced on (id, running, attempts),
  so a run that was presumed dead cannot overwrite the run that replaced it.
- A running job's ``updated_at`` is its heartbeat (a thread touches it while the handler
  runs). ``recover_stale_jobs`` (run by every worker at start and once a minute) requeues
  a job whose heartbeat is older than its kind's ``timeout`` (the process died), or fails
  it once ``max_attempts`` runs have started.
- An exception in a handler fails the job (``JobFailed``'s message as is, others as
  "Type: message"); there is no automatic retry of a handler that raised.
- With ``REDIS_URL`` set, ``enqueue`` pushes a wake-up on ``bubblegum:jobs:wake`` after
  commit so an idle worker starts at once; without it workers poll every ``poll_interval``.
  Redis only wakes; losing a wake-up delays a job by one poll at most.
"""

from bubblegum.services.jobs.queue import (
    DONE,
    FAILED,
    HANDLER_MODULES,
    QUEUED,
    RUNNING,
    JobContext,
    JobFailed,
    JobKind,
    JobView,
    claim,
    enqueue,
    execute,
    get_job,
    list_jobs,
    load_handlers,
    recover_stale_jobs,
    register,
    registered_kinds,
    run_job_now,
)
from bubblegum.services.jobs.owned import get_own_job, run_own_job
from bubblegum.services.jobs.periodic import every
from bubblegum.services.jobs.wake import WAKE_KEY, wake
from bubblegum.services.jobs.worker import Worker, start_worker, stop_worker

__all__ = [
    "DONE", "FAILED", "HANDLER_MODULES", "QUEUED", "RUNNING", "WAKE_KEY", "JobContext", "JobFailed", "JobKind",
    "JobView", "Worker", "claim", "enqueue", "every", "execute", "get_job", "get_own_job", "list_jobs",
    "load_handlers", "recover_stale_jobs", "register", "registered_kinds", "run_job_now", "run_own_job",
    "start_worker", "stop_worker", "wake",
]
