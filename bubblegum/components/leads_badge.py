"""The editor top bar's way to the site's leads inbox, with the unread count as a small badge."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.state.leads import LeadsBadgeState


def leads_button(project_ref) -> rx.Component:
    return rx.tooltip(
        rx.link(
            rx.box(
                rx.icon_button(rx.icon("inbox", size=16), variant="ghost", aria_label="Leads inbox"),
                rx.cond(LeadsBadgeState.unread > 0,
                        rx.badge(LeadsBadgeState.unread, color_scheme="red", variant="solid", radius="full",
                                 size="1", position="absolute", top="-8px", right="-10px",
                                 aria_label=LeadsBadgeState.unread.to_string() + " unread")),
                position="relative",
            ),
            href=routes.leads(project_ref), is_external=True,
        ),
        content="Leads inbox",
        on_mount=LeadsBadgeState.load_unread,
    )
