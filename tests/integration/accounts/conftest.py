"""Accounts fixtures: a small world of people and organizations on each database backend."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

PASSWORD = "mauve kettle orbit lantern"


@pytest.fixture(autouse=True)
def fresh_limits():
    """Throttling counters live in process memory by default: start every test at zero."""
    from bubblegum.services import rate_limit

    rate_limit.reset_all()
    yield
    rate_limit.reset_all()


@pytest.fixture
def outbox(monkeypatch, tmp_path):
    """An empty outbox of this test's own (the data folder moved to tmp_path); returns a
    function listing its messages, oldest first."""
    from bubblegum.config import get_settings
    from bubblegum.services import mail_outbox

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield lambda: list(reversed(mail_outbox.recent(10_000)))
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def password_hash() -> str:
    from bubblegum.services.credentials import hash_password

    return hash_password(PASSWORD)


@dataclass
class World:
    org_a: int
    org_b: int
    project_a: int
    project_b: int
    users: dict[str, int]  # owner, admin, editor, viewer, outsider, other_org


@pytest.fixture
def world(database_url, password_hash) -> World:
    """Organization A with one person per role and a project; organization B with its own
    owner ("other_org") and project; an outsider with only a personal organization."""
    from bubblegum.db import session_scope
    from bubblegum.models import Membership, Organization, Role, User
    from bubblegum.services import projects

    with session_scope() as session:
        users = {}
        for key in ("owner", "admin", "editor", "viewer", "outsider", "other_org"):
            user = User(email=f"{key.replace('_', '-')}@example.com", name=key.title(), password_hash=password_hash)
            session.add(user)
            session.flush()
            users[key] = user.id
        org_a, org_b, org_c = (Organization(name=name, slug=name.lower()) for name in ("Acme", "Bravo", "Solo"))
        session.add_all([org_a, org_b, org_c])
        session.flush()
        for key in ("owner", "admin", "editor", "viewer"):
            session.add(Membership(user_id=users[key], organization_id=org_a.id, role=Role(key).value))
        session.add(Membership(user_id=users["other_org"], organization_id=org_b.id, role="owner"))
        session.add(Membership(user_id=users["outsider"], organization_id=org_c.id, role="owner"))
        session.flush()
        project_a = projects.create_blank(session, users["owner"], org_a.id, "Acme site")
        project_b = projects.create_blank(session, users["other_org"], org_b.id, "Bravo site")
        return World(org_a=org_a.id, org_b=org_b.id, project_a=project_a.id, project_b=project_b.id, users=users)
