"""Handlers that run jobs do it for the signed-in person only: a tab without a session, or
another person's, runs nothing (the image picker's finish_uploads once ran any job id it was
sent, with no session)."""

from __future__ import annotations

import asyncio
import io

import pytest
import reflex as rx
from PIL import Image

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.db import session_scope
from bubblegum.services import assets, jobs, projects, sessions
from bubblegum.services.errors import NotFound
from bubblegum.state.editor import EditorState
from bubblegum.state.image_picker import ImagePickerState

from ..people import org_with_people, with_session_cookie


@pytest.fixture
def queued(database_url) -> dict:
    """An editor's uploaded image whose variants job waits in the queue."""
    with session_scope() as db:
        org, people = org_with_people(db)
        project = projects.create_blank(db, people["owner"].id, org.id, "Shop")
        tokens = {role: sessions.start(db, user) for role, user in people.items()}
        ids = {role: user.id for role, user in people.items()}
    photo = io.BytesIO()
    Image.new("RGB", (320, 200), (20, 140, 80)).save(photo, "JPEG")
    [job_id], _ = assets.upload_many(ids["editor"], project.id, [("shop.jpg", photo.getvalue())])
    return {"job": job_id, "project": project.id, "tokens": tokens, "ids": ids}


def picker_tab(queued: dict, token: str) -> ImagePickerState:
    root = rx.State(_reflex_internal_init=True)
    state = root.get_substate(ImagePickerState.get_full_name().split(".")[1:])
    with_session_cookie(state, token)
    root.get_substate(EditorState.get_full_name().split(".")[1:])._project_id = queued["project"]
    state._upload_job_ids = [queued["job"]]  # as if this tab had uploaded it
    return state


@pytest.mark.parametrize("who", ["nobody", "outsider", "viewer"])
def test_finish_uploads_runs_nothing_for_anyone_else(queued, who):
    tab = picker_tab(queued, queued["tokens"].get(who, ""))
    asyncio.run(ImagePickerState.event_handlers["finish_uploads"].fn(tab))
    assert jobs.get_job(queued["job"]).status == jobs.QUEUED


def test_finish_uploads_runs_the_persons_own_jobs(queued):
    tab = picker_tab(queued, queued["tokens"]["editor"])
    asyncio.run(ImagePickerState.event_handlers["finish_uploads"].fn(tab))
    assert jobs.get_job(queued["job"]).status == jobs.DONE and tab.picker_uploading is False


def test_the_jobs_service_refuses_other_peoples_jobs(queued):
    for user_id in (None, queued["ids"]["outsider"], queued["ids"]["owner"]):
        with pytest.raises(NotFound):
            jobs.run_own_job(user_id, queued["job"])
        with pytest.raises(NotFound):
            jobs.get_own_job(user_id, queued["job"])
    with pytest.raises(NotFound):
        jobs.run_own_job(queued["ids"]["editor"], 987654)
    assert jobs.get_job(queued["job"]).status == jobs.QUEUED
    assert jobs.run_own_job(queued["ids"]["editor"], queued["job"]).status == jobs.DONE


def test_generation_from_a_prompt_runs_for_the_signed_in_person_only(queued):
    from sqlmodel import func, select

    from bubblegum.models import Job
    from bubblegum.state.prompt_project import PromptProjectState

    def generate(token: str):
        state = rx.State(_reflex_internal_init=True).get_substate(
            PromptProjectState.get_full_name().split(".")[1:])
        with_session_cookie(state, token)
        prompt = {"prompt": "A family bakery in Leeds called Crumb & Co, sourdough and cakes"}
        asyncio.run(PromptProjectState.event_handlers["read_description"].fn(state, prompt))
        return state, asyncio.run(PromptProjectState.event_handlers["generate"].fn(state, {}))

    def job_count() -> int:
        with session_scope() as db:
            return db.exec(select(func.count()).select_from(Job)).one()

    before = job_count()
    anonymous, _ = generate("")
    assert job_count() == before and not anonymous.generating
    owner, redirect = generate(queued["tokens"]["owner"])
    assert owner.errors == {} and "/editor/" in str(redirect)
    with session_scope() as db:
        assert db.exec(select(Job).order_by(Job.id.desc())).first().status == jobs.DONE


def test_following_a_job_a_queue_worker_claimed_first_waits_for_its_end(queued):
    """A queue worker may claim the job before the tab's own runner does: the tab then follows
    it to the end instead of reporting a half-done job as failed."""
    import threading

    from bubblegum.services.jobs.queue import claim, execute
    from bubblegum.state.job_progress import follow_job

    taken = claim(job_id=queued["job"])  # the worker won the race
    seen: list[str] = []

    async def report(view):
        seen.append(view.status)

    threading.Timer(0.6, execute, args=(taken,)).start()  # and finishes a moment later
    view = asyncio.run(follow_job(queued["ids"]["editor"], queued["job"], report))
    assert view.status == jobs.DONE and jobs.RUNNING in seen
