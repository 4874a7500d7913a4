"""Organization settings: rename, create another, delete (owner) and restore (owner, 30 days)."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.services import orgs, sessions
from bubblegum.services.errors import ServiceError
from bubblegum.state.session import FormState, SessionState
from bubblegum.state import notices


class OrgSettingsState(FormState, SessionState):
    name: str = ""
    restorable: list[dict[str, str]] = []
    confirm_delete: bool = False

    @rx.event
    def load(self):
        self.errors, self.notice, self.confirm_delete = {}, "", False
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
                self.name = self.org_name
                self.restorable = [
                    {"id": str(org.id), "name": org.name, "until": org.restorable_until.strftime("%d %b %Y")}
                    for org in orgs.list_for_user(db, me.user_id) if org.deleted_at is not None
                ]
        except ServiceError as error:
            return self._fail(error)

    @rx.event
    def rename(self, form: dict):
        try:
            with self._signed_in() as (db, me):
                orgs.rename(db, me.user_id, me.org_id, form.get("name", ""), ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        return [OrgSettingsState.load, notices.success("Organization renamed.")]

    @rx.event
    def create(self, form: dict):
        try:
            with self._signed_in() as (db, me):
                org = orgs.create(db, me.user_id, form.get("new_name", ""), ip=self._ip)
                sessions.switch_org(db, me, org.id)
        except ServiceError as error:
            error.field = "new_name" if error.field == "name" else error.field  # the second form on the page
            return self._fail(error)
        return rx.redirect(routes.DASHBOARD)

    @rx.event
    def set_confirm_delete(self, value: bool):
        self.confirm_delete = value

    @rx.event
    def delete(self):
        try:
            with self._signed_in() as (db, me):
                orgs.delete(db, me.user_id, me.org_id, ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        return rx.redirect(routes.SETTINGS)

    @rx.event
    def restore(self, org_id: str):
        try:
            with self._signed_in() as (db, me):
                orgs.restore(db, me.user_id, int(org_id) if str(org_id).isdigit() else 0, ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        return [OrgSettingsState.load, notices.success("Organization restored.")]
