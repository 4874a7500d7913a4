""""New project from a prompt" on the dashboard, in two steps: the description is read
into a brief shown for checking (with up to three questions when essentials are missing),
then an `ai.generate_project` job writes the site from the checked brief with live
progress, and the editor opens on it."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.services import jobs, policy
from bubblegum.services.ai import briefing
from bubblegum.services.ai.base import AIError, check_prompt
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.projects import read_brief
from bubblegum.services.errors import ServiceError
from bubblegum.services.generation_jobs import GENERATE_PROJECT
from bubblegum.services.policy import Action
from bubblegum.state.job_progress import follow_job
from bubblegum.state.session import FormState, SessionState


class PromptProjectState(FormState, SessionState):
    prompt_open: bool = False
    step: str = "describe"  # describe | brief
    reading: bool = False
    generating: bool = False
    progress: int = 0
    progress_message: str = ""
    prompt: str = ""
    style: str = ""
    business_type: str = ""
    questions: list[dict[str, str]] = []
    fields: dict[str, str] = {}  # the brief's editable fields as the form shows them
    offerings: str = ""
    constraints: list[str] = []
    _brief: dict = {}

    @rx.event
    def set_prompt_open(self, value: bool):
        if not self.generating and not self.reading:
            self.prompt_open, self.errors = value, {}
            if value:
                self.step = "describe"

    @rx.event
    def back(self):
        if not self.generating:
            self.step, self.errors = "describe", {}

    @rx.event
    def skip_question(self, field: str):
        self.questions = [q for q in self.questions if q["field"] != field]

    @rx.event(background=True)
    async def read_description(self, form: dict):
        """Step 1 → 2: read the description into a brief (metered like any AI call)."""
        async with self:
            if self.reading or self.generating:
                return
            try:
                prompt = check_prompt(form.get("prompt", ""))
                business_type = form.get("business_type", "")
                with self._signed_in() as (db, me):
                    user_id = me.user_id
                    policy.require(db, me.user_id, me.org_id, Action.PROJECT_CREATE)
                    brief = read_brief(db, me.user_id, me.org_id, prompt, business_type or None)
            except AIError as error:
                self.errors = {"prompt": error.message}
                return
            except ServiceError as error:
                return self._fail(error)
            self.prompt, self.style, self.business_type = prompt, form.get("style", ""), business_type
            self._show(brief)
            self.step, self.errors = "brief", {}

    @rx.event(background=True)
    async def generate(self, form: dict):
        """Step 2: answers and corrections applied, the site is written from the brief."""
        async with self:
            if self.generating or self.step != "brief" or not self._brief:
                return
            try:
                brief = briefing.correct(Brief.model_validate(self._brief), form)
                brief = briefing.apply_answers(brief, {q["field"]: form.get("answer_" + q["field"], "") for q in self.questions})
                with self._signed_in() as (db, me):
                    user_id = me.user_id
                    policy.require(db, me.user_id, me.org_id, Action.PROJECT_CREATE)
                    policy.require(db, me.user_id, me.org_id, Action.AI_USE)
                    job_id = jobs.enqueue(GENERATE_PROJECT, {
                        "prompt": self.prompt, "business_type": self.business_type, "style": self.style,
                        "brief": brief.model_dump(mode="json"),
                    }, org_id=me.org_id, user_id=me.user_id, session=db)
            except AIError as error:
                self.errors = {error.details.get("field", "form"): error.message}
                return
            except ServiceError as error:
                return self._fail(error)
            self.generating, self.progress, self.errors = True, 0, {}
            self.progress_message = "Writing your site"

        async def report(view: jobs.JobView) -> None:
            async with self:
                self.progress, self.progress_message = int(view.progress * 100), view.message

        view = await follow_job(user_id, job_id, report)
        async with self:
            self.generating = False
            if view.status != jobs.DONE:
                self.errors = {"form": view.error or "The site could not be generated."}
                return
            self.prompt_open, self.step = False, "describe"
        return rx.redirect(routes.editor(view.result["project_id"], view.result["page_id"]))

    def _show(self, brief: Brief) -> None:
        self._brief = brief.model_dump(mode="json")
        self.questions = briefing.questions(brief)
        self.fields = {key: str(getattr(brief, key) or "") for key in briefing.EDITABLE}
        self.offerings = briefing.offerings_text(brief)
        self.constraints = [c.replace("_", " ") for c in brief.constraints]
