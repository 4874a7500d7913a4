"""Periodic tasks: plain functions every worker calls on a fixed interval (retention, digests).

    @jobs.every(3600, "leads.hourly")
    def hourly() -> None: ...

Each worker keeps its own clock, so with several workers a task runs once per worker per
interval: a task must be safe to run twice at the same time (deletes are; a digest claims its
send with a conditional update). Register them in a module listed in ``HANDLER_MODULES``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

_tasks: dict[str, tuple[float, Callable[[], object]]] = {}


def every(seconds: float, name: str):
    """Decorator: run the function every `seconds` in each worker (first run at its start)."""

    def decorate(task):
        _tasks[name] = (seconds, task)
        return task

    return decorate


class PeriodicRunner:
    """One worker's clocks for the registered tasks."""

    def __init__(self) -> None:
        self.last_run: dict[str, float] = {}

    def run_due(self) -> list[str]:
        """Run the tasks whose interval has passed; a failing task is logged and retried next interval."""
        ran = []
        for name, (seconds, task) in list(_tasks.items()):
            clock = time.monotonic()
            if name in self.last_run and clock - self.last_run[name] < seconds:
                continue
            self.last_run[name] = clock
            try:
                task()
            except Exception:  # the worker keeps going
                log.exception("periodic task %s failed", name)
            ran.append(name)
        return ran
