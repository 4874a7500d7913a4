"""The audit log: who did what, when, from where. Entries are only ever added.

Organization-scoped events carry the organization id. Log-ins, failed log-ins and password
events belong to a person, not an organization (organization_id NULL): an organization's log
shows its own events only, so its admins never see where a member logs in from, what the
member does in other organizations, or anything from before the member joined.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bubblegum.models import AuditLog, User
from bubblegum.services.policy import Action, require

def record(session: Session, action: str, *, org_id: int | None = None, actor_id: int | None = None,
           target_type: str = "", target_id: int | str | None = None, ip: str = "",
           **details) -> AuditLog:
    entry = AuditLog(organization_id=org_id, actor_id=actor_id, action=action, target_type=target_type,
                     target_id="" if target_id is None else str(target_id), ip_address=ip[:64],
                     details=details)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class AuditEntry:
    id: int
    created_at: datetime
    action: str
    actor: str
    target: str
    ip_address: str
    details: dict


def list_entries(session: Session, user_id: int, org_id: int, *, limit: int = 100,
                 before_id: int | None = None) -> list[AuditEntry]:
    """The organization's entries, newest first (admins and owners only)."""
    require(session, user_id, org_id, Action.AUDIT_READ)
    query = (
        select(AuditLog, User.email)
        .join(User, User.id == AuditLog.actor_id, isouter=True)
        .where(AuditLog.organization_id == org_id)
        .order_by(AuditLog.id.desc())
        .limit(min(max(limit, 1), 500))
    )
    if before_id:
        query = query.where(AuditLog.id < before_id)
    return [
        AuditEntry(id=entry.id, created_at=entry.created_at, action=entry.action, actor=email or "system",
                   target=f"{entry.target_type} {entry.target_id}".strip(), ip_address=entry.ip_address,
                   details=dict(entry.details or {}))
        for entry, email in session.exec(query).all()
    ]
