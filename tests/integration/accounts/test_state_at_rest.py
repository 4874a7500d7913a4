"""Reflex's state store (`.states/*.pkl`, or Redis) holds no session token of ours in clear:
the token lives in the HttpOnly cookie and is read from the connection on each event, and
the log-in hand-over keeps it only sealed (encrypted, 60 seconds). Reflex stores each
connection's handshake headers with the root state; `SessionHandshake` has already swapped
the cookie there for its digest."""

from __future__ import annotations

import reflex as rx

import bubblegum.bubblegum  # noqa: F401
from bubblegum.state.auth_forms import LoginState

from ..people import handed_token, with_session_cookie
from .conftest import PASSWORD


def every_substate(root: rx.State):
    for substate in root.substates.values():
        yield substate
        yield from every_substate(substate)


def test_no_state_of_ours_stores_the_session_token(world):
    root = rx.State(_reflex_internal_init=True)
    login = root.get_substate(LoginState.get_full_name().split(".")[1:])
    LoginState.event_handlers["submit"].fn(login, {"email": "owner@example.com", "password": PASSWORD})
    token = handed_token(login)
    assert token
    with_session_cookie(login, token)  # the next events' connection carries the cookie
    stored = [state._serialize() for state in (root, *every_substate(root))]
    assert stored and not any(token.encode() in data for data in stored)
    assert login.session_token and token not in login.session_token
