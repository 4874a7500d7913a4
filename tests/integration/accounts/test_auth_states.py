"""The sign-up and log-in handlers: the session handed to the HTTP answer that sets the
HttpOnly cookie on success, errors by field, and a bad invitation on sign-up refused
without creating the account."""

from __future__ import annotations

from bubblegum.services.tokens import token_hash

import pytest
import reflex as rx
from sqlmodel import select

import bubblegum.bubblegum  # noqa: F401
from bubblegum.db import session_scope
from bubblegum.models import User
from bubblegum.services import sessions
from bubblegum.services.errors import NotAuthenticated
from bubblegum.state.auth_forms import LoginState, SignupState

from ..people import handed_token
from .conftest import PASSWORD


def state_of(cls):
    return rx.State(_reflex_internal_init=True).get_substate(cls.get_full_name().split(".")[1:])


def test_sign_up_sets_a_working_session_cookie(database_url):
    state = state_of(SignupState)
    SignupState.event_handlers["submit"].fn(state, {"email": "ada@example.com", "password": PASSWORD, "name": "Ada"})
    assert state.errors == {} and handed_token(state)
    assert "next=%2Fdashboard" in state.handoff
    with session_scope() as session:
        assert sessions.authenticate(session, handed_token(state)).email == "ada@example.com"


def test_sign_up_error_is_put_on_its_field(database_url):
    state = state_of(SignupState)
    SignupState.event_handlers["submit"].fn(state, {"email": "ada@example.com", "password": "short"})
    assert set(state.errors) == {"password"} and state.handoff == ""


def test_log_in_refusal_says_nothing_about_the_account(world):
    state = state_of(LoginState)
    LoginState.event_handlers["submit"].fn(state, {"email": "owner@example.com", "password": "wrong one"})
    wrong_password = dict(state.errors)
    LoginState.event_handlers["submit"].fn(state, {"email": "ghost@example.com", "password": "wrong one"})
    assert wrong_password == state.errors and set(state.errors) == {"password"} and state.handoff == ""
    LoginState.event_handlers["submit"].fn(state, {"email": "owner@example.com", "password": PASSWORD})
    assert state.errors == {} and handed_token(state)


def test_sign_up_with_a_spent_invitation_creates_nothing(database_url):
    from reflex.istate.data import ReflexURL, RouterData

    state = state_of(SignupState)
    state.router = RouterData(url=ReflexURL("http://localhost:3000/signup?invite=not-a-real-token"))
    SignupState.event_handlers["submit"].fn(state, {"email": "ada@example.com", "password": PASSWORD})
    assert "invalid" in state.errors["form"] and state.handoff == ""
    with session_scope() as session:
        assert session.exec(select(User)).all() == []


def test_log_out_ends_the_session_and_sends_the_browser_to_clear_the_cookie(world):
    from bubblegum.state.session import SessionState

    from ..people import handed_token, with_session_cookie

    with session_scope() as session:
        token = sessions.start(session, session.get(User, world.users["owner"]))
    state = with_session_cookie(state_of(SessionState), token)
    assert state.session_token == token_hash(token)  # the cookie's digest, from the websocket handshake
    SessionState.event_handlers["log_out"].fn(state)
    assert state.handoff == "/api/session/clear?next=%2Flogin"
    from reflex.istate.data import SessionData

    state.parent_state.rx_router_session = state.rx_router_session = SessionData(session_id="the-reloaded-page")
    assert state.handoff == ""  # the page the browser lands on is not sent away again
    with session_scope() as session:
        with pytest.raises(NotAuthenticated):
            sessions.authenticate(session, token)
