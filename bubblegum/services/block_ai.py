"""AI actions in the editor: regenerate or rewrite one block, write a new block for the
site, SEO meta for a page. Checked by role, metered and capped per organization; the
result is validated by the editor's own edit operations before anything is kept."""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.services import inspector, policy
from bubblegum.services.ai.base import LENGTHS, TONES, AIError
from bubblegum.services.ai.factory import get_provider
from bubblegum.services.ai.metering import metered
from bubblegum.services.ai.offline import site_context
from bubblegum.services.ai.rewrite import NothingToImprove, sentences
from bubblegum.services.ai.site_facts import site_facts
from bubblegum.services.policy import Action
from bubblegum.services.publishing.site_documents import site_document

REWRITABLE = frozenset({"text", "textarea"})
NOT_COPY = frozenset({"anchor", "href", "src", "alt"})


def _prepare(db: Session, user_id: int, project_id: int) -> tuple[dict, int]:
    project = policy.require_project(db, user_id, project_id, Action.PAGE_EDIT)
    policy.require(db, user_id, project.organization_id, Action.AI_USE)
    return site_document(db, project), project.organization_id


def regenerate(db: Session, user_id: int, project_id: int, block: dict) -> dict:
    """New copy for the block, same type; returns its props."""
    site, org_id = _prepare(db, user_id, project_id)
    new = metered(db, org_id, user_id, get_provider(),
                  lambda ai: ai.regenerate_block(block, site_context(site)))
    return new["props"]


def write(db: Session, user_id: int, project_id: int, block_type: str, hint: str = "") -> dict:
    """A new block of `block_type` written for this site."""
    site, org_id = _prepare(db, user_id, project_id)
    return metered(db, org_id, user_id, get_provider(),
                   lambda ai: ai.generate_block(block_type, hint or site["site"]["name"], site_context(site)),
                   text=hint or None)


def rewrite(db: Session, user_id: int, project_id: int, block: dict, tone: str, length: str) -> dict:
    """The block's copy rewritten to a tone and length; links, images and settings untouched.
    Headings and labels are rewritten as titles, paragraphs as sentences; a field whose
    rewrite would not fit its limit in whole sentences keeps its text; when no field
    changes, the person is told why (``NothingToImprove``)."""
    if tone not in TONES or length not in LENGTHS:
        raise AIError(f"Choose a tone ({', '.join(TONES)}) and a length ({', '.join(LENGTHS)}).")
    site, org_id = _prepare(db, user_id, project_id)
    language, facts = site["site"].get("language") or "en", site_facts(site)
    rows = [row for row in inspector.field_rows(block["type"], block["props"])
            if row["kind"] in REWRITABLE and row["value"].strip() and row["path"].split(".")[-1] not in NOT_COPY]

    def rewrite_all(ai) -> dict:
        props, reason = block["props"], None
        for row in rows:
            role = "body" if row["kind"] == "textarea" else "title"
            try:
                text = ai.rewrite_text(row["value"], tone, length, role=role, language=language, facts=facts)
            except NothingToImprove as nothing:
                reason = reason or nothing
                continue
            text = _fit(text, int(row["max"] or 0))
            if text and text != row["value"]:
                props = inspector.set_value(block["type"], props, row["path"], text)
        if props is block["props"]:
            raise reason or NothingToImprove("This section's text already fits that tone and length.")
        return props

    return metered(db, org_id, user_id, get_provider(), rewrite_all)


def page_seo(db: Session, user_id: int, project_id: int, slug: str, document: dict, title: str) -> tuple[str, str]:
    site, org_id = _prepare(db, user_id, project_id)
    page = {"slug": slug, "title": title, "doc": document}
    return metered(db, org_id, user_id, get_provider(), lambda ai: ai.seo_meta(page, site))


def _fit(text: str, limit: int) -> str:
    """Rewritten copy inside the field's limit in whole sentences, or "" (keep the old text)."""
    if not limit or len(text) <= limit:
        return text
    kept = ""
    for sentence in sentences(text):
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    return kept
