"""Random single-purpose tokens (sessions, password resets, invitations): the token goes to
the person, only its SHA-256 is stored, so a database leak reveals no usable token."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from bubblegum.db import utcnow


def new_token() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


def token_hash(token: str) -> str:
    return hashlib.sha256((token or "").encode()).hexdigest()


def as_aware(moment: datetime | None) -> datetime | None:
    """Times read back from SQLite may be naive; they are UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    from datetime import UTC

    return moment.replace(tzinfo=UTC)


def is_past(moment: datetime | None) -> bool:
    return moment is not None and as_aware(moment) <= utcnow()
