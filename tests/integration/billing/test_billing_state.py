"""The billing page's handlers: owners manage, admins see, editors are refused; the owner's
Upgrade sends the browser to Stripe Checkout (the fake's address)."""

from __future__ import annotations

import reflex as rx

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.db import session_scope
from bubblegum.models import Membership, Organization, User
from bubblegum.services import sessions
from bubblegum.state.billing import BillingState
from tests.integration.people import with_session_cookie


def people() -> dict[str, str]:
    """A session token for an owner, an admin and an editor of one organization."""
    tokens = {}
    with session_scope() as session:
        org = Organization(name="Acme", slug="acme", plan="free")
        session.add(org)
        session.flush()
        for role in ("owner", "admin", "editor"):
            user = User(email=f"{role}@example.com", password_hash="x")
            session.add(user)
            session.flush()
            session.add(Membership(user_id=user.id, organization_id=org.id, role=role))
            session.flush()
            tokens[role] = sessions.start(session, user, org_id=org.id)
    return tokens


def run(token: str, handler: str, *args):
    root = rx.State(_reflex_internal_init=True)
    state = root.get_substate(BillingState.get_full_name().split(".")[1:])
    with_session_cookie(state, token)
    answer = BillingState.event_handlers[handler].fn(state, *args)
    return state, answer


def test_roles_on_the_billing_page(stripe_on):
    tokens = people()
    owner, _ = run(tokens["owner"], "load")
    assert (owner.plan_name, owner.can_manage, owner.billing_enabled) == ("Free", True, True)
    assert [o["key"] for o in owner.offers] == ["free", "pro", "business"]
    assert {u["label"]: (u["used"], u["allowed"]) for u in owner.usage}["Sites"] == ("0", "1")
    admin, _ = run(tokens["admin"], "load")
    assert admin.plan_name == "Free" and admin.can_manage is False
    editor, _ = run(tokens["editor"], "load")
    assert editor._error_code == "FORBIDDEN" and editor.plan_name == ""
    refused, _ = run(tokens["admin"], "upgrade", "pro")
    assert refused._error_code == "FORBIDDEN"
    assert not [r for r in stripe_on.requests if r[0] == "POST"]
    _, redirect = run(tokens["owner"], "upgrade", "pro")
    assert "/_test/checkout/cs_test_" in str(redirect)
