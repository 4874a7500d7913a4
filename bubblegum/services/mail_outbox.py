"""The outbox: where mail goes when no SMTP server is configured.

Each message is one JSON file under `<data dir>/outbox/` (folder 0700, files 0600), for the
operator to read with `bubblegum mail outbox` / `mail show ID`. It is kept out of the database
and the log on purpose: messages carry single-use links (reset, invitation, sign-up), and a
database dump or a shipped log must not reveal a usable one. The newest 1,000 are kept.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from bubblegum.config import get_settings
from bubblegum.db import utcnow
from bubblegum.services.errors import NotFound

MAX_KEPT = 1000  # the newest messages; older ones are deleted, so anonymous sign-ups cannot fill the disk
ID_PATTERN = re.compile(r"^\d{8}T\d{12}-[0-9a-f]{8}$")


@dataclass(frozen=True)
class StoredMail:
    id: str
    created_at: str
    to: str
    subject: str
    body: str


def outbox_dir() -> Path:
    folder = get_settings().ensure_data_dir() / "outbox"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def store(to: str, subject: str, body: str) -> StoredMail:
    """Write one message, readable by the service user only; returns it with its id."""
    now = utcnow()
    mail = StoredMail(id=f"{now:%Y%m%dT%H%M%S%f}-{secrets.token_hex(4)}", created_at=now.isoformat(timespec="seconds"),
                      to=to, subject=subject, body=body)
    fd = os.open(outbox_dir() / f"{mail.id}.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(mail), handle, ensure_ascii=False)
    for old in sorted(outbox_dir().glob("*.json"), reverse=True)[MAX_KEPT:]:
        old.unlink(missing_ok=True)
    return mail


def _read(path: Path) -> StoredMail:
    return StoredMail(**json.loads(path.read_text(encoding="utf-8")))


def recent(limit: int = 20) -> list[StoredMail]:
    """The newest messages first."""
    paths = sorted(outbox_dir().glob("*.json"), reverse=True)[:max(limit, 0)]
    return [_read(path) for path in paths]


def get(mail_id: str) -> StoredMail:
    path = outbox_dir() / f"{mail_id}.json"
    if not ID_PATTERN.match(mail_id or "") or not path.exists():
        raise NotFound(f"No message {mail_id!r} in the outbox. `bubblegum mail outbox` lists them.")
    return _read(path)
