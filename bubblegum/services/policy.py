"""Who may do what: the one authorization module.

Every Reflex event handler, REST route and CLI command that touches an organization's data
calls `require` (or `require_project` for a project) before acting. Ids from a client are
never trusted: `require_project` loads the project itself and answers a project of another
organization exactly as it answers a missing one (NotFound), so ids reveal nothing.

Roles are ordered viewer < editor < admin < owner; each action names the least role that
may perform it:
- viewer reads (projects, pages, members, the organization, a site's leads and analytics);
- editor also edits pages and assets, uses the AI, publishes and manages leads (read state,
  star, archive, spam, delete, export);
- admin also sets who is notified of leads and how long they are kept, erases all of a
  site's leads, creates, renames, deletes, restores and configures projects, invites, changes
  roles of and removes members, renames the organization, reads the audit log and sees the
  billing page (plan, usage, invoices);
- owner also manages billing (subscribe, change, cancel), ownership (granting or taking the owner role) and deletion
  of the organization.

An API key acts for the person who created it (`KeyActor`, passed where a user id goes), so
it can never do more than they may; it is also held to its organization and narrowed to its
scope (read < write < publish, `KEY_SCOPE`). Managing people, keys, billing and the
organization itself is never done with a key.
"""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Session, select

from bubblegum.models import Job, Membership, Organization, Project, Role, User
from bubblegum.services.errors import NotFound, PermissionDenied

RANK = {Role.viewer: 0, Role.editor: 1, Role.admin: 2, Role.owner: 3}


class Action(StrEnum):
    ORG_READ = "org.read"
    PROJECT_READ = "project.read"
    MEMBER_READ = "member.read"
    SUBMISSION_READ = "submission.read"
    ANALYTICS_READ = "analytics.read"
    SUBMISSION_MANAGE = "submission.manage"
    SUBMISSION_CONFIGURE = "submission.configure"
    PAGE_EDIT = "page.edit"
    ASSET_UPLOAD = "asset.upload"
    ASSET_DELETE = "asset.delete"
    SITE_PUBLISH = "site.publish"
    AI_USE = "ai.use"
    PROJECT_CREATE = "project.create"
    PROJECT_RENAME = "project.rename"
    PROJECT_DELETE = "project.delete"
    PROJECT_RESTORE = "project.restore"
    PROJECT_CONFIGURE = "project.configure"
    MEMBER_INVITE = "member.invite"
    MEMBER_CHANGE_ROLE = "member.change_role"
    MEMBER_REMOVE = "member.remove"
    ORG_RENAME = "org.rename"
    AUDIT_READ = "audit.read"
    API_KEY_MANAGE = "api_key.manage"
    WEBHOOK_MANAGE = "webhook.manage"
    BILLING_READ = "billing.read"
    BILLING_MANAGE = "billing.manage"
    OWNERSHIP_MANAGE = "org.manage_owners"
    ORG_DELETE = "org.delete"
    ORG_RESTORE = "org.restore"


MINIMUM_ROLE: dict[Action, Role] = {
    **dict.fromkeys([Action.ORG_READ, Action.PROJECT_READ, Action.MEMBER_READ, Action.SUBMISSION_READ,
                     Action.ANALYTICS_READ],
                    Role.viewer),
    **dict.fromkeys([Action.PAGE_EDIT, Action.ASSET_UPLOAD, Action.ASSET_DELETE, Action.SITE_PUBLISH,
                     Action.AI_USE, Action.SUBMISSION_MANAGE], Role.editor),
    **dict.fromkeys([Action.PROJECT_CREATE, Action.PROJECT_RENAME, Action.PROJECT_DELETE,
                     Action.PROJECT_RESTORE, Action.PROJECT_CONFIGURE, Action.MEMBER_INVITE,
                     Action.MEMBER_CHANGE_ROLE, Action.MEMBER_REMOVE, Action.ORG_RENAME, Action.AUDIT_READ,
                     Action.API_KEY_MANAGE, Action.WEBHOOK_MANAGE, Action.SUBMISSION_CONFIGURE, Action.BILLING_READ],
                    Role.admin),
    **dict.fromkeys([Action.BILLING_MANAGE, Action.OWNERSHIP_MANAGE, Action.ORG_DELETE, Action.ORG_RESTORE],
                    Role.owner),
}
assert set(MINIMUM_ROLE) == set(Action), "every action needs a minimum role"

SCOPES = ("read", "write", "publish")  # each includes the ones before it
_READ = [Action.ORG_READ, Action.PROJECT_READ, Action.MEMBER_READ, Action.SUBMISSION_READ]
_NEVER_BY_KEY = [Action.API_KEY_MANAGE, Action.MEMBER_INVITE, Action.MEMBER_CHANGE_ROLE, Action.MEMBER_REMOVE,
                 Action.ORG_RENAME, Action.AUDIT_READ, Action.BILLING_MANAGE, Action.OWNERSHIP_MANAGE,
                 Action.ORG_DELETE, Action.ORG_RESTORE]
# The least API key scope each action needs (None: no key may do it).
KEY_SCOPE: dict[Action, str | None] = {
    **dict.fromkeys(Action, "write"), **dict.fromkeys(_READ, "read"), Action.SITE_PUBLISH: "publish",
    **dict.fromkeys(_NEVER_BY_KEY, None),
}


class KeyActor(int):
    """The user id an API key acts for, carrying the key's organization and scope: services
    take it wherever they take a user id, and `require` holds it to both."""

    def __new__(cls, user_id: int, *, key_id: int, org_id: int, scope: str):
        actor = super().__new__(cls, user_id)
        actor.key_id, actor.org_id, actor.scope = key_id, org_id, scope
        return actor


def scope_allows(scope: str, action: Action) -> bool:
    needed = KEY_SCOPE[Action(action)]
    return needed is not None and scope in SCOPES and SCOPES.index(scope) >= SCOPES.index(needed)

# Only these act on a soft-deleted organization (its owner restoring it).
ACTIONS_ON_DELETED_ORG = frozenset({Action.ORG_RESTORE})


def role_allows(role: Role | str | None, action: Action) -> bool:
    if role is None:
        return False
    return RANK[Role(role)] >= RANK[MINIMUM_ROLE[Action(action)]]


def allowed_actions(role: Role | str | None) -> set[Action]:
    """What a role may do (for showing or hiding controls; the handler checks again)."""
    return {action for action in Action if role_allows(role, action)}


def membership(session: Session, user_id: int | None, org_id: int | None) -> Membership | None:
    if not user_id or not org_id:
        return None
    return session.exec(
        select(Membership).where(Membership.user_id == user_id, Membership.organization_id == org_id)
    ).first()


def require(session: Session, user_id: int | None, org_id: int | None, action: Action) -> Membership:
    """The caller's membership in the organization, if their role allows `action`.

    NotFound when the organization does not exist, is deleted (but for restoring it) or the
    caller is not an active member of it; PermissionDenied when their role is too low.
    """
    if isinstance(user_id, KeyActor) and user_id.org_id != org_id:
        raise NotFound("That organization was not found.")
    org = session.get(Organization, org_id) if org_id else None
    member = membership(session, user_id, org_id) if org else None
    user = session.get(User, user_id) if member else None
    if not org or not member or not user or not user.is_active:
        raise NotFound("That organization was not found.")
    if org.deleted_at is not None and action not in ACTIONS_ON_DELETED_ORG:
        raise NotFound("That organization was not found.")
    if not role_allows(member.role, action):
        raise PermissionDenied()
    if isinstance(user_id, KeyActor) and not scope_allows(user_id.scope, action):
        raise PermissionDenied(f"This API key's scope ({user_id.scope}) does not allow that.")
    return member


def require_project(session: Session, user_id: int | None, project_id: int | None, action: Action, *,
                    org_id: int | None = None, include_deleted: bool = False) -> Project:
    """Load a project the caller may act on. With `org_id` (the caller's current
    organization) a project of any other organization is refused as NotFound, as is a
    project in the trash unless `include_deleted`."""
    project = session.get(Project, project_id) if isinstance(project_id, int) else None
    if project is None or (org_id is not None and project.organization_id != org_id):
        raise NotFound("That project was not found.")
    if project.deleted_at is not None and not include_deleted:
        raise NotFound("That project was not found.")
    try:
        require(session, user_id, project.organization_id, action)
    except NotFound:
        raise NotFound("That project was not found.") from None
    return project


def require_job(session: Session, user_id: int | None, job_id: int | None) -> Job:
    """A job the caller may run or follow: one they started, in an organization they still
    belong to. Anyone else's job is answered as a missing one (NotFound)."""
    job = session.get(Job, job_id) if isinstance(job_id, int) and not isinstance(job_id, bool) else None
    if job is None or not user_id or job.created_by_id != user_id or \
            (isinstance(user_id, KeyActor) and job.organization_id != user_id.org_id):
        raise NotFound("That job was not found.")
    if job.organization_id is not None:
        try:
            require(session, user_id, job.organization_id, Action.ORG_READ)
        except NotFound:
            raise NotFound("That job was not found.") from None
    return job
