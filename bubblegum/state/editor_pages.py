"""The editor's pages panel: add (blank or written by AI), rename, change the address,
reorder, delete (soft), and the open page's search and sharing settings.

Names, addresses, order and deletion go through `services.pages` (each call re-checks the
role and organization). Search settings live in the page document's root, so they change
through `blocks.ops.update_root` and `EditorState._apply` and join undo and autosave; they
are edited for the page that is open in the editor.

A sibling of the editor state, not a child: typing in a dialog carries this panel's fields
only; handlers reach the editor (the open page, the pages list) with `get_state`.
"""

from __future__ import annotations

import asyncio

import reflex as rx

from bubblegum import routes
from bubblegum.blocks import ops
from bubblegum.blocks.document import DocumentError
from bubblegum.db import session_scope
from bubblegum.services import page_drafts, pages, sessions
from bubblegum.services.ai.base import AIError
from bubblegum.services.errors import InvalidInput, ServiceError
from bubblegum.services.slugs import slugify
from bubblegum.state import notices
from bubblegum.state.editor import EditorState
from bubblegum.state.session import SessionState

ROOT_FIELDS = {"root.title": "seo_title", "root.description": "seo_description", "root.og_image": "og_image"}


def _add_ai_page(token: str, project_id: int, title: str, slug: str) -> int:
    """Runs in a worker thread: write the page with the AI provider, then add it."""
    with session_scope() as db:
        me = sessions.authenticate(db, token)
        document = page_drafts.ai_page_document(db, me.user_id, project_id, title)
        return pages.add(db, me.user_id, project_id, title, slug, document=document).id


class EditorPagesState(SessionState):
    new_open: bool = False
    new_title: str = ""
    new_slug: str = ""
    new_mode: str = "blank"  # blank | ai
    new_busy: bool = False
    new_errors: dict[str, str] = {}
    _slug_typed: bool = False

    settings_open: bool = False
    settings_id: str = ""
    settings_current: bool = False
    settings_home: bool = False
    name: str = ""
    slug: str = ""
    seo_title: str = ""
    seo_description: str = ""
    og_mode: str = "site"  # site | auto | custom
    og_image: str = ""
    noindex: bool = False
    errors: dict[str, str] = {}

    delete_id: str = ""
    delete_title: str = ""

    # ---- switching and adding pages ----

    @rx.event
    async def open_page(self, page_id: str):
        """Go to another page; unsaved edits of this one are saved first."""
        editor = await self.get_state(EditorState)
        editor._save_pending()
        return rx.redirect(routes.editor(editor._project_id, int(page_id))) if str(page_id).isdigit() else None

    @rx.event
    def set_new_open(self, is_open: bool):
        if self.new_busy:
            return
        self.new_open = is_open
        if is_open:
            self.new_title = self.new_slug = ""
            self.new_mode, self.new_errors, self._slug_typed = "blank", {}, False

    @rx.event
    def set_new_title(self, value: str):
        self.new_title = value
        if not self._slug_typed:
            self.new_slug = slugify(value, 60, "") if value.strip() else ""

    @rx.event
    def set_new_slug(self, value: str):
        self.new_slug, self._slug_typed = value, True

    @rx.event
    def set_new_mode(self, value: str | list[str]):
        self.new_mode = "ai" if value == "ai" else "blank"

    @rx.event
    async def create_page(self):
        title = self.new_title.strip()
        if not title or len(title) > 120:
            self.new_errors = {"title": "Give the page a name of at most 120 characters."}
            return None
        try:
            slug = pages.clean_slug(self.new_slug)
        except InvalidInput as error:
            self.new_errors = {"slug": error.message}
            return None
        if slug == "":
            self.new_errors = {"slug": "The home page already has this address; choose another, e.g. about."}
            return None
        self.new_errors = {}
        editor = await self.get_state(EditorState)
        editor._save_pending()
        if self.new_mode == "ai":
            self.new_busy = True
            return EditorPagesState.write_ai_page
        try:
            with self._signed_in() as (db, me):
                document = page_drafts.blank_page_document(db, me.user_id, editor._project_id, title)
                page = pages.add(db, me.user_id, editor._project_id, title, slug, document=document)
        except ServiceError as error:
            if isinstance(error, InvalidInput):
                self.new_errors = {error.field or "form": error.message}
                return None
            return self._fail(error)
        self.new_open = False
        return rx.redirect(routes.editor(editor._project_id, page.id))

    @rx.event(background=True)
    async def write_ai_page(self):
        async with self:
            project_id = (await self.get_state(EditorState))._project_id
            args = (self.session_token, project_id, self.new_title.strip(), self.new_slug)
        try:
            page_id = await asyncio.to_thread(_add_ai_page, *args)
        except (ServiceError, AIError) as error:
            async with self:
                self.new_busy = False
                self.new_errors = {getattr(error, "field", None) or "form": error.message}
            return None
        async with self:
            self.new_busy, self.new_open = False, False
        return rx.redirect(routes.editor(project_id, page_id))

    # ---- page settings: name, address, search and sharing ----

    @rx.event
    async def open_settings(self, page_id: str):
        editor = await self.get_state(EditorState)
        page = next((p for p in editor.site_pages if p["id"] == page_id), None)
        if page is None:
            return
        self.settings_id, self.settings_open, self.errors = page_id, True, {}
        self.name, self.slug = page["title"], "" if page["slug"] == "/" else page["slug"]
        self.settings_home = page["slug"] == "/"
        self.settings_current = page_id == str(editor._page_id)
        root = editor._doc.get("root") or {} if self.settings_current else {}
        self.seo_title, self.seo_description = root.get("title", ""), root.get("description", "")
        og = root.get("og_image")
        self.og_mode = "site" if og is None else "auto" if og == "auto" else "custom"
        self.og_image = og if self.og_mode == "custom" else ""
        self.noindex = bool(root.get("noindex", False))

    @rx.event
    def set_settings_open(self, is_open: bool):
        self.settings_open = is_open

    @rx.event
    def set_setting(self, field: str, value: str):
        if field in ("name", "slug", "seo_title", "seo_description", "og_image", "og_mode"):
            setattr(self, field, value)
            self.errors = {k: v for k, v in self.errors.items() if k != field}

    @rx.event
    def set_noindex(self, value: bool):
        self.noindex = bool(value)

    def _root_changes(self) -> dict:
        og = {"site": None, "auto": "auto"}.get(self.og_mode, self.og_image.strip())
        return {"title": self.seo_title.strip(), "description": self.seo_description.strip(),
                "og_image": og, "noindex": self.noindex}

    def _new_root_doc(self, editor: EditorState) -> dict | None:
        """The document with the new search settings, or None if they did not change."""
        changes = self._root_changes()
        root = editor._doc.get("root") or {}
        if all(root.get(key) == value for key, value in changes.items()):
            return None
        if not changes["title"]:
            raise DocumentError("Give the page a title for search results.", field="root.title")
        if self.og_mode == "custom" and not changes["og_image"]:
            raise DocumentError("Enter an image address, or choose another option.", field="root.og_image")
        if not editor._guard():
            raise DocumentError("This page cannot be changed right now (read only, a conflict, or a preview).")
        return ops.update_root(editor._doc, changes)

    @rx.event
    async def save_settings(self):
        editor = await self.get_state(EditorState)
        try:
            new_doc = self._new_root_doc(editor) if self.settings_current else None
        except DocumentError as error:
            self.errors = {ROOT_FIELDS.get(error.field or "", "form"): error.message}
            return None
        page = next((p for p in editor.site_pages if p["id"] == self.settings_id), None)
        if page is None:
            return None
        renamed = self.name.strip() != page["title"]
        moved = self.slug.strip().strip("/") != ("" if page["slug"] == "/" else page["slug"])
        try:
            with self._signed_in() as (db, me):
                if renamed or moved:
                    p = pages.update(db, me.user_id, editor._project_id, int(self.settings_id),
                                     title=self.name if renamed else None, slug=self.slug if moved else None)
                    if self.settings_current:
                        editor.page_title, editor.page_slug = p.title, p.slug
                    editor._reload_site(db, me.user_id)
        except ServiceError as error:
            if isinstance(error, InvalidInput):
                self.errors = {"name" if error.field == "title" else error.field or "form": error.message}
                return None
            return self._fail(error)
        self.errors, self.settings_open = {}, False
        if new_doc is not None:
            return [*editor._apply(new_doc), notices.success("Page settings saved")]
        if moved and self.settings_current:
            editor._refresh_canvas()
        return notices.success("Page settings saved") if renamed or moved else None

    # ---- order and deletion ----

    @rx.event
    async def move_page(self, page_id: str, offset: int):
        editor = await self.get_state(EditorState)
        ids = [p["id"] for p in editor.site_pages]
        if page_id not in ids:
            return None
        index, target = ids.index(page_id), ids.index(page_id) + int(offset)
        if not 0 <= target < len(ids):
            return None
        ids.insert(target, ids.pop(index))
        before = editor._skeleton
        try:
            with self._signed_in() as (db, me):
                pages.reorder(db, me.user_id, editor._project_id, [int(i) for i in ids])
                editor._reload_site(db, me.user_id)
        except ServiceError as error:
            return self._fail(error)
        if editor._skeleton != before and not editor.previewing_version:
            editor._refresh_canvas()
        return None

    @rx.event
    async def ask_delete(self, page_id: str):
        editor = await self.get_state(EditorState)
        page = next((p for p in editor.site_pages if p["id"] == page_id), None)
        self.delete_id, self.delete_title = (page["id"], page["title"]) if page else ("", "")

    @rx.event
    def cancel_delete(self, _open: bool = False):
        self.delete_id = self.delete_title = ""

    @rx.event
    async def confirm_delete(self):
        page_id, self.delete_id = self.delete_id, ""
        if not page_id.isdigit():
            return None
        editor = await self.get_state(EditorState)
        try:
            with self._signed_in() as (db, me):
                pages.delete(db, me.user_id, editor._project_id, int(page_id))
                rest = pages.live_pages(db, editor._project_id)
                home = next((p for p in rest if p.slug == ""), rest[0] if rest else None)
                if page_id != str(editor._page_id):
                    editor._reload_site(db, me.user_id)
        except ServiceError as error:
            return self._fail(error)
        done = notices.success(f"Deleted “{self.delete_title}”. Its history is kept.")
        if page_id == str(editor._page_id) and home is not None:
            return [rx.redirect(routes.editor(editor._project_id, home.id)), done]
        return done
