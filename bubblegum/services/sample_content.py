"""Sample content of a site in the database: find it (publishing refuses while there is
any), and remove it through the page service as one saved, undoable version per page."""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.blocks.samples import SampleBlock, sample_blocks, without_samples
from bubblegum.services import pages, policy
from bubblegum.services.policy import Action
from bubblegum.services.publishing.site_documents import latest_versions, live_pages, site_document

REMOVED_NOTE = "Removed sample sections"


def find(session: Session, user_id: int | None, project_id: int) -> list[SampleBlock]:
    """The sample blocks of the project's current pages, in page order."""
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_READ)
    return sample_blocks(site_document(session, project))


def remove_all(session: Session, user_id: int | None, project_id: int) -> list[int]:
    """Save a version without sample blocks of every page that has some; the ids of those pages."""
    project = policy.require_project(session, user_id, project_id, Action.PAGE_EDIT)
    live = live_pages(session, project.id)
    versions = latest_versions(session, [page.id for page in live])
    changed = []
    for page in live:
        version = versions.get(page.id)
        if version is None or not any(b.get("sample") for b in version.document.get("content", [])):
            continue
        pages.save(session, user_id, project.id, page.id, without_samples(version.document),
                   base_version=version.number, note=REMOVED_NOTE)
        changed.append(page.id)
    return changed
