"""Publishing as a durable job (`site.publish`): the editor, the API and the CLI enqueue it.
Its outcome is an event for webhooks: `site.published` or `deployment.failed`."""

from __future__ import annotations

from bubblegum.services import jobs, webhooks
from bubblegum.services.publishing.deploy import PublishError, publish
from bubblegum.services.publishing.urls import site_base_url

PUBLISH = "site.publish"


@jobs.register(PUBLISH, max_attempts=1, timeout=900)
def run_publish(ctx: jobs.JobContext) -> dict:
    from bubblegum.db import session_scope
    from bubblegum.models import Project

    project_id = ctx.payload["project_id"]
    try:
        deployment = publish(project_id, user_id=ctx.user_id, progress=ctx.progress,
                             omit_samples=bool(ctx.payload.get("omit_samples")))
    except PublishError as error:
        with session_scope() as session:
            project = session.get(Project, project_id)
            webhooks.emit(session, project.organization_id, "deployment.failed",
                          {"site_id": project_id, "error": str(error)[:500]})
        raise jobs.JobFailed(str(error)) from error
    with session_scope() as session:
        project = session.get(Project, project_id)
        url = site_base_url(project)
        webhooks.emit(session, project.organization_id, "site.published",
                      {"site_id": project_id, "deployment_id": deployment.id, "url": url})
    return {"deployment_id": deployment.id, "url": url, **deployment.manifest.get("stats", {})}
