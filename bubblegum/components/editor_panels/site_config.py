"""The editor's "Site settings" button and dialog: name, language, description, custom domain
and the business details search engines show (type, phone, email, address)."""

from __future__ import annotations

import re

import reflex as rx

from bubblegum.components.editor_panels.common import counter, dialog_footer, field, field_error, section_label
from bubblegum.services.site_config import BUSINESS_TYPES, MAX_DESCRIPTION
from bubblegum.state.editor_site_config import SiteConfigState as S


def _input(key: str, **props) -> rx.Component:
    return rx.input(id=f"site-{key}", value=S.config[key], on_change=lambda v: S.set_site_field(key, v),
                    read_only=~S.can_configure, width="100%", **props)


def _type_label(schema_type: str) -> str:
    """"HomeAndConstructionBusiness" -> "Home and construction business"."""
    if schema_type == "Organization":
        return "Organization (no premises to visit)"
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", schema_type).split()
    return " ".join([words[0], *(word.lower() for word in words[1:])])


def _business_input(key: str, label: str, **props) -> rx.Component:
    return field(label, rx.input(id=f"business-{key}", value=S.business[key], read_only=~S.can_configure,
                                 on_change=lambda v: S.set_business_field(key, v), width="100%", **props),
                 html_for=f"business-{key}", errors=S.site_errors, key=key)


def business_fields() -> rx.Component:
    return rx.vstack(
        section_label("Business details"),
        rx.text("Shown to search engines as structured data, with the opening hours and address.", size="1",
                color=rx.color("gray", 10)),
        field("Kind of business", rx.el.select(
            *[rx.el.option(_type_label(kind), value=kind) for kind in BUSINESS_TYPES],
            id="business-type", value=S.business["type"], disabled=~S.can_configure,
            on_change=lambda v: S.set_business_field("type", v),
            style={"width": "100%", "height": "32px", "border_radius": "6px", "padding": "0 8px", "font_size": "14px",
                   "border": "1px solid var(--gray-7)", "background": "var(--color-surface)"}),
              html_for="business-type", errors=S.site_errors, key="type"),
        rx.grid(_business_input("phone", "Phone", type="tel"), _business_input("email", "Email", type="email"),
                columns="2", spacing="3", width="100%"),
        _business_input("street", "Street address"),
        rx.grid(_business_input("locality", "Town or city"), _business_input("postal_code", "Postcode"),
                _business_input("country", "Country"), columns="3", spacing="3", width="100%"),
        spacing="3",
        width="100%",
    )


def _record_row(label: str, value: rx.Var) -> rx.Component:
    return rx.hstack(rx.text(label, size="1", width="56px", color=rx.color("gray", 10)),
                     rx.code(value, size="1", style={"word_break": "break-all"}), spacing="2", align="start")


def domain_status() -> rx.Component:
    """The saved domain: "pending" with the exact TXT record to add and "Check now", or verified."""
    return rx.fragment(
        rx.cond(S.domain["state"] == "pending", rx.callout.root(
            rx.vstack(
                rx.hstack(rx.badge("Pending", color_scheme="amber"), rx.text(S.domain["domain"], weight="medium"),
                          spacing="2", align="center"),
                rx.text("Not served on this domain until you prove it is yours. Add this DNS record at your "
                        "domain's DNS provider, then check:", size="1"),
                _record_row("Type", "TXT"), _record_row("Name", S.domain["record_name"]),
                _record_row("Value", S.domain["record_value"]),
                rx.hstack(rx.cond(S.can_configure, rx.button("Check now", size="1", on_click=S.check_domain)),
                          rx.text(S.domain_message, size="1", role="status"), spacing="2", align="center"),
                spacing="2", width="100%",
            ),
            color_scheme="amber", size="1", width="100%")),
        rx.cond(S.domain["state"] == "verified", rx.callout.root(
            rx.vstack(
                rx.hstack(rx.badge("Verified", color_scheme="green"), rx.text(S.domain["address"]),
                          spacing="2", align="center"),
                rx.text(S.domain["transport"], size="1"),
                rx.cond(S.domain_message != "", rx.text(S.domain_message, size="1", role="status")),
                spacing="2", width="100%",
            ),
            color_scheme="green", size="1", width="100%")),
    )


def site_config_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.hstack(rx.icon("globe", size=18), rx.dialog.title("Site settings", margin="0"), spacing="2",
                      align="center", margin_bottom="16px"),
            rx.vstack(
                rx.cond(~S.can_configure, rx.callout.root(
                    rx.callout.icon(rx.icon("lock")),
                    rx.callout.text("Only admins and owners can change these settings."), size="1", width="100%")),
                section_label("Site"),
                field("Name", _input("name"), html_for="site-name", errors=S.site_errors, key="name",
                      help_text="Shown in the dashboard, browser tabs and search results."),
                field("Language", _input("language", placeholder="en"), html_for="site-language",
                      errors=S.site_errors, key="language",
                      help_text="The language of the site's text, as a code: en, fr, de, pt-BR…"),
                field("Description", rx.text_area(id="site-description", value=S.config["description"], rows="3",
                                                  on_change=lambda v: S.set_site_field("description", v),
                                                  read_only=~S.can_configure, width="100%"),
                      html_for="site-description", errors=S.site_errors, key="description",
                      aside=counter(S.config["description"].length(), MAX_DESCRIPTION),
                      help_text="Used by search engines and link previews for pages without their own."),
                section_label("Address"),
                rx.text("Published at ", rx.link(S.site_address, href=S.site_address, is_external=True), size="2"),
                field("Custom domain", _input("custom_domain", placeholder="www.example.com"),
                      html_for="site-custom_domain", errors=S.site_errors, key="custom_domain",
                      help_text="A domain you own. After saving, prove it with the DNS record shown here; "
                                "leave empty to use the address above."),
                domain_status(),
                business_fields(),
                field_error(S.site_errors, "form"),
                dialog_footer(
                    rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                    rx.cond(S.can_configure, rx.button("Save", on_click=S.save_site_settings)),
                ),
                spacing="3",
            ),
            max_width="520px",
        ),
        open=S.site_open,
        on_open_change=S.set_site_open,
    )


def site_config_button() -> rx.Component:
    return rx.fragment(
        rx.tooltip(rx.icon_button(rx.icon("globe", size=16), variant="ghost", aria_label="Site settings",
                                  on_click=S.open_site_settings), content="Site settings"),
        site_config_dialog(),
    )
