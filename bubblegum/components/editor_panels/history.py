"""The history panel: a top-bar button, a drawer listing the page's versions, and the bar
shown while a version is previewed in the canvas. State: `EditorHistoryState`."""

from __future__ import annotations

import reflex as rx

from bubblegum.state.editor import EditorState
from bubblegum.state.editor_history import EditorHistoryState as S


def _version_row(version) -> rx.Component:
    latest = version["latest"] == "yes"
    previewing = EditorState.previewing_version.to_string() == version["number"]
    return rx.box(
        rx.hstack(
            rx.badge("v", version["number"], variant=rx.cond(latest, "solid", "soft"),
                     color_scheme=rx.cond(latest, "green", "gray"), radius="full"),
            rx.vstack(
                rx.hstack(rx.text(version["note"], size="2", weight="medium"),
                          rx.cond(latest, rx.text("Current", size="1", color=rx.color("green", 11))),
                          spacing="2", align="baseline"),
                rx.text(version["author"], " · ", rx.el.span(version["ago"], title=version["at"]), size="1",
                        color=rx.color("gray", 10)),
                spacing="0", min_width="0", flex="1",
            ),
            align="center", spacing="3", width="100%",
        ),
        rx.cond(
            ~latest,
            rx.hstack(
                rx.button(rx.icon("eye", size=13), "Preview", size="1", variant="soft", color_scheme="gray",
                          on_click=S.preview_version(version["number"])),
                rx.cond(EditorState.can_edit, rx.button(rx.icon("rotate-ccw", size=13), "Restore", size="1", variant="soft",
                                              on_click=S.restore_version(version["number"]))),
                spacing="2", padding_left="44px", padding_top="6px", class_name="version-actions",
            ),
        ),
        padding="10px 12px",
        border_radius="10px",
        background=rx.cond(previewing, rx.color("accent", 3), "transparent"),
        style={"& .version-actions": {"display": rx.cond(previewing, "flex", "none")},
               "&:hover .version-actions, &:focus-within .version-actions": {"display": "flex"}},
        _hover={"background": rx.cond(previewing, rx.color("accent", 3), rx.color("gray", 3))},
        data_version=version["number"],
    )


def history_drawer() -> rx.Component:
    return rx.cond(
        S.history_open,
        rx.box(
            rx.hstack(
                rx.icon("history", size=18),
                rx.heading("Version history", size="3"),
                rx.spacer(),
                rx.icon_button(rx.icon("x", size=16), variant="ghost", color_scheme="gray", on_click=S.close_history,
                               aria_label="Close version history"),
                align="center", spacing="2", padding="14px 16px",
                border_bottom=f"1px solid {rx.color('gray', 5)}",
            ),
            rx.box(
                rx.text(EditorState.page_title, size="2", weight="bold", margin_bottom="2px"),
                rx.text("Every save is kept. Preview a version in the canvas, or restore it as a new version — "
                        "nothing in between is lost.", size="1", color=rx.color("gray", 10), margin_bottom="8px"),
                rx.vstack(rx.foreach(S.versions, _version_row), spacing="1", width="100%"),
                padding="12px", overflow_y="auto", flex="1",
            ),
            role="dialog",
            aria_label="Version history",
            position="fixed", top="56px", right="0", bottom="0", width="340px", z_index="30",
            background=rx.color("gray", 1), border_left=f"1px solid {rx.color('gray', 5)}",
            box_shadow="-12px 0 32px -12px rgba(15,23,42,.18)", display="flex", flex_direction="column",
        ),
    )


def preview_bar() -> rx.Component:
    return rx.cond(
        EditorState.previewing_version > 0,
        rx.hstack(
            rx.icon("eye", size=16),
            rx.text("Previewing version ", EditorState.previewing_version.to_string(), weight="bold", size="2"),
            rx.text(S.preview_label, size="2", opacity="0.75"),
            rx.divider(orientation="vertical", size="1", opacity="0.3"),
            rx.cond(EditorState.can_edit, rx.button(rx.icon("rotate-ccw", size=14), "Restore this version", size="2",
                                          on_click=S.restore_version(EditorState.previewing_version.to_string()))),
            rx.button("Back to current", size="2", variant="soft", color_scheme="gray", on_click=S.back_to_current,
                      style={"background": "rgba(255,255,255,.12)", "color": "white"}),
            role="status",
            align="center", spacing="3", padding="8px 8px 8px 16px", border_radius="12px",
            background="#18181b", color="white", box_shadow="0 12px 32px rgba(0,0,0,.28)",
            position="fixed", bottom="24px", left="50%", transform="translateX(-50%)", z_index="40",
            white_space="nowrap",
        ),
    )


def history_button() -> rx.Component:
    """The top-bar button; it also carries the drawer and the preview bar (both fixed-position)."""
    return rx.fragment(
        rx.tooltip(rx.icon_button(rx.icon("history", size=16), variant=rx.cond(S.history_open, "soft", "ghost"),
                                  on_click=S.toggle_history, aria_label="Version history"),
                   content="Version history"),
        history_drawer(),
        preview_bar(),
    )
