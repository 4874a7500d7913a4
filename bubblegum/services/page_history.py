"""Page history stays bounded: autosaves coalesce, and old autosaves are pruned.

A version without a note is an *autosave* (the editor saves as the person types); a version
with a note is *named* (restores, imports, generated pages, a note someone gave it). A
version that was sent to publishing carries ``published_at``.

- Coalescing: an autosave by the same person within ``autosave_coalesce_seconds`` of the
  start of the previous autosave, which is the page's newest version and was never
  published, replaces that version: one row is rewritten with the new document and the next
  number (so an editor holding the old number still gets a conflict), in an update guarded
  by the number it read (two saves racing cannot both win).
- Pruning: after each save, while a page has more than ``page_history_max_versions``
  versions or more than ``page_history_max_bytes`` of documents, its oldest autosaves go.
  Named and published versions, and the newest version, are always kept.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.models import PageVersion


def coalesces(previous: PageVersion, author_id: int, note: str) -> bool:
    """Whether an autosave by ``author_id`` replaces ``previous`` (the page's newest version)."""
    window = timedelta(seconds=get_settings().autosave_coalesce_seconds)
    return (not note and not previous.note and previous.author_id == author_id and previous.published_at is None
            and utcnow() - previous.created_at < window)


def replace_autosave(session: Session, previous: PageVersion, document: dict) -> bool:
    """Rewrite ``previous`` as the next version; False if someone saved meanwhile."""
    table = PageVersion.__table__
    result = session.execute(
        sa.update(table).where(table.c.id == previous.id, table.c.number == previous.number)
        .values(number=previous.number + 1, document=document))
    if result.rowcount != 1:
        return False
    session.expire(previous)
    return True


def prune(session: Session, page_id: int) -> int:
    """Delete the oldest autosaves over the page's limits; return how many went."""
    settings = get_settings()
    size = sa.func.length(sa.cast(PageVersion.document, sa.Text))
    rows = session.exec(select(PageVersion.id, PageVersion.note, PageVersion.published_at, size)
                        .where(PageVersion.page_id == page_id).order_by(PageVersion.number)).all()
    count, total = len(rows), sum(row[3] or 0 for row in rows)
    doomed = []
    for version_id, note, published_at, length in rows[:-1]:  # the newest version always stays
        if count <= settings.page_history_max_versions and total <= settings.page_history_max_bytes:
            break
        if note or published_at is not None:
            continue
        doomed.append(version_id)
        count, total = count - 1, total - (length or 0)
    if doomed:
        session.execute(sa.delete(PageVersion.__table__).where(PageVersion.__table__.c.id.in_(doomed)))
    return len(doomed)


def mark_published(session: Session, version_ids: list[int]) -> None:
    """Keep these versions for good: they were sent to publishing."""
    if version_ids:
        table = PageVersion.__table__
        session.execute(sa.update(table).where(table.c.id.in_(version_ids), table.c.published_at.is_(None))
                        .values(published_at=utcnow()))

