"""/dashboard/leads/[leads_project]: a site's leads inbox: views, search, detail, actions,
notification and retention settings, CSV export and erasure."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.layout import dashboard_page, section_card
from bubblegum.state.leads import LeadsState
from bubblegum.state.session import SessionState

CAN_MANAGE = SessionState.allowed.contains("submission.manage")
CAN_CONFIGURE = SessionState.allowed.contains("submission.configure")
VIEWS = (("all", "Inbox"), ("unread", "Unread"), ("starred", "Starred"), ("archived", "Archived"), ("spam", "Spam"))
MODES = (("each", "Each lead"), ("digest", "Daily digest"), ("off", "No mail"))
RETENTION = (("0", "Keep until deleted"), ("30", "30 days"), ("90", "90 days"), ("180", "180 days"),
             ("365", "1 year"), ("730", "2 years"))


def view_tabs() -> rx.Component:
    return rx.segmented_control.root(
        *[rx.segmented_control.item(label + " (" + LeadsState.counts[key].to_string() + ")", value=key)
          for key, label in VIEWS],
        value=LeadsState.view, on_change=LeadsState.set_view, size="2",
    )


def lead_row(lead) -> rx.Component:
    unread = (lead["read"] == "") & (lead["spam"] == "")
    return rx.table.row(
        rx.table.cell(rx.icon_button(rx.icon("star", size=14, fill=rx.cond(lead["starred"] != "", "currentColor", "none")),
                                     variant="ghost", size="1", disabled=~CAN_MANAGE,
                                     aria_label=rx.cond(lead["starred"] != "", "Unstar", "Star"),
                                     on_click=LeadsState.toggle_star(lead["id"], lead["starred"]))),
        rx.table.cell(rx.button(rx.text(rx.cond(lead["name"] != "", lead["name"], lead["email"]),
                                        weight=rx.cond(unread, "bold", "regular")),
                                variant="ghost", on_click=LeadsState.open_lead(lead["id"]), class_name="lead-open"),
                      rx.text(lead["email"], size="1", color=rx.color("gray", 10))),
        rx.table.cell(rx.text(rx.cond(lead["spam"] != "", lead["spam"], lead["preview"]), size="2",
                              color=rx.color("gray", rx.cond(lead["spam"] != "", 10, 12)))),
        rx.table.cell(rx.text(lead["kind"], " · ", lead["page"], size="1")),
        rx.table.cell(rx.el.time(lead["received"], date_time=lead["received_iso"], font_size="12px")),
        align="center",
        class_name="lead-row",
    )


def detail_field(label: str, value) -> rx.Component:
    return rx.cond(value != "", rx.vstack(rx.text(label, size="1", weight="bold", color=rx.color("gray", 10)),
                                          rx.text(value, size="2", white_space="pre-wrap"), spacing="1"))


def detail_actions() -> rx.Component:
    lead = LeadsState.detail
    spam = lead["spam"] != ""
    return rx.hstack(
        rx.cond(lead["reply"] != "", rx.link(rx.button(rx.icon("reply", size=14), "Reply by email"),
                                             href=lead["reply"], is_external=True)),
        rx.cond(CAN_MANAGE, rx.fragment(
            rx.button(rx.cond(lead["read"] != "", "Mark unread", "Mark read"), variant="soft",
                      on_click=LeadsState.toggle_read(lead["id"], lead["read"])),
            rx.button(rx.cond(lead["archived"] != "", "Back to inbox", "Archive"), variant="soft",
                      on_click=LeadsState.toggle_archive(lead["id"], lead["archived"])),
            rx.cond(spam, rx.button("Not spam", variant="soft", color_scheme="green",
                                    on_click=LeadsState.mark_spam(lead["id"], False)),
                    rx.button("Spam", variant="soft", color_scheme="orange",
                              on_click=LeadsState.mark_spam(lead["id"], True))),
            rx.button(rx.icon("trash-2", size=14), "Delete", variant="soft", color_scheme="red",
                      on_click=LeadsState.delete_lead(lead["id"])),
        )),
        spacing="2", flex_wrap="wrap",
    )


def detail_dialog() -> rx.Component:
    lead = LeadsState.detail
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(rx.cond(lead["name"] != "", lead["name"], lead["email"])),
            rx.dialog.description(lead["kind"], " form on ", lead["page"], " · ", lead["received"], size="2"),
            rx.vstack(
                rx.cond(lead["spam"] != "", rx.callout(lead["spam"], icon="shield-alert", color_scheme="orange")),
                detail_field("Name", lead["name"]), detail_field("Email", lead["email"]),
                detail_field("Phone", lead["phone"]), detail_field("Message", lead["message"]),
                detail_actions(),
                spacing="3", margin_top="12px",
            ),
            max_width="560px",
        ),
        open=lead.contains("id"),
        on_open_change=LeadsState.close_lead,
    )


def choice(label: str, options, value, on_change, **props) -> rx.Component:
    return rx.select.root(rx.select.trigger(aria_label=label),
                          rx.select.content(*[rx.select.item(text, value=key) for key, text in options]),
                          value=value, on_change=on_change, **props)


def member_row(member) -> rx.Component:
    return rx.hstack(rx.text(member["email"], size="2"), rx.badge(member["role"], variant="soft"), rx.spacer(),
                     choice("Mail for " + member["email"], MODES, member["mode"],
                            lambda mode: LeadsState.set_member_mode(member["id"], mode)),
                     width="100%", align="center")


def settings_panel() -> rx.Component:
    return rx.vstack(
        section_card("Your notifications", "Mail about new leads on this site.",
                     choice("Your lead mail", MODES, LeadsState.my_mode, LeadsState.set_my_mode)),
        rx.cond(CAN_CONFIGURE, section_card(
            "Who is notified", "Admins choose for every member who can read leads.",
            rx.foreach(LeadsState.members, member_row))),
        rx.cond(CAN_CONFIGURE, section_card(
            "Retention", "Older leads are deleted automatically (hourly, and when the inbox opens).",
            choice("Keep leads for", RETENTION, LeadsState.retention_days, LeadsState.set_retention))),
        section_card("Blocked senders", "Marking a post as spam blocks its sender; \"Not spam\" trusts them again.",
                     rx.cond(LeadsState.blocked.length() > 0,
                             rx.flex(rx.foreach(LeadsState.blocked, lambda sender: rx.badge(sender, variant="soft")),
                                     gap="6px", flex_wrap="wrap"),
                             rx.text("No one yet.", size="2", color=rx.color("gray", 10)))),
        rx.cond(CAN_MANAGE, section_card(
            "Erase a person's data", "Deletes every lead and spam post from one address (a GDPR request).",
            rx.form(rx.hstack(rx.input(name="email", type="email", placeholder="name@example.com",
                                       aria_label="Address to erase", required=True),
                              rx.button("Erase", color_scheme="red", variant="soft", type="submit")),
                    on_submit=LeadsState.erase_sender, reset_on_submit=True))),
        rx.cond(CAN_CONFIGURE, section_card(
            "Delete all leads", "Every lead and spam post of this site, for good.",
            rx.button("Delete all leads", color_scheme="red", on_click=LeadsState.set_confirm_delete_all(True)))),
        spacing="4", width="100%",
    )


def delete_all_dialog() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete every lead of this site?"),
            rx.alert_dialog.description("This cannot be undone. Export them first if you need a copy."),
            rx.hstack(rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray",
                                                       on_click=LeadsState.set_confirm_delete_all(False))),
                      rx.alert_dialog.action(rx.button("Delete all", color_scheme="red",
                                                       on_click=LeadsState.delete_all)),
                      justify="end", spacing="3", margin_top="16px"),
        ),
        open=LeadsState.confirm_delete_all,
    )


def inbox_panel() -> rx.Component:
    return rx.vstack(
        rx.hstack(view_tabs(), rx.spacer(),
                  rx.input(placeholder="Search leads", value=LeadsState.search, aria_label="Search leads",
                           on_change=LeadsState.set_search.debounce(300), width="240px"),
                  width="100%", flex_wrap="wrap", gap="8px"),
        rx.cond(LeadsState.items.length() > 0,
                rx.card(rx.table.root(rx.table.body(rx.foreach(LeadsState.items, lead_row)), width="100%"),
                        width="100%"),
                rx.card(rx.center(rx.text("Nothing here yet. Form posts from the published site land here.",
                                          color=rx.color("gray", 11)), padding="40px"), width="100%")),
        spacing="4", width="100%",
    )


def page_actions() -> rx.Component:
    return rx.hstack(
        rx.cond(CAN_MANAGE, rx.button(rx.icon("download", size=16), "Export CSV", variant="soft",
                                      on_click=LeadsState.download_csv(LeadsState.view == "spam"))),
        rx.link(rx.button(rx.icon("pencil", size=16), "Open in the editor", variant="soft"),
                href=routes.editor(LeadsState.project_param)),
        spacing="3",
    )


@dashboard_page("Leads", routes.DASHBOARD, description="Form posts from this site: contact messages and sign-ups.",
                actions=page_actions)
def leads_page() -> rx.Component:
    return rx.fragment(
        rx.tabs.root(
            rx.tabs.list(rx.tabs.trigger("Inbox", value="inbox"), rx.tabs.trigger("Settings", value="settings")),
            rx.tabs.content(inbox_panel(), value="inbox", padding_top="16px"),
            rx.tabs.content(settings_panel(), value="settings", padding_top="16px"),
            default_value="inbox", width="100%",
        ),
        detail_dialog(),
        delete_all_dialog(),
    )
