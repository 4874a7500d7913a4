"""Reconciliation: a job on the durable queue that re-reads every organization's
subscription from Stripe, so a webhook Stripe never delivered (or we never received) heals
itself within the hour. Each worker queues it hourly; `bubblegum billing reconcile` and the
billing page's "Refresh from Stripe" run it on demand."""

from __future__ import annotations

import logging

from sqlmodel import Session, select

from bubblegum.config import get_settings
from bubblegum.db import session_scope
from bubblegum.models import Job, Organization
from bubblegum.services import jobs
from bubblegum.services.billing.sync import sync_org
from bubblegum.services.errors import ServiceError
from bubblegum.services.policy import Action, require

log = logging.getLogger(__name__)
RECONCILE_JOB = "billing.reconcile"


@jobs.register(RECONCILE_JOB, max_attempts=3, timeout=600)
def reconcile_job(ctx: jobs.JobContext) -> dict:
    """Payload {"organization_id": n} for one organization, {} for all with a Stripe customer."""
    return reconcile(ctx.payload.get("organization_id"), progress=ctx.progress)


def reconcile(org_id: int | None = None, progress=None) -> dict:
    with session_scope() as session:
        query = select(Organization.id).where(Organization.stripe_customer_id.is_not(None),
                                              Organization.deleted_at.is_(None))
        ids = session.exec(query.where(Organization.id == org_id) if org_id else query).all()
    changed, failed = [], []
    for n, one in enumerate(ids):
        try:
            with session_scope() as session:
                org = session.get(Organization, one)
                before = org.plan
                row = sync_org(session, org, reason="reconcile")
                if before != org.plan:
                    changed.append({"organization_id": one, "old": before, "new": org.plan, "status": row.status})
        except ServiceError as error:  # Stripe unreachable for one: the others still heal
            log.warning("billing reconcile of organization %s failed: %s", one, error.message)
            failed.append(one)
        if progress:
            progress((n + 1) / len(ids), f"Checked {n + 1} of {len(ids)} organizations")
    return {"checked": len(ids), "changed": changed, "failed": failed}


def request(session: Session, user_id: int, org_id: int) -> int:
    """Queue a reconciliation of the caller's organization now (admins and owners)."""
    require(session, user_id, org_id, Action.BILLING_READ)
    return jobs.enqueue(RECONCILE_JOB, {"organization_id": org_id}, org_id, user_id, session=session)


@jobs.every(3600, "billing.hourly")
def hourly() -> None:
    if not get_settings().billing_enabled:
        return
    with session_scope() as session:
        waiting = session.exec(select(Job.id).where(Job.kind == RECONCILE_JOB, Job.status == jobs.QUEUED,
                                                    Job.organization_id.is_(None))).first()
    if waiting is None:
        jobs.enqueue(RECONCILE_JOB, {})
