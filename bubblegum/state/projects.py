"""The dashboard's project list and trash: create blank, rename, delete, restore."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import projects
from bubblegum.services.errors import ServiceError
from bubblegum.state.session import FormState, SessionState
from bubblegum.state import notices


def _project_id(value) -> int:
    """Ids from the client are only parsed here; the service decides whether they are reachable."""
    return int(value) if str(value).isdigit() else 0


def _row(summary: projects.ProjectSummary) -> dict[str, str]:
    return {"id": str(summary.id), "name": summary.name, "slug": summary.slug,
            "edited": summary.updated_at.strftime("%d %b %Y, %H:%M UTC"),
            "edited_iso": summary.updated_at.isoformat(),
            "live_url": summary.live_url,  # "" while the site is a draft
            "deleted": summary.deleted_at.strftime("%d %b %Y") if summary.deleted_at else "",
            **{"look_" + key: value for key, value in summary.look.items()}}


class ProjectsState(FormState, SessionState):
    items: list[dict[str, str]] = []
    trashed: bool = False
    create_open: bool = False
    rename_id: str = ""
    rename_name: str = ""

    @rx.event
    def load(self):
        self.trashed = self.router.url.path.rstrip("/").endswith("/trash")
        self.errors, self.create_open, self.rename_id = {}, False, ""
        try:
            with self._signed_in() as (db, me):
                self.items = [_row(p) for p in projects.list_projects(db, me.user_id, me.org_id, trashed=self.trashed)]
        except ServiceError as error:
            self.items = []
            return self._fail(error)

    @rx.event
    def set_create_open(self, value: bool):
        self.create_open, self.errors = value, {}

    @rx.event
    def create(self, form: dict):
        try:
            with self._signed_in() as (db, me):
                projects.create_blank(db, me.user_id, me.org_id, form.get("name", ""), ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        self._ok()
        self.create_open = False
        return [ProjectsState.load, notices.success("Project created.")]

    @rx.event
    def start_rename(self, project_id: str, name: str):
        self.rename_id, self.rename_name, self.errors = project_id, name, {}

    @rx.event
    def cancel_rename(self):
        self.rename_id, self.errors = "", {}

    @rx.event
    def rename(self, form: dict):
        try:
            with self._signed_in() as (db, me):
                projects.rename(db, me.user_id, me.org_id, _project_id(self.rename_id), form.get("name", ""),
                                ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        self._ok()
        self.rename_id = ""
        return [ProjectsState.load, notices.success("Project renamed.")]

    @rx.event
    def delete(self, project_id: str):
        try:
            with self._signed_in() as (db, me):
                projects.delete(db, me.user_id, me.org_id, _project_id(project_id), ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return [ProjectsState.load, notices.success("Moved to the trash. You can restore it from Trash.")]

    @rx.event
    def restore(self, project_id: str):
        try:
            with self._signed_in() as (db, me):
                projects.restore(db, me.user_id, me.org_id, _project_id(project_id), ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return [ProjectsState.load, notices.success("Project restored.")]
