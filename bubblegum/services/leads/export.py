"""A site's leads as CSV (editors): spreadsheet-safe cells, audited without the data itself."""

from __future__ import annotations

import csv
import io

from sqlmodel import Session, select

from bubblegum.models import Submission
from bubblegum.services import audit
from bubblegum.services.leads.inbox import lead_of
from bubblegum.services.policy import Action, require_project

COLUMNS = ("id", "received_utc", "form", "page", "name", "email", "phone", "message", "read", "starred", "archived",
           "spam_reason")


def spreadsheet_cell(value: object) -> str:
    """Text a spreadsheet shows as text: a leading =, +, -, @ or tab would run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(session: Session, user_id: int, project_id: int, *, spam: bool = False, ip: str = "") -> str:
    """Every lead (archived included), or with `spam` every spam post, oldest first."""
    project = require_project(session, user_id, project_id, Action.SUBMISSION_MANAGE)
    query = select(Submission).where(Submission.project_id == project.id)
    query = query.where(Submission.spam_reason != "" if spam else Submission.spam_reason == "")
    rows = [lead_of(row) for row in session.exec(query.order_by(Submission.created_at, Submission.id)).all()]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for lead in rows:
        writer.writerow([spreadsheet_cell(value) for value in (
            lead.id, f"{lead.created_at:%Y-%m-%d %H:%M:%S}", lead.kind, "/" + lead.page,
            *(lead.fields.get(name, "") for name in ("name", "email", "phone", "message")),
            "yes" if lead.read else "no", "yes" if lead.starred else "no", "yes" if lead.archived else "no",
            lead.spam_label)])
    audit.record(session, "leads.exported", org_id=project.organization_id, actor_id=user_id,
                 target_type="project", target_id=project.id, ip=ip, count=len(rows), spam=spam)
    return out.getvalue()
