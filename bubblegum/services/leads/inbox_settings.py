"""A site's inbox settings: who gets mail about new leads and how long leads are kept.

Every member who may read leads chooses for themselves: each lead, a daily digest, or none
(owners and admins get each lead until they choose). Admins choose for anyone and set the
retention: leads older than it are deleted hourly by the job worker and whenever the inbox opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum.db import utcnow
from bubblegum.models import LeadInboxSettings, LeadSubscription, Membership, Project, Role, Submission, User
from bubblegum.services import audit
from bubblegum.services.errors import InvalidInput, NotFound
from bubblegum.services.policy import Action, require_project, role_allows

NOTIFY_MODES = ("each", "digest", "off")
RETENTION_CHOICES = (0, 30, 90, 180, 365, 730)  # days; 0 keeps leads until deleted
DEFAULT_EACH_ROLES = (Role.owner.value, Role.admin.value)


@dataclass(frozen=True)
class MemberNotice:
    user_id: int
    email: str
    name: str
    role: str
    mode: str


@dataclass(frozen=True)
class InboxSettings:
    retention_days: int
    members: list[MemberNotice]
    blocked: list[str]
    allowed: list[str]


def settings_row(session: Session, project_id: int) -> LeadInboxSettings:
    """The site's settings row, made on first use."""
    query = select(LeadInboxSettings).where(LeadInboxSettings.project_id == project_id)
    row = session.exec(query).first()
    if row is None:
        try:
            with session.begin_nested():  # two first visits at once: one insert wins, both read it
                row = LeadInboxSettings(project_id=project_id)
                session.add(row)
        except sa.exc.IntegrityError:
            row = session.exec(query).one()
    return row


def member_notices(session: Session, project: Project) -> list[MemberNotice]:
    """Every member who may read the site's leads, with their notification choice."""
    chosen = dict(session.exec(select(LeadSubscription.user_id, LeadSubscription.mode)
                               .where(LeadSubscription.project_id == project.id)).all())
    rows = session.exec(select(Membership, User).join(User, User.id == Membership.user_id)
                        .where(Membership.organization_id == project.organization_id, User.is_active)
                        .order_by(User.email)).all()
    return [MemberNotice(user.id, user.email, user.name, member.role,
                         chosen.get(user.id, "each" if member.role in DEFAULT_EACH_ROLES else "off"))
            for member, user in rows if role_allows(member.role, Action.SUBMISSION_READ)]


def get_settings(session: Session, user_id: int, project_id: int) -> InboxSettings:
    project = require_project(session, user_id, project_id, Action.SUBMISSION_READ)
    row = settings_row(session, project.id)
    return InboxSettings(row.retention_days, member_notices(session, project), sorted(row.blocked_senders),
                         sorted(row.allowed_senders))


def set_notification(session: Session, user_id: int, project_id: int, member_id: int, mode: str, *,
                     ip: str = "") -> None:
    """A member's choice: their own with read access, anyone's as an admin."""
    if mode not in NOTIFY_MODES:
        raise InvalidInput("Choose each lead, a daily digest or no mail.", field="mode")
    action = Action.SUBMISSION_READ if member_id == user_id else Action.SUBMISSION_CONFIGURE
    project = require_project(session, user_id, project_id, action)
    if member_id not in {notice.user_id for notice in member_notices(session, project)}:
        raise NotFound("That member was not found.", field="member")
    row = session.exec(select(LeadSubscription).where(LeadSubscription.project_id == project.id,
                                                      LeadSubscription.user_id == member_id)).first()
    row = row or LeadSubscription(project_id=project.id, user_id=member_id)
    row.mode = mode
    session.add(row)
    audit.record(session, "leads.notification_set", org_id=project.organization_id, actor_id=user_id,
                 target_type="user", target_id=member_id, ip=ip, project_id=project.id, mode=mode)


def set_retention(session: Session, user_id: int, project_id: int, days: int, *, ip: str = "") -> int:
    """Keep leads `days` days (0: until deleted); older ones go now. Returns how many went."""
    if days not in RETENTION_CHOICES:
        raise InvalidInput("Choose one of the offered retention periods.", field="retention_days",
                           details={"choices": list(RETENTION_CHOICES)})
    project = require_project(session, user_id, project_id, Action.SUBMISSION_CONFIGURE)
    settings_row(session, project.id).retention_days = days
    audit.record(session, "leads.retention_set", org_id=project.organization_id, actor_id=user_id,
                 target_type="project", target_id=project.id, ip=ip, days=days)
    return purge_expired(session, project)


def purge_expired(session: Session, project: Project) -> int:
    """Delete the site's leads older than its retention (audited when any went)."""
    row = settings_row(session, project.id)
    if not row.retention_days:
        return 0
    cutoff = utcnow() - timedelta(days=row.retention_days)
    gone = session.execute(sa.delete(Submission).where(Submission.project_id == project.id,
                                                       Submission.created_at < cutoff)).rowcount
    if gone:
        audit.record(session, "leads.retention_purged", org_id=project.organization_id, target_type="project",
                     target_id=project.id, count=gone, days=row.retention_days)
    return gone
