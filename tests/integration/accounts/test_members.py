"""Invitations, roles, removal, leaving, and the last-owner rule."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import AuditLog, Invitation, Membership
from bubblegum.services import auth, members
from bubblegum.services.errors import Conflict, InvalidInput, PermissionDenied

from .conftest import PASSWORD


def invite(world, email="newcomer@example.com", role="viewer", actor="admin"):
    with session_scope() as session:
        link = members.invite(session, world.users[actor], world.org_a, email, role)
    return parse_qs(urlsplit(link).query)["token"][0]


def roles(world):
    with session_scope() as session:
        return {m.email.split("@")[0]: m.role for m in members.list_members(session, world.users["viewer"], world.org_a)}


def test_invite_accept_once(world):
    token = invite(world)
    with session_scope() as session:
        assert members.preview_invitation(session, token).role == "viewer"
        newcomer = auth.sign_up(session, "newcomer@example.com", PASSWORD)
        assert members.accept(session, newcomer.user_id, token) == world.org_a
    assert roles(world)["newcomer"] == "viewer"
    with pytest.raises(InvalidInput), session_scope() as session:
        members.accept(session, newcomer.user_id, token)
    with session_scope() as session:
        actions = [row.action for row in session.exec(select(AuditLog).where(AuditLog.organization_id == world.org_a))]
        assert "member.invited" in actions and "member.joined" in actions


def test_invitation_is_for_its_address_only(world):
    token = invite(world)
    with pytest.raises(PermissionDenied), session_scope() as session:
        members.accept(session, world.users["outsider"], token)
    with session_scope() as session:
        assert session.exec(select(Invitation)).one().accepted_at is None


def test_expired_or_revoked_invitation_is_refused(world):
    token = invite(world)
    with session_scope() as session:
        session.exec(select(Invitation)).one().expires_at = utcnow() - timedelta(seconds=1)
        newcomer = auth.sign_up(session, "newcomer@example.com", PASSWORD)
    with pytest.raises(InvalidInput), session_scope() as session:
        members.accept(session, newcomer.user_id, token)
    token = invite(world)
    with session_scope() as session:
        invitation = members.list_invitations(session, world.users["admin"], world.org_a)[0]
        members.revoke_invitation(session, world.users["admin"], world.org_a, invitation.id)
    with pytest.raises(InvalidInput), session_scope() as session:
        members.accept(session, newcomer.user_id, token)


def test_only_owners_invite_or_promote_owners(world):
    with pytest.raises(PermissionDenied):
        invite(world, role="owner", actor="admin")
    invite(world, role="owner", actor="owner")
    with pytest.raises(PermissionDenied), session_scope() as session:
        members.change_role(session, world.users["admin"], world.org_a, world.users["owner"], "viewer")
    with pytest.raises(PermissionDenied), session_scope() as session:
        members.remove(session, world.users["admin"], world.org_a, world.users["owner"])


def test_bad_role_and_existing_member_are_refused(world):
    with pytest.raises(InvalidInput):
        invite(world, role="superuser")
    with pytest.raises(Conflict):
        invite(world, email="editor@example.com")


def test_last_owner_rule(world):
    owner, org = world.users["owner"], world.org_a
    for attempt in (lambda s: members.change_role(s, owner, org, owner, "admin"),
                    lambda s: members.leave(s, owner, org)):
        with pytest.raises(Conflict), session_scope() as session:
            attempt(session)
    assert roles(world)["owner"] == "owner"
    with session_scope() as session:
        members.change_role(session, owner, org, world.users["admin"], "owner")
    with session_scope() as session:
        members.leave(session, owner, org)  # another owner now exists
    assert "owner" not in roles(world) and roles(world)["admin"] == "owner"
    with pytest.raises(Conflict), session_scope() as session:
        members.change_role(session, world.users["admin"], org, world.users["admin"], "editor")


def test_change_role_remove_and_leave_are_audited(world):
    admin, org = world.users["admin"], world.org_a
    with session_scope() as session:
        members.change_role(session, admin, org, world.users["viewer"], "editor")
        members.remove(session, admin, org, world.users["editor"])
        members.leave(session, world.users["viewer"], org)
    with session_scope() as session:
        rows = session.exec(select(AuditLog).where(AuditLog.organization_id == org)).all()
        changed = next(row for row in rows if row.action == "member.role_changed")
        assert changed.details == {"old": "viewer", "new": "editor"}
        assert {"member.removed", "member.left"} <= {row.action for row in rows}
        assert session.exec(select(Membership).where(Membership.organization_id == org)).all().__len__() == 2
