"""A project in the database <-> a portable site document (``bubblegum.site``)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum.blocks.document import load_site
from bubblegum.db import utcnow
from bubblegum.models import Page, PageVersion, Project
from bubblegum.services.slugs import unique_slug
from bubblegum.services import limits
from bubblegum.services.plans import Limit

SITE_FIELDS = ("description", "business", "base_url")


def latest_versions(session: Session, page_ids: list[int]) -> dict[int, PageVersion]:
    """The newest PageVersion of each page, in one query."""
    if not page_ids:
        return {}
    newest = (
        select(PageVersion.page_id, sa.func.max(PageVersion.number).label("number"))
        .where(PageVersion.page_id.in_(page_ids))
        .group_by(PageVersion.page_id)
        .subquery()
    )
    rows = session.exec(
        select(PageVersion).join(
            newest, (PageVersion.page_id == newest.c.page_id) & (PageVersion.number == newest.c.number)
        )
    ).all()
    return {row.page_id: row for row in rows}


def live_pages(session: Session, project_id: int) -> list[Page]:
    return list(session.exec(
        select(Page).where(Page.project_id == project_id, Page.deleted_at.is_(None)).order_by(Page.position, Page.id)
    ).all())


def site_document(session: Session, project: Project) -> dict:
    """The project's current content as a site document (not validated here)."""
    pages = live_pages(session, project.id)
    versions = latest_versions(session, [page.id for page in pages])
    site = {"name": project.name, "slug": project.slug, "language": project.language, "theme": project.theme}
    site.update({key: project.settings[key] for key in SITE_FIELDS if project.settings.get(key) is not None})
    return {
        "format": "bubblegum.site",
        "schema_version": 1,
        "site": site,
        "pages": [
            {"slug": page.slug, "title": page.title, "doc": versions[page.id].document}
            for page in pages
            if page.id in versions
        ],
    }


def import_site(session: Session, data: dict, *, organization_id: int, user_id: int | None = None) -> Project:
    """Create a project from a site document. Raises DocumentError before writing anything."""
    document = load_site(data)
    limits.check(session, organization_id, Limit.SITES)
    limits.check(session, organization_id, Limit.PAGES_PER_SITE, adding=len(document.pages), used=0)
    site = document.site
    project = Project(
        organization_id=organization_id,
        name=site.name,
        slug=unique_slug(session, Project, site.slug or site.name),
        theme=site.theme.model_dump(mode="json", exclude_defaults=True),
        language=site.language,
        settings={key: _plain(getattr(site, key, None)) for key in SITE_FIELDS if getattr(site, key, None)},
        created_by_id=user_id,
    )
    session.add(project)
    session.flush()
    for position, page in enumerate(document.pages):
        row = Page(project_id=project.id, slug=page.slug, title=page.title, position=position)
        session.add(row)
        session.flush()
        session.add(PageVersion(page_id=row.id, number=1, document=page.doc.model_dump(mode="json"),
                                author_id=user_id, note="Imported"))
    project.updated_at = utcnow()
    return project


def _plain(value):
    return value.model_dump(mode="json", exclude_none=True) if hasattr(value, "model_dump") else value
