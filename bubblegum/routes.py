"""Every address of the app, named once: the app registers its pages under these, handlers
redirect to them, links and mails point at them. Builders take ids as ints, strings or
Reflex Vars (``"/editor/" + var`` makes a Var)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

LOGIN = "/login"
SIGNUP = "/signup"
FORGOT = "/forgot"
RESET = "/reset"
INVITE = "/invite"
DASHBOARD = "/dashboard"
TRASH = "/dashboard/trash"
MEMBERS = "/dashboard/members"
SETTINGS = "/dashboard/settings"
PROFILE = "/dashboard/profile"
AUDIT = "/dashboard/audit"
BILLING = "/dashboard/billing"
ASSETS = "/dashboard/projects/[assets_project]/assets"
LEADS = "/dashboard/leads/[leads_project]"
ANALYTICS = "/dashboard/analytics/[analytics_project]"
EDITOR_PROJECT = "/editor/[editor_project]"
EDITOR_PAGE = "/editor/[editor_project]/[editor_page]"


def _part(value: Any) -> Any:
    return str(value) if isinstance(value, int) else value


def editor(project_id: Any, page_id: Any = None) -> Any:
    path = "/editor/" + _part(project_id)
    return path if page_id is None else path + "/" + _part(page_id)


def assets(project_id: Any) -> Any:
    return "/dashboard/projects/" + _part(project_id) + "/assets"


def leads(project_id: Any) -> Any:
    return "/dashboard/leads/" + _part(project_id)


def analytics(project_id: Any) -> Any:
    return "/dashboard/analytics/" + _part(project_id)


def login_then(next_path: str) -> str:
    """Log in, then back to ``next_path``."""
    return f"{LOGIN}?next={quote(next_path)}"
