"""The property inspector's handlers: a form generated from the selected block's Props.

The rows live in the editor state (which rebuilds them on selection, undo and reload);
every accepted change goes back through `EditorState._apply`, so it joins undo, autosave
and the canvas patch. Invalid input is shown next to its field, kept in the field, and
never saved.
"""

from __future__ import annotations

import reflex as rx

from bubblegum.blocks import ops
from bubblegum.blocks.document import DocumentError
from bubblegum.blocks.fields import IMAGE, LONG_TEXT, NUMBER, RICH_TEXT, TEXT, URL
from bubblegum.services import inspector
from bubblegum.state.editor import EditorState
from bubblegum.state.session import SessionState


# Kinds typed into a (debounced) input, which already shows what was typed.
TYPED_KINDS = frozenset(kind.name for kind in (TEXT, LONG_TEXT, RICH_TEXT, URL, IMAGE, NUMBER))


class InspectorState(SessionState):
    """Handlers only, beside the editor state (reached with `get_state`), which holds the rows."""

    @rx.event
    async def refresh(self):
        (await self.get_state(EditorState))._refresh_inspector()

    @rx.event
    async def keep_as_content(self):
        """The owner vouches for a sample block: clear its mark (a normal saved, undoable edit)."""
        editor = await self.get_state(EditorState)
        block = editor._block()
        if block is None or not block.get("sample") or not editor._guard():
            return None
        editor.is_sample = False
        return editor._apply(ops.set_sample(editor._doc, block["id"], False), patch=block["id"])

    @staticmethod
    def _commit(editor: EditorState, props: dict, path: str, typed: str | None = None):
        block = editor._block()
        try:
            new_doc = ops.update_props(editor._doc, block["id"], props, replace=True)
        except DocumentError as error:
            editor.field_errors = {path: error.message}
            if typed is not None:
                editor.fields = [{**row, "value": typed} if row["path"] == path else row for row in editor.fields]
            return None
        if editor.field_errors:
            editor.field_errors = {}
        merge = f"{block['id']}:{path}" if typed is not None else ""
        result = editor._apply(new_doc, patch=block["id"], merge_key=merge)
        if typed is None:
            editor._refresh_inspector()
        elif any(row["path"] == path and row["kind"] not in TYPED_KINDS for row in editor.fields):
            editor.fields = [{**row, "value": typed} if row["path"] == path else row for row in editor.fields]
        # A typed value is already in its (debounced) input: resending the whole form on every
        # keystroke would cost more than the edit. `refresh` re-syncs after undo or selection.
        return result

    async def _editable_block(self) -> tuple[EditorState, dict | None]:
        """The editor and its selected block, the block None when there is none or it may not change."""
        editor = await self.get_state(EditorState)
        block = editor._block()
        return editor, block if block is not None and editor._guard() else None

    @rx.event
    async def set_field(self, path: str, value: str):
        editor, block = await self._editable_block()
        if block is None:
            return None
        try:
            props = inspector.set_value(block["type"], block["props"], path, value)
        except (KeyError, ValueError):
            editor.field_errors = {path: "Enter a number."}
            return None
        return self._commit(editor, props, path, typed=str(value))

    @rx.event
    async def fill_alt(self, path: str, alt: str):
        """Set an image's alt text only if the person has not written one."""
        editor = await self.get_state(EditorState)
        if any(row["path"] == path and not row["value"].strip() for row in editor.fields):
            return await self.set_field(path, alt)
        return None

    @rx.event
    async def toggle_field(self, path: str, checked: bool):
        return await self.set_field(path, "true" if checked else "false")

    @rx.event
    async def add_item(self, list_path: str):
        editor, block = await self._editable_block()
        if block is None:
            return None
        return self._commit(editor, inspector.add_item(block["type"], block["props"], list_path), list_path)

    @rx.event
    async def remove_item(self, item_path: str):
        editor, block = await self._editable_block()
        if block is None:
            return None
        return self._commit(editor, inspector.remove_item(block["props"], item_path), item_path)

    @rx.event
    async def move_item(self, item_path: str, offset: int):
        editor, block = await self._editable_block()
        if block is None:
            return None
        return self._commit(editor, inspector.move_item(block["props"], item_path, int(offset)), item_path)

    @rx.event
    async def set_group(self, path: str, present: bool):
        editor, block = await self._editable_block()
        if block is None:
            return None
        return self._commit(editor, inspector.set_group(block["type"], block["props"], path, present), path)
