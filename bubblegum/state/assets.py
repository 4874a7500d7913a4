"""Asset library page: upload several files, search, alt text, where-used, delete."""

from __future__ import annotations

import asyncio

import reflex as rx

from bubblegum.db import session_scope
from bubblegum.render.credits import Credit
from bubblegum.services import assets, policy
from bubblegum.services.errors import ServiceError
from bubblegum.services.policy import Action
from bubblegum.services.storage import get_storage
from bubblegum.state.session import FormState, SessionState
from bubblegum.state import notices

UPLOAD_ID = "asset-upload"


def _project_id(value) -> int:
    return int(value) if str(value).isdigit() else 0


class AssetsState(FormState, SessionState):
    project_name: str = ""
    items: list[dict[str, str]] = []
    search: str = ""
    upload_progress: int = 0
    uploading: bool = False
    confirm_id: str = ""
    confirm_uses: str = ""

    @rx.var
    def project_param(self) -> str:
        return str(self.router.page.params.get("assets_project", ""))

    @rx.event
    def load(self):
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
                project = policy.require_project(db, me.user_id, _project_id(self.project_param), Action.PROJECT_READ)
                self.project_name = project.name
                self._refresh(db, me.user_id)
        except ServiceError as error:
            return self._fail(error)

    def _refresh(self, db, user_id: int) -> None:
        project_id = _project_id(self.project_param)
        rows = assets.list_assets(db, user_id, project_id, search=self.search)
        uses = assets.usage_counts(db, user_id, project_id)
        storage = get_storage()
        self.items = [_row(a, uses.get(a.id, []), storage) for a in rows]

    @rx.event
    def set_search(self, value: str):
        self.search = value[:100]
        return AssetsState.load

    @rx.event
    def set_progress(self, progress: dict):
        self.upload_progress = round(float(progress.get("progress", 0)) * 100)

    @rx.event
    async def upload(self, files: list[rx.UploadFile]):
        self.uploading = True
        try:
            with self._signed_in() as (db, me):
                user_id = me.user_id
            _, refused = await assets.upload_files(user_id, _project_id(self.project_param),
                                                    [(upload.name, await upload.read()) for upload in files])
            with session_scope() as db:
                self._refresh(db, user_id)
        except ServiceError as error:
            self.uploading = False
            return self._fail(error, toast=True)
        self.uploading, self.upload_progress = False, 0
        events = [notices.error(message) for message in refused]
        return [*events, AssetsState.watch_processing]

    @rx.event(background=True)
    async def watch_processing(self):
        for _ in range(120):  # variants are made by the job queue; refresh until they are ready
            await asyncio.sleep(1)
            async with self:
                if not any(item["status"] == "processing" for item in self.items):
                    return
                try:
                    with self._signed_in() as (db, me):
                        self._refresh(db, me.user_id)
                except ServiceError:
                    return

    @rx.event
    def save_alt(self, asset_id: str, alt: str):
        try:
            with self._signed_in() as (db, me):
                assets.set_alt(db, me.user_id, _project_id(self.project_param), _project_id(asset_id), alt)
                self._refresh(db, me.user_id)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return notices.success("Alt text saved.")

    @rx.event
    def ask_delete(self, asset_id: str, uses: str):
        self.confirm_id, self.confirm_uses = asset_id, uses

    @rx.event
    def cancel_delete(self):
        self.confirm_id, self.confirm_uses = "", ""

    @rx.event
    def delete(self):
        force = self.confirm_uses != ""
        try:
            with self._signed_in() as (db, me):
                assets.delete_asset(db, me.user_id, _project_id(self.project_param), _project_id(self.confirm_id),
                                    force=force)
                self._refresh(db, me.user_id)
        except ServiceError as error:
            return self._fail(error, toast=True)
        self.confirm_id, self.confirm_uses = "", ""
        return notices.success("Image deleted." + (" Its uses were removed from your pages." if force else ""))

    @rx.event
    def delete_unused(self):
        try:
            with self._signed_in() as (db, me):
                deleted = assets.delete_unused(db, me.user_id, _project_id(self.project_param))
                self._refresh(db, me.user_id)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return notices.success(f"{len(deleted)} unused image(s) deleted.")


def _row(asset, uses, storage) -> dict[str, str]:
    thumb = assets.thumbnail_url(asset, storage)
    return {"id": str(asset.id), "name": asset.original_name, "alt": asset.alt, "status": asset.status,
            "thumb": thumb, "placeholder": asset.placeholder_color or "#e5e7eb",
            "size": f"{asset.width or '?'}×{asset.height or '?'} · {asset.size_bytes // 1024} KB",
            "uses": ", ".join(u.label for u in uses), "ref": f"asset:{asset.id}",
            "credit": _credit(asset.credit or {})}


def _credit(credit: dict) -> str:
    """"Photo by X on Unsplash" for a photo taken from a provider; "" for a person's upload."""
    return Credit(author=credit["author"], source=credit.get("source", "")).text if credit.get("author") else ""
