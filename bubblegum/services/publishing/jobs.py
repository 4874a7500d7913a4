"""Publishing as a durable job (`site.publish`): the editor, the API and the CLI enqueue it."""

from __future__ import annotations

from bubblegum.services import jobs
from bubblegum.services.publishing.deploy import PublishError, publish
from bubblegum.services.publishing.urls import site_base_url

PUBLISH = "site.publish"


@jobs.register(PUBLISH, max_attempts=1, timeout=900)
def run_publish(ctx: jobs.JobContext) -> dict:
    try:
        deployment = publish(ctx.payload["project_id"], user_id=ctx.user_id, progress=ctx.progress,
                             omit_samples=bool(ctx.payload.get("omit_samples")))
    except PublishError as error:
        raise jobs.JobFailed(str(error)) from error
    from bubblegum.db import session_scope
    from bubblegum.models import Project

    with session_scope() as session:
        url = site_base_url(session.get(Project, ctx.payload["project_id"]))
    return {"deployment_id": deployment.id, "url": url, **deployment.manifest.get("stats", {})}
