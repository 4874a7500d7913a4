"""Projects (sites) of an organization: list, create blank, rename, delete to the trash,
restore. Every function goes through the policy with the caller's current organization,
so a project id of another organization is answered as not found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bubblegum.db import utcnow
from bubblegum.models import Page, PageVersion, Project
from bubblegum.services import audit, limits
from bubblegum.blocks.document import MAX_SITE_NAME
from bubblegum.services.errors import InvalidInput
from bubblegum.services.plans import Limit
from bubblegum.services.policy import Action, require, require_project
from bubblegum.services.publishing.urls import site_base_url
from bubblegum.services.slugs import unique_slug
from bubblegum.services.tokens import as_aware

MAX_NAME = MAX_SITE_NAME  # a project's name is its site's name
HOME_PAGE_SLUG = ""  # the page model's convention: "" is the home page (blocks/forms.py)
HOME_PAGE_TITLE = "Home"


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    name: str
    slug: str
    updated_at: datetime
    live_url: str  # where the live site is served ("" when it is not published)
    deleted_at: datetime | None
    look: dict[str, str]  # the site's theme in brief, for its card: bg, fg, surface, primary, font, radius

    @property
    def published(self) -> bool:
        return bool(self.live_url)


def _look(theme: dict | None) -> dict[str, str]:
    from bubblegum.render.themes import resolve_theme

    try:
        tokens = resolve_theme(theme or {})
    except ValueError:  # a theme stored by an older version: show the default look
        tokens = resolve_theme({})
    return {"bg": tokens.bg, "fg": tokens.fg, "surface": tokens.surface, "primary": tokens.primary,
            "font": tokens.heading_font.stack, "radius": tokens.button_radius}


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("Give the project a name.", field="name")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"Use at most {MAX_NAME} characters.", field="name")
    return name


def blank_document(title: str) -> dict:
    return {"schema_version": 1, "root": {"title": title, "description": ""}, "content": []}


def _summary(project: Project) -> ProjectSummary:
    return ProjectSummary(id=project.id, name=project.name, slug=project.slug, updated_at=as_aware(project.updated_at),
                          live_url=site_base_url(project) if project.live_deployment_id is not None else "",
                          deleted_at=as_aware(project.deleted_at), look=_look(project.theme))


def list_projects(session: Session, user_id: int, org_id: int, *, trashed: bool = False) -> list[ProjectSummary]:
    require(session, user_id, org_id, Action.PROJECT_RESTORE if trashed else Action.PROJECT_READ)
    query = select(Project).where(Project.organization_id == org_id)
    query = query.where(Project.deleted_at.is_not(None) if trashed else Project.deleted_at.is_(None))
    order = Project.deleted_at.desc() if trashed else Project.updated_at.desc()
    return [_summary(project) for project in session.exec(query.order_by(order, Project.id.desc())).all()]


def create_blank(session: Session, user_id: int, org_id: int, name: str, *, ip: str = "") -> Project:
    """A project with a unique slug and one "Home" page at version 1."""
    name = clean_name(name)
    require(session, user_id, org_id, Action.PROJECT_CREATE)
    limits.check(session, org_id, Limit.SITES)
    project = Project(organization_id=org_id, name=name, slug=unique_slug(session, Project, name),
                      created_by_id=user_id)
    session.add(project)
    session.flush()
    page = Page(project_id=project.id, slug=HOME_PAGE_SLUG, title=HOME_PAGE_TITLE, position=0)
    session.add(page)
    session.flush()
    session.add(PageVersion(page_id=page.id, number=1, document=blank_document(name), author_id=user_id,
                            note="Created"))
    audit.record(session, "project.created", org_id=org_id, actor_id=user_id, target_type="project",
                 target_id=project.id, ip=ip, name=name)
    session.flush()
    return project


def rename(session: Session, user_id: int, org_id: int, project_id: int, name: str, *, ip: str = "") -> Project:
    name = clean_name(name)
    project = require_project(session, user_id, project_id, Action.PROJECT_RENAME, org_id=org_id)
    old, project.name, project.updated_at = project.name, name, utcnow()
    session.add(project)
    audit.record(session, "project.renamed", org_id=org_id, actor_id=user_id, target_type="project",
                 target_id=project.id, ip=ip, old=old, new=name)
    return project


def delete(session: Session, user_id: int, org_id: int, project_id: int, *, ip: str = "") -> Project:
    """Move to the trash (restorable; the published site stays as it is until purged)."""
    project = require_project(session, user_id, project_id, Action.PROJECT_DELETE, org_id=org_id)
    project.deleted_at = utcnow()
    session.add(project)
    audit.record(session, "project.deleted", org_id=org_id, actor_id=user_id, target_type="project",
                 target_id=project.id, ip=ip, name=project.name)
    return project


def restore(session: Session, user_id: int, org_id: int, project_id: int, *, ip: str = "") -> Project:
    project = require_project(session, user_id, project_id, Action.PROJECT_RESTORE, org_id=org_id,
                              include_deleted=True)
    if project.deleted_at is None:
        return project
    limits.check(session, org_id, Limit.SITES)  # back among the live sites: it counts again
    project.deleted_at, project.updated_at = None, utcnow()
    session.add(project)
    audit.record(session, "project.restored", org_id=org_id, actor_id=user_id, target_type="project",
                 target_id=project.id, ip=ip, name=project.name)
    return project


def get(session: Session, user_id: int, org_id: int, project_id: int) -> ProjectSummary:
    return _summary(require_project(session, user_id, project_id, Action.PROJECT_READ, org_id=org_id))


def live_deployment_id(session: Session, user_id: int, org_id: int, project_id: int) -> int | None:
    return require_project(session, user_id, project_id, Action.PROJECT_READ, org_id=org_id).live_deployment_id
