"""Generating a project from a prompt as a durable job (`ai.generate_project`)."""

from __future__ import annotations

from sqlmodel import Session

from bubblegum.db import session_scope
from bubblegum.services import jobs, policy
from bubblegum.services.ai.base import AIError
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.projects import create_project_from_prompt
from bubblegum.services.errors import InvalidInput, ServiceError
from bubblegum.services.policy import Action
from bubblegum.services.publishing.site_documents import live_pages

GENERATE_PROJECT = "ai.generate_project"
MAX_PROMPT = 2000


def start_generation(session: Session, user_id: int, org_id: int, prompt: str, *, business_type: str = "",
                     style: str = "", brief: Brief | None = None) -> int:
    """Queue the generation of a new project from a prompt (admins who may use the AI)."""
    prompt = " ".join((prompt or "").split())
    if not prompt or len(prompt) > MAX_PROMPT:
        raise InvalidInput(f"Describe the business in at most {MAX_PROMPT} characters.", field="prompt")
    policy.require(session, user_id, org_id, Action.PROJECT_CREATE)
    policy.require(session, user_id, org_id, Action.AI_USE)
    return jobs.enqueue(GENERATE_PROJECT, {"prompt": prompt, "business_type": business_type, "style": style,
                                           "brief": brief.model_dump(mode="json") if brief else None},
                        org_id=org_id, user_id=int(user_id), session=session)


@jobs.register(GENERATE_PROJECT, max_attempts=1, timeout=300)
def run_generate_project(ctx: jobs.JobContext) -> dict:
    payload = ctx.payload
    brief = Brief.model_validate(payload["brief"]) if payload.get("brief") else None
    try:
        with session_scope() as db:
            project_id = create_project_from_prompt(
                db, ctx.user_id, ctx.organization_id, payload["prompt"], payload.get("business_type") or None,
                payload.get("style") or None, progress=lambda message, done: ctx.progress(done * 0.95, message),
                brief=brief,
            )
            home = live_pages(db, project_id)[0]
    except (AIError, ServiceError) as error:
        raise jobs.JobFailed(error.message) from error
    return {"project_id": project_id, "page_id": home.id}
