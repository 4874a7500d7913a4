"""API keys: the format and checksum, stored hashed, shown once, admins only, revocation at
once, and the actor a key yields held to its organization and scope by the policy."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.db import session_scope
from bubblegum.models import ApiKey, Project
from bubblegum.services import api_keys, policy
from bubblegum.services.errors import NotAuthenticated, NotFound, PermissionDenied
from bubblegum.services.policy import Action

from ..people import org_with_people


@pytest.fixture
def people(database_url):
    with session_scope() as session:
        org, people = org_with_people(session)
        return org.id, {role: user.id for role, user in people.items()}


def test_format_checksum_and_hash(people) -> None:
    org_id, ids = people
    with session_scope() as session:
        info, secret = api_keys.create(session, ids["owner"], org_id, "CI deploys", "publish")
    assert secret.startswith("bg_live_") and len(secret) == 44 and api_keys.well_formed(secret)
    assert info.prefix == secret[:12] and info.scope == "publish" and info.created_by == "owner@example.com"
    typo = secret[:20] + ("A" if secret[20] != "A" else "B") + secret[21:]
    assert not api_keys.well_formed(typo)
    with session_scope() as session:
        stored = session.get(ApiKey, info.id)
        assert secret not in (stored.token_hash, stored.prefix) and len(stored.token_hash) == 64
        actor = api_keys.authenticate(session, secret)
        assert (int(actor), actor.org_id, actor.scope) == (ids["owner"], org_id, "publish")
        assert session.get(ApiKey, info.id).last_used_at is not None
        with pytest.raises(NotAuthenticated):
            api_keys.authenticate(session, typo)


def test_only_admins_manage_keys(people) -> None:
    org_id, ids = people
    with session_scope() as session:
        for role in ("editor", "viewer"):
            with pytest.raises(PermissionDenied):
                api_keys.create(session, ids[role], org_id, "mine", "read")
        with pytest.raises(NotFound):
            api_keys.list_keys(session, ids["outsider"], org_id)


def test_revocation_is_immediate(people) -> None:
    org_id, ids = people
    with session_scope() as session:
        info, secret = api_keys.create(session, ids["owner"], org_id, "old", "read")
    with session_scope() as session:
        api_keys.authenticate(session, secret)
        api_keys.revoke(session, ids["owner"], org_id, info.id)
    with session_scope() as session, pytest.raises(NotAuthenticated):
        api_keys.authenticate(session, secret)
    with session_scope() as session, pytest.raises(NotFound):  # another organization's admin
        api_keys.revoke(session, ids["outsider"], org_id, info.id)


def test_policy_holds_a_key_to_its_org_and_scope(people) -> None:
    org_id, ids = people
    with session_scope() as session:
        project = Project(organization_id=org_id, name="Site", slug="site")
        session.add(project)
        session.flush()
        actor = lambda scope: policy.KeyActor(ids["owner"], key_id=1, org_id=org_id, scope=scope)  # noqa: E731
        policy.require_project(session, actor("read"), project.id, Action.PROJECT_READ)
        with pytest.raises(PermissionDenied):
            policy.require_project(session, actor("read"), project.id, Action.PAGE_EDIT)
        policy.require_project(session, actor("write"), project.id, Action.PAGE_EDIT)
        with pytest.raises(PermissionDenied):
            policy.require_project(session, actor("write"), project.id, Action.SITE_PUBLISH)
        policy.require_project(session, actor("publish"), project.id, Action.SITE_PUBLISH)
        with pytest.raises(PermissionDenied):  # never with a key, whatever its scope
            policy.require(session, actor("publish"), org_id, Action.MEMBER_INVITE)
        # the outsider owns org "b": their key for "b" reaches nothing of "a"
        foreign = policy.KeyActor(ids["outsider"], key_id=2, org_id=org_id + 1, scope="publish")
        with pytest.raises(NotFound):
            policy.require_project(session, foreign, project.id, Action.PROJECT_READ)
        # a key of "a" made by someone who is also in "b" would still be held to "a"
        with pytest.raises(NotFound):
            policy.require(session, actor("publish"), org_id + 1, Action.ORG_READ)


def test_cli_create_list_revoke(people) -> None:
    runner = CliRunner()
    made = runner.invoke(app, ["api-keys", "create", "a", "--name", "Zapier", "--scope", "write", "--json"])
    assert made.exit_code == 0, made.output
    created = json.loads(made.output)
    assert api_keys.well_formed(created["key"]) and created["scope"] == "write"
    listed = runner.invoke(app, ["api-keys", "list", "a", "--json"])
    assert [row["name"] for row in json.loads(listed.output)] == ["Zapier"]
    assert created["key"] not in listed.output
    assert runner.invoke(app, ["api-keys", "revoke", "a", str(created["id"])]).exit_code == 0
    assert json.loads(runner.invoke(app, ["api-keys", "list", "a", "--json"]).output)[0]["revoked_at"]
    refused = runner.invoke(app, ["api-keys", "create", "a", "--name", "x", "--scope", "admin"])
    assert refused.exit_code == 1
