"""/dashboard/billing: the plan, usage against each limit, invoices; owners change the plan."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import form_error
from bubblegum.components.layout import dashboard_page
from bubblegum.state.billing import BillingState


def usage_bar(line) -> rx.Component:
    """A meter drawn with two boxes: the fill's width is the share used (full and red at the limit)."""
    return rx.box(
        rx.box(width=line["percent"] + "%", height="100%", border_radius="999px",
               background=rx.cond(line["full"] == "yes", rx.color("red", 9), rx.color("grass", 9))),
        role="progressbar", aria_label=line["label"], aria_valuenow=line["percent"], aria_valuemin="0", aria_valuemax="100",
        width="100%", height="8px", border_radius="999px", background=rx.color("gray", 4), overflow="hidden",
    )


def usage_row(line) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(line["label"], size="2", weight="medium"),
            rx.spacer(),
            rx.text(rx.cond(line["counted"] == "yes", line["used"] + " of " + line["allowed"], line["allowed"]),
                    size="2", color=rx.color("gray", 11)),
            width="100%",
        ),
        rx.cond(line["counted"] == "yes", usage_bar(line)),
        spacing="1", width="100%",
    )


def offer_card(offer) -> rx.Component:
    action = rx.cond(
        offer["current"] == "yes",
        rx.badge("Current plan", color_scheme="grass", size="2"),
        rx.cond(BillingState.can_manage & (offer["paid"] == "yes"),
                rx.cond(BillingState.subscribed,
                        rx.button("Switch in portal", variant="soft", on_click=BillingState.open_portal, size="2"),
                        rx.button("Upgrade to " + offer["name"], on_click=BillingState.upgrade(offer["key"]), size="2")),
                rx.cond(BillingState.can_manage & BillingState.subscribed,
                        rx.button("Downgrade in portal", variant="soft", color_scheme="gray",
                                  on_click=BillingState.open_portal, size="2"))),
    )
    return rx.card(rx.vstack(
        rx.heading(offer["name"], as_="h3", size="4"),
        rx.text(offer["price"], size="5", weight="bold"),
        rx.text(offer["sites"], size="2", color=rx.color("gray", 11)),
        rx.cond(offer["trial"] != "", rx.text(offer["trial"], size="1", color=rx.color("gray", 10))),
        rx.spacer(),
        action,
        spacing="2", height="100%",
    ), flex="1 1 200px", min_width="200px")


def invoice_row(invoice) -> rx.Component:
    return rx.table.row(
        rx.table.cell(invoice["date"], white_space="nowrap"),
        rx.table.cell(invoice["number"]),
        rx.table.cell(invoice["amount"]),
        rx.table.cell(rx.badge(invoice["status"], variant="soft",
                               color_scheme=rx.cond(invoice["status"] == "paid", "grass", "amber"))),
        rx.table.cell(rx.cond(invoice["url"] != "", rx.link("View", href=invoice["url"], is_external=True))),
    )


def summary() -> rx.Component:
    return rx.card(rx.vstack(
        rx.hstack(
            rx.vstack(
                rx.text("Current plan", size="1", color=rx.color("gray", 10), weight="medium"),
                rx.heading(BillingState.plan_name, as_="h2", size="6"),
                rx.text(BillingState.status_text, size="2", color=rx.color("gray", 11)),
                spacing="1",
            ),
            rx.spacer(),
            rx.cond(BillingState.billing_enabled, rx.hstack(
                rx.cond(BillingState.can_manage,
                        rx.button(rx.icon("credit-card", size=14), "Manage in Stripe portal", variant="soft",
                                  on_click=BillingState.open_portal)),
                rx.button(rx.icon("refresh-cw", size=14), "Refresh from Stripe", variant="ghost", color_scheme="gray",
                          on_click=BillingState.refresh),
                spacing="2", flex_wrap="wrap",
            )),
            width="100%", flex_wrap="wrap", gap="12px", align="start",
        ),
        rx.cond(BillingState.next_invoice.contains("amount"),
                rx.text("Next invoice: " + BillingState.next_invoice["amount"] + " on " + BillingState.next_invoice["date"],
                        size="2")),
        rx.cond(~BillingState.can_manage & BillingState.billing_enabled,
                rx.text("Only owners can change the plan.", size="1", color=rx.color("gray", 10))),
        spacing="3", width="100%",
    ), width="100%")


@dashboard_page("Billing", routes.BILLING, description="Your plan, what it allows and what you use.")
def billing_page() -> rx.Component:
    return rx.vstack(
        form_error(BillingState.errors),
        rx.cond(BillingState.action_url != "",
                rx.link("Confirm the payment", href=BillingState.action_url, is_external=True, weight="bold")),
        summary(),
        rx.card(rx.vstack(
            rx.heading("Usage", as_="h2", size="4"),
            rx.grid(rx.foreach(BillingState.usage, usage_row), columns=rx.breakpoints(initial="1", md="2"),
                    spacing="4", width="100%"),
            spacing="3", width="100%",
        ), width="100%"),
        rx.cond(BillingState.billing_enabled, rx.vstack(
            rx.heading("Plans", as_="h2", size="4"),
            rx.flex(rx.foreach(BillingState.offers, offer_card), gap="12px", flex_wrap="wrap", width="100%"),
            spacing="3", width="100%",
        )),
        rx.cond(BillingState.billing_enabled, rx.card(rx.vstack(
            rx.heading("Invoices", as_="h2", size="4"),
            rx.cond(BillingState.stripe_note != "", rx.text(BillingState.stripe_note, size="2", color=rx.color("amber", 11))),
            rx.cond(BillingState.invoices.length() > 0,
                    rx.box(rx.table.root(
                        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                                       ("Date", "Number", "Amount", "Status", "")])),
                        rx.table.body(rx.foreach(BillingState.invoices, invoice_row)),
                        width="100%", size="1",
                    ), overflow_x="auto", width="100%"),
                    rx.text("No invoices yet.", size="2", color=rx.color("gray", 11))),
            spacing="3", width="100%",
        ), width="100%")),
        spacing="4", width="100%",
    )
