"""The organization's audit log (admins and owners)."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import audit
from bubblegum.services.errors import ServiceError
from bubblegum.state.session import FormState, SessionState


def _describe(details: dict) -> str:
    return ", ".join(f"{key}: {value}" for key, value in sorted(details.items()))[:200]


class AuditState(FormState, SessionState):
    entries: list[dict[str, str]] = []

    @rx.event
    def load(self):
        self.errors = {}
        try:
            with self._signed_in() as (db, me):
                self.entries = [
                    {"id": str(e.id), "when": e.created_at.strftime("%d %b %Y, %H:%M:%S"), "action": e.action,
                     "actor": e.actor, "target": e.target, "ip": e.ip_address, "details": _describe(e.details)}
                    for e in audit.list_entries(db, me.user_id, me.org_id, limit=200)
                ]
        except ServiceError as error:
            self.entries = []
            return self._fail(error)
