"""Publish button with progress, the live link, and the deployments dialog (rollback, zip)."""

from __future__ import annotations

import reflex as rx

from bubblegum.state.editor import EditorState
from bubblegum.state.publish import PublishState


def publish_button() -> rx.Component:
    return rx.hstack(
        rx.cond(
            PublishState.live_url != "",
            rx.link(rx.hstack(rx.icon("external-link", size=14), rx.text("View live site", size="2"),
                              spacing="1", align="center"),
                    href=PublishState.live_url, is_external=True),
        ),
        rx.tooltip(rx.icon_button(rx.icon("archive", size=16), variant="ghost", aria_label="Deployments",
                                  on_click=PublishState.open_deployments), content="Deployments"),
        rx.button(
            rx.cond(PublishState.publishing, rx.spinner(size="1"), rx.icon("rocket", size=15)),
            rx.cond(PublishState.publishing, f"Publishing {PublishState.publish_progress}%", "Publish"),
            on_click=PublishState.publish,
            disabled=PublishState.publishing | ~EditorState.can_edit,
            size="2",
        ),
        deployments_dialog(),
        publish_feedback(),
        spacing="3",
        align="center",
    )


def publish_feedback() -> rx.Component:
    return rx.fragment(
        rx.cond(
            PublishState.publish_error != "",
            rx.callout.root(rx.callout.text(PublishState.publish_error), color_scheme="red", size="1", role="alert",
                            position="fixed", top="64px", right="340px", z_index="20"),
        ),
        sample_content_callout(),
    )


def sample_content_callout() -> rx.Component:
    """Why the publish stopped (sample sections, named) and the one-click way on."""
    return rx.cond(
        PublishState.sample_problems.length() > 0,
        rx.callout.root(
            rx.callout.icon(rx.icon("triangle-alert")),
            rx.vstack(
                rx.text("Not published: these sections are samples, never published as if true.",
                        weight="bold", size="2"),
                rx.foreach(PublishState.sample_problems, lambda problem: rx.text(problem, size="2")),
                rx.hstack(
                    rx.button("Remove sample sections", size="1", color_scheme="amber",
                              on_click=PublishState.remove_samples, disabled=~EditorState.can_edit),
                    rx.button("Dismiss", size="1", variant="soft", color_scheme="gray",
                              on_click=PublishState.dismiss_samples),
                    spacing="2",
                ),
                spacing="2",
            ),
            color_scheme="amber", size="1", role="alert", max_width="420px",
            position="fixed", top="64px", right="340px", z_index="20",
        ),
    )


def deployment_row(row) -> rx.Component:
    return rx.table.row(
        rx.table.cell(f"#{row['id']}"),
        rx.table.cell(row["when"]),
        rx.table.cell(rx.match(
            row["status"],
            ("ready", rx.badge("Ready", color_scheme="green", variant="soft")),
            ("failed", rx.tooltip(rx.badge("Failed", color_scheme="red", variant="soft"), content=row["error"])),
            rx.badge(row["status"], variant="soft"),
        )),
        rx.table.cell(row["pages"]),
        rx.table.cell(rx.cond(row["live"] == "yes", rx.badge("Live", color_scheme="pink", variant="solid"),
                              rx.cond(row["status"] == "ready",
                                      rx.button("Make live", size="1", variant="soft",
                                                on_click=PublishState.make_live(row["id"]),
                                                disabled=~EditorState.can_edit)))),
        rx.table.cell(rx.cond(row["status"] == "ready",
                              rx.icon_button(rx.icon("download", size=14), size="1", variant="ghost",
                                             aria_label="Download as zip",
                                             on_click=PublishState.download(row["id"])))),
    )


def deployments_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Deployments"),
            rx.dialog.description("Every publish is kept. Make an earlier one live again, or download it as a zip.",
                                  size="2", margin_bottom="12px"),
            rx.cond(
                PublishState.deployments.length() > 0,
                rx.table.root(
                    rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                                   ("", "Published", "Status", "Pages", "", "")])),
                    rx.table.body(rx.foreach(PublishState.deployments, deployment_row)),
                    size="1",
                    width="100%",
                ),
                rx.text("Nothing published yet.", color=rx.color("gray", 10)),
            ),
            rx.flex(rx.dialog.close(rx.button("Close", variant="soft", color_scheme="gray")),
                    justify="end", margin_top="16px"),
            max_width="640px",
        ),
        open=PublishState.deployments_open,
        on_open_change=PublishState.set_deployments_open,
    )
