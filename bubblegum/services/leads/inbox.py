"""Reading and managing a site's leads. Viewers read; editors mark read, star, archive, mark
spam or not spam (the filter learns from it), delete one and erase everything from one address
(a GDPR request); admins erase all of the site's leads. Deletions are audited without the
personal data they removed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

import sqlalchemy as sa
from sqlmodel import Session, func, select

from bubblegum.blocks.forms import FORM_SPECS
from bubblegum.db import utcnow
from bubblegum.models import Project, Submission
from bubblegum.services import audit
from bubblegum.services.errors import InvalidInput, NotFound
from bubblegum.services.leads import spam
from bubblegum.services.leads.inbox_settings import purge_expired, settings_row
from bubblegum.services.policy import Action, membership, require_project, role_allows

VIEWS = ("all", "unread", "starred", "archived", "spam")
FIELD_ORDER = tuple(dict.fromkeys(spec.name for specs in FORM_SPECS.values() for spec in specs))
MAX_SEARCH = 100
MAX_SENDERS = 1000


@dataclass(frozen=True)
class Lead:
    id: int
    kind: str
    page: str
    created_at: datetime
    fields: dict[str, str]  # name, email, phone, message: the ones the visitor filled
    sender: str
    read: bool
    starred: bool
    archived: bool
    spam_reason: str
    spam_label: str  # "" when not spam

    def reply_link(self, site_name: str) -> str:
        """A mailto link answering the visitor, with a subject ("" without an address)."""
        if not self.sender:
            return ""
        return f"mailto:{quote(self.sender, safe='@')}?subject={quote(f'Re: your message to {site_name}')}"


def lead_of(row: Submission) -> Lead:
    data = dict(row.data or {})
    return Lead(row.id, row.kind, row.page_slug, row.created_at,
                {name: str(data[name]) for name in FIELD_ORDER if data.get(name)}, row.sender,
                row.read_at is not None, row.starred, row.archived, row.spam_reason,
                spam.label(row.spam_reason, row.spam_detail) if row.spam_reason else "")


def _in_view(query, view: str):
    if view not in VIEWS:
        raise InvalidInput("Unknown inbox view.", field="view", details={"choices": list(VIEWS)})
    if view == "spam":
        return query.where(Submission.spam_reason != "")
    query = query.where(Submission.spam_reason == "")
    if view == "archived":
        return query.where(Submission.archived)
    if view == "starred":
        return query.where(Submission.starred)
    query = query.where(sa.not_(Submission.archived))
    return query.where(Submission.read_at.is_(None)) if view == "unread" else query


def list_leads(session: Session, user_id: int, project_id: int, *, view: str = "all", search: str = "",
               limit: int = 200) -> list[Lead]:
    """The site's leads in a view, newest first, matching `search` in any field or the page."""
    project = require_project(session, user_id, project_id, Action.SUBMISSION_READ)
    purge_expired(session, project)
    query = _in_view(select(Submission).where(Submission.project_id == project.id), view)
    needle = " ".join(search.split())[:MAX_SEARCH].lower()
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Submission.search_text.like(f"%{escaped}%", escape="\\"))
    query = query.order_by(Submission.created_at.desc(), Submission.id.desc()).limit(min(max(limit, 1), 5000))
    return [lead_of(row) for row in session.exec(query).all()]


def view_counts(session: Session, user_id: int, project_id: int) -> dict[str, int]:
    """How many leads each view holds."""
    project = require_project(session, user_id, project_id, Action.SUBMISSION_READ)
    base = select(func.count()).select_from(Submission).where(Submission.project_id == project.id)
    return {view: session.exec(_in_view(base, view)).one() for view in VIEWS}


def unread_count(session: Session, user_id: int, project_id: int) -> int:
    """Unread leads (not spam, not archived): the editor's top-bar badge."""
    project = require_project(session, user_id, project_id, Action.SUBMISSION_READ)
    base = select(func.count()).select_from(Submission).where(Submission.project_id == project.id)
    return session.exec(_in_view(base, "unread")).one()


def _row(session: Session, user_id: int, project_id: int, lead_id: int, action: Action) -> tuple[Project, Submission]:
    project = require_project(session, user_id, project_id, action)
    row = session.get(Submission, lead_id) if isinstance(lead_id, int) else None
    if row is None or row.project_id != project.id:
        raise NotFound("That lead was not found.")
    return project, row


def open_lead(session: Session, user_id: int, project_id: int, lead_id: int) -> Lead:
    """One lead for its detail view; marked read when the caller may manage leads."""
    project, row = _row(session, user_id, project_id, lead_id, Action.SUBMISSION_READ)
    member = membership(session, user_id, project.organization_id)
    if row.read_at is None and role_allows(member.role, Action.SUBMISSION_MANAGE):
        row.read_at = utcnow()
        session.add(row)
    return lead_of(row)


def update_lead(session: Session, user_id: int, project_id: int, lead_id: int, *, read: bool | None = None,
                starred: bool | None = None, archived: bool | None = None) -> Lead:
    """Mark read or unread, star or unstar, archive or bring back."""
    _, row = _row(session, user_id, project_id, lead_id, Action.SUBMISSION_MANAGE)
    if read is not None:
        row.read_at = (row.read_at or utcnow()) if read else None
    if starred is not None:
        row.starred = starred
    if archived is not None:
        row.archived = archived
    session.add(row)
    return lead_of(row)


def mark_spam(session: Session, user_id: int, project_id: int, lead_id: int, *, is_spam: bool) -> Lead:
    """"Spam" or "not spam": moves the lead and teaches the site's filter its sender and words."""
    _, row = _row(session, user_id, project_id, lead_id, Action.SUBMISSION_MANAGE)
    if bool(row.spam_reason) == is_spam:
        return lead_of(row)
    settings = settings_row(session, row.project_id)
    settings.word_weights = spam.learn(settings.word_weights or {}, str((row.data or {}).get("message", "")),
                                       spam=is_spam)
    blocked, allowed = set(settings.blocked_senders or []), set(settings.allowed_senders or [])
    if row.sender:
        (blocked if is_spam else allowed).add(row.sender)
        (allowed if is_spam else blocked).discard(row.sender)
    settings.blocked_senders, settings.allowed_senders = sorted(blocked)[:MAX_SENDERS], sorted(allowed)[:MAX_SENDERS]
    row.spam_reason, row.spam_detail = ("marked", "") if is_spam else ("", "")
    session.add_all([settings, row])
    return lead_of(row)


def delete_lead(session: Session, user_id: int, project_id: int, lead_id: int, *, ip: str = "") -> None:
    project, row = _row(session, user_id, project_id, lead_id, Action.SUBMISSION_MANAGE)
    audit.record(session, "lead.deleted", org_id=project.organization_id, actor_id=user_id, target_type="lead",
                 target_id=row.id, ip=ip, project_id=project.id, kind=row.kind)
    session.delete(row)
    session.flush()


def erase_sender(session: Session, user_id: int, project_id: int, email: str, *, ip: str = "") -> int:
    """Erase every lead from one address and the address from the filter's lists (GDPR)."""
    project = require_project(session, user_id, project_id, Action.SUBMISSION_MANAGE)
    address = (email or "").strip().lower()
    if "@" not in address or len(address) > 320:
        raise InvalidInput("Enter the email address whose data should be erased.", field="email")
    gone = session.execute(sa.delete(Submission).where(Submission.project_id == project.id,
                                                       Submission.sender == address)).rowcount
    settings = settings_row(session, project.id)
    settings.blocked_senders = [entry for entry in settings.blocked_senders or [] if entry != address]
    settings.allowed_senders = [entry for entry in settings.allowed_senders or [] if entry != address]
    session.add(settings)
    audit.record(session, "leads.sender_erased", org_id=project.organization_id, actor_id=user_id,
                 target_type="project", target_id=project.id, ip=ip, count=gone)
    return gone


def delete_all(session: Session, user_id: int, project_id: int, *, ip: str = "") -> int:
    """Erase all of the site's leads, spam included (admins)."""
    project = require_project(session, user_id, project_id, Action.SUBMISSION_CONFIGURE)
    gone = session.execute(sa.delete(Submission).where(Submission.project_id == project.id)).rowcount
    audit.record(session, "leads.all_deleted", org_id=project.organization_id, actor_id=user_id,
                 target_type="project", target_id=project.id, ip=ip, count=gone)
    return gone
