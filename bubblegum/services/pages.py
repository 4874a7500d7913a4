"""A site's pages and their version history, as the editor uses them.

Every function takes the caller's user id and checks their role through the policy
module; ids from the client are never trusted. Saving carries the version number the
edit started from: a save on top of someone else's newer version is refused (Conflict),
so nobody's work is overwritten silently. History is bounded (``page_history``): autosaves
coalesce and old autosaves are pruned; named and published versions stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import TypeAdapter, ValidationError
from sqlmodel import Session, select

from bubblegum.blocks.document import EDITS, MAX_PAGE_SLUG, DocumentError, PageSlug, load_page
from bubblegum.db import utcnow
from bubblegum.models import Page, PageVersion, Project, User
from bubblegum.services import audit, limits, page_history, policy, webhooks
from bubblegum.services.errors import Conflict, InvalidInput, NotFound
from bubblegum.services.plans import Limit
from bubblegum.services.policy import Action
from bubblegum.services.publishing.site_documents import latest_versions, live_pages

PAGE_SLUG = TypeAdapter(PageSlug)
MAX_PAGES = 100


@dataclass(frozen=True)
class VersionInfo:
    number: int
    created_at: datetime
    author: str
    note: str


def page_of_project(session: Session, user_id: int, project_id: int, page_id: int, action: Action) -> tuple[Project, Page]:
    project = policy.require_project(session, user_id, project_id, action)
    page = session.get(Page, page_id) if isinstance(page_id, int) else None
    if page is None or page.project_id != project.id or page.deleted_at is not None:
        raise NotFound("That page was not found.")
    return project, page


def list_pages(session: Session, user_id: int, project_id: int) -> list[Page]:
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_READ)
    return live_pages(session, project.id)


def current(session: Session, user_id: int, project_id: int, page_id: int) -> tuple[Page, PageVersion]:
    """A page the caller may read, with its newest version."""
    _project, page = page_of_project(session, user_id, project_id, page_id, Action.PROJECT_READ)
    return page, latest(session, page.id)


def latest(session: Session, page_id: int) -> PageVersion:
    return latest_versions(session, [page_id])[page_id]


def save(session: Session, user_id: int, project_id: int, page_id: int, document: dict, *,
         base_version: int, note: str = "") -> PageVersion:
    """Save a validated version (an autosave when ``note`` is empty); Conflict if the page moved
    on since `base_version`."""
    project, page = page_of_project(session, user_id, project_id, page_id, Action.PAGE_EDIT)
    current = latest(session, page.id)
    if current.number != base_version:
        raise Conflict("Someone else saved this page after you opened it. Reload to see their changes.",
                       details={"latest_version": current.number})
    try:
        clean = load_page(document, page=page.slug, props_cache=EDITS).model_dump(mode="json")
    except DocumentError as error:
        raise InvalidInput(str(error), field=error.field) from None
    # The SEO title (root.title) is not the page's name in the pages list: renaming is `update`.
    page.updated_at = project.updated_at = utcnow()
    if page_history.coalesces(current, user_id, note):
        if not page_history.replace_autosave(session, current, clean):
            raise Conflict("Someone else saved this page after you opened it. Reload to see their changes.")
        session.refresh(current)
        version = current
    else:
        version = PageVersion(page_id=page.id, number=current.number + 1, document=clean, author_id=user_id,
                              note=note[:200])
        session.add(version)
        session.flush()
        page_history.prune(session, page.id)
    webhooks.emit(session, project.organization_id, "page.updated",
                  {"site_id": project.id, "page_id": page.id, "slug": page.slug, "version": version.number})
    return version


def history(session: Session, user_id: int, project_id: int, page_id: int, limit: int = 50) -> list[VersionInfo]:
    page_of_project(session, user_id, project_id, page_id, Action.PROJECT_READ)
    rows = session.exec(
        select(PageVersion, User.email).join(User, User.id == PageVersion.author_id, isouter=True)
        .where(PageVersion.page_id == page_id).order_by(PageVersion.number.desc()).limit(limit)
    ).all()
    return [VersionInfo(v.number, v.created_at, email or "system", v.note) for v, email in rows]


def version_document(session: Session, user_id: int, project_id: int, page_id: int, number: int) -> dict:
    page_of_project(session, user_id, project_id, page_id, Action.PROJECT_READ)
    version = session.exec(select(PageVersion).where(PageVersion.page_id == page_id,
                                                     PageVersion.number == number)).first()
    if version is None:
        raise NotFound("That version was not found.")
    return version.document


def restore(session: Session, user_id: int, project_id: int, page_id: int, number: int) -> PageVersion:
    """Restore = append a copy of an old version; the versions in between stay in history."""
    document = version_document(session, user_id, project_id, page_id, number)
    base = latest(session, page_id).number
    return save(session, user_id, project_id, page_id, document, base_version=base, note=f"Restored version {number}")


def clean_slug(slug: str) -> str:
    slug = (slug or "").strip().strip("/").lower()
    if slug == "index":
        slug = ""
    try:
        return PAGE_SLUG.validate_python(slug)
    except ValidationError:
        raise InvalidInput(f"Use at most {MAX_PAGE_SLUG} lowercase letters, digits and hyphens, with / "
                           "between parts, e.g. about-us or services/roofing.", field="slug") from None


def _slug_taken(session: Session, project_id: int, slug: str, except_id: int | None = None) -> bool:
    return any(page.slug == slug and page.id != except_id for page in live_pages(session, project_id))


def add(session: Session, user_id: int, project_id: int, title: str, slug: str,
        document: dict | None = None) -> Page:
    project = policy.require_project(session, user_id, project_id, Action.PAGE_EDIT)
    title = (title or "").strip()
    if not title or len(title) > 120:
        raise InvalidInput("Give the page a title of at most 120 characters.", field="title")
    slug = clean_slug(slug)
    pages = live_pages(session, project.id)
    if len(pages) >= MAX_PAGES:
        raise InvalidInput(f"A site can have at most {MAX_PAGES} pages.", field="title")
    limits.check(session, project.organization_id, Limit.PAGES_PER_SITE, used=len(pages))
    if _slug_taken(session, project.id, slug):
        raise InvalidInput("Another page already uses this address.", field="slug")
    document = document or {"schema_version": 1, "root": {"title": title, "description": ""}, "content": []}
    clean = load_page(document, page=slug).model_dump(mode="json")
    page = Page(project_id=project.id, slug=slug, title=title, position=len(pages))
    session.add(page)
    session.flush()
    session.add(PageVersion(page_id=page.id, number=1, document=clean, author_id=user_id, note="Page created"))
    project.updated_at = utcnow()
    return page


def update(session: Session, user_id: int, project_id: int, page_id: int, *, title: str | None = None,
           slug: str | None = None) -> Page:
    project, page = page_of_project(session, user_id, project_id, page_id, Action.PAGE_EDIT)
    if title is not None:
        title = title.strip()
        if not title or len(title) > 120:
            raise InvalidInput("Give the page a title of at most 120 characters.", field="title")
        page.title = title
    if slug is not None:
        slug = clean_slug(slug)
        if page.slug == "" and slug != "":
            raise InvalidInput("The home page keeps its address; make another page the home page instead.",
                               field="slug")
        if _slug_taken(session, project.id, slug, except_id=page.id):
            raise InvalidInput("Another page already uses this address.", field="slug")
        page.slug = slug
    page.updated_at = project.updated_at = utcnow()
    return page


def reorder(session: Session, user_id: int, project_id: int, page_ids: list[int]) -> None:
    project = policy.require_project(session, user_id, project_id, Action.PAGE_EDIT)
    pages = {page.id: page for page in live_pages(session, project.id)}
    if sorted(page_ids) != sorted(pages):
        raise InvalidInput("The page list changed meanwhile; reload and try again.", field="pages")
    for position, page_id in enumerate(page_ids):
        pages[page_id].position = position


def delete(session: Session, user_id: int, project_id: int, page_id: int) -> None:
    """Soft delete: the page and its history stay in the database."""
    project, page = page_of_project(session, user_id, project_id, page_id, Action.PAGE_EDIT)
    if page.slug == "":
        raise InvalidInput("The home page cannot be deleted.", field="page")
    page.deleted_at = project.updated_at = utcnow()
    audit.record(session, "page.delete", org_id=project.organization_id, actor_id=user_id,
                 target_type="page", target_id=page.id, slug=page.slug)
