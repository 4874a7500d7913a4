"""At most ``ai_generations_per_org`` generations run at once per organization, whatever
the number of tabs, people, workers or processes: each running generation holds a slot row
(``AIGenerationLease``, unique per organization and slot) in the shared database, taken and
given back in transactions of their own. A lease expires after ``LEASE_LIFETIME``, so a
crashed worker never blocks its organization for longer than that."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import sqlalchemy as sa

from bubblegum.config import get_settings
from bubblegum.db import session_scope, utcnow
from bubblegum.models import AIGenerationLease
from bubblegum.services.errors import Conflict

LEASE_LIFETIME = timedelta(minutes=10)  # longer than the generation job's timeout (300 s)
BUSY = "One generation is already running for your organization. Wait for it to finish, then try again."


class GenerationRunning(Conflict):
    code = "GENERATION_RUNNING"


@contextmanager
def generation_slot(org_id: int) -> Iterator[None]:
    """Hold one of the organization's generation slots for the ``with`` block, or GenerationRunning."""
    holder = secrets.token_hex(16)
    if not any(_take(org_id, slot, holder) for slot in range(get_settings().ai_generations_per_org)):
        raise GenerationRunning(BUSY)
    try:
        yield
    finally:
        with session_scope() as session:
            session.execute(sa.delete(AIGenerationLease.__table__).where(AIGenerationLease.__table__.c.holder == holder))


def _take(org_id: int, slot: int, holder: str) -> bool:
    table = AIGenerationLease.__table__
    now = utcnow()
    with session_scope() as session:  # an expired lease is taken over in place
        taken = session.execute(sa.update(table).where(table.c.organization_id == org_id, table.c.slot == slot,
                                                       table.c.expires_at < now)
                                .values(holder=holder, expires_at=now + LEASE_LIFETIME)).rowcount
    if taken:
        return True
    try:
        with session_scope() as session:
            session.execute(sa.insert(table).values(organization_id=org_id, slot=slot, holder=holder,
                                                    expires_at=now + LEASE_LIFETIME))
        return True
    except sa.exc.IntegrityError:
        return False
