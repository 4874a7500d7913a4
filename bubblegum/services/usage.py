"""What an organization uses, counted from the tables: AI calls and tokens this month, live
sites, pages of a site, stored bytes, members (with open invitations), custom domains."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, func, select

from bubblegum.db import utcnow
from bubblegum.models import AIUsage, Asset, Invitation, Membership, Page, Project
from bubblegum.services.plans import Limit

MB = 1024 * 1024


def month_start(now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def totals(session: Session, since: datetime, *, org_id: int | None = None, user_id: int | None = None) -> tuple[int, int]:
    """(tokens, calls) recorded since ``since`` for an organization or a person."""
    query = select(func.coalesce(func.sum(AIUsage.input_tokens + AIUsage.output_tokens), 0), func.count(AIUsage.id)) \
        .where(AIUsage.created_at >= since)
    query = query.where(AIUsage.organization_id == org_id) if org_id is not None else query.where(AIUsage.user_id == user_id)
    row = session.exec(query).one()
    return int(row[0]), int(row[1])


def month_totals(session: Session, org_id: int) -> tuple[int, int]:
    """(tokens, calls) the organization used this calendar month (UTC)."""
    return totals(session, month_start(), org_id=org_id)


def _count(session: Session, query) -> int:
    return int(session.exec(query).one() or 0)


def live_sites(session: Session, org_id: int) -> int:
    return _count(session, select(func.count(Project.id)).where(Project.organization_id == org_id,
                                                                Project.deleted_at.is_(None)))


def pages_of(session: Session, project_id: int) -> int:
    return _count(session, select(func.count(Page.id)).where(Page.project_id == project_id, Page.deleted_at.is_(None)))


def most_pages(session: Session, org_id: int) -> int:
    """The page count of the organization's largest live site (what the per-site limit is measured by)."""
    query = select(func.count(Page.id)).join(Project, Project.id == Page.project_id) \
        .where(Project.organization_id == org_id, Project.deleted_at.is_(None), Page.deleted_at.is_(None)) \
        .group_by(Page.project_id)
    return max(session.exec(query).all(), default=0)


def stored_bytes(session: Session, org_id: int) -> int:
    return _count(session, select(func.coalesce(func.sum(Asset.size_bytes), 0)).where(Asset.organization_id == org_id))


def members(session: Session, org_id: int) -> int:
    """Members plus open invitations: an invitation holds its seat until it is accepted or ends."""
    people = _count(session, select(func.count(Membership.id)).where(Membership.organization_id == org_id))
    invited = _count(session, select(func.count(Invitation.id)).where(
        Invitation.organization_id == org_id, Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None),
        Invitation.expires_at > utcnow()))
    return people + invited


def custom_domains(session: Session, org_id: int) -> int:
    return _count(session, select(func.count(Project.id)).where(
        Project.organization_id == org_id, Project.deleted_at.is_(None), Project.custom_domain.is_not(None)))


def used(session: Session, org_id: int, limit: Limit, *, project_id: int | None = None) -> int | None:
    """The organization's use of ``limit`` (pages: of ``project_id``, else its largest site);
    None for a limit that is a setting rather than a count (analytics retention)."""
    if limit is Limit.SITES:
        return live_sites(session, org_id)
    if limit is Limit.PAGES_PER_SITE:
        return pages_of(session, project_id) if project_id is not None else most_pages(session, org_id)
    if limit in (Limit.AI_GENERATIONS, Limit.AI_TOKENS):
        tokens, calls = month_totals(session, org_id)
        return calls if limit is Limit.AI_GENERATIONS else tokens
    if limit is Limit.STORAGE_MB:
        return stored_bytes(session, org_id)
    if limit is Limit.MEMBERS:
        return members(session, org_id)
    if limit is Limit.CUSTOM_DOMAINS:
        return custom_domains(session, org_id)
    return None
