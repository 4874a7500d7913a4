"""The daily visitor hash: BLAKE2b keyed with a random salt of the UTC day, over the site,
the client's address and its user agent. The address and agent are never stored, and a
salt is deleted 48 hours after its day began, so yesterday's visitor cannot be matched to
today's, nor a hash turned back into an address.

Salts live in the database (every app worker must hash alike); each process keeps the
current one in memory.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from bubblegum.db import session_scope, utcnow
from bubblegum.models import AnalyticsSalt

SALT_LIFETIME = timedelta(hours=48)
_cache: dict[date, bytes] = {}
_lock = threading.Lock()


def salt_for(day: date) -> bytes:
    """The day's salt, created by whichever worker needs it first."""
    salt = _cache.get(day)
    if salt is not None:
        return salt
    with _lock:
        if day not in _cache:
            _cache.clear()  # only today's is ever needed again
            _cache[day] = _load_or_create(day)
        return _cache[day]


def has_salt(day: date) -> bool:
    return day in _cache


def _load_or_create(day: date) -> bytes:
    with session_scope() as session:
        row = session.get(AnalyticsSalt, day)
        if row is not None:
            return row.salt
    try:
        with session_scope() as session:
            session.add(AnalyticsSalt(day=day, salt=secrets.token_bytes(32)))
    except sa.exc.IntegrityError:  # another worker created it first
        pass
    with session_scope() as session:
        return session.get(AnalyticsSalt, day).salt


def visitor_hash(project_id: int, address: str, user_agent: str, when: datetime | None = None) -> str:
    """16 hex digits naming one visitor of one site for one UTC day."""
    day = (when or utcnow()).date()
    digest = hashlib.blake2b(f"{project_id}\n{address}\n{user_agent}".encode(), key=salt_for(day), digest_size=8)
    return digest.hexdigest()


def delete_old_salts(session: Session, now: datetime | None = None) -> int:
    """Delete the salts of days that began 48 hours ago or more; returns how many."""
    cutoff = ((now or utcnow()) - SALT_LIFETIME).date()
    result = session.execute(sa.delete(AnalyticsSalt).where(AnalyticsSalt.day <= cutoff))
    return result.rowcount or 0


def forget_cached_salts() -> None:
    """Drop the in-process copy (tests; a database switched under a running process)."""
    with _lock:
        _cache.clear()
