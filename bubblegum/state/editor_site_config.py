"""The editor's "Site settings" dialog: the site's name, language, description, custom domain
and business details, stored by `services.site_config` (admins and owners; the service checks
the role again on every save, the dialog only disables what this person cannot change). One
save stores everything or, when a value is refused, nothing."""

from __future__ import annotations

from dataclasses import asdict

import reflex as rx

from bubblegum.services import domains, policy, site_config
from bubblegum.services.errors import InvalidInput, NotAuthenticated, ServiceError
from bubblegum.services.policy import Action
from bubblegum.services.publishing.urls import site_base_url
from bubblegum.state import notices
from bubblegum.state.editor import EditorState
from bubblegum.state.session import SessionState

CONFIG_FIELDS = ("name", "language", "description", "custom_domain")  # site_config.SiteConfig


class SiteConfigState(SessionState):
    """A sibling of the editor state, not a child: a keystroke here carries this dialog's
    fields only, never the page and its undo history; handlers reach the editor with
    `get_state` when they need the project or the canvas."""

    site_open: bool = False
    can_configure: bool = False
    config: dict[str, str] = {}  # CONFIG_FIELDS
    business: dict[str, str] = {}  # site_config.BUSINESS_FIELDS
    site_address: str = ""  # where the site is published now
    site_errors: dict[str, str] = {}
    domain: dict[str, str] = {}  # domains.DomainStatus of the saved domain
    domain_message: str = ""  # what the last "Check now" found

    @rx.event
    async def open_site_settings(self):
        project_id = (await self.get_state(EditorState))._project_id

        def read(db, me) -> None:
            project = policy.require_project(db, me.user_id, project_id, Action.PROJECT_READ)
            member = policy.membership(db, me.user_id, project.organization_id)
            self.can_configure = policy.role_allows(member.role if member else None, Action.PROJECT_CONFIGURE)
            self.config = asdict(site_config.config_of(project))
            self.business = site_config.business_of(project)
            self._show_domain(db, me.user_id, project_id)

        _, failed = self._run(read)
        if failed:
            return failed
        self.site_errors, self.site_open, self.domain_message = {}, True, ""
        return None

    def _show_domain(self, db, user_id: int, project_id: int) -> None:
        project = policy.require_project(db, user_id, project_id, Action.PROJECT_READ)
        self.domain, self.site_address = asdict(domains.status_of(project)), site_base_url(project)

    @rx.event
    def set_site_open(self, is_open: bool):
        self.site_open = bool(is_open)

    @rx.event
    def set_site_field(self, field: str, value: str):
        if field in CONFIG_FIELDS:
            self.config = {**self.config, field: str(value)[:2000]}
            self.site_errors = {key: text for key, text in self.site_errors.items() if key != field}

    @rx.event
    def set_business_field(self, field: str, value: str):
        if field in site_config.BUSINESS_FIELDS:
            self.business = {**self.business, field: str(value)[:300]}
            self.site_errors = {key: text for key, text in self.site_errors.items() if key != field}

    @rx.event
    async def save_site_settings(self):
        editor = await self.get_state(EditorState)
        project_id = editor._project_id
        try:
            with self._signed_in() as (db, me):
                saved = site_config.update_config(db, me.user_id, project_id, ip=self._ip,
                                                  **{key: self.config.get(key, "") for key in CONFIG_FIELDS})
                site_config.update_business(db, me.user_id, project_id, self.business, ip=self._ip)
                editor._reload_site(db, me.user_id)
                self._show_domain(db, me.user_id, project_id)
        except InvalidInput as error:
            self.site_errors = {error.field or "form": error.message}
            return None
        except ServiceError as error:
            self.site_errors = {"form": error.message}
            return self._fail(error)
        editor.project_name, self.site_errors, self.domain_message = saved.name, {}, ""
        self.site_open = self.domain.get("state") == domains.PENDING  # keep the record to add in view
        editor._refresh_canvas()
        return notices.success("Site settings saved. Publish to use them on the live site.")

    @rx.event
    async def check_domain(self):
        """Look the domain's TXT record up now; the dialog shows what was found."""
        project_id = (await self.get_state(EditorState))._project_id
        try:
            with self._signed_in() as (db, me):
                _status, self.domain_message = domains.check(db, me.user_id, project_id, ip=self._ip)
                self._show_domain(db, me.user_id, project_id)
        except NotAuthenticated as error:
            return self._fail(error)
        except ServiceError as error:
            self.domain_message = error.message
        return None
