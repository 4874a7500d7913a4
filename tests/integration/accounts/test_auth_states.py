"""The sign-up and log-in handlers: cookie set on success, errors by field, and a bad
invitation on sign-up refused without creating the account."""

from __future__ import annotations

import reflex as rx
from sqlmodel import select

import bubblegum.bubblegum  # noqa: F401
from bubblegum.db import session_scope
from bubblegum.models import User
from bubblegum.services import sessions
from bubblegum.state.auth_forms import LoginState, SignupState

from .conftest import PASSWORD


def state_of(cls):
    return rx.State(_reflex_internal_init=True).get_substate(cls.get_full_name().split(".")[1:])


def test_sign_up_sets_a_working_session_cookie(database_url):
    state = state_of(SignupState)
    SignupState.event_handlers["submit"].fn(state, {"email": "ada@example.com", "password": PASSWORD, "name": "Ada"})
    assert state.errors == {} and state.session_token
    with session_scope() as session:
        assert sessions.authenticate(session, state.session_token).email == "ada@example.com"


def test_sign_up_error_is_put_on_its_field(database_url):
    state = state_of(SignupState)
    SignupState.event_handlers["submit"].fn(state, {"email": "ada@example.com", "password": "short"})
    assert set(state.errors) == {"password"} and state.session_token == ""


def test_log_in_refusal_says_nothing_about_the_account(world):
    state = state_of(LoginState)
    LoginState.event_handlers["submit"].fn(state, {"email": "owner@example.com", "password": "wrong one"})
    wrong_password = dict(state.errors)
    LoginState.event_handlers["submit"].fn(state, {"email": "ghost@example.com", "password": "wrong one"})
    assert wrong_password == state.errors and set(state.errors) == {"password"} and state.session_token == ""
    LoginState.event_handlers["submit"].fn(state, {"email": "owner@example.com", "password": PASSWORD})
    assert state.errors == {} and state.session_token


def test_sign_up_with_a_spent_invitation_creates_nothing(database_url):
    from reflex.istate.data import ReflexURL, RouterData

    state = state_of(SignupState)
    state.router = RouterData(url=ReflexURL("http://localhost:3000/signup?invite=not-a-real-token"))
    SignupState.event_handlers["submit"].fn(state, {"email": "ada@example.com", "password": PASSWORD})
    assert "invalid" in state.errors["form"] and state.session_token == ""
    with session_scope() as session:
        assert session.exec(select(User)).all() == []
