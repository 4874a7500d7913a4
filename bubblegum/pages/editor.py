"""The editor at /editor/<project>/<page>: pages and layers, the canvas, the inspector."""

from __future__ import annotations

from collections import defaultdict

import reflex as rx

from bubblegum import routes
from bubblegum.blocks.registry import BLOCKS
from bubblegum.components.ai_menu import ai_status, insert_mode_switch
from bubblegum.components.brand import logo
from bubblegum.components.editor import canvas_frame, editor_shortcuts, sortable_layers
from bubblegum.components.editor_panels.history import history_button
from bubblegum.components.editor_panels.pages import pages_panel
from bubblegum.components.editor_panels.site_config import site_config_button
from bubblegum.components.editor_panels.theme import theme_panel
from bubblegum.components.inspector_form import inspector_panel
from bubblegum.components.leads_badge import leads_button
from bubblegum.components.publish_panel import publish_button
from bubblegum.state.ai_actions import AIActionsState
from bubblegum.state.editor import EditorState

PANEL = {"background": rx.color("gray", 1), "height": "100%", "overflow_y": "auto"}


def save_badge() -> rx.Component:
    return rx.match(
        EditorState.save_status,
        ("saved", rx.badge(rx.icon("check", size=12), "Saved", color_scheme="green", variant="soft")),
        ("saving", rx.badge(rx.spinner(size="1"), "Saving", variant="soft")),
        ("unsaved", rx.badge("Unsaved changes", color_scheme="amber", variant="soft")),
        ("conflict", rx.badge("Not saved: conflict", color_scheme="red", variant="solid")),
        rx.badge("Not saved", color_scheme="red", variant="soft"),
    )


def top_bar() -> rx.Component:
    return rx.hstack(
        logo("3"),
        rx.link(rx.hstack(rx.icon("chevron-left", size=16), rx.text("Dashboard", size="2"), spacing="1",
                          align="center"), href=routes.DASHBOARD, color_scheme="gray"),
        rx.divider(orientation="vertical", size="2"),
        rx.text(EditorState.project_name, weight="bold", size="3"),
        rx.text("/", color=rx.color("gray", 8)),
        rx.text(EditorState.page_title, size="3", color=rx.color("gray", 11)),
        rx.cond(~EditorState.can_edit, rx.badge("Read only", color_scheme="gray", variant="surface")),
        rx.spacer(),
        rx.segmented_control.root(
            rx.segmented_control.item(rx.icon("monitor", size=16), value="desktop", aria_label="Desktop 1280 px"),
            rx.segmented_control.item(rx.icon("tablet", size=16), value="tablet", aria_label="Tablet 768 px"),
            rx.segmented_control.item(rx.icon("smartphone", size=16), value="mobile", aria_label="Mobile 390 px"),
            value=EditorState.device,
            on_change=EditorState.set_device,
            size="1",
        ),
        rx.spacer(),
        rx.tooltip(rx.icon_button(rx.icon("undo-2", size=16), variant="ghost", on_click=EditorState.undo,
                                  disabled=~EditorState.can_undo, aria_label="Undo"), content="Undo (Ctrl+Z)"),
        rx.tooltip(rx.icon_button(rx.icon("redo-2", size=16), variant="ghost", on_click=EditorState.redo,
                                  disabled=~EditorState.can_redo, aria_label="Redo"), content="Redo (Shift+Ctrl+Z)"),
        history_button(),
        site_config_button(),
        rx.tooltip(rx.link(rx.icon_button(rx.icon("images", size=16), variant="ghost", aria_label="Image library"),
                           href=routes.assets(EditorState.project_ref), is_external=True),
                   content="Image library"),
        leads_button(EditorState.project_ref),
        rx.tooltip(rx.link(rx.icon_button(rx.icon("chart-line", size=16), variant="ghost", aria_label="Analytics"),
                           href=routes.analytics(EditorState.project_ref), is_external=True),
                   content="Analytics"),
        save_badge(),
        publish_button(),
        align="center",
        spacing="3",
        padding_x="16px",
        height="56px",
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 1),
        width="100%",
    )


def block_actions() -> rx.Component:
    def action(icon: str, label: str, handler) -> rx.Component:
        return rx.tooltip(rx.icon_button(rx.icon(icon, size=15), size="1", variant="soft", on_click=handler,
                                         aria_label=label, disabled=~EditorState.can_edit), content=label)

    return rx.cond(
        EditorState.selected != "",
        rx.hstack(
            action("arrow-up", "Move up", EditorState.move_selected(-1)),
            action("arrow-down", "Move down", EditorState.move_selected(1)),
            action("copy", "Duplicate", EditorState.duplicate_selected),
            action("trash-2", "Delete", EditorState.remove_selected),
            spacing="2",
        ),
    )


def layers_tab() -> rx.Component:
    return rx.vstack(
        pages_panel(),
        rx.divider(),
        rx.hstack(rx.text("Layers", size="1", weight="bold", color=rx.color("gray", 10),
                          text_transform="uppercase"), rx.spacer(), block_actions(), width="100%", align="center"),
        sortable_layers(items=EditorState.layers, selected=EditorState.selected,
                        disabled=~EditorState.can_edit, on_reorder=EditorState.move_block,
                        on_select=EditorState.select_block),
        spacing="3",
        width="100%",
    )


def palette_button(block) -> rx.Component:
    """Inserts the block from its example, or written for this site by the AI provider."""
    def button(handler) -> rx.Component:
        return rx.button(rx.icon(block.icon, size=16), rx.text(block.label, size="1"),
                         variant="surface", color_scheme="gray", height="auto", padding="10px 6px",
                         flex_direction="column", gap="6px", title=block.description, on_click=handler,
                         disabled=~EditorState.can_edit | (AIActionsState.ai_busy != ""))

    return rx.cond(AIActionsState.insert_with_ai, button(AIActionsState.write_block(block.type)),
                   button(EditorState.insert_block(block.type)))


def palette_tab() -> rx.Component:
    groups: dict[str, list] = defaultdict(list)
    for block in BLOCKS.values():
        groups[block.category].append(block)
    return rx.vstack(
        insert_mode_switch(),
        ai_status(),
        *[
            rx.vstack(
                rx.text(category.capitalize(), size="1", weight="bold", color=rx.color("gray", 10),
                        text_transform="uppercase"),
                rx.grid(
                    *[
                        palette_button(block)
                        for block in blocks
                    ],
                    columns="2",
                    spacing="2",
                    width="100%",
                ),
                spacing="2",
                width="100%",
            )
            for category, blocks in groups.items()
        ],
        spacing="4",
        width="100%",
    )


def left_panel() -> rx.Component:
    return rx.box(
        rx.tabs.root(
            rx.tabs.list(rx.tabs.trigger("Layers", value="layers"), rx.tabs.trigger("Add section", value="add"),
                         rx.tabs.trigger("Theme", value="theme")),
            rx.tabs.content(layers_tab(), value="layers", padding_top="12px"),
            rx.tabs.content(palette_tab(), value="add", padding_top="12px"),
            rx.tabs.content(theme_panel(), value="theme", padding_top="12px"),
            default_value="layers",
        ),
        width="280px",
        min_width="280px",
        padding="12px",
        border_right=f"1px solid {rx.color('gray', 5)}",
        **PANEL,
    )


def conflict_callout() -> rx.Component:
    return rx.cond(
        EditorState.save_status == "conflict",
        rx.callout.root(
            rx.callout.icon(rx.icon("triangle-alert")),
            rx.callout.text(EditorState.save_message, " Your changes since then are not saved."),
            rx.button("Reload the newest version", size="1", on_click=EditorState.reload, margin_left="8px"),
            color_scheme="red",
            role="alert",
            margin_bottom="12px",
        ),
    )


def canvas_area() -> rx.Component:
    return rx.box(
        conflict_callout(),
        rx.center(
            canvas_frame(src_doc=EditorState.src_doc, patch=EditorState.patch, selected=EditorState.selected,
                         width=EditorState.canvas_width, title="Page preview",
                         on_select=EditorState.select_block),
            height="calc(100% - 8px)",
            align_items="stretch",
        ),
        flex="1",
        min_width="0",
        height="100%",
        padding="16px",
        background=rx.color("gray", 3),
    )


def not_found() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.heading("This page is not available", size="6"),
            rx.text("It does not exist, or your organization role does not give you access to it."),
            rx.link(rx.button("Back to the dashboard"), href=routes.DASHBOARD),
            align="center",
            spacing="4",
        ),
        height="100vh",
    )


def editor() -> rx.Component:
    return rx.cond(
        EditorState.not_found,
        not_found(),
        rx.vstack(
            editor_shortcuts(on_undo=EditorState.undo, on_redo=EditorState.redo, on_save=EditorState.save),
            top_bar(),
            rx.hstack(left_panel(), canvas_area(), inspector_panel(), spacing="0", width="100%",
                      height="calc(100vh - 56px)"),
            spacing="0",
            height="100vh",
            overflow="hidden",
        ),
    )
