"""The leads inbox page (/dashboard/leads/<project>) and the editor's unread badge.

Handlers load, call a service in services/leads and assign; the services check the role
(viewers read, editors manage, admins set notifications and retention)."""

from __future__ import annotations

import re
from functools import partial

import reflex as rx

from bubblegum.services.errors import ServiceError
from bubblegum.services.leads import export, inbox, inbox_settings
from bubblegum.services.leads.inbox import Lead
from bubblegum.services.policy import Action, require_project
from bubblegum.state.session import FormState, SessionState
from bubblegum.state import notices

EDITOR_PROJECT = re.compile(r"^/editor/(\d{1,12})(/|$)")
INBOX_PROJECT = re.compile(r"^/dashboard/leads/(\d{1,12})/?$")


def _number(value) -> int:
    return int(value) if str(value).isdigit() else 0


def _lead_row(lead: Lead, site_name: str) -> dict[str, str]:
    """A lead as the list and the detail view show it (strings only; "" is false)."""
    return {"id": str(lead.id), "kind": lead.kind, "page": "/" + lead.page,
            "received": f"{lead.created_at:%Y-%m-%d %H:%M} UTC", "received_iso": lead.created_at.isoformat(),
            "name": lead.fields.get("name", ""), "email": lead.sender, "phone": lead.fields.get("phone", ""),
            "message": lead.fields.get("message", ""), "preview": lead.fields.get("message", "")[:90] or ("Newsletter sign-up" if lead.kind == "newsletter" else ""),
            "read": "yes" if lead.read else "", "starred": "yes" if lead.starred else "",
            "archived": "yes" if lead.archived else "", "spam": lead.spam_label,
            "reply": lead.reply_link(site_name)}


class LeadsState(FormState, SessionState):
    project_name: str = ""
    view: str = "all"
    search: str = ""
    counts: dict[str, int] = {}
    items: list[dict[str, str]] = []
    detail: dict[str, str] = {}
    retention_days: str = "0"
    my_mode: str = "off"
    members: list[dict[str, str]] = []
    blocked: list[str] = []
    confirm_delete_all: bool = False

    @rx.var
    def project_param(self) -> str:
        match = INBOX_PROJECT.match(self.router.url.path or "")
        return match[1] if match else ""

    def _project_id(self) -> int:
        return _number(self.project_param)

    def _refresh(self, db, user_id: int) -> None:
        project_id = self._project_id()
        rows = inbox.list_leads(db, user_id, project_id, view=self.view, search=self.search)
        self.items = [_lead_row(lead, self.project_name) for lead in rows]
        self.counts = inbox.view_counts(db, user_id, project_id)
        settings = inbox_settings.get_settings(db, user_id, project_id)
        self.retention_days, self.blocked = str(settings.retention_days), settings.blocked
        self.members = [{"id": str(m.user_id), "email": m.email, "name": m.name, "role": m.role, "mode": m.mode}
                        for m in settings.members]
        self.my_mode = next((m.mode for m in settings.members if m.user_id == user_id), "off")

    def _run(self, call, notice: str = ""):
        """`call(db, user_id, project_id)` through the services, then the page again."""
        try:
            with self._signed_in() as (db, me):
                call(db, me.user_id, self._project_id())
                self._refresh(db, me.user_id)
        except ServiceError as error:
            return self._fail(error, toast=True)
        self._ok()
        return notices.success(notice) if notice else None

    @rx.event
    def load(self):
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
                project = require_project(db, me.user_id, self._project_id(), Action.SUBMISSION_READ,
                                          org_id=me.org_id)
                self.project_name, self.detail = project.name, {}
                self._refresh(db, me.user_id)
        except ServiceError as error:
            self.items, self.counts, self.project_name = [], {}, ""
            return self._fail(error)

    @rx.event
    def set_view(self, view: str | list[str]):
        self.view = view if isinstance(view, str) and view in inbox.VIEWS else "all"
        return self._run(lambda *_: None)

    @rx.event
    def set_search(self, value: str):
        self.search = value[:inbox.MAX_SEARCH]
        return self._run(lambda *_: None)

    @rx.event
    def open_lead(self, lead_id: str):
        try:
            with self._signed_in() as (db, me):
                lead = inbox.open_lead(db, me.user_id, self._project_id(), _number(lead_id))
                self.detail = _lead_row(lead, self.project_name)
                self._refresh(db, me.user_id)
        except ServiceError as error:
            return self._fail(error, toast=True)

    @rx.event
    def close_lead(self, _open: bool = False):
        self.detail = {}

    def _update(self, lead_id: str, **change):
        def call(db, user_id, project_id):
            lead = inbox.update_lead(db, user_id, project_id, _number(lead_id), **change)
            if self.detail.get("id") == lead_id:
                self.detail = _lead_row(lead, self.project_name)
        return self._run(call)

    @rx.event
    def toggle_star(self, lead_id: str, starred: str):
        return self._update(lead_id, starred=not starred)

    @rx.event
    def toggle_read(self, lead_id: str, read: str):
        return self._update(lead_id, read=not read)

    @rx.event
    def toggle_archive(self, lead_id: str, archived: str):
        return self._update(lead_id, archived=not archived)

    @rx.event
    def mark_spam(self, lead_id: str, is_spam: bool):
        self.detail = {}
        return self._run(lambda db, user_id, project_id: inbox.mark_spam(db, user_id, project_id, _number(lead_id),
                                                                         is_spam=is_spam),
                         "Moved to Spam; this sender is blocked." if is_spam else "Moved to the inbox; sender trusted.")

    @rx.event
    def delete_lead(self, lead_id: str):
        self.detail = {}
        return self._run(lambda db, user_id, project_id: inbox.delete_lead(db, user_id, project_id, _number(lead_id),
                                                                           ip=self._ip), "Lead deleted.")

    @rx.event
    def erase_sender(self, form: dict):
        return self._run(lambda db, user_id, project_id: inbox.erase_sender(
            db, user_id, project_id, str(form.get("email", "")), ip=self._ip), "Everything from that address is erased.")

    @rx.event
    def set_confirm_delete_all(self, value: bool):
        self.confirm_delete_all = value

    @rx.event
    def delete_all(self):
        self.confirm_delete_all = False
        return self._run(partial(inbox.delete_all, ip=self._ip), "All leads of this site are deleted.")

    @rx.event
    def set_my_mode(self, mode: str):
        return self._run(lambda db, user_id, project_id: inbox_settings.set_notification(
            db, user_id, project_id, user_id, mode, ip=self._ip), "Saved.")

    @rx.event
    def set_member_mode(self, member_id: str, mode: str):
        return self._run(lambda db, user_id, project_id: inbox_settings.set_notification(
            db, user_id, project_id, _number(member_id), mode, ip=self._ip), "Saved.")

    @rx.event
    def set_retention(self, days: str):
        return self._run(lambda db, user_id, project_id: inbox_settings.set_retention(
            db, user_id, project_id, _number(days), ip=self._ip), "Retention saved.")

    @rx.event
    def download_csv(self, spam: bool = False):
        try:
            with self._signed_in() as (db, me):
                data = export.export_csv(db, me.user_id, self._project_id(), spam=spam, ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return rx.download(data=data, filename=f"leads-{self._project_id()}{'-spam' if spam else ''}.csv")


class LeadsBadgeState(SessionState):
    """The editor top bar's unread count for the open site."""

    unread: int = 0

    def _project_id(self) -> int:
        match = EDITOR_PROJECT.match(self.router.url.path or "")
        return int(match[1]) if match else 0

    @rx.event
    def load_unread(self):
        try:
            with self._signed_in() as (db, me):
                self.unread = inbox.unread_count(db, me.user_id, self._project_id())
        except ServiceError:
            self.unread = 0
