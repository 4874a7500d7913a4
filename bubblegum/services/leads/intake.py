"""A visitor's post becomes a lead: judged by the site's spam filter, stored either way (spam
with its reason), and, when it is a lead, a notification job queued in the same transaction."""

from __future__ import annotations

from sqlmodel import select

from bubblegum.db import session_scope
from bubblegum.models import LeadInboxSettings, Project, Submission
from bubblegum.services import jobs, webhooks
from bubblegum.services.leads import spam
from bubblegum.services.leads.notify import NOTIFY_JOB

META_LIMITS = {"_page": 120, "_block": 64}


def site_filter(settings: LeadInboxSettings | None) -> spam.SiteFilter:
    if settings is None:
        return spam.SiteFilter()
    return spam.SiteFilter(frozenset(settings.blocked_senders or []), frozenset(settings.allowed_senders or []),
                           dict(settings.word_weights or {}))


def receive(project_id: int, kind: str, fields: dict[str, str], form: dict[str, str], *, visitor: str,
            over_rate: bool) -> spam.Verdict | None:
    """Store one checked post (`fields`) with its page and form; the spam verdict, None for a lead."""
    page, block = ((form.get(name) or "")[:limit] for name, limit in META_LIMITS.items())
    with session_scope() as session:
        settings = session.exec(select(LeadInboxSettings).where(LeadInboxSettings.project_id == project_id)).first()
        verdict = spam.judge(fields, form, site_filter(settings), over_rate=over_rate)
        row = Submission(project_id=project_id, kind=kind, page_slug=page, data={**fields, "block": block},
                         ip_hash=visitor, sender=fields.get("email", "").lower(),
                         search_text=" ".join([*fields.values(), page]).lower(),
                         spam_reason=verdict.reason if verdict else "", spam_detail=verdict.detail[:200] if verdict else "")
        session.add(row)
        session.flush()
        if verdict is None:
            jobs.enqueue(NOTIFY_JOB, {"lead_id": row.id}, session=session)
            project = session.get(Project, project_id)
            webhooks.emit(session, project.organization_id, "form.submitted",
                          {"site_id": project_id, "lead_id": row.id, "kind": kind, "page": page, "fields": fields})
    return verdict
