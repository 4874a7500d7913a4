"""Someone removed from an organization (or leaving it) loses every open invitation they sent."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import Invitation
from bubblegum.services import members
from bubblegum.services.errors import InvalidInput


def invite(world, email, actor="admin"):
    with session_scope() as session:
        link = members.invite(session, world.users[actor], world.org_a, email, "viewer")
    return parse_qs(urlsplit(link).query)["token"][0]


@pytest.mark.parametrize("how", ["removed", "left"])
def test_invitations_of_a_departed_member_stop_working(world, outbox, how):
    theirs = [invite(world, "one@example.com"), invite(world, "two@example.com")]
    owners = invite(world, "three@example.com", actor="owner")
    with session_scope() as session:
        if how == "removed":
            members.remove(session, world.users["owner"], world.org_a, world.users["admin"])
        else:
            members.leave(session, world.users["admin"], world.org_a)
    for token in theirs:
        with pytest.raises(InvalidInput), session_scope() as session:
            members.preview_invitation(session, token)
    with session_scope() as session:
        assert members.preview_invitation(session, owners).email == "three@example.com"
        open_ones = session.exec(select(Invitation.email).where(Invitation.revoked_at.is_(None))).all()
    assert open_ones == ["three@example.com"]
