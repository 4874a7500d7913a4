"""Mail about new leads through the mail service (its log outbox in tests): each lead to
those who chose it, a daily digest, nothing for spam; who may choose what; the hourly task."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bubblegum.db import session_scope, utcnow
from bubblegum.models import Job, Submission
from bubblegum.services import jobs
from bubblegum.services.errors import InvalidInput, NotFound, PermissionDenied
from bubblegum.services.leads import inbox_settings, notify

from .conftest import OUTBOX, post


def choose(site, role, member_role, mode):
    with session_scope() as db:
        inbox_settings.set_notification(db, site["users"][role], site["project"], site["users"][member_role], mode)


def run_notify_jobs() -> list[dict]:
    with session_scope() as db:
        ids = db.exec(select(Job.id).where(Job.kind == notify.NOTIFY_JOB, Job.status == "queued")).all()
    return [jobs.run_job_now(job_id).result for job_id in ids]


def test_each_new_lead_mails_owners_by_default_and_members_who_chose_it(site):
    choose(site, "viewer", "viewer", "each")
    post(site)
    assert run_notify_jobs() == [{"sent": 2}]
    assert sorted(mail.to for mail in OUTBOX) == ["owner@example.com", "viewer@example.com"]
    sent = OUTBOX[-1]
    assert sent.subject == "New lead on Harbor & Pine: Ada Lovelace"
    assert "Can you fit a kitchen in May?" in sent.body and "Email: ada@example.com" in sent.body
    assert f"/dashboard/leads/{site['project']}" in sent.body


def test_spam_and_members_who_chose_no_mail_get_nothing(site):
    choose(site, "owner", "owner", "off")
    post(site, _hp="bot")
    post(site, email="real@example.com", client_ip="198.51.100.9")
    assert run_notify_jobs() == [{"sent": 0}]
    assert list(OUTBOX) == []


def test_who_may_choose_what(site):
    with pytest.raises(PermissionDenied):
        choose(site, "viewer", "editor", "each")
    with pytest.raises(InvalidInput):
        choose(site, "viewer", "viewer", "hourly")
    with pytest.raises(NotFound):
        choose(site, "outsider", "outsider", "each")
    with pytest.raises(NotFound):
        choose(site, "owner", "outsider", "each")
    choose(site, "owner", "editor", "digest")
    with session_scope() as db:
        notices = inbox_settings.get_settings(db, site["users"]["viewer"], site["project"]).members
    assert {notice.email: notice.mode for notice in notices} == \
        {"owner@example.com": "each", "editor@example.com": "digest", "viewer@example.com": "off"}


def test_daily_digest_once_a_day_with_the_new_leads(site):
    choose(site, "editor", "editor", "digest")
    post(site)
    OUTBOX.clear()
    assert notify.send_due_digests() == 1
    [digest] = OUTBOX
    assert digest.to == "editor@example.com" and digest.subject == "1 new lead(s) on Harbor & Pine"
    assert "Ada Lovelace" in digest.body
    assert notify.send_due_digests() == 0  # sent today already
    post(site, name="Grace Hopper", email="later@example.com", client_ip="198.51.100.10")
    assert notify.send_due_digests(utcnow() + timedelta(hours=25)) == 1
    assert "later@example.com" in OUTBOX[-1].body and "Ada Lovelace" not in OUTBOX[-1].body


def test_hourly_task_applies_every_sites_retention(site):
    post(site)
    with session_scope() as db:
        inbox_settings.set_retention(db, site["users"]["owner"], site["project"], 30)
        db.exec(select(Submission)).one().created_at = utcnow() - timedelta(days=31)
    assert notify.purge_all_expired() == 1


def test_workers_run_periodic_tasks_once_per_interval():
    from bubblegum.services.jobs.periodic import PeriodicRunner, every

    calls = []
    every(3600, "test.count")(lambda: calls.append(1))
    runner = PeriodicRunner()
    try:
        assert "test.count" in runner.run_due()
        assert "test.count" not in runner.run_due()
        assert calls == [1]
    finally:
        from bubblegum.services.jobs import periodic

        periodic._tasks.pop("test.count")


def test_worker_once_sends_due_digests_for_cron(site):
    from typer.testing import CliRunner

    from bubblegum.cli import app

    choose(site, "viewer", "viewer", "digest")
    post(site)
    OUTBOX.clear()
    result = CliRunner().invoke(app, ["worker", "--once"])
    assert result.exit_code == 0, result.output
    assert [mail.to for mail in OUTBOX if "new lead(s)" in mail.subject] == ["viewer@example.com"]
    assert "owner@example.com" in [mail.to for mail in OUTBOX]  # and the queued per-lead mail
