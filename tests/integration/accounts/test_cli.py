"""`bubblegum users create|list` and `bubblegum orgs list`."""

from __future__ import annotations

from sqlmodel import select
from typer.testing import CliRunner

from bubblegum.cli import app
from bubblegum.db import session_scope
from bubblegum.models import Membership, User
from bubblegum.services import auth

from .conftest import PASSWORD


def invoke(*args, password=PASSWORD):
    return CliRunner().invoke(app, list(args), input=f"{password}\n")


def test_create_owner_with_new_org_then_members(database_url):
    result = invoke("users", "create", "Ops@Example.com", "--org", "Acme Inc", "--name", "Ops")
    assert result.exit_code == 0, result.output
    assert "owner of Acme Inc" in result.output
    assert invoke("users", "create", "ed@example.com", "--org", "acme-inc", "--role", "editor").exit_code == 0
    with session_scope() as session:
        assert auth.log_in(session, "ops@example.com", PASSWORD).token  # the password from stdin works
        roles = {u.email: m.role for m, u in session.exec(select(Membership, User).join(User)).all()}
    assert roles == {"ops@example.com": "owner", "ed@example.com": "editor"}
    listed = CliRunner().invoke(app, ["users", "list"])
    assert "ed@example.com" in listed.output and "Acme Inc (editor)" in listed.output
    orgs = CliRunner().invoke(app, ["orgs", "list"])
    assert "acme-inc" in orgs.output and "ops@example.com" in orgs.output


def test_bad_input_changes_nothing(database_url):
    weak = invoke("users", "create", "weak@example.com", "--org", "Acme", password="password1")
    assert weak.exit_code == 1 and "at least 10" in weak.output
    not_owner = invoke("users", "create", "v@example.com", "--org", "Nowhere", "--role", "viewer")
    assert not_owner.exit_code == 1 and "needs an owner" in not_owner.output
    bad_role = invoke("users", "create", "x@example.com", "--org", "Acme", "--role", "boss")
    assert bad_role.exit_code == 1
    with session_scope() as session:
        assert session.exec(select(User)).all() == []


def test_as_user_goes_through_the_policy(database_url):
    invoke("users", "create", "owner@example.com", "--org", "Acme")
    invoke("users", "create", "viewer@example.com", "--org", "acme", "--role", "viewer")
    refused = invoke("users", "create", "new@example.com", "--org", "acme", "--role", "editor",
                     "--as", "viewer@example.com")
    assert refused.exit_code == 1 and "role" in refused.output
    allowed = invoke("users", "create", "new@example.com", "--org", "acme", "--role", "editor",
                     "--as", "owner@example.com")
    assert allowed.exit_code == 0, allowed.output
