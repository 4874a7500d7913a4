"""Reset, invitation, sign-up and log-in flows leave no bearer token in the logs, and the
redaction net catches one that a message or a traceback would carry."""

from __future__ import annotations

import logging
import re
import secrets
from urllib.parse import parse_qs, urlsplit

import reflex as rx

import bubblegum.bubblegum  # noqa: F401  (the app installs the redaction at import)
from bubblegum import log_redaction
from bubblegum.db import session_scope
from bubblegum.services import auth, members, passwords, sessions
from bubblegum.state.auth_forms import ForgotState, LoginState

from tests.integration.accounts.conftest import PASSWORD
from tests.integration.people import handed_token


def tokens_in(text: str) -> set[str]:
    return set(re.findall(r"token=([A-Za-z0-9_-]+)", text))


def state_of(cls):
    return rx.State(_reflex_internal_init=True).get_substate(cls.get_full_name().split(".")[1:])


def test_account_flows_log_no_token(world, outbox, caplog):
    caplog.set_level(logging.DEBUG)
    issued: set[str] = set()
    forgot = state_of(ForgotState)
    ForgotState.event_handlers["submit"].fn(forgot, {"email": "owner@example.com"})
    with session_scope() as session:
        link = members.invite(session, world.users["admin"], world.org_a, "newcomer@example.com", "viewer")
        issued.add(parse_qs(urlsplit(link).query)["token"][0])
        issued.add(auth.log_in(session, "viewer@example.com", PASSWORD, ip="10.0.0.1").token)
    login = state_of(LoginState)
    LoginState.event_handlers["submit"].fn(login, {"email": "editor@example.com", "password": PASSWORD})
    issued.add(handed_token(login))
    for message in outbox():
        issued |= tokens_in(message.body)
    reset_token = next(iter(tokens_in(outbox()[0].body)))
    with session_scope() as session:
        passwords.reset_with_token(session, reset_token, "quartz meadow violin 42")
        auth.log_out(session, handed_token(login))
    assert len(issued) == 4 and all(issued)
    logging.getLogger("bubblegum.test").warning("opened %s", link)  # a slip the net catches
    assert not [token for token in issued if token in caplog.text]


def test_the_net_redacts_messages_and_tracebacks(caplog):
    log_redaction.install()
    caplog.set_level(logging.INFO)
    token = secrets.token_urlsafe(32)
    log = logging.getLogger("bubblegum.test")
    log.info("session %s for Bearer %s", sessions.token_hash(token)[:8], token)
    log.info("opened /invite?token=%s", "short-one")  # only the whole message shows it
    try:
        raise ValueError(f"could not open http://localhost:3000/reset?token={token}")
    except ValueError:
        log.exception("reset failed")
    assert token not in caplog.text and "short-one" not in caplog.text and "[redacted]" in caplog.text
    assert "reset failed" in caplog.text and "ValueError" in caplog.text


def test_access_log_lines_keep_their_shape(caplog):
    """uvicorn's access formatter unpacks `record.args`: redaction keeps them a 5-tuple."""
    from uvicorn.logging import AccessFormatter

    log_redaction.install()
    caplog.set_level(logging.INFO, logger="uvicorn.access")
    token = secrets.token_urlsafe(32)
    logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "10.0.0.9:5000", "GET",
                                             f"/reset?token={token}", "1.1", 200)
    line = AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s').format(caplog.records[-1])
    assert line.startswith('10.0.0.9:5000 - "GET /reset?token=[redacted] HTTP/1.1" 200') and token not in line
