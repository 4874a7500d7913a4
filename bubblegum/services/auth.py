"""Sign-up, log-in and log-out.

Log-in is throttled per client address and per account *and* address (services.rate_limit);
only failures count. Someone guessing from one address therefore never locks the person out
elsewhere: the right password from another address still works. Guessing from many addresses
is bounded by each address's own limit and by the password rules (zxcvbn score 3 or more).
The answer to a wrong e-mail, a wrong password or an inactive account is the same sentence; a
throttled attempt says when to try again, which reveals nothing either, since the counters
run for any e-mail typed, with or without an account.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from bubblegum.models import User
from bubblegum.services import audit, orgs, rate_limit, sessions
from bubblegum.services.credentials import (
    check_password_strength, hash_password, needs_rehash, normalize_email, verify_password,
)
from bubblegum.services.errors import Conflict, InvalidInput, NotAuthenticated, RateLimited

LOGIN_PER_ACCOUNT_AND_ADDRESS = rate_limit.Rule("login-account-address", "5/15 minutes")
LOGIN_PER_ADDRESS = rate_limit.Rule("login-address", "30/15 minutes")
LOGIN_FAILED = "That email and password do not match an account, or the account is locked for a few minutes."
MAX_NAME = 120


@dataclass(frozen=True)
class SignedIn:
    token: str
    user_id: int
    org_id: int | None


def find_user(session: Session, email: str) -> User | None:
    return session.exec(select(User).where(User.email == email.strip().lower())).first()


def check_new_account(email: str, password: str, name: str = "") -> tuple[str, str]:
    """The normalised address and name of a would-be account, or InvalidInput (says nothing
    about whether the address has an account)."""
    email = normalize_email(email)
    name = " ".join((name or "").split())
    if len(name) > MAX_NAME:
        raise InvalidInput(f"Use at most {MAX_NAME} characters.", field="name")
    check_password_strength(password, user_inputs=[email, name])
    return email, name


def add_user(session: Session, email: str, name: str, password_hash: str) -> User:
    """Add a checked person (no organization, no session)."""
    if find_user(session, email) is not None:
        raise Conflict("An account with this email already exists. Log in or reset your password instead.",
                       field="email")
    user = User(email=email, name=name, password_hash=password_hash)
    session.add(user)
    session.flush()
    return user


def create_user(session: Session, email: str, password: str, *, name: str = "") -> User:
    """Validate and add a person (no organization, no session): the building block of
    `bubblegum users create` and of sign-up."""
    email, name = check_new_account(email, password, name)
    return add_user(session, email, name, hash_password(password))


def start_account(session: Session, user: User, *, ip: str = "", user_agent: str = "") -> SignedIn:
    """A new person's personal organization and first session."""
    org = orgs.create(session, user.id, orgs.personal_name(user), ip=ip)
    audit.record(session, "auth.signup", org_id=org.id, actor_id=user.id, target_type="user", target_id=user.id,
                 ip=ip)
    token = sessions.start(session, user, org_id=org.id, user_agent=user_agent, ip=ip)
    return SignedIn(token=token, user_id=user.id, org_id=org.id)


def sign_up(session: Session, email: str, password: str, *, name: str = "", ip: str = "",
            user_agent: str = "") -> SignedIn:
    """A new account with its personal organization, logged in at once. Only for a sign-up
    that needs no confirmation mail (services.signup decides which do)."""
    return start_account(session, create_user(session, email, password, name=name), ip=ip, user_agent=user_agent)


def log_in(session: Session, email: str, password: str, *, ip: str = "", user_agent: str = "") -> SignedIn:
    """Open a session, or NotAuthenticated / RateLimited with a message that reveals nothing."""
    key = (email or "").strip().lower()
    address = ip or "unknown"
    limits = ((LOGIN_PER_ACCOUNT_AND_ADDRESS, f"{key}\n{address}"), (LOGIN_PER_ADDRESS, address))
    if waits := [rate_limit.retry_after(rule, value) for rule, value in limits if not rate_limit.allowed(rule, value)]:
        verify_password(None, password)  # same cost as a real attempt
        raise RateLimited(locked_message(max(waits)), field="password", retry_after=max(waits))
    user = find_user(session, key) if key else None
    if not verify_password(user.password_hash if user else None, password) or not user.is_active:
        for rule, value in limits:
            rate_limit.hit(rule, value)
        audit.record(session, "auth.login_failed", actor_id=user.id if user else None, ip=ip,
                     email=key[:320] if user is None else user.email)
        session.commit()  # the failure is recorded although the caller's scope rolls back on the error
        raise NotAuthenticated(LOGIN_FAILED, field="password")
    rate_limit.clear(*limits[0])
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.add(user)
    token = sessions.start(session, user, user_agent=user_agent, ip=ip)
    audit.record(session, "auth.login", actor_id=user.id, target_type="user", target_id=user.id, ip=ip)
    principal = sessions.authenticate(session, token)
    return SignedIn(token=token, user_id=user.id, org_id=principal.org_id)


def locked_message(seconds: int) -> str:
    minutes = max(1, -(-seconds // 60))
    return (f"Too many failed log-ins from your network for this email. Try again in about {minutes} "
            f"minute{'s' if minutes != 1 else ''}, or reset your password.")


def log_out(session: Session, token: str, *, ip: str = "") -> None:
    try:
        principal = sessions.authenticate(session, token)
    except NotAuthenticated:
        return
    sessions.end(session, token)
    audit.record(session, "auth.logout", actor_id=principal.user_id, ip=ip)


def log_out_everywhere(session: Session, principal: sessions.Principal, *, ip: str = "") -> int:
    count = sessions.revoke_all(session, principal.user_id)
    audit.record(session, "auth.logout_everywhere", actor_id=principal.user_id, ip=ip, sessions=count)
    return count

