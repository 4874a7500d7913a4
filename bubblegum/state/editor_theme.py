"""The editor's theme panel: preset, palette, fonts, corners, buttons, spacing and shadows of
the whole site.

Every change is validated and stored by `services.site_settings.update_theme` (which
re-checks the role), then the site skeleton is rebuilt and the whole canvas re-rendered,
because every block reads the theme. The panel is a sibling of the editor state and reaches
it with `get_state`. A change is one step of the editor's edit session, so
the editor's undo takes it back like any edit; "Reset to preset" drops every override.
"""

from __future__ import annotations

import re

import reflex as rx

from bubblegum.blocks.history import THEME
from bubblegum.blocks.theme import PRESETS
from bubblegum.services import site_settings
from bubblegum.services.errors import InvalidInput, ServiceError
from bubblegum.state.editor import RESTORERS, EditorState
from bubblegum.state.session import SessionState

COLORS = ("primary", "accent", "background", "surface", "text")
OPTIONS = ("heading_font", "body_font", "radius", "buttons", "spacing", "shadow")
DEFAULT = "default"  # the select value meaning "what the preset says"


def effective_theme(theme: dict) -> dict[str, str]:
    """Every setting the panel shows, with the preset's value where nothing is overridden."""
    preset = PRESETS[theme.get("preset", "modern")]
    return {"preset": theme.get("preset", "modern"),
            **{key: theme.get(key) or getattr(preset, key) for key in (*COLORS, *OPTIONS)}}


def normalize_color(value: str) -> str:
    """"4F46E5", " #4f46e5 " and "#4f46e5" all mean #4f46e5; "" means the preset's colour."""
    value = (value or "").strip().lower()
    if value and not value.startswith("#"):
        value = "#" + value
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(c * 2 for c in value[1:])
    return value


class EditorThemeState(SessionState):
    """A sibling of the editor state: picking a colour carries this panel's fields only;
    handlers reach the editor (project, canvas, edit session) with `get_state`."""

    theme: dict[str, str] = {}
    effective: dict[str, str] = {}
    overridden: list[str] = []
    adjustments: list[dict[str, str]] = []
    theme_errors: dict[str, str] = {}
    _stored: dict = {}

    def _show(self, stored: dict, adjustments: list) -> None:
        self._stored = stored
        self.theme = {key: str(value) for key, value in stored.items()}
        self.effective = effective_theme(stored)
        self.overridden = [key for key in (*COLORS, *OPTIONS) if key in stored]
        self.adjustments = [{"name": a.name, "requested": a.requested, "used": a.used, "reason": a.reason}
                            for a in adjustments]

    @rx.event
    async def load_theme(self):
        project_id = (await self.get_state(EditorState))._project_id
        stored, failed = self._run(lambda db, me: site_settings.theme_of(db, me.user_id, project_id))
        if failed:
            return failed
        self.theme_errors = {}
        self._show(stored, site_settings.contrast_adjustments(stored))
        return None

    async def _commit(self, new: dict, field: str = "theme", *, remember: bool = True):
        editor = await self.get_state(EditorState)
        if not editor.can_edit:
            return None
        old = self._stored
        try:
            with self._signed_in() as (db, me):
                result = site_settings.update_theme(db, me.user_id, editor._project_id, new)
                editor._refresh_site(db, result.project)
        except InvalidInput as error:
            self.theme_errors = {field: error.message}
            return None
        except ServiceError as error:
            return self._fail(error)
        if remember:
            editor._session = editor._raw_session.record(THEME, old, result.theme)
            editor._refresh_history_flags()
        self.theme_errors = {}
        self._show(result.theme, result.adjustments)
        if not editor.previewing_version:
            editor._refresh_canvas()
        return None

    @rx.event
    async def choose_preset(self, preset: str):
        """A preset replaces the palette, fonts and shapes (overrides are dropped)."""
        return await self._commit({"preset": preset}, "preset")

    @rx.event
    async def set_color(self, key: str, value: str):
        if key not in COLORS:
            return None
        color = normalize_color(value)
        if color == (self._stored.get(key) or ""):
            self.theme_errors = {}
            return None
        new = {k: v for k, v in self._stored.items() if k != key}
        return await self._commit({**new, key: color} if color else new, key)

    @rx.event
    async def set_option(self, key: str, value: str):
        if key not in OPTIONS:
            return None
        new = {k: v for k, v in self._stored.items() if k != key}
        return await self._commit(new if value in ("", DEFAULT) else {**new, key: value}, key)

    @rx.event
    async def reset_to_preset(self):
        return await self._commit({"preset": self._stored.get("preset", "modern")})

    @rx.event
    async def restore_theme(self, theme: dict):
        """Undo or redo reached a theme change: store that theme again (not a new step)."""
        return await self._commit(theme, remember=False)

    @rx.event
    async def undo_theme(self):
        """The panel's Undo: the editor's undo, shown here at once when it was a theme change."""
        editor = await self.get_state(EditorState)
        restore = editor._step()
        if restore is not None and restore.target == THEME:
            return await self._commit(restore.value, remember=False)
        return editor._after_step(restore)


RESTORERS[THEME] = EditorThemeState.restore_theme
