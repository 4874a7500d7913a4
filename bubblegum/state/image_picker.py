"""Choosing an image for an inspector field from the project's asset library.

A sibling of the editor state, not a child: the picker's list and uploads never carry the
page; handlers read the open project from the editor with `get_state`."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import assets
from bubblegum.services.errors import ServiceError
from bubblegum.state import notices
from bubblegum.state.editor import EditorState
from bubblegum.state.job_progress import run_jobs
from bubblegum.state.session import SessionState


class ImagePickerState(SessionState):
    picker_path: str = ""  # the image field being chosen for; "" when the picker is closed
    picker_images: list[dict[str, str]] = []

    picker_uploading: bool = False
    picker_progress: int = 0
    _upload_job_ids: list[int] = []  # the variants jobs of this tab's last upload (never from the browser)

    async def _open_project(self) -> int:
        """The project open in the editor beside this picker."""
        return (await self.get_state(EditorState))._project_id

    def _load_images(self, project_id: int) -> None:
        with self._signed_in() as (db, me):
            rows = assets.list_assets(db, me.user_id, project_id)
            self.picker_images = [{"id": str(a.id), "name": a.original_name or f"Image {a.id}", "alt": a.alt,
                                   "thumb": assets.thumbnail_url(a)} for a in rows if a.status == "ready"]

    @rx.event
    async def open_picker(self, path: str):
        try:
            self._load_images(await self._open_project())
        except ServiceError as error:
            return notices.error(error.message)
        self.picker_path = path

    @rx.event
    def set_picker_progress(self, progress: dict):
        self.picker_progress = round(float(progress.get("progress", 0)) * 100)

    @rx.event
    async def upload(self, files: list[rx.UploadFile]):
        """Store the files (each validated and re-encoded by the assets service), then make
        their variants at once so they can be picked."""
        self.picker_uploading = True
        try:
            with self._signed_in() as (_, me):
                user_id = me.user_id
        except ServiceError as error:
            self.picker_uploading = False
            return notices.error(error.message)
        job_ids, refused = await assets.upload_files(user_id, await self._open_project(),
                                                     [(upload.name, await upload.read()) for upload in files])
        self._upload_job_ids = [*self._upload_job_ids, *job_ids]
        return [*[notices.error(message) for message in refused], ImagePickerState.finish_uploads]

    @rx.event(background=True)
    async def finish_uploads(self):
        """Make the variants of this tab's uploads now (claimed here unless the worker already
        has them; either way they end), for the person signed in."""
        async with self:
            project_id = await self._open_project()
            job_ids, self._upload_job_ids = self._upload_job_ids, []
            try:
                with self._signed_in() as (_, me):
                    user_id = me.user_id
            except ServiceError as error:
                self.picker_uploading, self.picker_progress = False, 0
                return notices.error(error.message)
        refusal = None
        try:
            await run_jobs(user_id, job_ids)
        except ServiceError as error:
            refusal = notices.error(error.message)
        async with self:
            self.picker_uploading, self.picker_progress = False, 0
            try:
                self._load_images(project_id)
            except ServiceError:
                pass
        return refusal

    @rx.event
    def close_picker(self, _open: bool = False):
        self.picker_path = ""

    @rx.event
    def pick(self, asset_id: str, alt: str):
        """Put `asset:<id>` in the field; bring the library's alt text along when the image has none."""
        path, self.picker_path = self.picker_path, ""
        if not path or not asset_id.isdigit():
            return None
        return field_events(path, f"asset:{asset_id}", alt)


def field_events(path: str, ref: str, alt: str, *, replace_alt: bool = False) -> list:
    """Put ``ref`` in the image field at ``path`` and bring ``alt`` along: always when it
    describes a newly found photo (``replace_alt``), else only into an empty alt."""
    from bubblegum.state.inspector import InspectorState

    events = [InspectorState.set_field(path, ref)]
    if path.endswith(".src") and alt:
        alt_path = path.removesuffix(".src") + ".alt"
        fill = InspectorState.set_field if replace_alt else InspectorState.fill_alt
        events.append(fill(alt_path, alt))
    return events
