"""Workers: a loop that claims and runs jobs, and the app's in-process worker thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from bubblegum.services.jobs.periodic import PeriodicRunner
from bubblegum.services.jobs.queue import JobView, claim, execute, load_handlers, recover_stale_jobs
from bubblegum.services.jobs.wake import WAKE_KEY

log = logging.getLogger(__name__)


class Worker:
    """Claims and runs jobs until stopped. Safe to run several, in one process or many."""

    def __init__(self, *, kinds: list[str] | None = None, poll_interval: float = 2.0,
                 recover_every: float = 60.0) -> None:
        load_handlers()
        self.kinds = kinds
        self.poll_interval = poll_interval
        self.recover_every = recover_every
        self.stop_event = threading.Event()
        self.jobs_run = 0
        self._blocking_redis = None
        self.periodic = PeriodicRunner()

    def run_once(self) -> bool:
        job = claim(self.kinds)
        if job is None:
            return False
        execute(job)
        self.jobs_run += 1
        return True

    def run(self, stop: threading.Event | None = None, *, max_jobs: int | None = None,
            on_job: Callable[[JobView], None] | None = None) -> None:
        stop = stop or self.stop_event
        last_recovery = 0.0
        while not stop.is_set():
            clock = time.monotonic()
            if clock - last_recovery >= self.recover_every:
                self._safely(recover_stale_jobs)
                last_recovery = clock
            self.periodic.run_due()
            ran = self._safely(self.run_once)
            if max_jobs is not None and self.jobs_run >= max_jobs:
                return
            if not ran:
                self._wait(stop)

    def stop(self) -> None:
        self.stop_event.set()

    def _safely(self, call):
        try:
            return call()
        except Exception:  # e.g. the database restarting: log, wait, go on
            log.exception("job worker loop error")
            return False

    def _wait(self, stop: threading.Event) -> None:
        client = self._redis()
        if client is None:
            stop.wait(self.poll_interval)
            return
        try:
            client.blpop([WAKE_KEY], timeout=max(1, int(self.poll_interval)))
        except Exception:
            stop.wait(self.poll_interval)

    def _redis(self):
        if self._blocking_redis is None:
            from bubblegum.config import get_settings

            url = get_settings().redis_url
            if not url:
                return None
            import redis

            self._blocking_redis = redis.Redis.from_url(
                url, socket_connect_timeout=2, socket_timeout=self.poll_interval + 5)
        return self._blocking_redis


_worker_lock = threading.Lock()
_worker: tuple[Worker, threading.Thread] | None = None


def start_worker(*, poll_interval: float = 2.0) -> Worker:
    """Start one in-process worker thread (idempotent) and return it."""
    global _worker
    with _worker_lock:
        if _worker is None or not _worker[1].is_alive():
            worker = Worker(poll_interval=poll_interval)
            thread = threading.Thread(target=worker.run, daemon=True, name="bubblegum-job-worker")
            thread.start()
            _worker = (worker, thread)
        return _worker[0]


def stop_worker(timeout: float = 10.0) -> None:
    global _worker
    with _worker_lock:
        if _worker is not None:
            _worker[0].stop()
            _worker[1].join(timeout)
            _worker = None

