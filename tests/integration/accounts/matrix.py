"""The role matrix: one table of expected outcomes, shared by the service-layer test and the
state-handler test. ok = allowed, denied = PermissionDenied, hidden = NotFound (the caller
learns nothing about an organization or project that is not theirs)."""

from __future__ import annotations

ROLES = ("owner", "admin", "editor", "viewer", "outsider", "other_org")

EXPECTED = """
action               owner   admin   editor  viewer  outsider other_org
org.read             ok      ok      ok      ok      hidden   hidden
project.read         ok      ok      ok      ok      hidden   hidden
member.read          ok      ok      ok      ok      hidden   hidden
submission.read      ok      ok      ok      ok      hidden   hidden
analytics.read       ok      ok      ok      ok      hidden   hidden
submission.manage    ok      ok      ok      denied  hidden   hidden
submission.configure ok      ok      denied  denied  hidden   hidden
page.edit            ok      ok      ok      denied  hidden   hidden
asset.upload         ok      ok      ok      denied  hidden   hidden
asset.delete         ok      ok      ok      denied  hidden   hidden
site.publish         ok      ok      ok      denied  hidden   hidden
ai.use               ok      ok      ok      denied  hidden   hidden
project.create       ok      ok      denied  denied  hidden   hidden
project.rename       ok      ok      denied  denied  hidden   hidden
project.delete       ok      ok      denied  denied  hidden   hidden
project.restore      ok      ok      denied  denied  hidden   hidden
project.configure    ok      ok      denied  denied  hidden   hidden
member.invite        ok      ok      denied  denied  hidden   hidden
member.change_role   ok      ok      denied  denied  hidden   hidden
member.remove        ok      ok      denied  denied  hidden   hidden
org.rename           ok      ok      denied  denied  hidden   hidden
audit.read           ok      ok      denied  denied  hidden   hidden
api_key.manage       ok      ok      denied  denied  hidden   hidden
webhook.manage       ok      ok      denied  denied  hidden   hidden
billing.read         ok      ok      denied  denied  hidden   hidden
billing.manage       ok      denied  denied  denied  hidden   hidden
org.manage_owners    ok      denied  denied  denied  hidden   hidden
org.delete           ok      denied  denied  denied  hidden   hidden
org.restore          ok      denied  denied  denied  hidden   hidden
"""


def expected_outcomes() -> dict[tuple[str, str], str]:
    lines = [line.split() for line in EXPECTED.strip().splitlines()]
    header, rows = lines[0][1:], lines[1:]
    assert tuple(header) == ROLES
    return {(row[0], role): outcome for row in rows for role, outcome in zip(header, row[1:], strict=True)}


def outcome_of(call) -> str:
    from bubblegum.services.errors import NotFound, PermissionDenied

    try:
        call()
    except PermissionDenied:
        return "denied"
    except NotFound:
        return "hidden"
    return "ok"
