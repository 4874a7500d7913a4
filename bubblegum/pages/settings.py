"""/dashboard/settings: rename the organization, create another, API keys, delete or restore."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.api_keys import api_keys_section
from bubblegum.components.forms import field, form_error, kept_form
from bubblegum.components.layout import dashboard_page, section_card
from bubblegum.state.organization import OrgSettingsState
from bubblegum.state.session import SessionState


def _form(on_submit, *children) -> rx.Component:
    return kept_form(on_submit, *children, spacing="3", align="start", max_width="420px")


def delete_section() -> rx.Component:
    return section_card(
        "Delete organization",
        "Members lose access to it and its projects. As an owner you can restore it within 30 days.",
        rx.cond(
            OrgSettingsState.confirm_delete,
            rx.hstack(
                rx.button("Yes, delete " + OrgSettingsState.org_name, color_scheme="red", on_click=OrgSettingsState.delete),
                rx.button("Cancel", variant="soft", color_scheme="gray",
                          on_click=OrgSettingsState.set_confirm_delete(False)),
                spacing="3",
            ),
            rx.box(rx.button("Delete organization", variant="outline", color_scheme="red",
                             on_click=OrgSettingsState.set_confirm_delete(True))),
        ),
        border=f"1px solid {rx.color('red', 6)}",
    )


def restore_row(org) -> rx.Component:
    return rx.hstack(
        rx.text(org["name"], weight="medium"),
        rx.text("restorable until " + org["until"].to(str), size="2", color=rx.color("gray", 11)),
        rx.spacer(),
        rx.button("Restore", size="1", variant="soft", on_click=OrgSettingsState.restore(org["id"])),
        width="100%", align="center",
    )


@dashboard_page("Organization settings", routes.SETTINGS, description="Name, ownership and lifetime of this organization.")
def settings_page() -> rx.Component:
    errors = OrgSettingsState.errors
    return rx.vstack(
        form_error(errors),
        rx.cond(
            SessionState.allowed.contains("org.rename"),
            section_card("Name", "Shown to members and in invitations.",
                         _form(OrgSettingsState.rename,
                               field("Organization name", "name", errors, default_value=OrgSettingsState.name,
                                     key=OrgSettingsState.name, max_length=120),
                               rx.button("Save name", type="submit"))),
            section_card("Name", "Only admins and owners can rename the organization.",
                         rx.text(SessionState.org_name, weight="medium")),
        ),
        section_card("New organization", "A separate workspace with its own projects and members. You will be its owner.",
                     _form(OrgSettingsState.create,
                           field("Name of the new organization", "new_name", errors, placeholder="e.g. Rosa's Bakery"),
                           rx.button("Create organization", type="submit", variant="soft")),
                     id="new-organization"),
        rx.cond(SessionState.allowed.contains("api_key.manage"), api_keys_section()),
        rx.cond(SessionState.allowed.contains("org.delete"), delete_section()),
        rx.cond(
            OrgSettingsState.restorable.length() > 0,
            section_card("Deleted organizations", "Organizations you own that were deleted in the last 30 days.",
                         rx.foreach(OrgSettingsState.restorable, restore_row)),
        ),
        spacing="5",
        width="100%",
    )
