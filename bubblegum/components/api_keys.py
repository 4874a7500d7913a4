"""The "API keys" section of the organization settings (admins)."""

from __future__ import annotations

import reflex as rx

from bubblegum.components.forms import field, form_error, kept_form, select_field
from bubblegum.components.layout import section_card
from bubblegum.state.api_keys import ApiKeysState

SCOPES = [("read", "Read: sites, pages, content, deployments"), ("write", "Write: also edit and create"),
          ("publish", "Publish: also publish and roll back")]


def _new_key() -> rx.Component:
    return rx.callout(
        rx.vstack(
            rx.text("Copy this key now: it is not shown again.", weight="medium"),
            rx.code(ApiKeysState.new_key, id="new-api-key", word_break="break-all", size="3"),
            rx.button("Done", size="1", variant="soft", on_click=ApiKeysState.dismiss_new_key),
            spacing="2", align="start",
        ),
        icon="key-round", color_scheme="green", width="100%",
    )


def _row(key) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(key["name"], weight="medium"), rx.text(key["prefix"], size="1", font_family="monospace",
                                                                    color=rx.color("gray", 11))),
        rx.table.cell(rx.badge(key["scope"], variant="soft")),
        rx.table.cell(rx.text(key["last_used"], size="2")),
        rx.table.cell(rx.text(key["created_by"], size="2"), rx.text(key["created"], size="1",
                                                                   color=rx.color("gray", 11))),
        rx.table.cell(rx.cond(key["revoked"] != "",
                              rx.badge("revoked " + key["revoked"], color_scheme="gray"),
                              rx.button("Revoke", size="1", variant="soft", color_scheme="red",
                                        aria_label="Revoke " + key["name"],
                                        on_click=ApiKeysState.revoke(key["id"])))),
        align="center",
    )


def api_keys_section() -> rx.Component:
    errors = ApiKeysState.errors
    return section_card(
        "API keys",
        "Keys for the REST API (/api/v1, reference at /api/v1/docs). A key acts for you, within its scope.",
        rx.cond(ApiKeysState.new_key != "", _new_key()),
        form_error(errors),
        kept_form(ApiKeysState.create,
                  field("Key name", "key_name", errors, placeholder="e.g. Zapier, CI deploys", max_length=80),
                  select_field("Scope", "key_scope", SCOPES, ApiKeysState.scope, ApiKeysState.set_scope, errors),
                  rx.button("Create key", type="submit", variant="soft"),
                  spacing="3", align="start", max_width="420px"),
        rx.cond(
            ApiKeysState.keys.length() > 0,
            rx.box(rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("Name", "Scope", "Last used", "Created", "")])),
                rx.table.body(rx.foreach(ApiKeysState.keys, _row)),
                width="100%", size="1",
            ), overflow_x="auto", width="100%"),
        ),
        id="api-keys",
    )
