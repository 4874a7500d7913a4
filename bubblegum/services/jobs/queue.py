"""The queue: job kinds, enqueue, claim, run, record, recover. See the package docstring."""

from __future__ import annotations

import importlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import Job
from bubblegum.services.jobs.wake import wake as _wake

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
DEFAULT_TIMEOUT = 600.0
DEFAULT_MAX_ATTEMPTS = 3
# Modules that register job kinds; every worker imports them before claiming.
HANDLER_MODULES: list[str] = ["bubblegum.services.assets.processing", "bubblegum.services.publishing.jobs", "bubblegum.services.generation_jobs",
                            "bubblegum.services.leads.notify", "bubblegum.services.billing.reconcile",
                            "bubblegum.services.webhooks.delivery"]


class JobFailed(Exception):
    """Raise from a handler to fail the job with a message meant for a person."""


class UnknownJobKind(KeyError):
    pass


@dataclass(frozen=True)
class JobKind:
    name: str
    handler: Callable[[JobContext], dict | None]
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    timeout: float = DEFAULT_TIMEOUT


_registry: dict[str, JobKind] = {}


def register(kind: str, *, max_attempts: int = DEFAULT_MAX_ATTEMPTS, timeout: float = DEFAULT_TIMEOUT):
    """Decorator: make ``handler(ctx) -> dict | None`` the handler of job ``kind``."""
    if len(kind) > 40:
        raise ValueError("job kind names are at most 40 characters")

    def decorate(handler):
        _registry[kind] = JobKind(kind, handler, max_attempts, timeout)
        return handler

    return decorate


def registered_kinds() -> list[str]:
    return sorted(_registry)


def load_handlers() -> None:
    for module in HANDLER_MODULES:
        importlib.import_module(module)


@dataclass(frozen=True)
class JobView:
    id: int
    kind: str
    status: str
    progress: float
    message: str
    error: str
    payload: dict
    result: dict
    attempts: int
    organization_id: int | None
    created_by_id: int | None
    created_at: datetime
    updated_at: datetime

    @property
    def finished(self) -> bool:
        return self.status in (DONE, FAILED)

    @classmethod
    def of(cls, job: Job) -> JobView:
        return cls(job.id, job.kind, job.status, job.progress, job.message, job.error, dict(job.payload or {}),
                   dict(job.result or {}), job.attempts, job.organization_id, job.created_by_id,
                   job.created_at, job.updated_at)


@dataclass
class JobContext:
    """What a handler receives: the payload, who asked, and a progress reporter."""

    job_id: int
    kind: str
    payload: dict
    organization_id: int | None
    user_id: int | None
    attempt: int
    _last: float = field(default=-1.0, repr=False)

    def progress(self, fraction: float, message: str = "") -> None:
        """Record progress (clamped to 0..1) and a short message; also a heartbeat."""
        fraction = min(1.0, max(0.0, float(fraction)))
        self._last = fraction
        _fenced_update(self.job_id, self.attempt, progress=fraction, message=message[:300])


def _json(value: Any, what: str) -> dict:
    value = {} if value is None else value
    if not isinstance(value, dict):
        raise TypeError(f"job {what} must be a dict, not {type(value).__name__}")
    return json.loads(json.dumps(value))  # fails fast on values the column cannot hold


def enqueue(kind: str, payload: dict | None = None, org_id: int | None = None, user_id: int | None = None,
            *, session: Session | None = None) -> int:
    """Queue a job and return its id. With ``session``, it commits with that transaction."""
    job = Job(kind=kind, payload=_json(payload, "payload"), organization_id=org_id, created_by_id=user_id,
              status=QUEUED, message="Waiting to start")
    if session is not None:
        session.add(job)
        session.flush()
        sa.event.listen(session, "after_commit", lambda _s: _wake(), once=True)
        return job.id
    with session_scope() as own:
        own.add(job)
        own.flush()
        job_id = job.id
    _wake()
    return job_id


def get_job(job_id: int) -> JobView | None:
    with session_scope() as session:
        job = session.get(Job, job_id)
        return JobView.of(job) if job else None


def list_jobs(org_id: int, *, kind: str | None = None, limit: int = 50) -> list[JobView]:
    with session_scope() as session:
        query = select(Job).where(Job.organization_id == org_id)
        if kind:
            query = query.where(Job.kind == kind)
        return [JobView.of(j) for j in session.exec(query.order_by(Job.id.desc()).limit(limit))]


# --- claiming and running ---------------------------------------------------------------

def claim(kinds: list[str] | None = None, *, job_id: int | None = None) -> JobView | None:
    """Mark one queued job running and return it, or None if there is none to take."""
    kinds = registered_kinds() if kinds is None else kinds
    if not kinds and job_id is None:
        return None
    now = utcnow()
    with session_scope() as session:
        candidates = select(Job.id).where(Job.status == QUEUED)
        if job_id is not None:
            candidates = candidates.where(Job.id == job_id)
        else:
            candidates = candidates.where(Job.kind.in_(kinds))
        candidates = candidates.order_by(Job.id)
        claim_values = dict(status=RUNNING, attempts=Job.attempts + 1, updated_at=now, message="Started")
        if session.get_bind().dialect.name == "postgresql":
            picked = candidates.limit(1).with_for_update(skip_locked=True).scalar_subquery()
            row = session.execute(sa.update(Job).where(Job.id == picked).values(**claim_values)
                                  .returning(Job.id)).first()
            claimed = row[0] if row else None
        else:
            claimed = None
            for candidate in session.exec(candidates.limit(20)).all():
                done = session.execute(sa.update(Job).where(Job.id == candidate, Job.status == QUEUED)
                                       .values(**claim_values))
                if done.rowcount == 1:
                    claimed = candidate
                    break
        if claimed is None:
            return None
        session.flush()
        job = session.get(Job, claimed, populate_existing=True)
        return JobView.of(job)


def execute(job: JobView) -> JobView:
    """Run a claimed job's handler and record its outcome."""
    kind = _registry.get(job.kind)
    if kind is None:
        _finish(job, FAILED, error=f"No handler is registered for job kind {job.kind!r}.")
        return get_job(job.id)
    ctx = JobContext(job.id, job.kind, job.payload, job.organization_id, job.created_by_id, job.attempts)
    beat = _Heartbeat(job.id, job.attempts, interval=max(0.5, min(30.0, kind.timeout / 3)))
    beat.start()
    try:
        result = kind.handler(ctx)
        outcome = dict(status=DONE, result=_json(result, "result"), progress=1.0)
    except JobFailed as error:
        outcome = dict(status=FAILED, error=str(error))
    except Exception as error:  # recorded on the row; the worker keeps going
        log.exception("job %s (%s) failed", job.id, job.kind)
        outcome = dict(status=FAILED, error=f"{type(error).__name__}: {error}")
    finally:
        beat.stop()
    _finish(job, **outcome)
    return get_job(job.id)


def run_job_now(job_id: int) -> JobView:
    """Claim one specific queued job and run it in this thread; return its final state."""
    load_handlers()
    job = claim(job_id=job_id)
    if job is None:
        current = get_job(job_id)
        if current is None:
            raise KeyError(f"no job {job_id}")
        return current
    return execute(job)


def _finish(job: JobView, status: str, *, error: str = "", result: dict | None = None,
            progress: float | None = None) -> None:
    values: dict[str, Any] = dict(status=status, error=error[:2000],
                                  message="Done" if status == DONE else "Failed")
    if result is not None:
        values["result"] = result
    if progress is not None:
        values["progress"] = progress
    if not _fenced_update(job.id, job.attempts, **values):
        log.warning("job %s attempt %s finished after it was taken over; outcome dropped", job.id, job.attempts)


def _fenced_update(job_id: int, attempt: int, **values) -> bool:
    values["updated_at"] = utcnow()
    with session_scope() as session:
        done = session.execute(sa.update(Job).where(Job.id == job_id, Job.status == RUNNING,
                                                    Job.attempts == attempt).values(**values))
        return done.rowcount == 1


class _Heartbeat:
    """Touches the running job's updated_at while its handler works."""

    def __init__(self, job_id: int, attempt: int, interval: float) -> None:
        self.job_id, self.attempt, self.interval = job_id, attempt, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"job-{job_id}-heartbeat")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                _fenced_update(self.job_id, self.attempt)
            except Exception:  # a missed beat only risks an early requeue
                log.warning("heartbeat for job %s failed", self.job_id, exc_info=True)


def recover_stale_jobs(*, now: datetime | None = None) -> int:
    """Requeue (or fail, past max_attempts) running jobs whose heartbeat is too old."""
    now = now or utcnow()
    recovered = 0
    with session_scope() as session:
        running = session.exec(select(Job).where(Job.status == RUNNING)).all()
        for job in running:
            kind = _registry.get(job.kind)
            timeout = kind.timeout if kind else DEFAULT_TIMEOUT
            max_attempts = kind.max_attempts if kind else DEFAULT_MAX_ATTEMPTS
            if job.updated_at > now - timedelta(seconds=timeout):
                continue
            if job.attempts >= max_attempts:
                values = dict(status=FAILED, message="Failed",
                              error=f"The worker stopped during this job {job.attempts} times; giving up.")
            else:
                values = dict(status=QUEUED, message="Requeued after a worker stopped")
            done = session.execute(sa.update(Job).where(
                Job.id == job.id, Job.status == RUNNING, Job.attempts == job.attempts,
                Job.updated_at == job.updated_at).values(updated_at=now, **values))
            recovered += done.rowcount
    if recovered:
        log.warning("recovered %d stale job(s)", recovered)
    return recovered
