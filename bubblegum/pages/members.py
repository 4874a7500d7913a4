"""/dashboard/members: who is in the organization, invitations, roles."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import field, form_error, select_field
from bubblegum.components.layout import dashboard_page, section_card
from bubblegum.state.members import MembersState
from bubblegum.state.session import SessionState

ROLES = [("owner", "Owner"), ("admin", "Admin"), ("editor", "Editor"), ("viewer", "Viewer")]
ROLE_HELP = "Viewers read. Editors edit pages, assets and publish. Admins also manage projects and members. " \
            "Owners also manage billing and the organization."
CAN_INVITE = SessionState.allowed.contains("member.invite")
CAN_CHANGE = SessionState.allowed.contains("member.change_role")
IS_OWNER = SessionState.allowed.contains("org.manage_owners")


def invite_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("user-plus", size=16), "Invite member", size="3")),
        rx.dialog.content(
            rx.dialog.title("Invite a member"),
            rx.dialog.description(ROLE_HELP, size="2", margin_bottom="16px"),
            rx.form(
                rx.vstack(
                    form_error(MembersState.errors),
                    field("Email address", "email", MembersState.errors, type="email",
                          placeholder="colleague@business.com", required=True),
                    select_field("Role", "role", [r for r in ROLES if r[0] != "owner"] + [("owner", "Owner")],
                                 MembersState.invite_role, MembersState.set_invite_role, MembersState.errors),
                    rx.cond(MembersState.dev_link != "",
                            rx.callout(rx.text("Development mode (BUBBLEGUM_DEV_SHOW_LINKS). Invitation link: ",
                                               rx.link(MembersState.dev_link, href=MembersState.dev_link,
                                                       id="dev-invite-link", word_break="break-all")),
                                       icon="info", color_scheme="gray", size="1")),
                    rx.hstack(
                        rx.dialog.close(rx.button("Close", variant="soft", color_scheme="gray", type="button")),
                        rx.button("Send invitation", type="submit"),
                        justify="end", width="100%", spacing="3",
                    ),
                    spacing="4",
                ),
                on_submit=MembersState.invite,
                reset_on_submit=False,
            ),
            max_width="480px",
        ),
        open=MembersState.invite_open,
        on_open_change=MembersState.set_invite_open,
    )


def role_control(person) -> rx.Component:
    editable = CAN_CHANGE & (person["me"] == "") & (IS_OWNER | (person["role"] != "owner"))
    return rx.cond(
        editable,
        rx.select.root(
            rx.select.trigger(aria_label="Role of " + person["email"], variant="soft"),
            rx.select.content(rx.foreach(
                rx.cond(IS_OWNER, [r[0] for r in ROLES], [r[0] for r in ROLES if r[0] != "owner"]),
                lambda role: rx.select.item(role.to(str).capitalize(), value=role),
            )),
            value=person["role"],
            on_change=lambda role: MembersState.change_role(person["id"], role),
            size="2",
        ),
        rx.badge(person["role"].to(str).capitalize(), variant="soft",
                 color_scheme=rx.cond(person["role"] == "owner", "pink", "gray"), radius="full"),
    )


def member_row(person) -> rx.Component:
    removable = SessionState.allowed.contains("member.remove") & (person["me"] == "") & \
        (IS_OWNER | (person["role"] != "owner"))
    return rx.table.row(
        rx.table.row_header_cell(rx.hstack(
            rx.avatar(fallback=person["initial"], size="2", radius="full", variant="soft"),
            rx.vstack(rx.text(person["name"], rx.cond(person["me"] != "", rx.text(" (you)", as_="span",
                                                                                  color=rx.color("gray", 10))),
                              weight="medium", size="2"),
                      rx.text(person["email"], size="1", color=rx.color("gray", 10)), spacing="0"),
            align="center", spacing="3",
        )),
        rx.table.cell(role_control(person)),
        rx.table.cell(person["joined"], color=rx.color("gray", 11)),
        rx.table.cell(rx.cond(removable, rx.button("Remove", size="1", variant="ghost", color_scheme="red",
                                                   on_click=MembersState.remove(person["id"]),
                                                   aria_label="Remove " + person["email"]))),
        align="center",
    )


def invitation_row(invitation) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(invitation["email"]),
        rx.table.cell(rx.badge(invitation["role"], variant="outline", radius="full")),
        rx.table.cell("Expires " + invitation["expires"].to(str), color=rx.color("gray", 11)),
        rx.table.cell(rx.button("Revoke", size="1", variant="ghost", color_scheme="gray",
                                on_click=MembersState.revoke_invitation(invitation["id"]))),
        align="center",
    )


def _actions() -> rx.Component:
    return rx.cond(CAN_INVITE, invite_dialog())


@dashboard_page("Members", routes.MEMBERS, description=ROLE_HELP, actions=_actions)
def members_page() -> rx.Component:
    return rx.vstack(
        rx.card(rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in ("Member", "Role", "Joined", "")])),
            rx.table.body(rx.foreach(MembersState.people, member_row)),
            width="100%",
        ), width="100%"),
        rx.cond(
            MembersState.invitations.length() > 0,
            section_card("Pending invitations", "Each link works once and expires after 7 days.",
                         rx.table.root(rx.table.body(rx.foreach(MembersState.invitations, invitation_row)),
                                       width="100%")),
        ),
        section_card("Leave this organization", "You lose access to its projects. An organization keeps at "
                     "least one owner, so the last owner cannot leave.",
                     rx.box(rx.button("Leave organization", variant="outline", color_scheme="red",
                                      on_click=MembersState.leave))),
        spacing="5",
        width="100%",
    )
