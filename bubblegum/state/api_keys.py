"""The organization's REST API keys in its settings (admins): create (the key is shown once,
then forgotten by the page), list with last use, revoke at once."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import api_keys
from bubblegum.services.errors import ServiceError
from bubblegum.state import notices
from bubblegum.state.session import FormState, SessionState


def _when(moment) -> str:
    return f"{moment:%d %b %Y, %H:%M}" if moment else ""


class ApiKeysState(FormState, SessionState):
    keys: list[dict[str, str]] = []
    new_key: str = ""  # the key just created, shown once; cleared on the next load or dismiss
    scope: str = "read"

    @rx.event
    def set_scope(self, value: str):
        self.scope = value

    def _refresh(self, db, me) -> None:
        self.keys = [{"id": str(k.id), "name": k.name, "prefix": k.prefix + "…", "scope": k.scope,
                      "created_by": k.created_by, "created": _when(k.created_at),
                      "last_used": _when(k.last_used_at) or "never", "revoked": _when(k.revoked_at)}
                     for k in api_keys.list_keys(db, me.user_id, me.org_id)]

    @rx.event
    def load(self):
        self.errors, self.new_key, self.keys = {}, "", []
        if "api_key.manage" not in self.allowed:  # the section is not shown; the service checks anyway
            return
        try:
            with self._signed_in() as (db, me):
                self._refresh(db, me)
        except ServiceError as error:
            return self._fail(error)

    @rx.event
    def create(self, form: dict):
        try:
            with self._signed_in() as (db, me):
                _info, secret = api_keys.create(db, me.user_id, me.org_id, form.get("key_name", ""),
                                                self.scope)
                self._refresh(db, me)
        except ServiceError as error:
            error.field = {"name": "key_name", "scope": "key_scope"}.get(error.field or "", error.field)
            return self._fail(error)
        self.errors, self.new_key = {}, secret

    @rx.event
    def dismiss_new_key(self):
        self.new_key = ""

    @rx.event
    def revoke(self, key_id: str):
        try:
            with self._signed_in() as (db, me):
                api_keys.revoke(db, me.user_id, me.org_id, int(key_id) if str(key_id).isdigit() else 0)
        except ServiceError as error:
            return self._fail(error, toast=True)
        return [ApiKeysState.load, notices.success("API key revoked; it stops working at once.")]
