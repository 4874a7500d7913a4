"""Sample content is never published: a publish is refused (changing nothing) while pages
have sample blocks, allowed after they are removed (one saved version per page), and
`--omit-samples` publishes without them."""

from __future__ import annotations

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.db import session_scope
from bubblegum.models import Deployment, Membership, Page, PageVersion, Project, User
from bubblegum.services import sample_content
from bubblegum.services.publishing.deploy import SampleContentPending, publish

from .conftest import edit_page, host

QUOTE_MARK = "b-testimonials"


def mark_sample(block_type: str):
    def change(document):
        next(block for block in document["content"] if block["type"] == block_type)["sample"] = True
    return change


@pytest.fixture
def owner_id(project_id) -> int:
    with session_scope() as session:
        user = User(email="owner@example.com", password_hash="x")
        session.add(user)
        session.flush()
        session.add(Membership(user_id=user.id, organization_id=session.get(Project, project_id).organization_id,
                               role="owner"))
        return user.id


def counts(project_id: int) -> tuple[int, int]:
    with session_scope() as session:
        deployments = len(session.exec(select(Deployment).where(Deployment.project_id == project_id)).all())
        versions = len(session.exec(select(PageVersion).join(Page).where(Page.project_id == project_id)).all())
        return deployments, versions


def test_publish_is_refused_then_allowed_after_removing_samples(project_id, owner_id, site_client):
    edit_page(project_id, "", mark_sample("testimonials"))
    edit_page(project_id, "about", mark_sample("team"))
    before = counts(project_id)
    with pytest.raises(SampleContentPending) as refused:
        publish(project_id)
    assert str(refused.value).startswith("The home page has sample reviews: replace them with real ones "
                                         "or remove the section.")
    assert [s.block_type for s in refused.value.samples] == ["testimonials", "team"]
    assert counts(project_id) == before  # no deployment recorded, nothing live
    with session_scope() as session:
        assert session.get(Project, project_id).live_deployment_id is None
        assert len(sample_content.find(session, owner_id, project_id)) == 2
        changed = sample_content.remove_all(session, owner_id, project_id)
    assert len(changed) == 2
    assert counts(project_id) == (before[0], before[1] + 2)  # one new version per page
    with session_scope() as session:
        assert sample_content.find(session, owner_id, project_id) == []
        notes = session.exec(select(PageVersion.note).where(PageVersion.page_id.in_(changed))).all()
        assert notes.count(sample_content.REMOVED_NOTE) == 2
    deployment = publish(project_id)
    assert deployment.status == "ready"
    assert QUOTE_MARK not in site_client.get("/", headers=host()).text


def test_omit_samples_publishes_without_them(project_id, site_client):
    edit_page(project_id, "", mark_sample("testimonials"))
    publish(project_id, omit_samples=True)
    page = site_client.get("/", headers=host()).text
    assert QUOTE_MARK not in page and "b-hero" in page


def test_a_viewer_cannot_remove_samples(project_id, owner_id):
    from bubblegum.services.errors import ServiceError

    edit_page(project_id, "", mark_sample("testimonials"))
    with session_scope() as session:
        viewer = User(email="viewer@example.com", password_hash="x")
        session.add(viewer)
        session.flush()
        session.add(Membership(user_id=viewer.id, organization_id=session.get(Project, project_id).organization_id,
                               role="viewer"))
        viewer_id = viewer.id
    with session_scope() as session, pytest.raises(ServiceError):
        sample_content.remove_all(session, viewer_id, project_id)
    with session_scope() as session:
        assert len(sample_content.find(session, owner_id, project_id)) == 1


def test_cli_publish_refuses_with_the_message_and_omit_samples_publishes(project_id):
    edit_page(project_id, "", mark_sample("testimonials"))
    runner = CliRunner()
    refused = runner.invoke(app, ["publish", "harbor-pine"])
    assert refused.exit_code == 1
    assert "The home page has sample reviews" in refused.output
    assert "--omit-samples" in refused.output
    assert counts(project_id)[0] == 0
    allowed = runner.invoke(app, ["publish", "harbor-pine", "--omit-samples"])
    assert allowed.exit_code == 0, allowed.output
    assert "is live at" in allowed.output
