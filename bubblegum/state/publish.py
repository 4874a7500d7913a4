"""Publishing from the editor: a `site.publish` job with live progress, the deployments
list, rollback and zip download, beside the editor state.

While pages have sample content the publish stops before the job and lists it, with a
one-click removal (one saved version per page; the open page's removal joins its undo)."""

from __future__ import annotations

import reflex as rx

from bubblegum.services import jobs, pages, policy, sample_content
from bubblegum.services.errors import ServiceError
from bubblegum.services.policy import Action
from bubblegum.services.publishing import actions, deploy
from bubblegum.state import notices
from bubblegum.state.editor import EditorState
from bubblegum.state.job_progress import follow_job
from bubblegum.state.session import SessionState


class PublishState(SessionState):
    """A sibling of the editor state: progress updates of a publish carry this panel only;
    handlers reach the editor (the open project, pending edits) with `get_state`."""

    publishing: bool = False
    publish_progress: int = 0
    publish_message: str = ""
    publish_error: str = ""
    live_url: str = ""
    deployments: list[dict[str, str]] = []
    deployments_open: bool = False
    sample_problems: list[str] = []

    def _authorise(self, project_id: int, action: Action) -> tuple[int, int]:
        with self._signed_in() as (db, me):
            policy.require_project(db, me.user_id, project_id, action)
            return me.user_id, me.org_id

    @rx.event(background=True)
    async def publish(self):
        async with self:
            if self.publishing:
                return
            editor = await self.get_state(EditorState)
            editor._save_pending()
            if editor.save_status == "conflict":
                self.publish_error = "Resolve the save conflict before publishing."
                return
            project_id = editor._project_id
            try:
                user_id, _org_id = self._authorise(project_id, Action.SITE_PUBLISH)
                self.sample_problems = self._sample_problems(project_id)
            except ServiceError as error:
                self.publish_error = error.message
                return
            if self.sample_problems:
                self.publish_error = ""
                return
            try:
                with self._signed_in() as (db, me):
                    job_id = actions.start_publish(db, me.user_id, project_id)
            except ServiceError as error:
                self.publish_error = error.message
                return
            self.publishing, self.publish_progress, self.publish_error = True, 0, ""
            self.publish_message = "Starting"

        async def report(view: jobs.JobView) -> None:
            async with self:
                self.publish_progress, self.publish_message = int(view.progress * 100), view.message

        view = await follow_job(user_id, job_id, report)
        async with self:
            self.publishing = False
            if view.status == jobs.DONE:
                self.publish_progress, self.live_url = 100, view.result["url"]
                self.publish_message = f"Live: {view.result.get('pages_rendered', 0)} pages rendered, " \
                                       f"{view.result.get('pages_reused', 0)} reused"
            else:
                self.publish_error = view.error or "Publishing failed; the live site is unchanged."
        return PublishState.load_deployments

    def _sample_problems(self, project_id: int) -> list[str]:
        with self._signed_in() as (db, me):
            return [sample.message for sample in sample_content.find(db, me.user_id, project_id)]

    @rx.event
    async def remove_samples(self):
        """Remove every sample section of the site, one saved version per page."""
        editor = await self.get_state(EditorState)
        editor._save_pending()
        if not editor._guard():
            return notices.error("Resolve the save conflict first." if editor.save_status == "conflict"
                                  else "You cannot edit this site.")
        try:
            with self._signed_in() as (db, me):
                changed = sample_content.remove_all(db, me.user_id, editor._project_id)
                latest = pages.latest(db, editor._page_id)
        except ServiceError as error:
            return self._fail(error)
        if editor._page_id in changed:  # the open page: undo brings the sections back
            editor._session, editor.base_version = editor._raw_session.edit(latest.document), latest.number
            editor.selected = editor.selected_type = ""
            editor._refresh_canvas()
        self.sample_problems = []
        editor._refresh_inspector()
        return notices.success(f"Removed the sample sections from {len(changed)} page(s). Publish when ready.")

    @rx.event
    def dismiss_samples(self):
        self.sample_problems = []

    @rx.event
    async def load_deployments(self):
        project_id = (await self.get_state(EditorState))._project_id
        found, failed = self._run(lambda db, me: (
            policy.require_project(db, me.user_id, project_id, Action.PROJECT_READ).live_deployment_id,
            actions.list_deployments(db, me.user_id, project_id)[:30]))
        if failed:
            return failed
        live, deployments = found
        self.deployments = [
            {"id": str(d.id), "status": d.status, "when": f"{d.created_at:%d %b %Y, %H:%M}",
             "live": "yes" if d.id == live else "", "pages": str(d.manifest.get("stats", {}).get("pages_rendered", 0)
                                                                  + d.manifest.get("stats", {}).get("pages_reused", 0)),
             "error": d.error[:200]}
            for d in deployments
        ]
        return None

    @rx.event
    def open_deployments(self):
        self.deployments_open = True
        return PublishState.load_deployments

    @rx.event
    def set_deployments_open(self, value: bool):
        self.deployments_open = value

    @rx.event
    async def make_live(self, deployment_id: str):
        project_id = (await self.get_state(EditorState))._project_id
        try:
            with self._signed_in() as (db, me):
                actions.make_live(db, me.user_id, project_id, int(deployment_id))
        except (ServiceError, ValueError) as error:
            return notices.error(getattr(error, "message", "That deployment cannot be made live."))
        return [PublishState.load_deployments, notices.success(f"Deployment {deployment_id} is live again.")]

    @rx.event
    async def download(self, deployment_id: str):
        project_id = (await self.get_state(EditorState))._project_id
        try:
            self._authorise(project_id, Action.PROJECT_READ)
            data = deploy.deployment_zip(project_id, int(deployment_id))
        except (ServiceError, ValueError) as error:
            return notices.error(getattr(error, "message", "That deployment cannot be downloaded."))
        return rx.download(data=data, filename=f"site-{project_id}-deployment-{deployment_id}.zip")
