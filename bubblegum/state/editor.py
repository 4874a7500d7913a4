"""The editor: one page of a site, its layers, the canvas, undo/redo and autosave.

The page document lives on the server (`_doc`); the browser gets the layers list, the
canvas HTML once per page load, and afterwards only the HTML of the block that changed
(`patch`), which the canvas swaps in place. Every handler re-checks the person's role
through the services; the read-only flag only shapes the UI.
"""

from __future__ import annotations

import asyncio
import re
import time

import reflex as rx

from bubblegum import routes
from bubblegum.blocks import ops
from bubblegum.blocks.document import DocumentError
from bubblegum.blocks.history import EditSession, Restore
from bubblegum.blocks.registry import BLOCKS
from bubblegum.services import canvas, inspector, pages, policy
from bubblegum.services.errors import Conflict, NotAuthenticated, ServiceError
from bubblegum.services.policy import Action
from bubblegum.services.publishing.site_documents import live_pages
from bubblegum.state.session import SessionState
from bubblegum.state import notices

DEVICES = {"desktop": "1280px", "tablet": "768px", "mobile": "390px"}
AUTOSAVE_DELAY = 0.8
PROJECT_PATH = re.compile(r"^/editor/(\d{1,12})/?$")
EDITOR_PATH = re.compile(r"^/editor/(\d{1,12})/(\d{1,12})/?$")
# Undo of a change outside the open page (the theme): target -> the handler that stores a
# value back, registered by the panel that owns it, so this module needs no panel.
RESTORERS: dict[str, rx.EventHandler] = {}


class EditorState(SessionState):
    project_name: str = ""
    page_title: str = ""
    page_slug: str = ""
    site_pages: list[dict[str, str]] = []
    layers: list[dict[str, str]] = []
    selected: str = ""
    selected_type: str = ""
    src_doc: str = ""
    patch: dict = {}
    device: str = "desktop"
    can_edit: bool = False
    base_version: int = 0
    save_status: str = "saved"  # saved | unsaved | saving | conflict | error
    save_message: str = ""
    can_undo: bool = False
    can_redo: bool = False
    not_found: bool = False
    project_ref: str = ""
    page_ref: str = ""
    previewing_version: int = 0  # an old version shown in the canvas (history panel); edits paused
    # the inspector of the selected block (its handlers: state/inspector.py)
    fields: list[dict] = []
    field_errors: dict[str, str] = {}
    block_label: str = ""
    is_sample: bool = False

    _project_id: int = 0
    _page_id: int = 0
    _session: EditSession = EditSession()
    _skeleton: str = ""
    _edits: int = 0
    _patch_seq: int = 0

    @property
    def _raw_session(self) -> EditSession:
        """The edit session as stored, without Reflex's change-tracking proxy: it is immutable
        (changed only by assigning a new one), and plain documents can be cached by content."""
        return self.get_value("_session")

    @property
    def _doc(self) -> dict:
        """The open page's document, as the edit session holds it."""
        return self._raw_session.doc

    @rx.var
    def canvas_width(self) -> str:
        return DEVICES.get(self.device, DEVICES["desktop"])

    def _route_ids(self) -> tuple[int, int]:
        """(project id, page id) from /editor/<project>/<page>; 0 for anything else."""
        match = EDITOR_PATH.match(self.router.url.path or "")
        return (int(match[1]), int(match[2])) if match else (0, 0)

    @rx.event
    def open_project(self):
        """on_load of /editor/<project>: open the site's home page."""
        match = PROJECT_PATH.match(self.router.url.path or "")
        try:
            with self._signed_in() as (db, me):
                project = policy.require_project(db, me.user_id, int(match[1]) if match else 0, Action.PROJECT_READ)
                home = live_pages(db, project.id)[0]
        except NotAuthenticated:
            return self._login_redirect()
        except (ServiceError, IndexError):
            self.not_found = True
            return None
        return rx.redirect(routes.editor(project.id, home.id))

    @rx.event
    def load(self):
        """on_load: the page the URL names, if this person may see it."""
        project_id, page_id = self._route_ids()
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
                project, page = pages.page_of_project(db, me.user_id, project_id, page_id, Action.PROJECT_READ)
                member = policy.membership(db, me.user_id, project.organization_id)
                self.can_edit = policy.role_allows(member.role if member else None, Action.PAGE_EDIT)
                latest = pages.latest(db, page.id)
                self._skeleton = canvas.skeleton(db, project)
                self.site_pages = [{"id": str(p.id), "title": p.title, "slug": p.slug or "/"}
                                   for p in live_pages(db, project.id)]
                self.project_name, self.page_title, self.page_slug = project.name, page.title, page.slug
        except NotAuthenticated:
            return self._login_redirect()
        except ServiceError:
            self.not_found = True
            return None
        self.not_found = False
        # Page steps stay with their page for now; theme steps follow the person across pages.
        session = self._raw_session if self._project_id == project.id else EditSession()
        self._project_id, self._page_id = project.id, page.id
        self.project_ref, self.page_ref = str(project.id), str(page.id)
        self._session, self.base_version = session.without_page_steps().open(page.id, latest.document), latest.number
        self.selected = self.selected_type = ""
        self.save_status, self.save_message = "saved", ""
        self.previewing_version = 0
        self._refresh_canvas()
        self._refresh_inspector()
        return None

    # ---- rendering ----

    def _refresh_site(self, db, project) -> None:
        """Re-read the site skeleton and the pages list (after a page or theme change)."""
        self._skeleton = canvas.skeleton(db, project)
        self.site_pages = [{"id": str(p.id), "title": p.title, "slug": p.slug or "/"}
                           for p in live_pages(db, project.id)]

    def _reload_site(self, db, user_id: int) -> None:
        self._refresh_site(db, policy.require_project(db, user_id, self._project_id, Action.PROJECT_READ))

    def _refresh_layers(self) -> None:
        self.layers = [{"id": block["id"], "type": block["type"], "label": BLOCKS[block["type"]].label,
                        "icon": BLOCKS[block["type"]].icon, "summary": canvas.block_summary(block)}
                       for block in self._doc.get("content", [])]
        self._refresh_history_flags()

    def _refresh_history_flags(self) -> None:
        """Assign only on change: every assignment is sent to the browser."""
        if self.can_undo != self._raw_session.can_undo:
            self.can_undo = self._raw_session.can_undo
        if self.can_redo != self._raw_session.can_redo:
            self.can_redo = self._raw_session.can_redo

    def _refresh_canvas(self) -> None:
        self.src_doc = canvas.page_html(self._skeleton, self.page_slug, self._doc)
        self._refresh_layers()

    def _block(self) -> dict | None:
        """The selected block of the open page."""
        return next((block for block in self._doc.get("content", []) if block["id"] == self.selected), None)

    def _refresh_inspector(self) -> None:
        """Rebuild the form for the selected block (after selection, undo, reload)."""
        block = self._block()
        self.field_errors = {}
        self.fields = inspector.field_rows(block["type"], block["props"]) if block else []
        self.block_label = BLOCKS[block["type"]].label if block else ""
        self.is_sample = bool(block and block.get("sample"))

    def _patch_block(self, block_id: str) -> None:
        """Send only the changed block's HTML, and its layer's summary if that changed."""
        self._patch_seq += 1
        html = canvas.block_html(self._skeleton, self.page_slug, self._doc, block_id)
        self.patch = {"id": block_id, "html": html, "seq": self._patch_seq}
        block = next(block for block in self._doc["content"] if block["id"] == block_id)
        summary = canvas.block_summary(block)
        if any(layer["id"] == block_id and layer["summary"] != summary for layer in self.layers):
            self.layers = [{**layer, "summary": summary} if layer["id"] == block_id else layer
                           for layer in self.layers]
        self._refresh_history_flags()

    # ---- changing the document ----

    def _apply(self, new_doc: dict, *, patch: str | None = None, merge_key: str = ""):
        """Make `new_doc` current (one undo step, or part of the typing in `merge_key`'s
        field) and schedule a save."""
        self._session = self._raw_session.edit(new_doc, merge_key=merge_key, now=time.monotonic())
        if patch:
            self._patch_block(patch)
            return [self._schedule_save()]
        self._refresh_canvas()
        self._refresh_inspector()
        return [self._schedule_save()]

    def _schedule_save(self):
        self._edits += 1
        self.save_status = "unsaved"
        return EditorState.autosave(self._edits)

    def _guard(self) -> bool:
        if not self.can_edit or self.save_status == "conflict" or self.previewing_version:
            return False
        return True

    def _structural(self, operation, *args, select: str | None = None, **kwargs):
        if not self._guard():
            return None
        try:
            new_doc = operation(self._doc, *args, **kwargs)
        except DocumentError as error:
            return notices.error(str(error))
        if select is not None:
            self.selected = select
        return self._apply(new_doc)

    @rx.event
    def move_block(self, block_id: str, index: int):
        return self._structural(ops.move_block, block_id, int(index), select=block_id)

    @rx.event
    def move_selected(self, offset: int):
        ids = [layer["id"] for layer in self.layers]
        if self.selected not in ids:
            return None
        target = ids.index(self.selected) + int(offset)
        if not 0 <= target < len(ids):
            return None
        return self.move_block(self.selected, target)

    @rx.event
    def duplicate_selected(self):
        if not self.selected:
            return None
        before = {layer["id"] for layer in self.layers}
        result = self._structural(ops.duplicate_block, self.selected)
        added = [layer["id"] for layer in self.layers if layer["id"] not in before]
        if added:
            self.selected = added[0]
        return result

    @rx.event
    def remove_selected(self):
        if not self.selected:
            return None
        result = self._structural(ops.remove_block, self.selected)
        self.selected = self.selected_type = ""
        return result

    @rx.event
    def insert_block(self, block_type: str):
        """Insert a block from its example props after the selected block (or at the end)."""
        if block_type not in BLOCKS:
            return None
        ids = [layer["id"] for layer in self.layers]
        index = ids.index(self.selected) + 1 if self.selected in ids else len(ids)
        block_id = ops.new_block_id(set(ids))
        result = self._structural(ops.insert_block, block_type, index=index, block_id=block_id, select=block_id)
        self.selected_type = block_type
        return result

    @rx.event
    def select_block(self, block_id: str):
        if self.previewing_version:
            return notices.info(f"You are looking at version {self.previewing_version}. "
                                 "Restore it or go back to the current version to edit.")
        types = {layer["id"]: layer["type"] for layer in self.layers}
        self.selected = block_id if block_id in types else ""
        self.selected_type = types.get(block_id, "")
        self._refresh_inspector()
        return None

    @rx.event
    def set_device(self, device: str | list[str]):
        self.device = device if isinstance(device, str) and device in DEVICES else "desktop"

    # ---- undo / redo ----

    def _step(self, redo: bool = False) -> Restore | None:
        """Take one step back (or forward) in the session; the caller stores what it names
        unless it is the open page, which is re-rendered and saved here."""
        if not self._guard():
            return None
        self._session, restore = self._raw_session.redo() if redo else self._raw_session.undo()
        if restore is not None and restore.target == self._raw_session.page:
            self._refresh_canvas()
        else:
            self._refresh_history_flags()
        return restore

    def _after_step(self, restore: Restore | None):
        if restore is None:
            return None
        if restore.target == self._raw_session.page:
            self._refresh_inspector()
            return [self._schedule_save()]
        return RESTORERS[restore.target](restore.value)

    @rx.event
    def undo(self):
        return self._after_step(self._step())

    @rx.event
    def redo(self):
        return self._after_step(self._step(redo=True))

    # ---- saving ----

    @rx.event(background=True)
    async def autosave(self, edit: int):
        """Debounced: save once the person has paused, and only the newest edit."""
        await asyncio.sleep(AUTOSAVE_DELAY)
        async with self:
            if edit != self._edits or self.save_status != "unsaved":
                return
            self.save_status = "saving"
            self._save_now()

    def _save_now(self) -> None:
        try:
            with self._signed_in() as (db, me):
                version = pages.save(db, me.user_id, self._project_id, self._page_id, self._doc,
                                     base_version=self.base_version)
                self.base_version = version.number
            self.save_status, self.save_message = "saved", ""
        except Conflict as error:
            self.save_status, self.save_message = "conflict", error.message
        except ServiceError as error:
            self.save_status, self.save_message = "error", error.message

    def _save_pending(self) -> None:
        """Save edits not yet saved (or whose save failed), if this person may edit."""
        if self.save_status in ("unsaved", "error") and self.can_edit:
            self._save_now()

    @rx.event
    def save(self):
        self._save_pending()

    @rx.event
    def reload(self):
        """After a conflict: drop local changes and load the newest version."""
        return self.load()

