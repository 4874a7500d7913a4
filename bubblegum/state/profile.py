"""Profile: change password, the list of signed-in sessions, log out one or all of them."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.services import auth, passwords, sessions
from bubblegum.services.errors import ServiceError
from bubblegum.state.session import FormState, SessionState


def _device(user_agent: str) -> str:
    agent = user_agent or ""
    browser = next((name for name in ("Edg", "Firefox", "Chrome", "Safari") if name in agent), "")
    system = next((name for name in ("Windows", "Mac OS", "Android", "iPhone", "Linux") if name in agent), "")
    return " on ".join(part for part in ({"Edg": "Edge"}.get(browser, browser), system) if part) or "Unknown device"


class ProfileState(FormState, SessionState):
    active_sessions: list[dict[str, str]] = []

    @rx.event
    def load(self):
        self.errors, self.notice = {}, ""
        try:
            with self._signed_in() as (db, me):
                self.active_sessions = [
                    {"id": str(info.id), "device": _device(info.user_agent), "ip": info.ip_address or "unknown",
                     "last_seen": info.last_seen_at.strftime("%d %b %Y, %H:%M UTC"),
                     "current": "yes" if info.current else ""}
                    for info in sessions.list_active(db, me)
                ]
        except ServiceError as error:
            return self._fail(error)

    @rx.event
    def change_password(self, form: dict):
        if form.get("new_password", "") != form.get("confirm", ""):
            self.errors = {"confirm": "The two new passwords are not the same."}
            return
        try:
            with self._signed_in() as (db, me):
                token = passwords.change_password(db, me, form.get("current_password", ""),
                                                  form.get("new_password", ""), ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        self._hand_over(token, routes.PROFILE)  # the old token no longer works

    @rx.event
    def revoke(self, session_id: str):
        try:
            with self._signed_in() as (db, me):
                sessions.revoke(db, me.user_id, int(session_id) if str(session_id).isdigit() else 0)
        except ServiceError as error:
            return self._fail(error)
        return ProfileState.load

    @rx.event
    def log_out_everywhere(self):
        try:
            with self._signed_in() as (db, me):
                auth.log_out_everywhere(db, me, ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        self._hand_back()
