"""Sign-up, log-in, throttling and the audit trail of log-ins."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import AuditLog, AuthSession, Membership, Organization, User
from bubblegum.services import auth, sessions
from bubblegum.services.errors import Conflict, InvalidInput, NotAuthenticated, RateLimited

from .conftest import PASSWORD


def sign_up(email="ada@example.com", password=PASSWORD, name="Ada"):
    with session_scope() as session:
        return auth.sign_up(session, email, password, name=name, ip="10.0.0.1", user_agent="pytest")


def test_sign_up_creates_user_personal_org_owner_and_session(database_url):
    signed = sign_up(email=" Ada@Example.com ")
    with session_scope() as session:
        user = session.get(User, signed.user_id)
        assert user.email == "ada@example.com"
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
        org = session.get(Organization, signed.org_id)
        assert org.name == "Ada's workspace"
        member = session.exec(select(Membership).where(Membership.user_id == user.id)).one()
        assert (member.organization_id, member.role) == (org.id, "owner")
        stored = session.exec(select(AuthSession)).one()
        assert stored.token_hash != signed.token and len(stored.token_hash) == 64
        assert sessions.authenticate(session, signed.token).org_id == org.id


@pytest.mark.parametrize(("email", "password", "field"), [
    ("not-an-email", PASSWORD, "email"),
    ("", PASSWORD, "email"),
    ("ada@example.com", "short1!", "password"),
    ("ada@example.com", "password12345", "password"),
    ("ada@example.com", "ada@example.com", "password"),
])
def test_sign_up_refuses_bad_input_and_changes_nothing(database_url, email, password, field):
    with pytest.raises(InvalidInput) as error:
        sign_up(email=email, password=password)
    assert error.value.field == field
    with session_scope() as session:
        assert session.exec(select(User)).all() == []
        assert session.exec(select(Organization)).all() == []


def test_sign_up_twice_with_one_email_is_refused(database_url):
    sign_up()
    with pytest.raises(Conflict):
        sign_up(email="ADA@example.com")


def test_log_in_and_out(database_url):
    sign_up()
    with session_scope() as session:
        signed = auth.log_in(session, "ada@example.com", PASSWORD, ip="10.0.0.2")
    with session_scope() as session:
        assert sessions.authenticate(session, signed.token).email == "ada@example.com"
        auth.log_out(session, signed.token)
    with session_scope() as session, pytest.raises(NotAuthenticated):
        sessions.authenticate(session, signed.token)


def test_wrong_password_and_unknown_email_get_the_same_answer_and_are_audited(database_url):
    sign_up()
    messages = []
    for email, password in (("ada@example.com", "wrong password here"), ("nobody@example.com", PASSWORD)):
        with pytest.raises(NotAuthenticated) as error, session_scope() as session:
            auth.log_in(session, email, password, ip="10.0.0.3")
        messages.append(error.value.message)
    assert messages[0] == messages[1]
    with session_scope() as session:
        failed = session.exec(select(AuditLog).where(AuditLog.action == "auth.login_failed")).all()
        assert len(failed) == 2 and failed[0].actor_id is not None and failed[1].actor_id is None


def test_failures_from_one_address_never_lock_the_person_out_elsewhere(database_url):
    sign_up()
    for attempt in range(auth.LOGIN_PER_ACCOUNT_AND_ADDRESS.item.amount):
        with pytest.raises(NotAuthenticated), session_scope() as session:
            auth.log_in(session, "ada@example.com", f"wrong {attempt}", ip="10.1.0.1")
    with pytest.raises(RateLimited) as error, session_scope() as session:
        auth.log_in(session, "ada@example.com", PASSWORD, ip="10.1.0.1")
    assert "Try again in about 15 minutes" in error.value.message and 800 < error.value.retry_after <= 900
    with session_scope() as session:  # the right password from another address still works
        assert auth.log_in(session, "ada@example.com", PASSWORD, ip="10.9.9.9").token
    with pytest.raises(RateLimited) as ghost, session_scope() as session:  # any e-mail typed: reveals nothing
        for attempt in range(auth.LOGIN_PER_ACCOUNT_AND_ADDRESS.item.amount + 1):
            with pytest.raises(NotAuthenticated):
                auth.log_in(session, "ghost@example.com", "wrong", ip="10.1.0.1")
    assert ghost.value.message == error.value.message


def test_log_in_throttled_per_client_address(database_url):
    sign_up()
    for attempt in range(auth.LOGIN_PER_ADDRESS.item.amount):
        with pytest.raises(NotAuthenticated), session_scope() as session:
            auth.log_in(session, f"guess{attempt}@example.com", "wrong guess", ip="10.2.0.1")
    with pytest.raises(RateLimited), session_scope() as session:
        auth.log_in(session, "ada@example.com", PASSWORD, ip="10.2.0.1")
    with session_scope() as session:  # another address is not held back
        assert auth.log_in(session, "ada@example.com", PASSWORD, ip="10.2.0.2").token


def test_successful_log_in_is_audited_and_inactive_accounts_cannot_log_in(database_url):
    signed = sign_up()
    with session_scope() as session:
        auth.log_in(session, "ada@example.com", PASSWORD, ip="10.0.0.4")
        assert session.exec(select(AuditLog).where(AuditLog.action == "auth.login")).one().ip_address == "10.0.0.4"
        session.get(User, signed.user_id).is_active = False
    with pytest.raises(NotAuthenticated), session_scope() as session:
        auth.log_in(session, "ada@example.com", PASSWORD)
    with pytest.raises(NotAuthenticated), session_scope() as session:
        sessions.authenticate(session, signed.token)
