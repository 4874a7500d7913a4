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


def with_session_cookie(state, token: str):
    """``state`` with the headers a signed-in tab's websocket handshake carries once
    `SessionHandshake` swapped the cookie for its digest (set on the whole state tree, as
    Reflex gives every state the connection's headers)."""
    from reflex.istate.data import HeaderData

    from bubblegum.api.session_handshake import DIGEST_HEADER
    from bubblegum.services.tokens import token_hash

    headers = HeaderData(raw_headers={DIGEST_HEADER.decode(): token_hash(token)})
    root = state
    while root.parent_state is not None:
        root = root.parent_state
    pending = [root]
    while pending:
        current = pending.pop()
        current.rx_router_headers = headers
        pending.extend(current.substates.values())
    return state


def handed_token(state) -> str:
    """The session token the handler handed to /api/session/claim ("" if none)."""
    from urllib.parse import parse_qs, urlsplit

    from bubblegum.services.session_cookie import open_ticket

    url = urlsplit(state.handoff)
    if url.path != "/api/session/claim":
        return ""
    return open_ticket(parse_qs(url.query)["ticket"][0])
