"""The signed-in person, for every dashboard state.

`SessionState` holds the session token in a cookie and resolves the person from it by
calling the sessions service on every handler (`self._signed_in()`): nothing the browser
sends (an org id, a role, a user id) is trusted. Feature states subclass it:

    class ProjectsState(FormState, SessionState):
        @rx.event
        def rename(self, form: dict):
            try:
                with self._signed_in() as (db, me):
                    projects.rename(db, me.user_id, me.org_id, project_id, form["name"], ip=self._ip)
            except ServiceError as error:
                return self._fail(error)

The cookie is HttpOnly, so page JavaScript never holds the token: a handler that signs
someone in (or out) sets `handoff`, and `session_handoff()` (in every auth and dashboard
page) sends the browser to the HTTP answer that sets or clears the cookie
(`services/session_cookie.py`, `api/session.py`). Handlers read the cookie's digest from
this tab's websocket handshake (`session_token`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlencode

import reflex as rx
from sqlmodel import Session

from bubblegum import routes
from bubblegum.api.session_handshake import DIGEST_HEADER
from bubblegum.db import session_scope
from bubblegum.services import auth, orgs, policy, sessions
from bubblegum.services.billing import account
from bubblegum.services.client_address import client_address
from bubblegum.services.errors import NotAuthenticated, ServiceError
from bubblegum.services.session_cookie import seal_ticket
from bubblegum.state import notices

T = TypeVar("T")


class SessionState(rx.State):
    """Base of every signed-in state: the token cookie, the person, the current organization."""

    _handoff: str = ""  # where the browser goes to have its session cookie set or cleared
    _handoff_connection: str = ""  # ...said to this websocket connection only
    user_email: str = ""
    user_name: str = ""
    user_initial: str = ""
    org_id: int = 0  # shown and used for the switcher only; handlers take the org from the session
    org_name: str = ""
    org_role: str = ""
    allowed: list[str] = []
    organizations: list[dict[str, str]] = []
    billing_warning: str = ""  # owners: a failing payment (services/billing/account.owner_warning)

    @property
    def session_token(self) -> sessions.TokenDigest:
        """The digest of the HttpOnly session cookie, as this tab's websocket handshake carried
        it (`api/session_handshake.py`: the token itself never reaches Reflex's state store)."""
        return sessions.TokenDigest(self.router.headers.raw_headers.get(DIGEST_HEADER.decode(), ""))

    @rx.var(cache=False)
    def handoff(self) -> str:
        """The address `session_handoff()` sends the browser to, for the connection that asked
        only: the page it lands on has a new websocket, so it is not sent there again."""
        return self._handoff if self._handoff_connection == self.router.session.session_id else ""

    def _hand_over(self, token: str, next_path: str) -> None:
        """Have the browser store ``token`` in the cookie, then open ``next_path``."""
        self._send_browser("/api/session/claim?" + urlencode({"ticket": seal_ticket(token), "next": next_path}))

    def _hand_back(self, next_path: str = routes.LOGIN) -> None:
        """Have the browser drop the cookie (the session is already ended), then open ``next_path``."""
        self._send_browser("/api/session/clear?" + urlencode({"next": next_path}))

    def _send_browser(self, address: str) -> None:
        self._handoff, self._handoff_connection = address, self.router.session.session_id

    @property
    def _ip(self) -> str:
        headers = self.router.headers.raw_headers  # the socket's peer, as the ASGI server saw it
        return client_address(headers.get("asgi-scope-client") or self.router.session.client_ip or "",
                              headers.get("x-forwarded-for"))

    @property
    def _user_agent(self) -> str:
        return self.router.headers.user_agent or ""

    @contextmanager
    def _signed_in(self) -> Iterator[tuple[Session, sessions.Principal]]:
        """A database session and the person behind the cookie (NotAuthenticated if none)."""
        with session_scope() as db:
            yield db, sessions.authenticate(db, self.session_token)

    def _login_redirect(self) -> rx.event.EventSpec:
        return rx.redirect(routes.login_then(self.router.url.path or routes.DASHBOARD))

    def _fail(self, error: ServiceError) -> Any:
        """A refused action: a lost session goes to log-in, anything else is a toast."""
        if isinstance(error, NotAuthenticated):
            return self._login_redirect()
        return notices.error(error.message)

    def _run(self, work: Callable[[Session, sessions.Principal], T]) -> tuple[T | None, Any]:
        """``work(db, me)`` for the signed-in person: (its result, None), or (None, the event
        that tells them why not: log-in or a toast)."""
        try:
            with self._signed_in() as (db, me):
                return work(db, me), None
        except ServiceError as error:
            return None, self._fail(error)

    def _fill_shell(self, db: Session, me: sessions.Principal) -> None:
        self.user_email, self.user_name = me.email, me.name
        self.user_initial = (me.name or me.email)[:1].upper()
        mine = [org for org in orgs.list_for_user(db, me.user_id) if org.deleted_at is None]
        self.organizations = [{"id": str(org.id), "name": org.name, "role": org.role} for org in mine]
        current = next((org for org in mine if org.id == me.org_id), None)
        self.org_id = current.id if current else 0
        self.org_name = current.name if current else ""
        self.org_role = current.role if current else ""
        self.allowed = sorted(policy.allowed_actions(self.org_role or None))
        self.billing_warning = account.owner_warning(db, me.user_id, self.org_id) if self.org_id else ""

    @rx.event
    def load_shell(self):
        """on_load of every dashboard page: who is here, where, and what they may do."""
        try:
            with self._signed_in() as (db, me):
                self._fill_shell(db, me)
        except NotAuthenticated:
            return self._login_redirect()

    @rx.event
    def switch_org(self, org_id: str):
        try:
            with self._signed_in() as (db, me):
                sessions.switch_org(db, me, int(org_id) if str(org_id).isdigit() else 0)
        except NotAuthenticated:
            return self._login_redirect()
        except ServiceError:
            return notices.error("That organization is not available.")
        return rx.redirect(routes.DASHBOARD)

    @rx.event
    def log_out(self):
        with session_scope() as db:
            auth.log_out(db, self.session_token, ip=self._ip)
        self._hand_back()


class FormState(rx.State, mixin=True):
    """Errors shown next to the fields they concern; `form` holds errors of no one field."""

    errors: dict[str, str] = {}
    notice: str = ""
    _error_code: str = ""  # the last refusal's code (FORBIDDEN, NOT_FOUND, ...): tests read it

    def _fail(self, error: ServiceError, *, toast: bool = False):
        """Show the error next to its field (or above the form); a lost session goes to log-in."""
        self._error_code = error.code
        if isinstance(error, NotAuthenticated) and error.field is None:
            return rx.redirect(routes.login_then(self.router.url.path or routes.DASHBOARD))
        self.errors = {error.field or "form": error.message}
        return notices.error(error.message) if toast else None

    def _ok(self, notice: str = "") -> None:
        self.errors, self.notice, self._error_code = {}, notice, ""

    @rx.event
    def clear_errors(self):
        self.errors, self.notice = {}, ""
