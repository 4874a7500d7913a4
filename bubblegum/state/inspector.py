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


# Kinds typed into a (debounced) input, which already shows what was typed.
TYPED_KINDS = frozenset(kind.name for kind in (TEXT, LONG_TEXT, RICH_TEXT, URL, IMAGE, NUMBER))


class InspectorState(EditorState):
    @rx.event
    def refresh(self):
        self._refresh_inspector()

    @rx.event
    def keep_as_content(self):
        """The owner vouches for a sample block: clear its mark (a normal saved, undoable edit)."""
        block = self._block()
        if block is None or not block.get("sample") or not self._guard():
            return None
        self.is_sample = False
        return self._apply(ops.set_sample(self._doc, block["id"], False), patch=block["id"])

    def _commit(self, props: dict, path: str, typed: str | None = None):
        block = self._block()
        try:
            new_doc = ops.update_props(self._doc, block["id"], props, replace=True)
        except DocumentError as error:
            self.field_errors = {path: error.message}
            if typed is not None:
                self.fields = [{**row, "value": typed} if row["path"] == path else row for row in self.fields]
            return None
        if self.field_errors:
            self.field_errors = {}
        merge = f"{block['id']}:{path}" if typed is not None else ""
        result = self._apply(new_doc, patch=block["id"], merge_key=merge)
        if typed is None:
            self._refresh_inspector()
        elif any(row["path"] == path and row["kind"] not in TYPED_KINDS for row in self.fields):
            self.fields = [{**row, "value": typed} if row["path"] == path else row for row in self.fields]
        # A typed value is already in its (debounced) input: resending the whole form on every
        # keystroke would cost more than the edit. `refresh` re-syncs after undo or selection.
        return result

    @rx.event
    def set_field(self, path: str, value: str):
        block = self._block()
        if block is None or not self._guard():
            return None
        try:
            props = inspector.set_value(block["type"], block["props"], path, value)
        except (KeyError, ValueError):
            self.field_errors = {path: "Enter a number."}
            return None
        return self._commit(props, path, typed=str(value))

    @rx.event
    def fill_alt(self, path: str, alt: str):
        """Set an image's alt text only if the person has not written one."""
        if any(row["path"] == path and not row["value"].strip() for row in self.fields):
            return self.set_field(path, alt)
        return None

    @rx.event
    def toggle_field(self, path: str, checked: bool):
        return self.set_field(path, "true" if checked else "false")

    @rx.event
    def add_item(self, list_path: str):
        block = self._block()
        if block is None or not self._guard():
            return None
        return self._commit(inspector.add_item(block["type"], block["props"], list_path), list_path)

    @rx.event
    def remove_item(self, item_path: str):
        block = self._block()
        if block is None or not self._guard():
            return None
        return self._commit(inspector.remove_item(block["props"], item_path), item_path)

    @rx.event
    def move_item(self, item_path: str, offset: int):
        block = self._block()
        if block is None or not self._guard():
            return None
        return self._commit(inspector.move_item(block["props"], item_path, int(offset)), item_path)

    @rx.event
    def set_group(self, path: str, present: bool):
        block = self._block()
        if block is None or not self._guard():
            return None
        return self._commit(inspector.set_group(block["type"], block["props"], path, present), path)
