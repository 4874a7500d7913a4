"""Reset and invitation links are never shown to the person who asked, in development or in
production, unless the loopback-only opt-in BUBBLEGUM_DEV_SHOW_LINKS is on."""

from __future__ import annotations

import pytest
import reflex as rx

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import User
from bubblegum.services import sessions
from bubblegum.state.auth_forms import ForgotState
from bubblegum.state.members import MembersState

from ..people import with_session_cookie


def state_of(cls):
    return rx.State(_reflex_internal_init=True).get_substate(cls.get_full_name().split(".")[1:])


def screens(world) -> tuple[str, str]:
    forgot = state_of(ForgotState)
    ForgotState.event_handlers["submit"].fn(forgot, {"email": "owner@example.com"})
    team = state_of(MembersState)
    with session_scope() as session:
        with_session_cookie(team, sessions.start(session, session.get(User, world.users["owner"]), org_id=world.org_a))
    MembersState.event_handlers["invite"].fn(team, {"email": "newcomer@example.com"})
    assert team.errors == {} and forgot.notice
    return forgot.dev_link, team.dev_link


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_no_link_on_screen_by_default(world, outbox, monkeypatch, env):
    monkeypatch.setenv("BUBBLEGUM_ENV", env)
    get_settings.cache_clear()
    assert screens(world) == ("", "")
    assert [mail.subject for mail in outbox()] == [
        "Reset your Bubble Gum password", "You are invited to Acme on Bubble Gum"]
    get_settings.cache_clear()


def test_links_on_screen_with_the_development_opt_in(world, outbox, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DEV_SHOW_LINKS", "1")
    get_settings.cache_clear()
    reset_link, invite_link = screens(world)
    assert "/reset?token=" in reset_link and "/invite?token=" in invite_link
    get_settings.cache_clear()
