"""New project from a prompt: generate (metered, within caps), validate, store Project +
Pages + PageVersion 1 for each page. The dashboard runs this in a background task and
passes ``progress`` through to the UI."""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.models import Page, PageVersion, Project
from bubblegum.services import audit, limits
from bubblegum.services.ai.base import Progress, check_prompt
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.factory import get_provider
from bubblegum.services.ai.metering import metered
from bubblegum.services.plans import Limit
from bubblegum.services.policy import Action, require
from bubblegum.services.projects import clean_name
from bubblegum.services.slugs import unique_slug


def read_brief(session: Session, user_id: int, org_id: int, prompt: str, business_type: str | None = None, *,
               provider=None) -> Brief:
    """The facts of a description, for the person to check before anything is written."""
    prompt = check_prompt(prompt)
    require(session, user_id, org_id, Action.AI_USE)
    ai = provider or get_provider()
    return metered(session, org_id, user_id, ai, lambda p: p.extract_brief(prompt, business_type=business_type), text=prompt)


def create_project_from_prompt(session: Session, user_id: int, org_id: int, prompt: str, business_type: str | None = None,
                               style: str | None = None, progress: Progress | None = None, *, pages: int | None = None,
                               brief: Brief | None = None, provider=None) -> int:
    """Generate a site (from ``brief`` when the person checked one) and store it as a new
    project; returns the project id."""
    prompt = check_prompt(prompt)
    require(session, user_id, org_id, Action.PROJECT_CREATE)
    require(session, user_id, org_id, Action.AI_USE)
    limits.check(session, org_id, Limit.SITES)
    if pages is not None:
        limits.check(session, org_id, Limit.PAGES_PER_SITE, adding=pages, used=0)
    ai = provider or get_provider()
    site = metered(session, org_id, user_id, ai,
                   lambda p: p.generate_site(prompt, business_type, style, pages, progress, brief=brief),
                   text=prompt, exclusive=True)
    info = site["site"]
    limits.check(session, org_id, Limit.PAGES_PER_SITE, adding=len(site["pages"]), used=0)
    name = clean_name(info["name"])
    project = Project(organization_id=org_id, name=name, slug=unique_slug(session, Project, name), created_by_id=user_id,
                      theme=info.get("theme") or {}, language=info.get("language", "en"),
                      settings={k: info[k] for k in ("description", "business") if info.get(k)})
    session.add(project)
    session.flush()
    for position, page in enumerate(site["pages"]):
        row = Page(project_id=project.id, slug=page["slug"], title=page["title"], position=position)
        session.add(row)
        session.flush()
        session.add(PageVersion(page_id=row.id, number=1, document=page["doc"], author_id=user_id, note="Generated from a prompt"))
    audit.record(session, "project.created", org_id=org_id, actor_id=user_id, target_type="project", target_id=project.id,
                 name=name, source="ai")
    session.flush()
    return project.id
