"""Log-in throttling and the audit log key on the client address behind a trusted proxy,
and on the direct peer otherwise, whatever X-Forwarded-For says."""

from __future__ import annotations

import pytest
import reflex as rx
from reflex.istate.data import HeaderData, RouterData, SessionData
from sqlmodel import select

import bubblegum.bubblegum  # noqa: F401
from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import AuditLog
from bubblegum.state.auth_forms import LoginState


def login_state(peer: str, forwarded: str) -> LoginState:
    state = rx.State(_reflex_internal_init=True).get_substate(LoginState.get_full_name().split(".")[1:])
    headers = {"asgi-scope-client": peer, "x-forwarded-for": forwarded}
    state.router = RouterData(session=SessionData(client_ip=peer),
                              headers=HeaderData.from_router_data({"headers": headers}))
    return state


def failed_login_address(state: LoginState) -> str:
    LoginState.event_handlers["submit"].fn(state, {"email": "owner@example.com", "password": "wrong one"})
    with session_scope() as session:
        return session.exec(select(AuditLog.ip_address).where(AuditLog.action == "auth.login_failed")
                            .order_by(AuditLog.id.desc())).first()


@pytest.mark.parametrize("trusted, expected", [("", "10.0.0.2"), ("10.0.0.0/8", "198.51.100.7")])
def test_log_in_keys_on_the_client_behind_a_trusted_proxy(world, monkeypatch, trusted, expected):
    from bubblegum.services import rate_limit

    monkeypatch.setenv("BUBBLEGUM_TRUSTED_PROXIES", trusted)
    get_settings.cache_clear()
    rate_limit.reset_all()
    try:
        assert failed_login_address(login_state("10.0.0.2", "1.2.3.4, 198.51.100.7")) == expected
    finally:
        rate_limit.reset_all()
        get_settings.cache_clear()
