"""The same role matrix, through the Reflex state handlers the dashboard calls.

How: under pytest Reflex allows instantiating the state tree directly
(`rx.State(_reflex_internal_init=True)`); the feature state is taken from it, its session
cookie var set to a real session token, and the handler's function called as the browser's
event would (`State.event_handlers[name].fn(state, *args)`). The handler resolves the person
and organization from the token itself, so a caller from elsewhere acts on their own
organization or is refused; "hidden" then means organization A was left untouched.

Policy actions with no dashboard handler yet (page.edit, asset.*, site.publish, ai.use,
submission.read, project.configure, webhook/billing) are covered through the
service layer in test_policy_matrix.py; their handlers belong to the editor, publishing,
AI and billing features.
"""

from __future__ import annotations

import pytest
import reflex as rx
from sqlmodel import func, select

import bubblegum.bubblegum  # noqa: F401  (registers every state with the app)
from bubblegum.db import session_scope
from bubblegum.models import AuditLog, Organization, User
from bubblegum.services import orgs, projects, sessions
from bubblegum.state.api_keys import ApiKeysState
from bubblegum.state.audit_log import AuditState
from bubblegum.state.members import MembersState
from bubblegum.state.organization import OrgSettingsState
from bubblegum.state.projects import ProjectsState

from ..people import with_session_cookie
from .matrix import ROLES, expected_outcomes

EXPECTED = expected_outcomes()
CODES = {"FORBIDDEN": "denied", "NOT_FOUND": "hidden"}


def token_for(world, role: str) -> str:
    home = {"outsider": None, "other_org": world.org_b}.get(role, world.org_a)
    with session_scope() as session:
        user = session.get(User, world.users[role])
        return sessions.start(session, user, org_id=home)


def run(world, role: str, state_cls, handler: str, *args, preset: dict | None = None):
    root = rx.State(_reflex_internal_init=True)
    state = root.get_substate(state_cls.get_full_name().split(".")[1:])
    with_session_cookie(state, token_for(world, role))
    for name, value in (preset or {}).items():  # what earlier events of the page had set
        setattr(state, name, value)
    state_cls.event_handlers[handler].fn(state, *args)
    return state


def audit_count(org_id: int) -> int:
    with session_scope() as session:
        return session.exec(select(func.count()).select_from(AuditLog).where(AuditLog.organization_id == org_id)).one()


def mutation(world, role, state_cls, handler, *args, preset: dict | None = None) -> str:
    """Refused with a code, or done: did it change organization A (it writes an audit entry)?"""
    before = audit_count(world.org_a)
    state = run(world, role, state_cls, handler, *args, preset=preset)
    if state._error_code:
        return CODES.get(state._error_code, state._error_code)
    return "ok" if audit_count(world.org_a) > before else "hidden"


def read(world, role, state_cls, shows_org_a) -> str:
    state = run(world, role, state_cls, "load")
    if state._error_code:
        return CODES.get(state._error_code, state._error_code)
    return "ok" if shows_org_a(state) else "hidden"


def trash_project_a(world):
    with session_scope() as session:
        projects.delete(session, world.users["owner"], world.org_a, world.project_a)


def delete_org_a(world):
    with session_scope() as session:
        orgs.delete(session, world.users["owner"], world.org_a)


SCENARIOS = {
    "org.read": lambda w, r: read(w, r, OrgSettingsState, lambda s: s.name == "Acme"),
    "project.read": lambda w, r: read(w, r, ProjectsState, lambda s: str(w.project_a) in [p["id"] for p in s.items]),
    "member.read": lambda w, r: read(w, r, MembersState,
                                     lambda s: "viewer@example.com" in [p["email"] for p in s.people]),
    "audit.read": lambda w, r: read(w, r, AuditState, lambda s: any(e["action"] == "project.created" and
                                                                    e["target"] == f"project {w.project_a}"
                                                                    for e in s.entries)),
    "project.create": lambda w, r: mutation(w, r, ProjectsState, "create", {"name": "From the handler"}),
    "project.rename": lambda w, r: mutation(w, r, ProjectsState, "rename", {"name": "Renamed"},
                                            preset={"rename_id": str(w.project_a)}),
    "project.delete": lambda w, r: mutation(w, r, ProjectsState, "delete", str(w.project_a)),
    "project.restore": lambda w, r: trash_project_a(w) or mutation(w, r, ProjectsState, "restore", str(w.project_a)),
    "member.invite": lambda w, r: mutation(w, r, MembersState, "invite", {"email": "new@example.com"}),
    "member.change_role": lambda w, r: mutation(w, r, MembersState, "change_role", str(w.users["viewer"]), "editor"),
    "member.remove": lambda w, r: mutation(w, r, MembersState, "remove",
                                           str(w.users["editor" if r == "viewer" else "viewer"])),
    "org.rename": lambda w, r: mutation(w, r, OrgSettingsState, "rename", {"name": "Renamed"}),
    "org.manage_owners": lambda w, r: mutation(w, r, MembersState, "change_role", str(w.users["viewer"]), "owner"),
    "org.delete": lambda w, r: mutation(w, r, OrgSettingsState, "delete"),
    "api_key.manage": lambda w, r: mutation(w, r, ApiKeysState, "create", {"key_name": "Zapier"}),
    "org.restore": lambda w, r: delete_org_a(w) or mutation(w, r, OrgSettingsState, "restore", str(w.org_a)),
}


@pytest.mark.parametrize("action", sorted(SCENARIOS))
@pytest.mark.parametrize("role", ROLES)
def test_handler(world, role, action):
    got = SCENARIOS[action](world, role)
    assert got == EXPECTED[(action, role)], (action, role)


def test_scenarios_are_policy_actions():
    assert set(SCENARIOS) <= {action for action, _ in EXPECTED}


def test_handler_given_another_orgs_project_id_refuses_it(world):
    """Organization B's owner, in B, sends A's project id: refused as not found, A unchanged."""
    state = run(world, "other_org", ProjectsState, "delete", str(world.project_a))
    assert state._error_code == "NOT_FOUND" and "not found" in state.errors["form"]
    with session_scope() as session:
        assert session.get(Organization, world.org_a).deleted_at is None
        assert projects.get(session, world.users["owner"], world.org_a, world.project_a).deleted_at is None


def test_handler_without_a_session_redirects_to_log_in(world):
    root = rx.State(_reflex_internal_init=True)
    state = root.get_substate(ProjectsState.get_full_name().split(".")[1:])
    result = ProjectsState.event_handlers["create"].fn(state, {"name": "Sneaky"})
    assert state._error_code == "NOT_AUTHENTICATED" and "/login" in str(result)
