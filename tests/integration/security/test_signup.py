"""Sign-up modes (BUBBLEGUM_SIGNUP open | invite | closed) and an answer that never reveals
whether an address has an account."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import reflex as rx
from sqlmodel import select

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import User
from bubblegum.services import members, sessions, signup
from bubblegum.services.errors import InvalidInput, PermissionDenied
from bubblegum.state.auth_forms import SignupState

from tests.integration.accounts.conftest import PASSWORD
from tests.integration.people import handed_token


@pytest.fixture
def signup_mode(monkeypatch):
    def apply(value: str) -> None:
        monkeypatch.setenv("BUBBLEGUM_SIGNUP", value)
        get_settings.cache_clear()
    yield apply
    get_settings.cache_clear()


def request(email: str, **kwargs) -> signup.SignupOutcome:
    with session_scope() as session:
        return signup.sign_up(session, email, PASSWORD, ip="10.0.0.1", **kwargs)


def accounts() -> list[str]:
    with session_scope() as session:
        return sorted(session.exec(select(User.email)).all())


def link_token(body: str, name: str) -> str:
    url = next(word for word in body.split() if f"?{name}=" in word)
    return parse_qs(urlsplit(url).query)[name][0]


def test_invite_is_the_default_and_the_first_account_sets_the_install_up(database_url, outbox):
    assert get_settings().signup == "invite"
    first = request("founder@example.com")
    assert first.signed is not None and accounts() == ["founder@example.com"]
    stranger = request("stranger@example.com")
    assert stranger.signed is None and stranger.notice == signup.CHECK_EMAIL
    assert accounts() == ["founder@example.com"]
    [note] = outbox()
    assert note.to == "stranger@example.com" and "by invitation" in note.body and "confirm=" not in note.body


def test_taken_and_free_addresses_get_the_same_answer_and_the_same_work(world, outbox, signup_mode, monkeypatch):
    signup_mode("open")
    hashed = []
    monkeypatch.setattr(signup, "hash_password", lambda password: hashed.append(password) or "argon2-stand-in")
    taken, free = request("owner@example.com"), request("fresh@example.com")
    assert (taken.signed, taken.notice) == (free.signed, free.notice) == (None, signup.CHECK_EMAIL)
    assert len(hashed) == 2
    notice, confirmation = outbox()
    assert notice.to == "owner@example.com" and "already has one" in notice.body and "confirm=" not in notice.body
    assert confirmation.to == "fresh@example.com" and "fresh@example.com" not in accounts()


def test_a_confirmation_link_creates_the_account_once(world, outbox, signup_mode):
    signup_mode("open")
    request("fresh@example.com", name="Fresh Person")
    token = link_token(outbox()[-1].body, "confirm")
    with session_scope() as session:
        signed = signup.confirm(session, token, ip="10.0.0.2")
        assert sessions.authenticate(session, signed.token).email == "fresh@example.com"
    with pytest.raises(InvalidInput), session_scope() as session:
        signup.confirm(session, token)
    with pytest.raises(InvalidInput), session_scope() as session:
        signup.confirm(session, "made-up")


def test_invite_mode_lets_invited_addresses_in_only(world, outbox):
    with session_scope() as session:
        link = members.invite(session, world.users["admin"], world.org_a, "guest@example.com", "viewer")
    invited = request("guest@example.com")  # without the link: a confirmation mail all the same
    assert invited.signed is None and "confirm=" in outbox()[-1].body
    holder = request("guest@example.com", invite_token=parse_qs(urlsplit(link).query)["token"][0])
    assert holder.signed is not None and holder.signed.org_id == world.org_a
    with session_scope() as session:
        assert sessions.authenticate(session, holder.signed.token).org_id == world.org_a  # opens where invited
        assert {m.email for m in members.list_members(session, world.users["owner"], world.org_a)} >= {
            "guest@example.com"}
    with pytest.raises(InvalidInput):
        request("someone-else@example.com", invite_token="not-a-token")


def test_closed_mode_lets_nobody_in(database_url, outbox, signup_mode):
    signup_mode("closed")
    with pytest.raises(PermissionDenied, match="closed"):
        request("founder@example.com")
    assert accounts() == [] and outbox() == []


def test_the_form_answers_a_taken_address_as_a_free_one(world, outbox, signup_mode):
    signup_mode("open")
    answers = []
    for email in ("owner@example.com", "fresh@example.com"):
        state = rx.State(_reflex_internal_init=True).get_substate(SignupState.get_full_name().split(".")[1:])
        SignupState.event_handlers["submit"].fn(state, {"email": email, "password": PASSWORD, "name": "X"})
        answers.append((state.errors, state.notice, state.handoff, state.dev_link))
    assert answers[0] == answers[1] == ({}, signup.CHECK_EMAIL, "", "")


def test_opening_the_confirmation_link_signs_in(world, outbox, signup_mode):
    from reflex.istate.data import ReflexURL, RouterData

    signup_mode("open")
    request("fresh@example.com")
    token = link_token(outbox()[-1].body, "confirm")
    page = rx.State(_reflex_internal_init=True).get_substate(SignupState.get_full_name().split(".")[1:])
    page.router = RouterData(url=ReflexURL(f"http://localhost:3000/signup?confirm={token}"))
    SignupState.event_handlers["load"].fn(page)
    assert page.errors == {} and handed_token(page)
    again = rx.State(_reflex_internal_init=True).get_substate(SignupState.get_full_name().split(".")[1:])
    again.router = page.router
    SignupState.event_handlers["load"].fn(again)
    assert "invalid" in again.errors["form"] and again.handoff == ""
