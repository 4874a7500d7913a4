"""Session tokens: hashed at rest, expire, idle out, end on password change and on
"log out everywhere", and switch organization only into one's own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import AuthSession
from bubblegum.services import auth, orgs, passwords, sessions
from bubblegum.services.errors import NotAuthenticated, NotFound

from .conftest import PASSWORD


def log_in(email="owner@example.com"):
    with session_scope() as session:
        return auth.log_in(session, email, PASSWORD).token


def principal(token):
    with session_scope() as session:
        return sessions.authenticate(session, token)


def age(token, **changes):
    with session_scope() as session:
        row = session.exec(select(AuthSession).where(AuthSession.token_hash == sessions.token_hash(token))).one()
        for key, value in changes.items():
            setattr(row, key, value)


def test_token_is_stored_only_as_its_hash(world):
    token = log_in()
    with session_scope() as session:
        hashes = session.exec(select(AuthSession.token_hash)).all()
    assert token not in hashes and sessions.token_hash(token) in hashes


def test_expired_session_is_refused(world):
    token = log_in()
    age(token, expires_at=utcnow() - timedelta(seconds=1))
    with pytest.raises(NotAuthenticated):
        principal(token)


def test_idle_session_is_refused_and_a_used_one_stays(world):
    token = log_in()
    age(token, last_seen_at=utcnow() - sessions.IDLE_TIMEOUT + timedelta(minutes=5))
    assert principal(token).email == "owner@example.com"  # touched: idle clock restarts
    age(token, last_seen_at=utcnow() - sessions.IDLE_TIMEOUT - timedelta(minutes=1))
    with pytest.raises(NotAuthenticated):
        principal(token)


def test_unknown_and_empty_tokens_are_refused(world):
    for token in ("", "made-up", sessions.token_hash("x")):
        with pytest.raises(NotAuthenticated):
            principal(token)


def test_revoke_one_session_and_only_ones_own(world):
    first, second = log_in(), log_in()
    me = principal(first)
    other_id = principal(second).session_id
    intruder = log_in("viewer@example.com")
    with session_scope() as session, pytest.raises(NotFound):
        sessions.revoke(session, principal(intruder).user_id, other_id)
    with session_scope() as session:
        ids = [info.id for info in sessions.list_active(session, me)]
        assert set(ids) == {me.session_id, other_id}
        sessions.revoke(session, me.user_id, other_id)
    with pytest.raises(NotAuthenticated):
        principal(second)
    assert principal(first).user_id == me.user_id


def test_log_out_everywhere(world):
    tokens = [log_in() for _ in range(3)]
    with session_scope() as session:
        assert auth.log_out_everywhere(session, principal(tokens[0])) == 3
    for token in tokens:
        with pytest.raises(NotAuthenticated):
            principal(token)


def test_password_change_ends_every_session_and_gives_a_new_one(world):
    old, other = log_in(), log_in()
    with session_scope() as session:
        new = passwords.change_password(session, principal(old), PASSWORD, "quartz meadow violin 42")
    for token in (old, other):
        with pytest.raises(NotAuthenticated):
            principal(token)
    assert principal(new).email == "owner@example.com"


def test_switch_org_only_into_ones_own(world):
    token = log_in()
    me = principal(token)
    with session_scope() as session:
        mine = orgs.create(session, me.user_id, "Side project")
        sessions.switch_org(session, me, mine.id)
    assert principal(token).org_id == mine.id
    with session_scope() as session, pytest.raises(NotFound):
        sessions.switch_org(session, me, world.org_b)
    assert principal(token).org_id == mine.id


def test_session_leaves_a_deleted_org(world):
    token = log_in()
    me = principal(token)
    with session_scope() as session:
        side = orgs.create(session, me.user_id, "Side")
        sessions.switch_org(session, me, side.id)
        orgs.delete(session, me.user_id, side.id)
    assert principal(token).org_id == world.org_a
