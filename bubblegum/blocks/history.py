"""An edit session: the open page's document and one undo/redo history for every change a
person makes in the editor, across pages and across the site's theme and settings.

Pure and immutable, like Puck's history slice: each method returns a new session (cheap:
documents are shared, never copied), so an adapter (a Reflex state) stores it with one
assignment and the framework sees the change. A change to something other than the open
page (``THEME``, ``SETTINGS``, another page) is only recorded here; undo and redo hand
back the value to restore, and the adapter stores it through its service.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

UNDO_LIMIT = 100
MERGE_SECONDS = 2.0
THEME = "theme"
SETTINGS = "settings"


def page_target(page_id: int) -> str:
    return f"page:{page_id}"


@dataclass(frozen=True)
class Change:
    """One undo step: what changed (``target``) and its value before and after."""

    target: str
    before: Any
    after: Any
    at: float = 0.0  # when the last edit merged into this step (time.monotonic)


@dataclass(frozen=True)
class Restore:
    """What undo or redo asks the adapter to put back: ``value`` for ``target``."""

    target: str
    value: Any


@dataclass(frozen=True)
class EditSession:
    page: str = ""  # page_target of the open page
    doc: dict = field(default_factory=dict)
    past: tuple[Change, ...] = ()
    future: tuple[Change, ...] = ()
    merge_key: str = ""  # the field the newest step is still taking keystrokes for

    @property
    def can_undo(self) -> bool:
        return bool(self.past)

    @property
    def can_redo(self) -> bool:
        return bool(self.future)

    def open(self, page_id: int, doc: dict) -> EditSession:
        """Show a page; the history stays, so undo can reach back to another page."""
        return replace(self, page=page_target(page_id), doc=doc, merge_key="")

    def without_page_steps(self) -> EditSession:
        """The history minus page edits (which the editor keeps per page for now)."""
        def keep(changes: tuple[Change, ...]) -> tuple[Change, ...]:
            return tuple(change for change in changes if not change.target.startswith("page:"))
        return replace(self, past=keep(self.past), future=keep(self.future), merge_key="")

    def edit(self, doc: dict, *, merge_key: str = "", now: float = 0.0) -> EditSession:
        """Make ``doc`` the open page's document.

        Consecutive edits of one field (the same ``merge_key``) within ``MERGE_SECONDS`` are
        one step, so undo takes back a typed phrase rather than its last few letters.
        """
        last = self.past[-1] if self.past else None
        if merge_key and merge_key == self.merge_key and last and now - last.at < MERGE_SECONDS:
            past = (*self.past[:-1], replace(last, after=doc, at=now))
        else:
            past = self._remember(Change(self.page, self.doc, doc, now))
        return replace(self, doc=doc, past=past, future=(), merge_key=merge_key)

    def record(self, target: str, before: Any, after: Any) -> EditSession:
        """Remember a change made elsewhere (theme, settings); nothing if nothing changed."""
        if before == after:
            return self
        return replace(self, past=self._remember(Change(target, before, after)), future=(), merge_key="")

    def undo(self) -> tuple[EditSession, Restore | None]:
        if not self.past:
            return self, None
        change = self.past[-1]
        moved = replace(self, past=self.past[:-1], future=(*self.future, change), merge_key="")
        return moved._restore(change.target, change.before)

    def redo(self) -> tuple[EditSession, Restore | None]:
        if not self.future:
            return self, None
        change = self.future[-1]
        moved = replace(self, past=(*self.past, change), future=self.future[:-1], merge_key="")
        return moved._restore(change.target, change.after)

    def _restore(self, target: str, value: Any) -> tuple[EditSession, Restore]:
        session = replace(self, doc=value) if target == self.page else self
        return session, Restore(target, value)

    def _remember(self, change: Change) -> tuple[Change, ...]:
        return (*self.past[-(UNDO_LIMIT - 1):], change)
