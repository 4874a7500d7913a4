"""Password reset: mailed, single use, expiring; the same answer for unknown addresses."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import PasswordReset
from bubblegum.services import auth, passwords, sessions
from bubblegum.services.errors import InvalidInput, NotAuthenticated, RateLimited

from .conftest import PASSWORD

NEW_PASSWORD = "quartz meadow violin 42"


def request(email="owner@example.com"):
    with session_scope() as session:
        link = passwords.request_reset(session, email, ip="10.0.0.5")
    return parse_qs(urlsplit(link).query)["token"][0] if link else None


def reset(token, password=NEW_PASSWORD):
    with session_scope() as session:
        return passwords.reset_with_token(session, token, password)


def test_reset_mails_a_link_and_the_token_works_once(world, outbox):
    with session_scope() as session:
        old_session = auth.log_in(session, "owner@example.com", PASSWORD).token
    token = request()
    sent = outbox()[-1]
    assert sent.to == "owner@example.com" and token in sent.body
    with session_scope() as session:
        assert session.exec(select(PasswordReset.token_hash)).one() == sessions.token_hash(token)
    reset(token)
    with pytest.raises(InvalidInput):
        reset(token, "another fine passphrase 7")
    with session_scope() as session:
        assert auth.log_in(session, "owner@example.com", NEW_PASSWORD).token
        with pytest.raises(NotAuthenticated):
            sessions.authenticate(session, old_session)  # a reset ends every session


def test_expired_token_is_refused(world):
    token = request()
    with session_scope() as session:
        session.exec(select(PasswordReset)).one().expires_at = utcnow() - timedelta(seconds=1)
    with pytest.raises(InvalidInput):
        reset(token)


def test_weak_new_password_keeps_the_token_usable(world):
    token = request()
    with pytest.raises(InvalidInput) as error:
        reset(token, "password1234")
    assert error.value.field == "password"
    reset(token)


def test_unknown_address_sends_nothing_and_says_the_same(world, outbox):
    assert request("nobody@example.com") is None
    assert outbox() == []


def test_a_newer_reset_spends_older_links(world):
    first, second = request(), request()
    reset(second)
    with pytest.raises(InvalidInput):
        reset(first)


def test_reset_requests_are_throttled(world):
    for _ in range(passwords.RESET_PER_ACCOUNT.item.amount):
        assert request() is not None
    assert request() is None  # silently: the answer must not differ
    for _ in range(passwords.RESET_PER_ADDRESS.item.amount - passwords.RESET_PER_ACCOUNT.item.amount - 1):
        request("x@example.com")
    with pytest.raises(RateLimited):
        request("y@example.com")


def test_change_password_needs_the_current_one(world):
    with session_scope() as session:
        token = auth.log_in(session, "owner@example.com", PASSWORD).token
    with session_scope() as session:
        me = sessions.authenticate(session, token)
        with pytest.raises(InvalidInput) as error:
            passwords.change_password(session, me, "not my password", NEW_PASSWORD)
        assert error.value.field == "current_password"
    with session_scope() as session:
        assert sessions.authenticate(session, token)  # nothing changed
