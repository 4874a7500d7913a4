"""Password reset by e-mailed single-use token, and password change. Both end every other
session of the person (a reset ends all of them)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from bubblegum import routes
from bubblegum.db import utcnow
from bubblegum.models import PasswordReset, User
from bubblegum.services import audit, mail, rate_limit, sessions
from bubblegum.services.auth import find_user
from bubblegum.services.credentials import check_password_strength, hash_password, verify_password
from bubblegum.services.errors import InvalidInput
from bubblegum.services.tokens import is_past, new_token, token_hash

RESET_LIFETIME = timedelta(hours=1)
RESET_PER_ACCOUNT = rate_limit.Rule("reset-account", "3/hour")
RESET_PER_ADDRESS = rate_limit.Rule("reset-address", "20/hour")
INVALID_LINK = "This reset link is invalid, already used or expired. Ask for a new one."


def request_reset(session: Session, email: str, *, ip: str = "") -> str | None:
    """Mail a reset link if the address has an active account. The caller shows the same
    message either way; the return value (the link) is for the development opt-in screen only."""
    rate_limit.ensure_and_hit(RESET_PER_ADDRESS, ip or "unknown")
    key = (email or "").strip().lower()
    user = find_user(session, key) if key else None
    if user is None or not user.is_active or not rate_limit.hit(RESET_PER_ACCOUNT, key):
        return None
    token = new_token()
    session.add(PasswordReset(user_id=user.id, token_hash=token_hash(token), expires_at=utcnow() + RESET_LIFETIME))
    link = mail.app_link(f"{routes.RESET}?token={token}")
    mail.send(user.email, "Reset your Bubble Gum password",
              f"Someone asked to reset the password of your Bubble Gum account.\n\n"
              f"Choose a new password here (the link works once, for one hour):\n{link}\n\n"
              f"If it was not you, ignore this mail: your password stays as it is.\n")
    audit.record(session, "auth.password_reset_requested", actor_id=user.id, ip=ip)
    return link


def _usable_reset(session: Session, token: str) -> PasswordReset:
    row = session.exec(select(PasswordReset).where(PasswordReset.token_hash == token_hash(token))).first() \
        if token else None
    if row is None or row.used_at is not None or is_past(row.expires_at):
        raise InvalidInput(INVALID_LINK, field="token")
    return row


def check_reset_token(session: Session, token: str) -> None:
    """InvalidInput unless the token can still be used (for showing the form or not)."""
    _usable_reset(session, token)


def reset_with_token(session: Session, token: str, new_password: str, *, ip: str = "") -> User:
    """Set a new password; the token is spent, every session and other open link ends."""
    row = _usable_reset(session, token)
    user = session.get(User, row.user_id)
    check_password_strength(new_password, user_inputs=[user.email, user.name])
    now = utcnow()
    for other in session.exec(select(PasswordReset).where(PasswordReset.user_id == user.id,
                                                          PasswordReset.used_at.is_(None))).all():
        other.used_at = now
        session.add(other)
    _set_password(session, user, new_password)
    sessions.revoke_all(session, user.id)
    audit.record(session, "auth.password_reset", actor_id=user.id, ip=ip)
    return user


def change_password(session: Session, principal: sessions.Principal, current: str, new_password: str, *,
                    ip: str = "") -> str:
    """Change the password, ending every session; returns a fresh token for this browser."""
    user = session.get(User, principal.user_id)
    if not verify_password(user.password_hash, current):
        raise InvalidInput("Your current password is not correct.", field="current_password")
    if current == new_password:
        raise InvalidInput("Choose a password different from the current one.", field="new_password")
    check_password_strength(new_password, user_inputs=[user.email, user.name], field="new_password")
    _set_password(session, user, new_password)
    sessions.revoke_all(session, user.id)
    audit.record(session, "auth.password_changed", actor_id=user.id, ip=ip)
    return sessions.start(session, user, org_id=principal.org_id, ip=ip)


def _set_password(session: Session, user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    session.add(user)
    session.flush()
