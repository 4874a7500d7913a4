"""Reflex's state store (`.states/*.pkl`, or Redis) never holds a session token in clear:
a stored copy keeps only the session's id, which still signs the person in until the session
ends."""

from __future__ import annotations

import pickle

import pytest
import reflex as rx

import bubblegum.bubblegum  # noqa: F401
from bubblegum.services.errors import NotAuthenticated
from bubblegum.state.auth_forms import LoginState
from bubblegum.state.session import SessionState

from .conftest import PASSWORD


def every_state(root: rx.State):
    yield root
    for substate in root.substates.values():
        yield from every_state(substate)


def signed_in_root() -> tuple[rx.State, str]:
    root = rx.State(_reflex_internal_init=True)
    login = root.get_substate(LoginState.get_full_name().split(".")[1:])
    LoginState.event_handlers["submit"].fn(login, {"email": "owner@example.com", "password": PASSWORD})
    session_state = root.get_substate(SessionState.get_full_name().split(".")[1:])
    assert session_state.session_token
    return root, session_state.session_token


def stored(state: rx.State) -> rx.State:
    """What Reflex writes to disk or Redis for this state, read back."""
    return type(state)._deserialize(state._serialize())


def test_no_stored_state_contains_the_session_token(world):
    root, token = signed_in_root()
    pickles = [state._serialize() for state in every_state(root)]
    assert pickles and not any(token.encode() in data for data in pickles)
    assert not any(token.encode() in pickle.dumps(state.__getstate__()) for state in every_state(root))


def test_a_stored_state_still_signs_the_person_in_until_the_session_ends(world):
    root, _ = signed_in_root()
    session_state = stored(root.get_substate(SessionState.get_full_name().split(".")[1:]))
    assert session_state.session_token == ""
    with session_state._signed_in() as (_db, me):
        assert me.email == "owner@example.com"
    live = root.get_substate(SessionState.get_full_name().split(".")[1:])
    SessionState.event_handlers["log_out"].fn(live)  # ends the session in the database
    with pytest.raises(NotAuthenticated), session_state._signed_in():
        pass


def test_the_live_state_keeps_the_cookie_for_the_browser(world):
    root, token = signed_in_root()
    session_state = root.get_substate(SessionState.get_full_name().split(".")[1:])
    assert session_state.session_token == token and session_state._auth_session_id
