"""New pages for the editor's "Add page": blank (framed by the site's navigation bar and
footer) or written by the AI provider.

The provider interface has no page operation, so a page is composed from block
operations: sections chosen from the page's title (`sections_for`), each written by
`generate_block` with the title as the hint and the site as context, framed by a copy of
the home page's navigation bar and footer so the page belongs to the site. The call is
metered like every AI use; the result passes the same page validation as anything else.
"""

from __future__ import annotations

import copy
import re

from sqlmodel import Session

from bubblegum.blocks.document import load_page
from bubblegum.blocks.ops import new_block_id
from bubblegum.services import policy
from bubblegum.services.ai.copy import fit
from bubblegum.services.ai.factory import get_provider
from bubblegum.services.ai.metering import metered
from bubblegum.services.ai.offline import site_context
from bubblegum.services.policy import Action
from bubblegum.services.publishing.site_documents import site_document

SECTIONS = [  # (words in the title, sections between the navigation bar and the footer)
    (("contact", "visit", "find", "book", "booking", "reach"), ["hero", "contact_details", "contact_form"]),
    (("price", "pricing", "plans", "rates", "cost"), ["hero", "pricing", "faq", "cta"]),
    (("faq", "questions", "help"), ["hero", "faq", "cta"]),
    (("about", "story", "who", "history", "mission"), ["hero", "rich_text", "stats", "testimonials", "cta"]),
    (("team", "people", "staff"), ["hero", "team", "cta"]),
    (("gallery", "work", "portfolio", "photos", "projects"), ["hero", "gallery", "testimonials", "cta"]),
    (("how", "process", "steps"), ["hero", "steps", "faq", "cta"]),
]
DEFAULT_SECTIONS = ["hero", "feature_grid", "testimonials", "faq", "cta"]


def sections_for(title: str) -> list[str]:
    """Block types for a page called `title` ("Contact us" -> hero, details, form)."""
    words = set(re.findall(r"[a-z]+", (title or "").lower()))
    for keys, sections in SECTIONS:
        if words & set(keys):
            return list(sections)
    return list(DEFAULT_SECTIONS)


def ai_page_document(session: Session, user_id: int, project_id: int, title: str, *, provider=None) -> dict:
    """A validated page document for a new page called `title`, written for this site."""
    project = policy.require_project(session, user_id, project_id, Action.PAGE_EDIT)
    policy.require(session, user_id, project.organization_id, Action.AI_USE)
    site = site_document(session, project)
    context = site_context(site)
    ai = provider or get_provider()

    def write(p) -> tuple[list[dict], tuple[str, str]]:
        blocks = [p.generate_block(kind, title, context) for kind in sections_for(title)]
        draft = {"slug": "draft", "title": title, "doc": {"root": {"title": title}, "content": blocks}}
        return blocks, p.seo_meta(draft, site)

    blocks, (seo_title, description) = metered(session, project.organization_id, user_id, ai, write, text=title,
                                               exclusive=True)
    for block in blocks:
        if block["type"] == "hero":
            block["props"]["title"] = title
    return _framed(site, blocks, {"title": fit(seo_title or title, 60) or title,
                                  "description": fit(description or "", 155)})


def blank_page_document(session: Session, user_id: int, project_id: int, title: str) -> dict:
    """A new page with only the site's navigation bar and footer (copied from the home page)."""
    project = policy.require_project(session, user_id, project_id, Action.PAGE_EDIT)
    return _framed(site_document(session, project), [], {"title": (title or "").strip()[:120], "description": ""})


def _framed(site: dict, blocks: list[dict], root: dict) -> dict:
    """`blocks` between copies of the home page's navigation bar and footer, with fresh ids."""
    home = site["pages"][0]["doc"]["content"] if site["pages"] else []
    frame = {kind: next((copy.deepcopy(b) for b in home if b["type"] == kind), None) for kind in ("navbar", "footer")}
    content = [b for b in [frame["navbar"], *blocks, frame["footer"]] if b]
    used: set[str] = set()
    for block in content:
        block["id"] = new_block_id(used)
        used.add(block["id"])
    document = {"schema_version": 1, "root": root, "content": content}
    return load_page(document, page="draft").model_dump(mode="json")
