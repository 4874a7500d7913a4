"""The invitation landing page: accept when signed in as the invited address, otherwise
create an account or log in first."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import form_error
from bubblegum.components.layout import auth_page
from bubblegum.state.members import InviteState


def invite() -> rx.Component:
    token = InviteState.router.url.query_parameters.get("token", "").to(str)
    return auth_page(
        "You are invited",
        rx.cond(
            InviteState.valid,
            rx.text("Join ", rx.text.strong(InviteState.org_name), " as ", rx.text.strong(InviteState.invited_role),
                    ". This invitation is for ", rx.text.strong(InviteState.invited_email), ".", size="2",
                    color=rx.color("gray", 11)),
            rx.text("This invitation cannot be used.", size="2", color=rx.color("gray", 11)),
        ),
        form_error(InviteState.errors),
        rx.cond(
            InviteState.errors.contains("token"),
            rx.callout(InviteState.errors["token"].to(str), icon="triangle-alert", color_scheme="red", width="100%"),
        ),
        rx.cond(
            InviteState.valid,
            rx.cond(
                InviteState.signed_in_as != "",
                rx.vstack(
                    rx.text("Signed in as ", rx.text.strong(InviteState.signed_in_as), size="2"),
                    rx.button("Accept invitation", size="3", width="100%", on_click=InviteState.accept),
                    width="100%",
                ),
                rx.vstack(
                    rx.link(rx.button("Create an account and join", size="3", width="100%"),
                            href=routes.SIGNUP + "?invite=" + token, width="100%"),
                    rx.link(rx.button("I already have an account", size="3", width="100%", variant="outline"),
                            href=routes.LOGIN + "?next=" + rx.Var.create(routes.INVITE + "?token=").to(str) + token, width="100%"),
                    width="100%",
                    spacing="3",
                ),
            ),
        ),
    )
