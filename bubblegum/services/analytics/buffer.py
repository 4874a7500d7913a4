"""Page views wait in memory and a background thread writes them in batches, so a beacon is
answered without touching the database and thousands of views cost a few inserts.

The buffer is bounded: past ``capacity`` waiting views a new one is dropped and counted in
``dropped`` (the database is down or far behind; memory must not grow without end). A failed
write keeps its rows for the next attempt. Whatever waits at interpreter exit is written then.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable

import sqlalchemy as sa

from bubblegum.db import session_scope
from bubblegum.models import PageView

log = logging.getLogger("bubblegum.analytics")


class ViewBuffer:
    def __init__(self, *, capacity: int = 200_000, interval: float = 1.0, batch: int = 5000,
                 housekeeping: Callable[[], None] | None = None, housekeeping_every: float = 300.0) -> None:
        self.capacity, self.interval, self.batch = capacity, interval, batch
        self.housekeeping, self.housekeeping_every = housekeeping, housekeeping_every
        self.accepted = self.written = self.dropped = 0
        self._rows: deque[dict] = deque()
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._wake = threading.Event()
        self._owner_pid: int | None = None
        self._last_housekeeping = time.monotonic()

    def add(self, row: dict) -> bool:
        """Queue one view (PageView columns); False when the buffer is full and it was dropped."""
        with self._lock:
            if len(self._rows) >= self.capacity:
                self.dropped += 1
                return False
            self._rows.append(row)
            self.accepted += 1
            waiting = len(self._rows)
        self._ensure_flusher()
        if waiting >= self.batch:
            self._wake.set()
        return True

    def pending(self) -> int:
        return len(self._rows)

    def flush(self) -> int:
        """Write everything waiting now, in batches; returns how many rows were written."""
        written = 0
        with self._write_lock:
            while True:
                with self._lock:
                    rows = [self._rows.popleft() for _ in range(min(self.batch, len(self._rows)))]
                if not rows:
                    return written
                try:
                    with session_scope() as session:
                        session.execute(sa.insert(PageView.__table__), rows)
                except Exception:
                    with self._lock:
                        self._rows.extendleft(reversed(rows))
                    raise
                written += len(rows)
                with self._lock:
                    self.written += len(rows)

    def _ensure_flusher(self) -> None:
        if self._owner_pid == os.getpid():
            return
        with self._lock:
            if self._owner_pid == os.getpid():
                return
            self._owner_pid = os.getpid()  # a forked worker starts a flusher of its own
        threading.Thread(target=self._run, name="analytics-flusher", daemon=True).start()

    def _run(self) -> None:
        while True:
            self._wake.wait(self.interval)
            self._wake.clear()
            try:
                self.flush()
                if self.housekeeping and time.monotonic() - self._last_housekeeping >= self.housekeeping_every:
                    self._last_housekeeping = time.monotonic()
                    self.housekeeping()
            except Exception:  # logged and retried: a database restart must not stop counting
                log.exception("analytics: writing page views failed; retrying")


def _flush_at_exit(buffer: ViewBuffer) -> None:
    try:
        buffer.flush()
    except Exception:
        log.exception("analytics: %d page views could not be written at exit", buffer.pending())


def new_buffer(**options) -> ViewBuffer:
    buffer = ViewBuffer(**options)
    atexit.register(_flush_at_exit, buffer)
    return buffer
