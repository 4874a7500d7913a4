"""Toasts raised by backend handlers, shown without running code the server sent.

`rx.toast` from a handler ships JavaScript source that the browser must `eval`, which the
app's Content-Security-Policy forbids (no 'unsafe-eval'), so such toasts would never appear.
Handlers return `notices.success(...)` (or `error`, `info`, `warning`) instead: an event
that records the notice in `NoticeState`, and `components/notices.notice_bridge()`, compiled
into the app's bundle, hands each new notice to the page's toaster.
"""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

LEVELS = ("success", "error", "info", "warning")
MAX_LENGTH = 500


class NoticeState(rx.State):
    seq: int = 0  # bumped once per notice: the bridge shows a notice when this changes
    level: str = "info"
    message: str = ""

    @rx.event
    def show(self, level: str, message: str):
        self.level = level if level in LEVELS else "info"
        self.message = str(message)[:MAX_LENGTH]
        self.seq += 1


def success(message: str) -> EventSpec:
    return NoticeState.show("success", message)


def error(message: str) -> EventSpec:
    return NoticeState.show("error", message)


def info(message: str) -> EventSpec:
    return NoticeState.show("info", message)
