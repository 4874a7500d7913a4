"""The leads inbox service on SQLite and PostgreSQL: roles, views, search, marks, spam kept
and learnt from, erasure, retention, CSV."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import AuditLog, Submission
from bubblegum.services.errors import InvalidInput, NotFound, PermissionDenied, RateLimited
from bubblegum.services.leads import export, inbox, inbox_settings

from .conftest import post


def leads(site, role="viewer", **options):
    with session_scope() as db:
        return inbox.list_leads(db, site["users"][role], site["project"], **options)


def act(call, site, role, *args, **kwargs):
    with session_scope() as db:
        return call(db, site["users"][role], site["project"], *args, **kwargs)


def test_viewer_reads_leads_with_fields_page_and_reply_link(site):
    assert post(site) is True
    [lead] = leads(site)
    assert lead.fields == {"name": "Ada Lovelace", "email": "ada@example.com",
                           "message": "Can you fit a kitchen in May?"}
    assert lead.page == "contact" and lead.kind == "contact" and not lead.read and not lead.spam_label
    assert lead.reply_link("Harbor & Pine") == \
        "mailto:ada@example.com?subject=Re%3A%20your%20message%20to%20Harbor%20%26%20Pine"


def test_outsider_gets_not_found_and_viewer_cannot_manage(site):
    post(site)
    lead_id = leads(site)[0].id
    with pytest.raises(NotFound):
        leads(site, "outsider")
    with pytest.raises(PermissionDenied):
        act(inbox.update_lead, site, "viewer", lead_id, starred=True)
    with pytest.raises(PermissionDenied):
        act(export.export_csv, site, "viewer")
    with pytest.raises(PermissionDenied):
        act(inbox_settings.set_retention, site, "editor", 30)
    with pytest.raises(PermissionDenied):
        act(inbox.delete_all, site, "editor")
    assert not leads(site)[0].starred


def test_views_search_and_marks(site):
    post(site)
    post(site, name="Grace Hopper", email="grace@example.com", message="Quote for a bathroom, please")
    post(site, "newsletter", email="news@example.com")
    grace = next(lead for lead in leads(site) if lead.sender == "grace@example.com")
    act(inbox.update_lead, site, "editor", grace.id, starred=True)
    opened = act(inbox.open_lead, site, "editor", grace.id)
    assert opened.read
    assert [lead.sender for lead in leads(site, view="starred")] == ["grace@example.com"]
    assert {lead.sender for lead in leads(site, view="unread")} == {"ada@example.com", "news@example.com"}
    assert [lead.sender for lead in leads(site, search="BATHROOM")] == ["grace@example.com"]
    assert [lead.sender for lead in leads(site, search="100%")] == []
    act(inbox.update_lead, site, "editor", grace.id, archived=True)
    assert grace.id not in {lead.id for lead in leads(site)}
    assert [lead.id for lead in leads(site, view="archived")] == [grace.id]
    with session_scope() as db:
        assert inbox.unread_count(db, site["users"]["viewer"], site["project"]) == 2
        assert inbox.view_counts(db, site["users"]["viewer"], site["project"]) == \
            {"all": 2, "unread": 2, "starred": 1, "archived": 1, "spam": 0}
    with pytest.raises(InvalidInput):
        leads(site, view="everything")


def test_viewer_opening_a_lead_leaves_it_unread(site):
    post(site)
    lead_id = leads(site)[0].id
    assert not act(inbox.open_lead, site, "viewer", lead_id).read
    assert not leads(site)[0].read


@pytest.mark.parametrize(("fields", "reason", "label"), [
    ({"_hp": "http://spam.example"}, "honeypot", "Hidden field filled in (a bot)"),
    ({"message": "Best deals http://a.example http://b.example www.c.example"}, "content",
     "Content rules: 3 links in the message"),
    ({"name": "http://seo.example"}, "content", "Content rules: a link in the name"),
])
def test_spam_is_kept_with_its_reason(site, fields, reason, label):
    assert post(site, **fields) is False
    assert leads(site) == []
    [kept] = leads(site, view="spam")
    assert kept.spam_reason == reason and kept.spam_label == label


def test_too_fast_only_when_the_form_says_when_it_was_shown(site):
    import time

    assert post(site, _ts=str(int(time.time() * 1000))) is False
    assert post(site, email="slow@example.com", _ts=str(int(time.time()) - 60)) is True
    assert [lead.spam_reason for lead in leads(site, view="spam")] == ["too_fast"]


def test_visitor_over_the_rate_is_kept_as_spam(site):
    for number in range(5):
        post(site, "newsletter", email=f"n{number}@example.com")
    with pytest.raises(RateLimited):
        post(site, "newsletter", email="n5@example.com")
    assert [lead.sender for lead in leads(site, view="spam")] == ["n5@example.com"]
    assert leads(site, view="spam")[0].spam_label == "Too many posts from one visitor"


def test_filter_learns_from_spam_and_not_spam(site):
    post(site, email="seller@example.com", message="Cheap casino bonus crypto offer")
    spammy = leads(site)[0]
    act(inbox.mark_spam, site, "editor", spammy.id, is_spam=True)
    assert leads(site, view="spam")[0].spam_label == "Marked as spam"

    assert post(site, email="seller@example.com", message="Hello again", client_ip="198.51.100.1") is False
    assert leads(site, view="spam")[0].spam_label == "Blocked sender: seller@example.com"

    # the same words from someone else pass once (each weighs 1); a second mark makes them weigh 2
    assert post(site, email="other@example.com", message="casino bonus crypto", client_ip="192.0.2.1") is True
    act(inbox.mark_spam, site, "editor", leads(site)[0].id, is_spam=True)
    assert post(site, email="fine@example.com", message="Is the casino near you open late?",
                client_ip="192.0.2.8") is True
    assert post(site, email="new@example.com", message="Crypto casino bonus today", client_ip="192.0.2.9") is False
    newest = leads(site, view="spam")[0]
    assert newest.spam_reason == "learnt"
    assert newest.spam_label.startswith("Words you marked as spam: ") and newest.spam_label.endswith("(3 of 4 words)")

    act(inbox.mark_spam, site, "editor", newest.id, is_spam=False)  # "not spam": trusted from now on
    assert newest.id in {lead.id for lead in leads(site)}
    assert post(site, email="new@example.com", message="Crypto casino bonus again", client_ip="192.0.2.10") is True
    with session_scope() as db:
        settings = inbox_settings.get_settings(db, site["users"]["viewer"], site["project"])
    assert "new@example.com" in settings.allowed and "seller@example.com" in settings.blocked


def test_delete_one_erase_a_sender_and_delete_all_are_audited_without_personal_data(site):
    post(site)
    post(site, email="grace@example.com", client_ip="198.51.100.2")
    post(site, "newsletter", email="grace@example.com", client_ip="198.51.100.3")
    ada = next(lead for lead in leads(site) if lead.sender == "ada@example.com")
    with pytest.raises(InvalidInput):
        act(inbox.erase_sender, site, "editor", "not an address")
    assert act(inbox.erase_sender, site, "editor", " Grace@Example.com ") == 2
    act(inbox.delete_lead, site, "editor", ada.id)
    assert leads(site) == []
    with pytest.raises(NotFound):
        act(inbox.delete_lead, site, "editor", ada.id)
    post(site, email="last@example.com", client_ip="198.51.100.4")
    assert act(inbox.delete_all, site, "owner") == 1
    with session_scope() as db:
        entries = db.exec(select(AuditLog).where(AuditLog.action.startswith("lead"))).all()
        assert [entry.action for entry in entries] == ["leads.sender_erased", "lead.deleted", "leads.all_deleted"]
        assert "example.com" not in repr([entry.details for entry in entries])


def test_retention_deletes_older_leads_on_access(site):
    post(site)
    post(site, email="old@example.com", client_ip="198.51.100.5")
    with session_scope() as db:
        old = db.exec(select(Submission).where(Submission.sender == "old@example.com")).one()
        old.created_at = utcnow() - timedelta(days=40)
    with pytest.raises(InvalidInput):
        act(inbox_settings.set_retention, site, "owner", 45)
    assert act(inbox_settings.set_retention, site, "owner", 30) == 1
    assert [lead.sender for lead in leads(site)] == ["ada@example.com"]
    with session_scope() as db:
        young = db.exec(select(Submission)).one()
        young.created_at = utcnow() - timedelta(days=31)
    assert leads(site) == []


def test_csv_export_holds_every_lead_and_neutralises_formulas(site):
    post(site, name="=SUM(A1:A9)", message="Line one\nline two, with a comma")
    text = act(export.export_csv, site, "editor")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(export.COLUMNS)
    assert rows[1][4] == "'=SUM(A1:A9)" and rows[1][5] == "ada@example.com"
    assert rows[1][7] == "Line one\nline two, with a comma" and rows[1][3] == "/contact"
    assert len(rows) == 2
    assert len(list(csv.reader(io.StringIO(act(export.export_csv, site, "editor", spam=True))))) == 1
