"""AI actions in the editor: regenerate or rewrite one block, write a new block for the
site, SEO meta for a page. Checked by role, metered and capped per organization; the
result is validated by the editor's own edit operations before anything is kept."""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.services import inspector, policy
from bubblegum.services.ai.base import LENGTHS, TONES, AIError
from bubblegum.services.ai.copy import fit
from bubblegum.services.ai.factory import get_provider
from bubblegum.services.ai.metering import metered
from bubblegum.services.ai.offline import site_context
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
    """The block's copy rewritten to a tone and length; links, images and settings untouched."""
    if tone not in TONES or length not in LENGTHS:
        raise AIError(f"Choose a tone ({', '.join(TONES)}) and a length ({', '.join(LENGTHS)}).")
    _, org_id = _prepare(db, user_id, project_id)
    rows = [row for row in inspector.field_rows(block["type"], block["props"])
            if row["kind"] in REWRITABLE and row["value"].strip() and row["path"].split(".")[-1] not in NOT_COPY]

    def rewrite_all(ai) -> dict:
        props = block["props"]
        for row in rows:
            text = ai.rewrite_text(row["value"], tone, length)
            if row["max"] and len(text) > int(row["max"]):
                text = fit(text, int(row["max"]))  # at a sentence or word boundary, never mid-word
            props = inspector.set_value(block["type"], props, row["path"], text)
        return props

    props = metered(db, org_id, user_id, get_provider(), rewrite_all)
    if props == block["props"]:
        raise AIError(f"Nothing to change: this section's copy already reads as {tone} and {length} as it can "
                      "without inventing anything. Edit it by hand or try another tone.")
    return props


def page_seo(db: Session, user_id: int, project_id: int, slug: str, document: dict, title: str) -> tuple[str, str]:
    site, org_id = _prepare(db, user_id, project_id)
    page = {"slug": slug, "title": title, "doc": document}
    return metered(db, org_id, user_id, get_provider(), lambda ai: ai.seo_meta(page, site))
