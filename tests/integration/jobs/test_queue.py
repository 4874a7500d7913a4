"""The job queue on SQLite and PostgreSQL: claim once, progress, failures, crash recovery."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bubblegum.services import jobs

SEEN: dict[int, int] = {}
SEEN_LOCK = threading.Lock()


@jobs.register("test.echo")
def _echo(ctx: jobs.JobContext) -> dict:
    with SEEN_LOCK:
        SEEN[ctx.job_id] = SEEN.get(ctx.job_id, 0) + 1
    ctx.progress(0.5, "halfway")
    midway = jobs.get_job(ctx.job_id)
    time.sleep(ctx.payload.get("sleep", 0))
    return {"echo": ctx.payload.get("value"), "midway": [midway.progress, midway.message],
            "user": ctx.user_id}


@jobs.register("test.refuse")
def _refuse(ctx: jobs.JobContext) -> None:
    raise jobs.JobFailed("The image could not be read.")


@jobs.register("test.crash")
def _crash(ctx: jobs.JobContext) -> None:
    raise RuntimeError("disk on fire")


@jobs.register("test.fragile", max_attempts=2, timeout=60)
def _fragile(ctx: jobs.JobContext) -> dict:
    return {"attempt": ctx.attempt}


def test_enqueue_and_run_now_records_progress_and_result(database_url):
    job_id = jobs.enqueue("test.echo", {"value": 42}, user_id=None)
    queued = jobs.get_job(job_id)
    assert (queued.status, queued.progress, queued.attempts) == ("queued", 0.0, 0)
    done = jobs.run_job_now(job_id)
    assert done.status == "done" and done.progress == 1.0 and done.attempts == 1
    assert done.result == {"echo": 42, "midway": [0.5, "halfway"], "user": None}
    assert jobs.run_job_now(job_id).status == "done"  # not run twice


@pytest.mark.parametrize("kind, error", [
    ("test.refuse", "The image could not be read."),
    ("test.crash", "RuntimeError: disk on fire"),
    ("test.never-registered", "No handler is registered for job kind 'test.never-registered'."),
])
def test_failures_are_recorded(database_url, kind, error):
    job = jobs.run_job_now(jobs.enqueue(kind, {}))
    assert job.status == "failed" and job.error == error and job.result == {}


def test_payload_must_be_json(database_url):
    with pytest.raises(TypeError):
        jobs.enqueue("test.echo", {"when": object()})


def test_two_workers_claim_each_job_once(database_url):
    SEEN.clear()
    ids = [jobs.enqueue("test.echo", {"value": i, "sleep": 0.01}) for i in range(24)]
    workers = [jobs.Worker(kinds=["test.echo"], poll_interval=0.1) for _ in range(2)]
    threads = [threading.Thread(target=lambda w=w: [None for _ in iter(w.run_once, False)]) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(SEEN.get(i) == 1 for i in ids)
    assert sum(w.jobs_run for w in workers) == 24
    assert {jobs.get_job(i).attempts for i in ids} == {1}
    assert {jobs.get_job(i).status for i in ids} == {"done"}


def test_postgres_claim_skips_a_row_locked_by_another_worker(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("SKIP LOCKED is PostgreSQL's")
    first, second = jobs.enqueue("test.echo", {}), jobs.enqueue("test.echo", {})
    engine = sa.create_engine(database_url)
    with engine.begin() as other:  # another worker holds the first row
        other.execute(sa.text("SELECT id FROM job WHERE id = :id FOR UPDATE"), {"id": first})
        claimed = jobs.claim(["test.echo"])
        assert claimed.id == second
    engine.dispose()


def _age(job_id: int, seconds: float) -> None:
    from bubblegum.db import session_scope, utcnow
    from bubblegum.models import Job

    with session_scope() as session:
        session.execute(sa.update(Job).where(Job.id == job_id)
                        .values(updated_at=utcnow() - timedelta(seconds=seconds)))


def test_crash_recovery_requeues_then_gives_up(database_url):
    job_id = jobs.enqueue("test.fragile", {})
    crashed = jobs.claim(job_id=job_id)  # a process took it, then died
    assert jobs.recover_stale_jobs() == 0  # heartbeat is fresh
    _age(job_id, 120)
    assert jobs.recover_stale_jobs() == 1
    requeued = jobs.get_job(job_id)
    assert requeued.status == "queued" and requeued.attempts == 1
    jobs.queue._finish(crashed, "done", result={"late": True})  # the presumed-dead run wakes up: fenced out
    assert jobs.get_job(job_id).status == "queued"
    jobs.claim(job_id=job_id)  # second attempt also dies
    _age(job_id, 120)
    assert jobs.recover_stale_jobs() == 1
    failed = jobs.get_job(job_id)
    assert failed.status == "failed" and "2 times" in failed.error


def test_recovered_job_runs_to_completion(database_url):
    job_id = jobs.enqueue("test.fragile", {})
    jobs.claim(job_id=job_id)
    _age(job_id, 120)
    jobs.recover_stale_jobs()
    done = jobs.run_job_now(job_id)
    assert done.status == "done" and done.result == {"attempt": 2}


def test_heartbeat_keeps_a_long_job_alive(database_url, monkeypatch):
    monkeypatch.setitem(jobs.queue._registry, "test.slow", jobs.JobKind("test.slow", _echo, 3, timeout=1.5))
    job_id = jobs.enqueue("test.slow", {"sleep": 2.0})
    runner = threading.Thread(target=jobs.run_job_now, args=(job_id,))
    runner.start()
    time.sleep(1.8)
    assert jobs.recover_stale_jobs() == 0  # the heartbeat thread touched it
    runner.join(10)
    assert jobs.get_job(job_id).status == "done"


def test_in_process_worker_thread_runs_jobs(database_url):
    worker = jobs.start_worker(poll_interval=0.1)
    try:
        assert jobs.start_worker() is worker
        job_id = jobs.enqueue("test.echo", {"value": "bg"})
        deadline = time.monotonic() + 10
        while not jobs.get_job(job_id).finished and time.monotonic() < deadline:
            time.sleep(0.05)
        assert jobs.get_job(job_id).result["echo"] == "bg"
    finally:
        jobs.stop_worker()


def test_enqueue_inside_a_transaction_commits_with_it(database_url):
    from bubblegum.db import session_scope

    with pytest.raises(RuntimeError):
        with session_scope() as session:
            job_id = jobs.enqueue("test.echo", {}, session=session)
            raise RuntimeError("rolled back")
    assert jobs.get_job(job_id) is None


def test_redis_wakes_an_idle_worker(database_url, redis_url):
    worker = jobs.Worker(kinds=["test.echo"], poll_interval=20)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    try:
        time.sleep(0.5)  # the worker is now blocked waiting for a wake-up
        started = time.monotonic()
        job_id = jobs.enqueue("test.echo", {"value": 1})
        while not jobs.get_job(job_id).finished and time.monotonic() - started < 10:
            time.sleep(0.05)
        assert jobs.get_job(job_id).status == "done"
        assert time.monotonic() - started < 5  # far sooner than the 20 s poll
    finally:
        stop.set()
        jobs.wake()
        thread.join(30)
