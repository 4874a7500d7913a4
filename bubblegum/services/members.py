"""Members of an organization: invite by e-mail with a role (single-use link that expires),
accept, change a role, remove, leave. An organization always keeps at least one owner, and
only an owner grants or takes away the owner role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, func, select

from bubblegum import routes
from bubblegum.db import utcnow
from bubblegum.models import Invitation, Membership, Organization, Role, User
from bubblegum.services import audit, limits, mail, rate_limit
from bubblegum.services.credentials import normalize_email
from bubblegum.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from bubblegum.services.plans import Limit
from bubblegum.services.policy import Action, require
from bubblegum.services.tokens import as_aware, is_past, new_token, token_hash

INVITATION_LIFETIME = timedelta(days=7)
INVITES_PER_ORG = rate_limit.Rule("invite-org", "50/day")
INVALID_INVITATION = "This invitation link is invalid, already used or expired. Ask for a new one."
LAST_OWNER = "An organization needs at least one owner. Make someone else an owner first."


@dataclass(frozen=True)
class MemberInfo:
    user_id: int
    email: str
    name: str
    role: str
    joined_at: datetime


@dataclass(frozen=True)
class InvitationInfo:
    id: int
    email: str
    role: str
    expires_at: datetime


@dataclass(frozen=True)
class InvitationPreview:
    org_name: str
    email: str
    role: str


def parse_role(role: str, field: str = "role") -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput("Choose owner, admin, editor or viewer.", field=field) from None


def _require_role_grant(session: Session, actor_id: int, org_id: int, role: Role, action: Action) -> None:
    require(session, actor_id, org_id, action)
    if role == Role.owner:
        require(session, actor_id, org_id, Action.OWNERSHIP_MANAGE)


def list_members(session: Session, user_id: int, org_id: int) -> list[MemberInfo]:
    require(session, user_id, org_id, Action.MEMBER_READ)
    rows = session.exec(select(Membership, User).join(User, User.id == Membership.user_id)
                        .where(Membership.organization_id == org_id).order_by(Membership.created_at, User.email)).all()
    return [MemberInfo(user_id=user.id, email=user.email, name=user.name, role=member.role,
                       joined_at=as_aware(member.created_at)) for member, user in rows]


def list_invitations(session: Session, user_id: int, org_id: int) -> list[InvitationInfo]:
    require(session, user_id, org_id, Action.MEMBER_INVITE)
    rows = session.exec(select(Invitation).where(Invitation.organization_id == org_id,
                                                 Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None))
                        .order_by(Invitation.created_at.desc())).all()
    return [InvitationInfo(id=row.id, email=row.email, role=row.role, expires_at=as_aware(row.expires_at))
            for row in rows if not is_past(row.expires_at)]


def invite(session: Session, actor_id: int, org_id: int, email: str, role: str, *, ip: str = "") -> str:
    """Invite `email` with `role`; mails the link and returns it (a screen shows it only with the
    loopback-only development opt-in, BUBBLEGUM_DEV_SHOW_LINKS)."""
    email, role = normalize_email(email), parse_role(role)
    _require_role_grant(session, actor_id, org_id, role, Action.MEMBER_INVITE)
    existing = session.exec(select(Membership).join(User, User.id == Membership.user_id)
                            .where(Membership.organization_id == org_id, User.email == email)).first()
    if existing is not None:
        raise Conflict("This person is already a member.", field="email")
    open_invitation = session.exec(select(Invitation.id).where(
        Invitation.organization_id == org_id, Invitation.email == email, Invitation.accepted_at.is_(None),
        Invitation.revoked_at.is_(None), Invitation.expires_at > utcnow())).first()
    if open_invitation is None:  # inviting again replaces the open invitation: no new seat
        limits.check(session, org_id, Limit.MEMBERS)
    rate_limit.ensure_and_hit(INVITES_PER_ORG, str(org_id))
    for old in session.exec(select(Invitation).where(Invitation.organization_id == org_id, Invitation.email == email,
                                                     Invitation.accepted_at.is_(None))).all():
        old.revoked_at = old.revoked_at or utcnow()  # one open invitation per address
        session.add(old)
    token = new_token()
    row = Invitation(organization_id=org_id, email=email, role=role.value, token_hash=token_hash(token),
                     invited_by_id=actor_id, expires_at=utcnow() + INVITATION_LIFETIME)
    session.add(row)
    session.flush()
    org, inviter = session.get(Organization, org_id), session.get(User, actor_id)
    link = mail.app_link(f"{routes.INVITE}?token={token}")
    mail.send(email, f"You are invited to {org.name} on Bubble Gum",
              f"{inviter.name or inviter.email} invited you to join {org.name} on Bubble Gum as {role.value}.\n\n"
              f"Accept here (the link works once, for 7 days):\n{link}\n")
    audit.record(session, "member.invited", org_id=org_id, actor_id=actor_id, target_type="invitation",
                 target_id=row.id, ip=ip, email=email, role=role.value)
    return link


def revoke_invitation(session: Session, actor_id: int, org_id: int, invitation_id: int, *, ip: str = "") -> None:
    require(session, actor_id, org_id, Action.MEMBER_INVITE)
    row = session.get(Invitation, invitation_id) if isinstance(invitation_id, int) else None
    if row is None or row.organization_id != org_id or row.accepted_at is not None:
        raise NotFound("That invitation was not found.")
    row.revoked_at = row.revoked_at or utcnow()
    session.add(row)
    audit.record(session, "member.invitation_revoked", org_id=org_id, actor_id=actor_id, target_type="invitation",
                 target_id=row.id, ip=ip, email=row.email)


def _open_invitation(session: Session, token: str) -> Invitation:
    row = session.exec(select(Invitation).where(Invitation.token_hash == token_hash(token))).first() \
        if token else None
    org = session.get(Organization, row.organization_id) if row else None
    if row is None or row.accepted_at or row.revoked_at or is_past(row.expires_at) or org is None or org.deleted_at:
        raise InvalidInput(INVALID_INVITATION, field="token")
    return row


def preview_invitation(session: Session, token: str) -> InvitationPreview:
    row = _open_invitation(session, token)
    return InvitationPreview(org_name=session.get(Organization, row.organization_id).name, email=row.email,
                             role=row.role)


def accept(session: Session, user_id: int, token: str, *, ip: str = "") -> int:
    """Join the organization of the invitation; returns its id. The invitation is for one
    e-mail address and works once."""
    row = _open_invitation(session, token)
    user = session.get(User, user_id)
    if user is None or user.email != row.email:
        raise PermissionDenied(f"This invitation is for {row.email}. Log in with that address to accept it.")
    row.accepted_at = utcnow()
    session.add(row)
    member = session.exec(select(Membership).where(Membership.user_id == user_id,
                                                   Membership.organization_id == row.organization_id)).first()
    if member is None:
        session.add(Membership(user_id=user_id, organization_id=row.organization_id, role=row.role))
    audit.record(session, "member.joined", org_id=row.organization_id, actor_id=user_id, target_type="user",
                 target_id=user_id, ip=ip, role=row.role, invitation_id=row.id)
    session.flush()
    return row.organization_id


def _membership(session: Session, org_id: int, user_id: int) -> Membership:
    member = session.exec(select(Membership).where(Membership.organization_id == org_id,
                                                   Membership.user_id == user_id)).first() \
        if isinstance(user_id, int) else None
    if member is None:
        raise NotFound("That member was not found.")
    return member


def _owner_count(session: Session, org_id: int) -> int:
    return session.exec(select(func.count()).select_from(Membership).where(
        Membership.organization_id == org_id, Membership.role == Role.owner.value)).one()


def change_role(session: Session, actor_id: int, org_id: int, user_id: int, role: str, *, ip: str = "") -> None:
    role = parse_role(role)
    require(session, actor_id, org_id, Action.MEMBER_CHANGE_ROLE)
    member = _membership(session, org_id, user_id)
    if member.role == role.value:
        return
    if Role.owner in (role, Role(member.role)):
        require(session, actor_id, org_id, Action.OWNERSHIP_MANAGE)
    if member.role == Role.owner.value and _owner_count(session, org_id) <= 1:
        raise Conflict(LAST_OWNER, field="role")
    old, member.role = member.role, role.value
    session.add(member)
    audit.record(session, "member.role_changed", org_id=org_id, actor_id=actor_id, target_type="user",
                 target_id=user_id, ip=ip, old=old, new=role.value)


def remove(session: Session, actor_id: int, org_id: int, user_id: int, *, ip: str = "") -> None:
    """Remove someone else (use `leave` for oneself)."""
    require(session, actor_id, org_id, Action.MEMBER_REMOVE)
    member = _membership(session, org_id, user_id)
    if user_id == actor_id:
        raise InvalidInput("Use “Leave organization” to remove yourself.", field="member")
    if member.role == Role.owner.value:
        require(session, actor_id, org_id, Action.OWNERSHIP_MANAGE)
    _delete_membership(session, member, actor_id, ip, "member.removed")


def leave(session: Session, user_id: int, org_id: int, *, ip: str = "") -> None:
    member = require(session, user_id, org_id, Action.ORG_READ)
    _delete_membership(session, member, user_id, ip, "member.left")


def _delete_membership(session: Session, member: Membership, actor_id: int, ip: str, action: str) -> None:
    if member.role == Role.owner.value and _owner_count(session, member.organization_id) <= 1:
        raise Conflict(LAST_OWNER, field="member")
    revoked = _revoke_invitations_sent_by(session, member.organization_id, member.user_id)
    audit.record(session, action, org_id=member.organization_id, actor_id=actor_id, target_type="user",
                 target_id=member.user_id, ip=ip, role=member.role, invitations_revoked=revoked)
    session.delete(member)
    session.flush()


def _revoke_invitations_sent_by(session: Session, org_id: int, user_id: int) -> int:
    """Someone who leaves an organization takes their open invitations to it with them."""
    rows = session.exec(select(Invitation).where(
        Invitation.organization_id == org_id, Invitation.invited_by_id == user_id,
        Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None))).all()
    for row in rows:
        row.revoked_at = utcnow()
        session.add(row)
    return len(rows)


def add_member(session: Session, org_id: int, user_id: int, role: str, *, actor_id: int | None = None,
               ip: str = "") -> Membership:
    """Add someone directly (self-hosters' CLI). With `actor_id` the actor's role must allow
    it, as for an invitation; without, it is the server's operator acting."""
    role = parse_role(role)
    if actor_id is not None:
        _require_role_grant(session, actor_id, org_id, role, Action.MEMBER_INVITE)
    if session.get(Organization, org_id) is None or session.get(User, user_id) is None:
        raise NotFound("That organization or person was not found.")
    if session.exec(select(Membership).where(Membership.organization_id == org_id,
                                             Membership.user_id == user_id)).first():
        raise Conflict("This person is already a member.", field="email")
    limits.check(session, org_id, Limit.MEMBERS)
    member = Membership(user_id=user_id, organization_id=org_id, role=role.value)
    session.add(member)
    audit.record(session, "member.added", org_id=org_id, actor_id=actor_id, target_type="user", target_id=user_id,
                 ip=ip, role=role.value)
    session.flush()
    return member
