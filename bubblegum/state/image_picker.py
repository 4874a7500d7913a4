"""Choosing an image for an inspector field from the project's asset library."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import assets
from bubblegum.services.errors import ServiceError
from bubblegum.state.editor import EditorState


class ImagePickerState(EditorState):
    picker_path: str = ""  # the image field being chosen for; "" when the picker is closed
    picker_images: list[dict[str, str]] = []

    @rx.event
    def open_picker(self, path: str):
        try:
            with self._signed_in() as (db, me):
                rows = assets.list_assets(db, me.user_id, self._project_id)
                self.picker_images = [{"id": str(a.id), "name": a.original_name or f"Image {a.id}", "alt": a.alt,
                                       "thumb": assets.thumbnail_url(a)} for a in rows if a.status == "ready"]
        except ServiceError as error:
            return rx.toast.error(error.message)
        self.picker_path = path

    @rx.event
    def close_picker(self, _open: bool = False):
        self.picker_path = ""

    @rx.event
    def pick(self, asset_id: str, alt: str):
        """Put `asset:<id>` in the field; bring the library's alt text along when the image has none."""
        from bubblegum.state.inspector import InspectorState

        path, self.picker_path = self.picker_path, ""
        if not path or not asset_id.isdigit():
            return None
        events = [InspectorState.set_field(path, f"asset:{asset_id}")]
        if path.endswith(".src") and alt:
            events.append(InspectorState.fill_alt(path.removesuffix(".src") + ".alt", alt))
        return events
