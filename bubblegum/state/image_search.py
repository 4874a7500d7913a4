"""Finding a photo for an image field: search the configured provider (the shipped library
by default; Unsplash or Pexels when configured) and use one. A remote photo is downloaded
into the project's assets first; its variants are made in the background before the field
points at it."""

from __future__ import annotations

import asyncio
from dataclasses import asdict

import reflex as rx

from bubblegum.services import jobs
from bubblegum.services.errors import ServiceError
from bubblegum.services.images import picker
from bubblegum.services.images.results import ImageResult
from bubblegum.state.image_picker import ImagePickerState, field_events
from bubblegum.state import notices


class ImageSearchState(ImagePickerState):
    photo_query: str = ""
    photo_page: int = 1
    photo_results: list[dict[str, str]] = []
    photo_busy: bool = False
    _found: list[dict] = []  # the full results, so a pick cannot be tampered with in the browser

    @rx.event
    async def search_photos(self, form: dict):
        return self._search(await self._open_project(), str(form.get("query", "")), 1)

    @rx.event
    async def more_photos(self):
        return self._search(await self._open_project(), self.photo_query, self.photo_page + 1)

    def _search(self, project_id: int, query: str, page: int):
        try:
            with self._signed_in() as (db, me):
                found = picker.search_photos(db, me.user_id, project_id, query, page=page)
        except ServiceError as error:
            return notices.error(error.message)
        self.photo_query, self.photo_page = query, page
        self._found = [asdict(result) for result in found]
        self.photo_results = [{"index": str(i), "preview": r.preview_url, "alt": r.alt or "Photo", "credit": r.credit}
                              for i, r in enumerate(found)]
        return None

    @rx.event
    async def use_found(self, index: str):
        if not self.picker_path or not index.isdigit() or int(index) >= len(self._found):
            return None
        result = ImageResult(**self._found[int(index)])
        project_id = await self._open_project()
        try:
            with self._signed_in() as (db, me):
                ref, job_id = picker.use_photo(db, me.user_id, project_id, result)
        except ServiceError as error:
            return notices.error(error.message)
        path, self.picker_path = self.picker_path, ""
        if job_id is None:
            return field_events(path, ref, result.alt, replace_alt=True)
        self.photo_busy = True
        return ImageSearchState.finish_photo(path, ref, result.alt, job_id)

    @rx.event(background=True)
    async def finish_photo(self, path: str, ref: str, alt: str, job_id: int):
        """Make the imported photo's variants (claimed here unless the worker has it), then use it."""
        await asyncio.to_thread(jobs.run_job_now, job_id)
        async with self:
            self.photo_busy = False
        for event in field_events(path, ref, alt, replace_alt=True):
            yield event
