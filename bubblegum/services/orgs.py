"""Organizations: a personal one at sign-up, more on demand; rename; an owner deletes one
softly and may restore it within 30 days (after that it stays hidden until purged).

A deleted organization's sites go offline (publishing.serving answers none of them) and give
up their custom domains at once, so someone else can use a domain the organization no longer
wants; each project remembers its domain, and a restore takes back every one still free
(one another site has claimed since stays with that site, and the audit entry names it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bubblegum.db import utcnow
from bubblegum.models import Membership, Organization, Project, Role, User
from bubblegum.services import audit
from bubblegum.services.errors import InvalidInput, NotFound
from bubblegum.services.policy import Action, require
from bubblegum.services.slugs import unique_slug
from bubblegum.services.tokens import as_aware

RESTORE_WINDOW = timedelta(days=30)
MAX_NAME = 120


@dataclass(frozen=True)
class OrgSummary:
    id: int
    name: str
    slug: str
    role: str
    deleted_at: datetime | None = None
    restorable_until: datetime | None = None


def clean_name(name: str, field: str = "name") -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("Enter a name.", field=field)
    if len(name) > MAX_NAME:
        raise InvalidInput(f"Use at most {MAX_NAME} characters.", field=field)
    return name


def create(session: Session, user_id: int, name: str, *, ip: str = "") -> Organization:
    """A new organization with the caller as its owner."""
    name = clean_name(name)
    if session.get(User, user_id) is None:
        raise NotFound("That person was not found.")
    org = Organization(name=name, slug=unique_slug(session, Organization, name, max_length=80, fallback="team"))
    session.add(org)
    session.flush()
    session.add(Membership(user_id=user_id, organization_id=org.id, role=Role.owner.value))
    audit.record(session, "org.created", org_id=org.id, actor_id=user_id, target_type="organization",
                 target_id=org.id, ip=ip, name=name)
    return org


def personal_name(user: User) -> str:
    who = user.name.strip() or user.email.split("@")[0]
    return f"{who}'s workspace"[:MAX_NAME]


def rename(session: Session, user_id: int, org_id: int, name: str, *, ip: str = "") -> Organization:
    name = clean_name(name)
    require(session, user_id, org_id, Action.ORG_RENAME)
    org = session.get(Organization, org_id)
    old, org.name = org.name, name
    session.add(org)
    audit.record(session, "org.renamed", org_id=org_id, actor_id=user_id, target_type="organization",
                 target_id=org_id, ip=ip, old=old, new=name)
    return org


def delete(session: Session, user_id: int, org_id: int, *, ip: str = "") -> Organization:
    require(session, user_id, org_id, Action.ORG_DELETE)
    org = session.get(Organization, org_id)
    org.deleted_at = utcnow()
    session.add(org)
    released = []
    for project in session.exec(select(Project).where(Project.organization_id == org_id,
                                                      Project.custom_domain.is_not(None))).all():
        project.released_domain, project.custom_domain = project.custom_domain, None
        session.add(project)
        released.append(project.released_domain)
    audit.record(session, "org.deleted", org_id=org_id, actor_id=user_id, target_type="organization",
                 target_id=org_id, ip=ip, domains_released=released)
    return org


def restore(session: Session, user_id: int, org_id: int, *, ip: str = "") -> Organization:
    require(session, user_id, org_id, Action.ORG_RESTORE)
    org = session.get(Organization, org_id)
    if org.deleted_at is None:
        return org
    if as_aware(org.deleted_at) + RESTORE_WINDOW < utcnow():
        raise NotFound("That organization was deleted more than 30 days ago and can no longer be restored.")
    org.deleted_at = None
    session.add(org)
    restored, taken = _take_back_domains(session, org_id)
    audit.record(session, "org.restored", org_id=org_id, actor_id=user_id, target_type="organization",
                 target_id=org_id, ip=ip, domains_restored=restored, domains_taken_meanwhile=taken)
    return org


def _take_back_domains(session: Session, org_id: int) -> tuple[list[str], list[str]]:
    """Give the organization's projects back the custom domains they released, where still free."""
    restored, taken = [], []
    for project in session.exec(select(Project).where(Project.organization_id == org_id,
                                                      Project.released_domain.is_not(None))).all():
        domain, project.released_domain = project.released_domain, None
        if session.exec(select(Project.id).where(Project.custom_domain == domain)).first() is None:
            project.custom_domain = domain
            restored.append(domain)
        else:
            taken.append(domain)
        session.add(project)
    session.flush()
    return restored, taken


def list_for_user(session: Session, user_id: int) -> list[OrgSummary]:
    """Live organizations the person belongs to, then deleted ones they own and can still restore."""
    rows = session.exec(
        select(Organization, Membership.role).join(Membership, Membership.organization_id == Organization.id)
        .where(Membership.user_id == user_id).order_by(Membership.created_at, Organization.id)
    ).all()
    live, deleted, now = [], [], utcnow()
    for org, role in rows:
        if org.deleted_at is None:
            live.append(OrgSummary(id=org.id, name=org.name, slug=org.slug, role=role))
            continue
        until = as_aware(org.deleted_at) + RESTORE_WINDOW
        if role == Role.owner.value and until > now:
            deleted.append(OrgSummary(id=org.id, name=org.name, slug=org.slug, role=role,
                                      deleted_at=as_aware(org.deleted_at), restorable_until=until))
    return live + deleted


def get(session: Session, user_id: int, org_id: int) -> tuple[Organization, str]:
    """The organization and the caller's role in it (members only)."""
    member = require(session, user_id, org_id, Action.ORG_READ)
    return session.get(Organization, org_id), member.role
