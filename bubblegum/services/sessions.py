"""Log-in sessions. The browser holds a random token; the database holds its SHA-256
(AuthSession.token_hash), an absolute expiry, an idle timeout, and the organization the
person is working in. Changing the password, "log out everywhere" and deactivating the
account end sessions; `authenticate` checks all of it on every request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bubblegum.db import utcnow
from bubblegum.models import AuthSession, Membership, Organization, User
from bubblegum.services.errors import NotAuthenticated, NotFound
from bubblegum.services.tokens import as_aware, is_past, new_token, token_hash

SESSION_LIFETIME = timedelta(days=14)
IDLE_TIMEOUT = timedelta(days=3)
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from the session token on every request, never from the client."""

    user_id: int
    session_id: int
    org_id: int | None
    email: str
    name: str


@dataclass(frozen=True)
class SessionInfo:
    id: int
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    user_agent: str
    ip_address: str
    current: bool


def start(session: Session, user: User, *, org_id: int | None = None, user_agent: str = "",
          ip: str = "") -> str:
    """Open a session for `user`; returns the token for the browser (shown once, never stored)."""
    token = new_token()
    now = utcnow()
    session.add(AuthSession(
        user_id=user.id, token_hash=token_hash(token), organization_id=org_id or default_org_id(session, user.id),
        user_agent=(user_agent or "")[:300], ip_address=(ip or "")[:64], created_at=now, last_seen_at=now,
        expires_at=now + SESSION_LIFETIME,
    ))
    session.flush()
    return token


class TokenDigest(str):
    """A session token's SHA-256, as the event websocket's handshake carries it
    (`api/session_handshake.py`). Only that middleware makes one from a real cookie; a plain
    string is always treated as a token and hashed."""


def _digest(token: str) -> str:
    return token if isinstance(token, TokenDigest) else token_hash(token)


def _live(session: Session, token: str) -> tuple[AuthSession, User]:
    row = session.exec(select(AuthSession).where(AuthSession.token_hash == _digest(token))).first() \
        if token else None
    if row is None or row.revoked_at is not None or is_past(row.expires_at) \
            or is_past(as_aware(row.last_seen_at) + IDLE_TIMEOUT):
        raise NotAuthenticated("Your session has ended. Please log in again.")
    user = session.get(User, row.user_id)
    if user is None or not user.is_active or as_aware(user.password_changed_at) > as_aware(row.created_at):
        raise NotAuthenticated("Your session has ended. Please log in again.")
    return row, user


def authenticate(session: Session, token: str) -> Principal:
    """The person behind a session token (or its `TokenDigest`), or NotAuthenticated."""
    row, user = _live(session, token)
    now, changed = utcnow(), False
    if not _is_active_member(session, user.id, row.organization_id):
        row.organization_id, changed = default_org_id(session, user.id), True
    if now - as_aware(row.last_seen_at) > TOUCH_EVERY:
        row.last_seen_at, changed = now, True
    if changed:
        session.add(row)
        session.flush()
    return Principal(user_id=user.id, session_id=row.id, org_id=row.organization_id, email=user.email,
                     name=user.name)


def _is_active_member(session: Session, user_id: int, org_id: int | None) -> bool:
    if not org_id:
        return False
    row = session.exec(
        select(Membership.id).join(Organization, Organization.id == Membership.organization_id)
        .where(Membership.user_id == user_id, Membership.organization_id == org_id,
               Organization.deleted_at.is_(None))
    ).first()
    return row is not None


def default_org_id(session: Session, user_id: int) -> int | None:
    """The organization a session falls back to: the oldest live membership."""
    return session.exec(
        select(Membership.organization_id).join(Organization, Organization.id == Membership.organization_id)
        .where(Membership.user_id == user_id, Organization.deleted_at.is_(None))
        .order_by(Membership.created_at, Membership.id)
    ).first()


def switch_org(session: Session, principal: Principal, org_id: int) -> None:
    """Work in another organization; only one the person is a live member of."""
    if not _is_active_member(session, principal.user_id, org_id):
        raise NotFound("That organization was not found.")
    row = session.get(AuthSession, principal.session_id)
    row.organization_id = org_id
    session.add(row)


def end(session: Session, token: str) -> None:
    """Log out this browser (idempotent: an unknown or ended token is fine)."""
    row = session.exec(select(AuthSession).where(AuthSession.token_hash == _digest(token))).first() \
        if token else None
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)


def revoke(session: Session, user_id: int, session_id: int) -> None:
    """End one of the person's own sessions (another id is NotFound)."""
    row = session.get(AuthSession, session_id) if isinstance(session_id, int) else None
    if row is None or row.user_id != user_id:
        raise NotFound("That session was not found.")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)


def revoke_all(session: Session, user_id: int, *, except_session_id: int | None = None) -> int:
    """Log out everywhere (but `except_session_id`); returns how many sessions ended."""
    rows = session.exec(select(AuthSession).where(AuthSession.user_id == user_id,
                                                  AuthSession.revoked_at.is_(None))).all()
    now, count = utcnow(), 0
    for row in rows:
        if row.id != except_session_id:
            row.revoked_at = now
            session.add(row)
            count += 1
    session.flush()
    return count


def list_active(session: Session, principal: Principal) -> list[SessionInfo]:
    rows = session.exec(select(AuthSession).where(AuthSession.user_id == principal.user_id,
                                                  AuthSession.revoked_at.is_(None))
                        .order_by(AuthSession.last_seen_at.desc())).all()
    return [
        SessionInfo(id=row.id, created_at=as_aware(row.created_at), last_seen_at=as_aware(row.last_seen_at),
                    expires_at=as_aware(row.expires_at), user_agent=row.user_agent, ip_address=row.ip_address,
                    current=row.id == principal.session_id)
        for row in rows
        if not is_past(row.expires_at) and not is_past(as_aware(row.last_seen_at) + IDLE_TIMEOUT)
    ]
