"""/dashboard/audit: the organization's audit log, for admins and owners."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.forms import form_error
from bubblegum.components.layout import dashboard_page
from bubblegum.state.audit_log import AuditState


def entry_row(entry) -> rx.Component:
    return rx.table.row(
        rx.table.cell(entry["when"], white_space="nowrap", color=rx.color("gray", 11)),
        rx.table.cell(rx.code(entry["action"], variant="ghost")),
        rx.table.cell(entry["actor"]),
        rx.table.cell(entry["target"]),
        rx.table.cell(entry["details"], color=rx.color("gray", 11), max_width="280px"),
        rx.table.cell(entry["ip"], color=rx.color("gray", 11)),
    )


@dashboard_page("Audit log", routes.AUDIT,
                description="Log-ins, failed log-ins, role changes, invitations and deletions, newest first (UTC).")
def audit_page() -> rx.Component:
    return rx.vstack(
        form_error(AuditState.errors),
        rx.card(rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                           ("When", "Event", "Who", "Target", "Details", "Address")])),
            rx.table.body(rx.foreach(AuditState.entries, entry_row)),
            width="100%", size="1",
        ), width="100%"),
        width="100%",
    )
