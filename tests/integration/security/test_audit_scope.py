"""An organization's audit log shows that organization's events only."""

from __future__ import annotations

from bubblegum.db import session_scope
from bubblegum.services import audit, auth, members, orgs

from tests.integration.accounts.conftest import PASSWORD


def test_the_log_holds_the_organizations_own_events_only(world):
    with session_scope() as session:
        auth.log_in(session, "other-org@example.com", PASSWORD, ip="198.51.100.7")  # before joining A
        orgs.rename(session, world.users["other_org"], world.org_b, "Bravo Renamed", ip="198.51.100.7")
        members.add_member(session, world.org_a, world.users["other_org"], "editor")
        auth.log_in(session, "other-org@example.com", PASSWORD, ip="198.51.100.8")  # a personal event
        orgs.rename(session, world.users["other_org"], world.org_b, "Bravo Again", ip="198.51.100.8")
        orgs.rename(session, world.users["owner"], world.org_a, "Acme Renamed", ip="203.0.113.1")
    with session_scope() as session:
        entries = audit.list_entries(session, world.users["admin"], world.org_a)
    assert [entry.action for entry in entries] == ["org.renamed", "member.added", "project.created"]
    assert not any(entry.ip_address.startswith("198.51.100") for entry in entries)
