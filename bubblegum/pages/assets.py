"""/dashboard/projects/[assets_project]/assets: the project's image library."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.layout import dashboard_page
from bubblegum.components.uploads import ACCEPT
from bubblegum.state.assets import UPLOAD_ID, AssetsState
from bubblegum.state.session import SessionState

CAN_UPLOAD = SessionState.allowed.contains("asset.upload")
CAN_DELETE = SessionState.allowed.contains("asset.delete")


def upload_zone() -> rx.Component:
    return rx.vstack(
        rx.upload(
            rx.vstack(rx.icon("image-up", size=28), rx.text("Drop images here or click to choose"),
                      rx.text("JPEG, PNG, WebP, GIF, AVIF or SVG, up to 10 MB each", size="1",
                              color=rx.color("gray", 11)), align="center", spacing="2"),
            id=UPLOAD_ID, multiple=True, accept=ACCEPT, max_files=20, border="1px dashed var(--gray-8)",
            padding="28px", width="100%", border_radius="12px",
            on_drop=AssetsState.upload(rx.upload_files(upload_id=UPLOAD_ID,
                                                       on_upload_progress=AssetsState.set_progress)),
        ),
        rx.cond(AssetsState.uploading, rx.progress(value=AssetsState.upload_progress, width="100%")),
        width="100%",
    )


def tile(item) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.box(
                rx.cond(item["thumb"] != "", rx.image(src=item["thumb"], alt=item["alt"], width="100%",
                                                      height="140px", object_fit="cover", loading="lazy"),
                        rx.center(rx.text(item["status"], size="1"), height="140px")),
                background=item["placeholder"], width="100%", border_radius="8px", overflow="hidden"),
            rx.text(item["name"], weight="medium", size="2", trim="both", title=item["name"]),
            rx.text(item["size"], size="1", color=rx.color("gray", 11)),
            rx.cond(item["credit"] != "", rx.text(item["credit"], size="1", color=rx.color("gray", 11))),
            rx.text(rx.cond(item["uses"] != "", "Used on: " + item["uses"], "Not used"), size="1"),
            rx.input(default_value=item["alt"], placeholder="Alt text (describe the image)", size="1",
                     aria_label="Alt text for " + item["name"], disabled=~CAN_UPLOAD,
                     on_blur=lambda value: AssetsState.save_alt(item["id"], value)),
            rx.cond(CAN_DELETE, rx.button(rx.icon("trash-2", size=14), "Delete", size="1", variant="soft",
                                          color_scheme="red",
                                          on_click=AssetsState.ask_delete(item["id"], item["uses"]))),
            spacing="2", width="100%",
        ),
    )


def confirm_dialog() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete this image?"),
            rx.alert_dialog.description(rx.cond(
                AssetsState.confirm_uses != "",
                "It is used on: " + AssetsState.confirm_uses + ". Deleting removes it from those pages "
                "(a new version of each page is saved; the history keeps the old ones).",
                "It is not used on any page.")),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray",
                                                 on_click=AssetsState.cancel_delete)),
                rx.alert_dialog.action(rx.button("Delete", color_scheme="red", on_click=AssetsState.delete)),
                justify="end", spacing="3", margin_top="16px",
            ),
        ),
        open=AssetsState.confirm_id != "",
    )


def back_to_editor() -> rx.Component:
    return rx.link(rx.button(rx.icon("pencil", size=16), "Open ", AssetsState.project_name, " in the editor",
                             variant="soft"), href=routes.editor(AssetsState.project_param))


@dashboard_page("Images", routes.DASHBOARD, description="Upload, describe and manage this site's images.",
                actions=back_to_editor)
def assets_page() -> rx.Component:
    return rx.vstack(
        rx.cond(CAN_UPLOAD, upload_zone()),
        rx.hstack(
            rx.input(placeholder="Search by name or alt text", value=AssetsState.search,
                     on_change=AssetsState.set_search.debounce(300), width="320px", aria_label="Search images"),
            rx.spacer(),
            rx.cond(CAN_DELETE, rx.button("Delete unused images", variant="soft", color_scheme="red",
                                          on_click=AssetsState.delete_unused)),
            width="100%",
        ),
        rx.grid(rx.foreach(AssetsState.items, tile), columns="4", spacing="4", width="100%"),
        rx.cond(AssetsState.items.length() == 0, rx.text("No images yet.", color=rx.color("gray", 11))),
        confirm_dialog(),
        spacing="5", width="100%",
    )
