"""Every role, a non-member and a member of another organization against every policy
action, through the policy itself and through the services that perform the actions."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from bubblegum.db import get_engine
from bubblegum.services import audit, members, orgs, policy, projects
from bubblegum.services.analytics import metrics as analytics
from bubblegum.services.billing import account as billing_account
from bubblegum.services.policy import Action

from .matrix import ROLES, expected_outcomes, outcome_of

EXPECTED = expected_outcomes()


def test_table_covers_every_action():
    assert {action for action, _ in EXPECTED} == {action.value for action in Action}


def current_org(world, role: str) -> int:
    """Where each caller is working: their own organization for the two strangers."""
    return {"outsider": None, "other_org": world.org_b}.get(role, world.org_a)


def service_call(session: Session, world, role: str, action: Action):
    """The real service that performs `action` on organization A, as `role`."""
    actor, org, project = world.users[role], world.org_a, world.project_a
    viewer = world.users["viewer"]
    calls = {
        Action.ORG_READ: lambda: orgs.get(session, actor, org),
        Action.PROJECT_READ: lambda: projects.get(session, actor, current_org(world, role) or org, project),
        Action.MEMBER_READ: lambda: members.list_members(session, actor, org),
        Action.ANALYTICS_READ: lambda: analytics.visitors_now(session, actor, project),
        Action.PROJECT_CREATE: lambda: projects.create_blank(session, actor, org, "New one"),
        Action.PROJECT_RENAME: lambda: projects.rename(session, actor, current_org(world, role) or org, project, "X"),
        Action.PROJECT_DELETE: lambda: projects.delete(session, actor, current_org(world, role) or org, project),
        Action.PROJECT_RESTORE: lambda: (projects.delete(session, world.users["owner"], org, project),
                                         projects.restore(session, actor, current_org(world, role) or org, project)),
        Action.MEMBER_INVITE: lambda: members.invite(session, actor, org, "new@example.com", "editor"),
        Action.MEMBER_CHANGE_ROLE: lambda: members.change_role(session, actor, org, viewer, "editor"),
        Action.MEMBER_REMOVE: lambda: members.remove(session, actor, org, viewer)
        if role != "viewer" else members.remove(session, actor, org, world.users["editor"]),
        Action.ORG_RENAME: lambda: orgs.rename(session, actor, org, "Renamed"),
        Action.AUDIT_READ: lambda: audit.list_entries(session, actor, org),
        Action.OWNERSHIP_MANAGE: lambda: members.change_role(session, actor, org, viewer, "owner"),
        Action.ORG_DELETE: lambda: orgs.delete(session, actor, org),
        Action.BILLING_READ: lambda: billing_account.overview(session, actor, org),
        Action.ORG_RESTORE: lambda: (orgs.delete(session, world.users["owner"], org),
                                     orgs.restore(session, actor, org)),
    }
    # Actions whose features are built elsewhere: checked on the project, as their services will.
    return calls.get(action, lambda: policy.require_project(session, actor, project, action,
                                                            org_id=current_org(world, role) or org))


@pytest.mark.parametrize("role", ROLES)
def test_policy_require(world, role):
    with Session(get_engine()) as session:
        for action in Action:
            got = outcome_of(lambda: policy.require(session, world.users[role], world.org_a, action))
            assert got == EXPECTED[(action.value, role)], (action.value, role)


@pytest.mark.parametrize("role", ROLES)
def test_services(world, role):
    for action in Action:
        with Session(get_engine()) as session:  # each call on a clean slate: rolled back after
            got = outcome_of(service_call(session, world, role, action))
            session.rollback()
        assert got == EXPECTED[(action.value, role)], (action.value, role)


def test_project_of_another_org_is_not_found_even_for_its_owner_working_elsewhere(world):
    """An id from the client never crosses organizations: B's owner, working in B, cannot
    reach A's project, and A's owner working in A cannot reach B's project by its id."""
    with Session(get_engine()) as session:
        for user, org, project in ((world.users["other_org"], world.org_b, world.project_a),
                                   (world.users["owner"], world.org_a, world.project_b)):
            assert outcome_of(lambda: projects.rename(session, user, org, project, "Mine now")) == "hidden"
            assert outcome_of(lambda: projects.get(session, user, org, project)) == "hidden"
        assert outcome_of(lambda: policy.require_project(session, world.users["owner"], "1", Action.PROJECT_READ)) \
            == "hidden"
