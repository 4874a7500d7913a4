"""The editor's history panel: the page's versions, previewing one in the canvas, restoring one.

A preview renders the old version with the one renderer into the canvas and sets
`previewing_version`, which pauses editing (`EditorState._guard`) until "Back to current"
or "Restore". Restoring appends a copy of the old version (`services.pages.restore`, which
checks the role) and reloads the editor so `base_version` is the new newest version.
"""

from __future__ import annotations

from datetime import UTC, datetime

import reflex as rx

from bubblegum.services import canvas, pages
from bubblegum.state import notices
from bubblegum.state.editor import EditorState
from bubblegum.state.session import SessionState

HISTORY_LIMIT = 100


def time_ago(when: datetime, now: datetime) -> str:
    """"just now", "5 minutes ago", "3 hours ago", "yesterday", "12 Mar 2026"."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "just now"
    for limit, step, unit in ((3600, 60, "minute"), (86400, 3600, "hour")):
        if seconds < limit:
            count = seconds // step
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    if seconds < 2 * 86400:
        return "yesterday"
    if seconds < 7 * 86400:
        return f"{seconds // 86400} days ago"
    return f"{when.day} {when:%b %Y}"


class EditorHistoryState(SessionState):
    """A sibling of the editor state: the list of versions stays out of every editor event;
    handlers reach the editor (open page, canvas, preview flag) with `get_state`."""

    history_open: bool = False
    versions: list[dict[str, str]] = []
    preview_label: str = ""

    @rx.event
    async def toggle_history(self):
        self.history_open = not self.history_open
        return await self.load_versions() if self.history_open else None

    @rx.event
    def close_history(self):
        self.history_open = False

    @rx.event
    async def load_versions(self):
        editor = await self.get_state(EditorState)
        rows, failed = self._run(lambda db, me: pages.history(db, me.user_id, editor._project_id, editor._page_id,
                                                               limit=HISTORY_LIMIT))
        if failed:
            return failed
        now = datetime.now(UTC)
        self.versions = [{"number": str(v.number), "ago": time_ago(v.created_at, now),
                          "at": f"{v.created_at:%d %b %Y, %H:%M} UTC", "author": v.author,
                          "note": v.note or "Edited", "latest": "yes" if i == 0 else ""}
                         for i, v in enumerate(rows)]
        return None

    @rx.event
    async def preview_version(self, number: str):
        if not str(number).isdigit():
            return None
        editor = await self.get_state(EditorState)
        document, failed = self._run(lambda db, me: pages.version_document(
            db, me.user_id, editor._project_id, editor._page_id, int(number)))
        if failed:
            return failed
        row = next((v for v in self.versions if v["number"] == str(number)), None)
        editor.previewing_version = int(number)
        self.preview_label = f"{row['ago']} by {row['author']}" if row else ""
        editor.selected = editor.selected_type = ""
        editor.src_doc = canvas.page_html(editor._skeleton, editor.page_slug, document)
        editor._refresh_inspector()
        return None

    @rx.event
    async def back_to_current(self):
        editor = await self.get_state(EditorState)
        editor.previewing_version = 0
        editor._refresh_canvas()

    @rx.event
    async def restore_version(self, number: str):
        if not str(number).isdigit():
            return None
        editor = await self.get_state(EditorState)
        editor._save_pending()
        new_number, failed = self._run(lambda db, me: pages.restore(
            db, me.user_id, editor._project_id, editor._page_id, int(number)).number)
        if failed:
            return failed
        editor.previewing_version, self.history_open = 0, False
        return [EditorState.load, notices.success(f"Restored version {number} as version {new_number}.")]
