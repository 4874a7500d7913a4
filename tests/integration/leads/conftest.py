"""A site with people of every role, and helpers that post to its forms as visitors do."""

from __future__ import annotations

import shutil

import pytest

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.services import mail_outbox, rate_limit, sessions
from bubblegum.services.projects import create_blank

from ..people import org_with_people


class SentMail:
    """What the mail service sent in this test (its outbox, oldest first)."""

    def _all(self) -> list[mail_outbox.StoredMail]:
        return list(reversed(mail_outbox.recent(10_000)))

    def __iter__(self):
        return iter(self._all())

    def __getitem__(self, index: int) -> mail_outbox.StoredMail:
        return self._all()[index]

    def clear(self) -> None:
        shutil.rmtree(mail_outbox.outbox_dir(), ignore_errors=True)


OUTBOX = SentMail()


@pytest.fixture
def site(database_url, monkeypatch, tmp_path) -> dict:
    rate_limit.reset_all()
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))  # an outbox of this test's own
    get_settings.cache_clear()
    with session_scope() as db:
        org, people = org_with_people(db)
        project = create_blank(db, people["owner"].id, org.id, "Harbor & Pine")
        ids = {role: user.id for role, user in people.items()}
        tokens = {role: sessions.start(db, user) for role, user in people.items()}
    yield {"project": project.id, "slug": project.slug, "org": org.id, "users": ids, "tokens": tokens}
    rate_limit.reset_all()


def post(site: dict, kind: str = "contact", client_ip: str = "203.0.113.7", **fields) -> bool:
    """A visitor's post through the form endpoint's service; True when it is a lead."""
    from bubblegum.services.publishing import forms

    form = {"name": "Ada Lovelace", "email": "ada@example.com", "message": "Can you fit a kitchen in May?",
            "_page": "contact", "_block": "b_form"} if kind == "contact" else {"email": "ada@example.com"}
    return forms.submit(site["project"], kind, {**form, **fields}, client_ip=client_ip)
