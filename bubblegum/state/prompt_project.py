""""New project from a prompt" on the dashboard: an `ai.generate_project` job with live
progress; the editor opens on the new site when it is done."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import jobs, policy
from bubblegum.services.ai.base import AIError, check_prompt
from bubblegum.services.errors import ServiceError
from bubblegum.services.generation_jobs import GENERATE_PROJECT
from bubblegum.services.policy import Action
from bubblegum.state.job_progress import follow_job
from bubblegum.state.session import FormState, SessionState


class PromptProjectState(FormState, SessionState):
    prompt_open: bool = False
    generating: bool = False
    progress: int = 0
    progress_message: str = ""

    @rx.event
    def set_prompt_open(self, value: bool):
        if not self.generating:
            self.prompt_open, self.errors = value, {}

    @rx.event(background=True)
    async def generate(self, form: dict):
        async with self:
            if self.generating:
                return
            try:
                prompt = check_prompt(form.get("prompt", ""))
                with self._signed_in() as (db, me):
                    user_id = me.user_id
                    policy.require(db, me.user_id, me.org_id, Action.PROJECT_CREATE)
                    policy.require(db, me.user_id, me.org_id, Action.AI_USE)
                    job_id = jobs.enqueue(GENERATE_PROJECT, {
                        "prompt": prompt, "business_type": form.get("business_type", ""),
                        "style": form.get("style", ""),
                    }, org_id=me.org_id, user_id=me.user_id, session=db)
            except AIError as error:
                self.errors = {"prompt": error.message}
                return
            except ServiceError as error:
                self._fail(error)
                return
            self.generating, self.progress, self.errors = True, 0, {}
            self.progress_message = "Reading your description"

        async def report(view: jobs.JobView) -> None:
            async with self:
                self.progress, self.progress_message = int(view.progress * 100), view.message

        view = await follow_job(user_id, job_id, report)
        async with self:
            self.generating = False
            if view.status != jobs.DONE:
                self.errors = {"form": view.error or "The site could not be generated."}
                return
            self.prompt_open = False
        return rx.redirect(f"/editor/{view.result['project_id']}/{view.result['page_id']}")
