"""Mail about new leads, through the mail service: one per lead to the members who chose
"each" (a job queued when the lead arrives), and a daily digest to those who chose "digest".
Every worker runs ``hourly``: due digests go out and expired leads are deleted."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bubblegum import routes
from bubblegum.db import session_scope, utcnow
from bubblegum.models import LeadInboxSettings, LeadSubscription, Project, Submission
from bubblegum.services import jobs, mail
from bubblegum.services.leads.inbox_settings import member_notices, purge_expired, settings_row

NOTIFY_JOB = "leads.notify"
DIGEST_EVERY = timedelta(days=1)
DIGEST_MAX_LEADS = 50


def inbox_link(project_id: int) -> str:
    return mail.app_link(routes.leads(project_id))


def _one_line(text: str, limit: int = 80) -> str:
    return " ".join(str(text).split())[:limit]


def lead_text(row: Submission) -> str:
    data = row.data or {}
    lines = [f"{label}: {_one_line(data[key], 300)}" for key, label in
             (("name", "Name"), ("email", "Email"), ("phone", "Phone")) if data.get(key)]
    if data.get("message"):
        lines += ["Message:", str(data["message"])]
    lines.append(f"Form: {row.kind} on page /{row.page_slug} at {row.created_at:%Y-%m-%d %H:%M} UTC")
    return "\n".join(lines)


def recipients(session: Session, project: Project, mode: str) -> list[str]:
    return [notice.email for notice in member_notices(session, project) if notice.mode == mode]


@jobs.register(NOTIFY_JOB, max_attempts=3, timeout=120)
def send_new_lead_mail(ctx: jobs.JobContext) -> dict:
    """Mail one new lead to every member who chose "each"."""
    with session_scope() as session:
        row = session.get(Submission, ctx.payload.get("lead_id"))
        project = session.get(Project, row.project_id) if row else None
        if row is None or row.spam_reason or project is None or project.deleted_at is not None:
            return {"sent": 0}
        to = recipients(session, project, "each")
        who = _one_line(row.data.get("name") or row.sender or "a visitor")
        subject, body = f"New lead on {project.name}: {who}", f"{lead_text(row)}\n\nOpen the inbox: {inbox_link(project.id)}\n"
    for address in to:
        mail.send(address, subject, body)
    return {"sent": len(to)}


def send_due_digests(now: datetime | None = None) -> int:
    """Send each site's digest when a day has passed since its last; returns the mails sent."""
    now, sent = now or utcnow(), 0
    with session_scope() as session:
        project_ids = session.exec(select(LeadSubscription.project_id).where(LeadSubscription.mode == "digest")
                                   .distinct()).all()
        for project in (session.get(Project, project_id) for project_id in project_ids):
            if project is not None and project.deleted_at is None:
                sent += _send_digest(session, project, now)
    return sent


def _send_digest(session: Session, project: Project, now: datetime) -> int:
    settings = settings_row(session, project.id)
    last = settings.digest_sent_at
    if last is not None and last > now - DIGEST_EVERY:
        return 0
    claimed = session.execute(sa.update(LeadInboxSettings).where(
        LeadInboxSettings.id == settings.id,
        LeadInboxSettings.digest_sent_at.is_(None) if last is None else LeadInboxSettings.digest_sent_at == last,
    ).values(digest_sent_at=now)).rowcount  # another worker may have sent it already
    since = last or now - DIGEST_EVERY
    leads = session.exec(select(Submission).where(Submission.project_id == project.id, Submission.spam_reason == "",
                                                  Submission.created_at > since, Submission.created_at <= now)
                         .order_by(Submission.created_at).limit(DIGEST_MAX_LEADS + 1)).all()
    if not claimed or not leads:
        return 0
    count = f"{DIGEST_MAX_LEADS}+" if len(leads) > DIGEST_MAX_LEADS else str(len(leads))
    body = "\n\n---\n\n".join(lead_text(row) for row in leads[:DIGEST_MAX_LEADS])
    to = recipients(session, project, "digest")
    for address in to:
        mail.send(address, f"{count} new lead(s) on {project.name}",
                  f"{body}\n\nOpen the inbox: {inbox_link(project.id)}\n")
    return len(to)


def purge_all_expired() -> int:
    """Apply every site's retention; returns the leads deleted."""
    with session_scope() as session:
        project_ids = session.exec(select(LeadInboxSettings.project_id)
                                   .where(LeadInboxSettings.retention_days > 0)).all()
        return sum(purge_expired(session, session.get(Project, project_id)) for project_id in project_ids)


@jobs.every(3600, "leads.hourly")
def hourly() -> None:
    purge_all_expired()
    send_due_digests()
