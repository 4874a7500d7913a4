"""Self-service sign-up, in the mode the operator chose (BUBBLEGUM_SIGNUP):

- `open`: anyone; the address is confirmed by a mailed link before the account exists;
- `invite` (the default): only addresses with a pending invitation;
- `closed`: nobody (operators create people with `bubblegum users create`).

In `open` and `invite` the very first account of an install is created at once, so a fresh
install can be set up; so is the account of someone holding an invitation link (the link,
mailed to the invited address, already proves it is theirs).

Every other request gets the same answer ("check your email") and the same work, whether the
address is free, taken or not invited: the password is checked and hashed, and exactly one mail
goes to the address (the confirmation link, a notice to the existing account's owner, or a
note that sign-up is by invitation). The answer never reveals whether an address has an account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, func, select

from bubblegum import routes
from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.models import Invitation, SignupRequest, User
from bubblegum.services import auth, mail, members, rate_limit, sessions
from bubblegum.services.credentials import hash_password
from bubblegum.services.errors import Conflict, InvalidInput, PermissionDenied
from bubblegum.services.tokens import is_past, new_token, token_hash

CONFIRM_LIFETIME = timedelta(hours=24)
PER_ADDRESS = rate_limit.Rule("signup-address", "20/hour")
MAILS_PER_EMAIL = rate_limit.Rule("signup-email", "3/hour")
CHECK_EMAIL = ("Check your email: we have sent a message to finish signing up. "
               "The link in it works once, for 24 hours.")
CLOSED = "Sign-up is closed on this server. Ask its operator to create an account for you."
INVALID_CONFIRMATION = "This sign-up link is invalid, already used or expired. Sign up again."


@dataclass(frozen=True)
class SignupOutcome:
    signed: auth.SignedIn | None  # signed in at once, or None: a mail was sent
    notice: str = ""
    link: str | None = None  # the confirmation link, for the local-development screen only


def mode() -> str:
    return get_settings().signup


def sign_up(session: Session, email: str, password: str, *, name: str = "", invite_token: str = "",
            ip: str = "", user_agent: str = "") -> SignupOutcome:
    """Start an account: at once for the first account or an invitation's holder, otherwise
    by a confirmation mail (or refused when sign-up is closed)."""
    rate_limit.ensure_and_hit(PER_ADDRESS, ip or "unknown")
    if mode() == "closed":
        raise PermissionDenied(CLOSED)
    if invite_token:
        return SignupOutcome(signed=_sign_up_invited(session, email, password, name, invite_token, ip, user_agent))
    if session.exec(select(func.count()).select_from(User)).one() == 0:
        return SignupOutcome(signed=auth.sign_up(session, email, password, name=name, ip=ip, user_agent=user_agent))
    email, name = auth.check_new_account(email, password, name)
    password_hash = hash_password(password)  # the same work whichever mail follows
    link = None
    if rate_limit.hit(MAILS_PER_EMAIL, email):  # past the limit: the same answer, no more mail for a while
        link = _mail_one_answer(session, email, name, password_hash)
    return SignupOutcome(signed=None, notice=CHECK_EMAIL, link=link)


def confirm(session: Session, token: str, *, ip: str = "", user_agent: str = "") -> auth.SignedIn:
    """Create the account a confirmation link stands for, and sign in."""
    row = session.exec(select(SignupRequest).where(SignupRequest.token_hash == token_hash(token))).first() \
        if token else None
    if row is None or row.used_at is not None or is_past(row.expires_at) or auth.find_user(session, row.email):
        raise InvalidInput(INVALID_CONFIRMATION, field="token")
    if mode() == "closed":
        raise PermissionDenied(CLOSED)
    row.used_at = utcnow()
    session.add(row)
    user = auth.add_user(session, row.email, row.name, row.password_hash)
    return auth.start_account(session, user, ip=ip, user_agent=user_agent)


def _sign_up_invited(session: Session, email: str, password: str, name: str, token: str, ip: str,
                     user_agent: str) -> auth.SignedIn:
    invited = members.preview_invitation(session, token).email
    if (email or "").strip().lower() != invited:
        raise InvalidInput(f"This invitation is for {invited}. Sign up with that address.", field="email")
    if auth.find_user(session, invited) is not None:
        raise Conflict("This address already has an account. Log in to accept the invitation.", field="email")
    signed = auth.sign_up(session, email, password, name=name, ip=ip, user_agent=user_agent)
    org_id = members.accept(session, signed.user_id, token, ip=ip)
    sessions.switch_org(session, sessions.authenticate(session, signed.token), org_id)  # open where invited
    return auth.SignedIn(token=signed.token, user_id=signed.user_id, org_id=org_id)


def _mail_one_answer(session: Session, email: str, name: str, password_hash: str) -> str | None:
    """The one mail a sign-up request sends; the confirmation link when it is that one."""
    if auth.find_user(session, email) is not None:
        _mail_account_exists(email)
    elif mode() == "invite" and not _has_pending_invitation(session, email):
        _mail_invitation_only(email)
    else:
        return _mail_confirmation(session, email, name, password_hash)
    return None


def _has_pending_invitation(session: Session, email: str) -> bool:
    rows = session.exec(select(Invitation).where(Invitation.email == email, Invitation.accepted_at.is_(None),
                                                 Invitation.revoked_at.is_(None))).all()
    return any(not is_past(row.expires_at) for row in rows)


def _mail_confirmation(session: Session, email: str, name: str, password_hash: str) -> str:
    token = new_token()
    session.add(SignupRequest(email=email, name=name, password_hash=password_hash, token_hash=token_hash(token),
                              expires_at=utcnow() + CONFIRM_LIFETIME))
    session.flush()
    link = mail.app_link(f"{routes.SIGNUP}?confirm={token}")
    mail.send(email, "Confirm your Bubble Gum account",
              f"Someone (we hope you) signed up for Bubble Gum with this address.\n\n"
              f"Finish here (the link works once, for 24 hours):\n{link}\n\n"
              f"If it was not you, ignore this mail: no account is created.\n")
    return link


def _mail_account_exists(email: str) -> None:
    mail.send(email, "Someone tried to sign up with your address",
              f"Someone tried to create a Bubble Gum account with this address, which already has one.\n\n"
              f"If it was you, log in: {mail.app_link('/login')}\n"
              f"Forgot your password? Choose a new one: {mail.app_link('/forgot')}\n\n"
              f"If it was not you, ignore this mail: nothing has changed.\n")


def _mail_invitation_only(email: str) -> None:
    mail.send(email, "Bubble Gum sign-up is by invitation",
              "Someone tried to create a Bubble Gum account with this address, but sign-up on this server is "
              "by invitation only. Ask an admin of your organization to invite you; the invitation mail "
              "has a link to create your account.\n")
