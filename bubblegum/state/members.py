"""Members page: list, invite with a role, change a role, remove, leave, revoke an invitation;
and the invitation landing page."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.db import session_scope
from bubblegum.services import mail, members, sessions
from bubblegum.services.errors import NotAuthenticated, ServiceError
from bubblegum.state.session import FormState, SessionState
from bubblegum.state import notices


def _id(value) -> int:
    return int(value) if str(value).isdigit() else 0


class MembersState(FormState, SessionState):
    people: list[dict[str, str]] = []
    invitations: list[dict[str, str]] = []
    invite_open: bool = False
    invite_role: str = "editor"
    dev_link: str = ""

    @rx.event
    def load(self):
        self.errors, self.invite_open = {}, False
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
                self._refresh(db, me)
        except ServiceError as error:
            return self._fail(error)

    def _refresh(self, db, me: sessions.Principal) -> None:
        self.people = [
            {"id": str(m.user_id), "email": m.email, "name": m.name or m.email.split("@")[0], "role": m.role,
             "initial": (m.name or m.email)[:1].upper(),
             "joined": m.joined_at.strftime("%d %b %Y"), "me": "yes" if m.user_id == me.user_id else ""}
            for m in members.list_members(db, me.user_id, me.org_id)
        ]
        self.invitations = [
            {"id": str(i.id), "email": i.email, "role": i.role, "expires": i.expires_at.strftime("%d %b %Y")}
            for i in members.list_invitations(db, me.user_id, me.org_id)
        ] if "member.invite" in self.allowed else []

    @rx.event
    def set_invite_open(self, value: bool):
        self.invite_open, self.errors, self.dev_link = value, {}, ""

    @rx.event
    def set_invite_role(self, value: str):
        self.invite_role = value

    @rx.event
    def invite(self, form: dict):
        try:
            with self._signed_in() as (db, me):
                link = members.invite(db, me.user_id, me.org_id, form.get("email", ""), self.invite_role, ip=self._ip)
                self._refresh(db, me)
        except ServiceError as error:
            return self._fail(error)
        self._ok()
        self.dev_link = link if mail.shows_links_on_screen() else ""
        return notices.success("Invitation sent.")

    @rx.event
    def change_role(self, user_id: str, role: str):
        try:
            with self._signed_in() as (db, me):
                members.change_role(db, me.user_id, me.org_id, _id(user_id), role, ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return [MembersState.load, notices.success("Role changed.")]

    @rx.event
    def remove(self, user_id: str):
        try:
            with self._signed_in() as (db, me):
                members.remove(db, me.user_id, me.org_id, _id(user_id), ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return [MembersState.load, notices.success("Member removed.")]

    @rx.event
    def revoke_invitation(self, invitation_id: str):
        try:
            with self._signed_in() as (db, me):
                members.revoke_invitation(db, me.user_id, me.org_id, _id(invitation_id), ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return MembersState.load

    @rx.event
    def leave(self):
        try:
            with self._signed_in() as (db, me):
                members.leave(db, me.user_id, me.org_id, ip=self._ip)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return rx.redirect(routes.DASHBOARD)


class InviteState(FormState, SessionState):
    org_name: str = ""
    invited_email: str = ""
    invited_role: str = ""
    valid: bool = False
    signed_in_as: str = ""

    @rx.event
    def load(self):
        self.errors, self.valid, self.signed_in_as = {}, False, ""
        try:
            with session_scope() as db:
                preview = members.preview_invitation(db, self._token)
                self.org_name, self.invited_email, self.invited_role = preview.org_name, preview.email, preview.role
                self.valid = True
                self.signed_in_as = sessions.authenticate(db, self.session_token).email
        except NotAuthenticated:
            pass
        except ServiceError as error:
            self._fail(error)

    @property
    def _token(self) -> str:
        return self.router.url.query_parameters.get("token", "")

    @rx.event
    def accept(self):
        try:
            with self._signed_in() as (db, me):
                org_id = members.accept(db, me.user_id, self._token, ip=self._ip)
                sessions.switch_org(db, me, org_id)
        except ServiceError as error:
            return self._fail(error)
        return rx.redirect(routes.DASHBOARD)
