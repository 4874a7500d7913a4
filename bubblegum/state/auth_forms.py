"""Sign-up, log-in, forgot and reset password forms."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.db import session_scope
from bubblegum.services import auth, mail, members, passwords, signup
from bubblegum.services.errors import InvalidInput, NotAuthenticated, ServiceError
from bubblegum.services.session_cookie import safe_next
from bubblegum.state.session import FormState, SessionState


class LoginState(FormState, SessionState):
    @rx.event
    def submit(self, form: dict):
        try:
            with session_scope() as db:
                signed = auth.log_in(db, form.get("email", ""), form.get("password", ""), ip=self._ip,
                                     user_agent=self._user_agent)
        except ServiceError as error:
            return self._fail(error)
        self._ok()
        self._hand_over(signed.token, safe_next(self.router.url.query_parameters.get("next")))

    @rx.event
    def skip_if_signed_in(self):
        try:
            with self._signed_in():
                return rx.redirect(routes.DASHBOARD)
        except NotAuthenticated:
            self.errors = {}


class SignupState(FormState, SessionState):
    invite_email: str = ""
    invite_org: str = ""
    dev_link: str = ""

    @rx.event
    def load(self):
        """Show the invitation being accepted, or finish a sign-up from its confirmation link."""
        self.errors, self.notice, self.invite_email, self.invite_org, self.dev_link = {}, "", "", "", ""
        params = self.router.url.query_parameters
        try:
            with session_scope() as db:
                if params.get("confirm"):
                    signed = signup.confirm(db, params["confirm"], ip=self._ip, user_agent=self._user_agent)
                elif params.get("invite"):
                    preview = members.preview_invitation(db, params["invite"])
                    self.invite_email, self.invite_org = preview.email, preview.org_name
                    return None
                else:
                    return None
        except ServiceError as error:
            error.field = None if error.field == "token" else error.field  # shown above the form
            return self._fail(error)
        self._hand_over(signed.token, routes.DASHBOARD)
        return None

    @rx.event
    def submit(self, form: dict):
        try:
            with session_scope() as db:
                outcome = signup.sign_up(db, form.get("email", ""), form.get("password", ""),
                                         name=form.get("name", ""),
                                         invite_token=self.router.url.query_parameters.get("invite", ""),
                                         ip=self._ip, user_agent=self._user_agent)
        except ServiceError as error:
            error.field = None if error.field == "token" else error.field
            return self._fail(error)
        self._ok(outcome.notice)
        if outcome.signed is None:
            self.dev_link = (outcome.link or "") if mail.shows_links_on_screen() else ""
            return None
        self._hand_over(outcome.signed.token, routes.DASHBOARD)


class ForgotState(FormState, SessionState):
    dev_link: str = ""

    @rx.event
    def submit(self, form: dict):
        try:
            with session_scope() as db:
                link = passwords.request_reset(db, form.get("email", ""), ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        self._ok("If an account uses this address, we have sent it a link to choose a new password. "
                 "The link works for one hour.")
        self.dev_link = (link or "") if mail.shows_links_on_screen() else ""


class ResetState(FormState, SessionState):
    token_ok: bool = True
    done: bool = False

    @rx.event
    def load(self):
        self.errors, self.done = {}, False
        try:
            with session_scope() as db:
                passwords.check_reset_token(db, self.router.url.query_parameters.get("token", ""))
            self.token_ok = True
        except InvalidInput as error:
            self.token_ok = False
            self._fail(error)

    @rx.event
    def submit(self, form: dict):
        if form.get("password", "") != form.get("confirm", ""):
            self.errors = {"confirm": "The two passwords are not the same."}
            return
        try:
            with session_scope() as db:
                passwords.reset_with_token(db, self.router.url.query_parameters.get("token", ""),
                                           form.get("password", ""), ip=self._ip)
        except ServiceError as error:
            return self._fail(error)
        self._ok()
        self.done = True  # the reset ended every session: a cookie still held no longer works
