"""AI on the selected block (regenerate, rewrite to a tone and length), a new block written
for the site, and SEO meta for the page. The provider runs in a worker thread inside a
background task, so the editor stays responsive; the result joins undo and autosave. A sibling
of the editor state: choosing a tone carries this panel only; the handlers reach the editor
(selection, page, edit session) with `get_state` inside their locked blocks."""

from __future__ import annotations

import asyncio
import logging

import reflex as rx

from bubblegum.blocks import ops
from bubblegum.blocks.document import DocumentError
from bubblegum.db import session_scope
from bubblegum.services import block_ai, sessions
from bubblegum.services.ai.base import AIError
from bubblegum.services.errors import ServiceError
from bubblegum.state import notices
from bubblegum.state.editor import EditorState
from bubblegum.state.session import SessionState

log = logging.getLogger(__name__)


class AIActionsState(SessionState):
    ai_busy: str = ""
    ai_error: str = ""
    tone: str = "friendly"
    length: str = "same"
    insert_with_ai: bool = False
    seo_proposal: dict[str, str] = {}  # {"title", "description"} shown for approval before it is applied

    @rx.event
    def set_insert_with_ai(self, value: str | list[str]):
        self.insert_with_ai = value == "ai"

    @rx.event
    def set_tone(self, tone: str):
        self.tone = tone

    @rx.event
    def set_length(self, length: str):
        self.length = length

    async def _call(self, label: str, work):
        """Run `work(db, user_id, project_id)` in a thread; (result, None) or (None, message)."""
        async with self:
            editor = await self.get_state(EditorState)
            if self.ai_busy or not editor._guard():
                return None, None
            self.ai_busy, self.ai_error = label, ""
            token, project_id = self.session_token, editor._project_id

        def run():
            with session_scope() as db:
                me = sessions.authenticate(db, token)
                return work(db, me.user_id, project_id)

        try:
            return await asyncio.to_thread(run), None
        except (AIError, ServiceError, DocumentError) as error:
            return None, getattr(error, "message", str(error))
        except Exception:  # a bug, not the person's doing: log it, keep the editor usable
            log.exception("AI action failed")
            return None, "The AI action failed unexpectedly; nothing was changed."
        finally:
            async with self:
                self.ai_busy = ""

    async def _replace_props(self, block_id: str, props: dict | None, error: str | None):
        async with self:
            if error or props is None:
                self.ai_error = error or ""
                return None
            editor = await self.get_state(EditorState)
            try:
                new_doc = ops.update_props(editor._doc, block_id, props, replace=True)
            except (DocumentError, KeyError) as problem:
                self.ai_error = f"The AI's answer did not fit this section: {problem}"
                return None
            result = editor._apply(new_doc, patch=block_id)
            editor._refresh_inspector()
            return result

    @rx.event(background=True)
    async def regenerate(self):
        async with self:
            block = (await self.get_state(EditorState))._block()
        if block is None:
            return
        props, error = await self._call("Writing new copy", lambda db, user, project:
                                        block_ai.regenerate(db, user, project, block))
        return await self._replace_props(block["id"], props, error)

    @rx.event(background=True)
    async def rewrite(self):
        async with self:
            block, tone, length = (await self.get_state(EditorState))._block(), self.tone, self.length
        if block is None:
            return
        props, error = await self._call(f"Rewriting ({tone})", lambda db, user, project:
                                        block_ai.rewrite(db, user, project, block, tone, length))
        return await self._replace_props(block["id"], props, error)

    @rx.event(background=True)
    async def write_block(self, block_type: str):
        async with self:
            editor = await self.get_state(EditorState)
            ids = [layer["id"] for layer in editor.layers]
            index = ids.index(editor.selected) + 1 if editor.selected in ids else len(ids)
        block, error = await self._call("Writing a new section", lambda db, user, project:
                                        block_ai.write(db, user, project, block_type))
        async with self:
            if error or block is None:
                self.ai_error = error or ""
                return
            editor = await self.get_state(EditorState)
            block_id = ops.new_block_id({layer["id"] for layer in editor.layers})
            try:
                new_doc = ops.insert_block(editor._doc, block_type, index=min(index, len(editor.layers)),
                                           props=block["props"], block_id=block_id)
            except DocumentError as problem:
                self.ai_error = str(problem)
                return
            editor.selected, editor.selected_type = block_id, block_type
            return editor._apply(new_doc)

    @rx.event(background=True)
    async def seo(self):
        """Propose a search title and description; nothing changes until the person applies it."""
        async with self:
            editor = await self.get_state(EditorState)
            slug, document, title = editor.page_slug, editor._doc, editor.page_title
        meta, error = await self._call("Writing SEO title and description", lambda db, user, project:
                                       block_ai.page_seo(db, user, project, slug, document, title))
        async with self:
            if error or meta is None:
                self.ai_error = error or ""
                return
            self.seo_proposal = {"title": meta[0], "description": meta[1], "slug": slug}

    @rx.event
    async def apply_seo(self):
        proposal, self.seo_proposal = self.seo_proposal, {}
        editor = await self.get_state(EditorState)
        if not proposal or proposal.get("slug") != editor.page_slug or not editor._guard():
            return
        try:
            new_doc = ops.update_root(editor._doc, {"title": proposal["title"], "description": proposal["description"]})
        except DocumentError as problem:
            self.ai_error = str(problem)
            return
        return [*editor._apply(new_doc), notices.success("Search title and description applied")]

    @rx.event
    def dismiss_seo(self):
        self.seo_proposal = {}
