"""/dashboard/profile: change password, signed-in sessions, log out everywhere."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import field, form_error
from bubblegum.components.layout import dashboard_page, section_card
from bubblegum.state.profile import ProfileState
from bubblegum.state.session import SessionState


def session_row(item) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.hstack(
            rx.icon("monitor-smartphone", size=16, color=rx.color("gray", 10)),
            rx.text(item["device"], weight="medium", size="2"),
            rx.cond(item["current"] != "", rx.badge("This browser", color_scheme="green", radius="full")),
            align="center", spacing="2",
        )),
        rx.table.cell(item["ip"]),
        rx.table.cell(item["last_seen"]),
        rx.table.cell(rx.cond(item["current"] == "",
                              rx.button("Log out", size="1", variant="ghost", color_scheme="red",
                                        on_click=ProfileState.revoke(item["id"])))),
        align="center",
    )


@dashboard_page("Your profile", routes.PROFILE, description="Your password and where you are signed in.")
def profile_page() -> rx.Component:
    errors = ProfileState.errors
    return rx.vstack(
        section_card("Account", "", rx.text(SessionState.user_name, " ", rx.text(SessionState.user_email, as_="span",
                                                                                  color=rx.color("gray", 11)))),
        section_card(
            "Change password",
            "Changing your password logs you out everywhere else.",
            rx.form(
                rx.vstack(
                    form_error(errors),
                    field("Current password", "current_password", errors, type="password",
                          auto_complete="current-password", required=True),
                    field("New password", "new_password", errors, type="password", auto_complete="new-password",
                          required=True, hint="At least 10 characters."),
                    field("Repeat the new password", "confirm", errors, type="password", auto_complete="new-password",
                          required=True),
                    rx.button("Change password", type="submit"),
                    spacing="3", align="start", width="100%", max_width="420px",
                ),
                on_submit=ProfileState.change_password,
                reset_on_submit=False,
            ),
        ),
        section_card(
            "Sessions",
            "Browsers and devices signed in to your account.",
            rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("Device", "Address", "Last active", "")])),
                rx.table.body(rx.foreach(ProfileState.active_sessions, session_row)),
                width="100%",
            ),
            rx.box(rx.button(rx.icon("log-out", size=14), "Log out everywhere", variant="outline", color_scheme="red",
                             on_click=ProfileState.log_out_everywhere)),
        ),
        spacing="5",
        width="100%",
    )
