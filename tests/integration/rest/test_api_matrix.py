"""Who may do what through the API: a key acts for the person who created it, held to its
scope. Creator's role (today: keys made by an admin who was later demoted, or removed) ×
key scope × action, each through HTTP; a removed creator's key reaches nothing (404)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Membership, User
from bubblegum.services import api_keys

from .conftest import auth

V1 = "/api/v1"
RANK = {"viewer": 0, "editor": 1, "admin": 2, "owner": 3}
SCOPE = {"read": 0, "write": 1, "publish": 2}
# action: (least role, least scope, request, status when allowed)
ACTIONS = {
    "read site": ("viewer", "read", lambda w: ("GET", f"/sites/{w.site_id}", None), 200),
    "list pages": ("viewer", "read", lambda w: ("GET", f"/sites/{w.site_id}/pages", None), 200),
    "edit page": ("editor", "write", lambda w: ("PATCH", f"/sites/{w.site_id}/pages/{w.home_id}",
                                                {"title": "Start"}), 200),
    "publish": ("editor", "publish", lambda w: ("POST", f"/sites/{w.site_id}/deployments", None), 202),
    "create site": ("admin", "write", lambda w: ("POST", "/sites", {"name": "New"}), 201),
    "configure site": ("admin", "write", lambda w: ("PATCH", f"/sites/{w.site_id}", {"description": "x"}), 200),
    "manage webhooks": ("admin", "write", lambda w: ("GET", "/webhooks", None), 200),
}


def _key_of(role: str, scope: str, org_id: int) -> str:
    """A key made while its creator was an admin; the creator then has `role` (or is removed)."""
    email = {"owner": "owner@example.com", "removed": "viewer@example.com"}.get(role, f"{role}@example.com")
    with session_scope() as db:
        user_id = db.exec(select(User.id).where(User.email == email)).one()
        member = db.exec(select(Membership).where(Membership.user_id == user_id,
                                                  Membership.organization_id == org_id)).first()
        if member is None:  # removed after an earlier key: back in for this one
            member = Membership(user_id=user_id, organization_id=org_id, role="viewer")
            db.add(member)
        final, member.role = member.role, "admin"
        db.flush()
        secret = api_keys.create(db, user_id, org_id, f"{role}-{scope}", scope)[1]
        if role == "removed":
            db.delete(member)
        else:
            member.role = final
    return secret


@pytest.mark.parametrize("role", ["owner", "editor", "viewer", "removed"])
def test_role_scope_action_matrix(world, client, role) -> None:
    outcomes = {}
    for scope in SCOPE:
        key = _key_of(role, scope, world.org_id)
        for action, (least_role, least_scope, request, ok) in ACTIONS.items():
            method, path, body = request(world)
            got = client.request(method, V1 + path, json=body, headers=auth(key)).status_code
            if role == "removed":
                expected = 404
            elif RANK[role] >= RANK[least_role] and SCOPE[scope] >= SCOPE[least_scope]:
                expected = ok
            else:
                expected = 403
            outcomes[(scope, action)] = (got, expected)
    wrong = {cell: pair for cell, pair in outcomes.items() if pair[0] != pair[1]}
    assert not wrong, wrong
