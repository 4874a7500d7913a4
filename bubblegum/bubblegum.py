"""The Reflex app: pages, theme and the mounted REST API."""

import reflex as rx

from bubblegum import routes
from bubblegum import log_redaction

log_redaction.install()  # before anything logs: no bearer token ever reaches a log

import bubblegum.models  # noqa: F401, E402  (Reflex's start-up schema check reads SQLModel's metadata)
from bubblegum.api import create_api, serve_site_hosts  # noqa: E402
from bubblegum.api.app_headers import secure_app_pages  # noqa: E402
from bubblegum.api.body_limit import BodyLimitMiddleware  # noqa: E402
from bubblegum.api.session_handshake import SessionHandshake  # noqa: E402
from bubblegum.services.jobs import start_worker  # noqa: E402
from bubblegum.pages.landing import landing  # noqa: E402
from bubblegum.components.notices import notice_bridge  # noqa: E402

# The last transform is outermost: the body limit sits in front of everything (uploads included),
# then the app pages' security headers.
app = rx.App(api_transformer=[create_api(), serve_site_hosts, SessionHandshake, secure_app_pages,
                              BodyLimitMiddleware],
             extra_app_wraps={(4, "Notices"): lambda stateful: notice_bridge() if stateful else None})
app.register_lifespan_task(start_worker)  # the durable job queue's in-process worker
app.add_page(
    landing,
    route="/",
    title="Bubble Gum \u2014 describe your business, get a website",
    description="An AI website builder: a complete multi-page site from one sentence, a visual editor, and pages that load instantly.",
)

# Accounts and the dashboard shell. Every signed-in page loads the shell first (it redirects
# to /login when the session is missing or over), then its own data.
from bubblegum.pages import audit, auth, dashboard, invite, members, profile, settings  # noqa: E402
from bubblegum.state.audit_log import AuditState  # noqa: E402
from bubblegum.state.auth_forms import LoginState, ResetState, SignupState  # noqa: E402
from bubblegum.state.members import InviteState, MembersState  # noqa: E402
from bubblegum.state.organization import OrgSettingsState  # noqa: E402
from bubblegum.state.api_keys import ApiKeysState  # noqa: E402
from bubblegum.state.profile import ProfileState  # noqa: E402
from bubblegum.state.projects import ProjectsState  # noqa: E402
from bubblegum.state.session import SessionState  # noqa: E402

app.add_page(auth.signup, route=routes.SIGNUP, title="Sign up \u2014 Bubble Gum", on_load=SignupState.load)
app.add_page(auth.login, route=routes.LOGIN, title="Log in \u2014 Bubble Gum", on_load=LoginState.skip_if_signed_in)
app.add_page(auth.forgot, route=routes.FORGOT, title="Reset your password \u2014 Bubble Gum")
app.add_page(auth.reset, route=routes.RESET, title="Choose a new password \u2014 Bubble Gum", on_load=ResetState.load)
app.add_page(invite.invite, route=routes.INVITE, title="Invitation \u2014 Bubble Gum", on_load=InviteState.load)
app.add_page(dashboard.projects_page, route=routes.DASHBOARD, title="Projects \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, ProjectsState.load])
app.add_page(dashboard.trash_page, route=routes.TRASH, title="Trash \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, ProjectsState.load])
app.add_page(members.members_page, route=routes.MEMBERS, title="Members \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, MembersState.load])
app.add_page(settings.settings_page, route=routes.SETTINGS, title="Organization settings \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, OrgSettingsState.load, ApiKeysState.load])
app.add_page(profile.profile_page, route=routes.PROFILE, title="Your profile \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, ProfileState.load])
app.add_page(audit.audit_page, route=routes.AUDIT, title="Audit log \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, AuditState.load])

from bubblegum.pages import billing as billing_pages  # noqa: E402
from bubblegum.state.billing import BillingState  # noqa: E402
app.add_page(billing_pages.billing_page, route=routes.BILLING, title="Billing \u2014 Bubble Gum",
             on_load=[SessionState.load_shell, BillingState.load])

from bubblegum.pages import assets as assets_pages  # noqa: E402
from bubblegum.state.assets import AssetsState  # noqa: E402
app.add_page(assets_pages.assets_page, route=routes.ASSETS, title="Images \u2014 Bubble Gum", on_load=[SessionState.load_shell, AssetsState.load])  # noqa: E501

from bubblegum.pages import leads as leads_pages  # noqa: E402
from bubblegum.state.leads import LeadsState  # noqa: E402
app.add_page(leads_pages.leads_page, route=routes.LEADS, title="Leads \u2014 Bubble Gum", on_load=[SessionState.load_shell, LeadsState.load])  # noqa: E501

from bubblegum.pages import analytics as analytics_pages  # noqa: E402
from bubblegum.state.analytics import AnalyticsState  # noqa: E402
app.add_page(analytics_pages.analytics_page, route=routes.ANALYTICS, title="Analytics \u2014 Bubble Gum", on_load=[SessionState.load_shell, AnalyticsState.load])  # noqa: E501

# The editor.
from bubblegum.pages.editor import editor  # noqa: E402
from bubblegum.state.editor import EditorState  # noqa: E402

app.add_page(editor, route=routes.EDITOR_PAGE, title="Editor \u2014 Bubble Gum",
             on_load=EditorState.load)
app.add_page(editor, route=routes.EDITOR_PROJECT, title="Editor \u2014 Bubble Gum",
             on_load=EditorState.open_project)
