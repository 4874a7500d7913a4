"""Publishing use cases for callers acting for a person (the editor, the REST API): start a
publish, list deployments, make one live again. Each checks the caller through the policy,
so no caller has to remember to; the work itself stays in `deploy` and the `site.publish` job.

A publish asked for while one of the same site is still queued joins it (the same job is
returned): repeated publishes are merged, not refused."""

from __future__ import annotations

from sqlmodel import Session, select

from bubblegum.models import Deployment, Job
from bubblegum.services import audit, jobs, policy
from bubblegum.services.errors import NotFound
from bubblegum.services.policy import Action
from bubblegum.services.publishing.jobs import PUBLISH


def start_publish(session: Session, user_id: int, project_id: int) -> int:
    """The id of the `site.publish` job that will publish the project (a queued one if any)."""
    project = policy.require_project(session, user_id, project_id, Action.SITE_PUBLISH)
    queued = session.exec(select(Job).where(Job.kind == PUBLISH, Job.status == jobs.QUEUED,
                                            Job.organization_id == project.organization_id,
                                            Job.created_by_id == int(user_id))).all()
    for job in queued:
        if job.payload.get("project_id") == project.id:
            return job.id
    return jobs.enqueue(PUBLISH, {"project_id": project.id}, org_id=project.organization_id, user_id=int(user_id),
                        session=session)


def list_deployments(session: Session, user_id: int, project_id: int) -> list[Deployment]:
    project = policy.require_project(session, user_id, project_id, Action.PROJECT_READ)
    return list(session.exec(select(Deployment).where(Deployment.project_id == project.id)
                             .order_by(Deployment.id.desc())).all())


def get_deployment(session: Session, user_id: int, project_id: int, deployment_id: int,
                   action: Action = Action.PROJECT_READ) -> Deployment:
    project = policy.require_project(session, user_id, project_id, action)
    deployment = session.get(Deployment, deployment_id) if isinstance(deployment_id, int) else None
    if deployment is None or deployment.project_id != project.id:
        raise NotFound("That deployment was not found.")
    return deployment


def make_live(session: Session, user_id: int, project_id: int, deployment_id: int) -> Deployment:
    """Roll the live site back (or forward) to an earlier successful deployment."""
    deployment = get_deployment(session, user_id, project_id, deployment_id, Action.SITE_PUBLISH)
    if deployment.status != "ready":
        raise NotFound("Only a successful deployment can be made live.")
    project = policy.require_project(session, user_id, project_id, Action.SITE_PUBLISH)
    project.live_deployment_id = deployment.id
    audit.record(session, "site.rollback", org_id=project.organization_id, actor_id=int(user_id),
                 target_type="deployment", target_id=deployment.id)
    return deployment
