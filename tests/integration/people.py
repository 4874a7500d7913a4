"""Test people: organization "a" with an owner, an editor and a viewer, and an outsider
who owns organization "b" (the shape role tests need)."""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.models import Membership, Organization, User

ROLES = ("owner", "editor", "viewer")


def org_with_people(session: Session) -> tuple[Organization, dict[str, User]]:
    org, other = Organization(name="A", slug="a"), Organization(name="B", slug="b")
    people = {role: User(email=f"{role}@example.com", password_hash="x") for role in (*ROLES, "outsider")}
    session.add_all([org, other, *people.values()])
    session.flush()
    for role in ROLES:
        session.add(Membership(user_id=people[role].id, organization_id=org.id, role=role))
    session.add(Membership(user_id=people["outsider"].id, organization_id=other.id, role="owner"))
    session.flush()
    return org, people
