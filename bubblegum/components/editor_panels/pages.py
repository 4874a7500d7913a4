"""The pages panel: the site's pages with add, settings (name, address, search, sharing),
reorder and delete. State: `EditorPagesState`."""

from __future__ import annotations

import reflex as rx

from bubblegum.components.editor_panels.common import counter, dialog_footer, field, field_error, section_label
from bubblegum.state.editor import EditorState
from bubblegum.state.editor_pages import EditorPagesState as S

TITLE_LIMIT, DESCRIPTION_LIMIT = 60, 155


def _row_menu(page) -> rx.Component:
    home = page["slug"] == "/"
    return rx.menu.root(
        rx.menu.trigger(rx.icon_button(rx.icon("ellipsis", size=14), size="1", variant="ghost", color_scheme="gray",
                                       aria_label="Page actions for " + page["title"].to(str))),
        rx.menu.content(
            rx.menu.item(rx.icon("settings-2", size=14), "Page settings", on_click=S.open_settings(page["id"])),
            rx.menu.item(rx.icon("arrow-up", size=14), "Move up", on_click=S.move_page(page["id"], -1),
                         disabled=~EditorState.can_edit),
            rx.menu.item(rx.icon("arrow-down", size=14), "Move down", on_click=S.move_page(page["id"], 1),
                         disabled=~EditorState.can_edit),
            rx.menu.separator(),
            rx.menu.item(rx.icon("trash-2", size=14), "Delete page", color_scheme="red",
                         on_click=S.ask_delete(page["id"]), disabled=home | ~EditorState.can_edit),
            size="1",
        ),
    )


def _page_row(page) -> rx.Component:
    current = page["id"] == EditorState.page_ref
    return rx.hstack(
        rx.el.button(
            rx.icon(rx.cond(page["slug"] == "/", "house", "file"), size=14, flex_shrink="0",
                    color=rx.cond(current, rx.color("accent", 11), rx.color("gray", 10))),
            rx.box(
                rx.text(page["title"], size="2", weight=rx.cond(current, "medium", "regular"), white_space="nowrap",
                        overflow="hidden", text_overflow="ellipsis"),
                rx.text(rx.cond(page["slug"] == "/", "/", "/" + page["slug"].to(str)), size="1",
                        color=rx.cond(current, rx.color("accent", 10), rx.color("gray", 9)), white_space="nowrap",
                        overflow="hidden", text_overflow="ellipsis"),
                min_width="0", flex="1", text_align="left", line_height="1.3",
            ),
            on_click=S.open_page(page["id"]),
            aria_current=rx.cond(current, "page", "false"),
            style={"display": "flex", "align_items": "center", "gap": "8px", "flex": "1", "min_width": "0",
                   "background": "transparent", "border": "0", "padding": "6px 0 6px 8px", "cursor": "pointer",
                   "color": "inherit", "font": "inherit"},
        ),
        rx.box(
            rx.icon_button(rx.icon("settings-2", size=14), size="1", variant="ghost", color_scheme="gray",
                           on_click=S.open_settings(page["id"]), aria_label="Settings of " + page["title"].to(str)),
            _row_menu(page),
            class_name="row-actions",
            display="flex",
            gap="2px",
            padding_right="4px",
        ),
        spacing="1",
        align="center",
        width="100%",
        border_radius="8px",
        background=rx.cond(current, rx.color("accent", 3), "transparent"),
        color=rx.cond(current, rx.color("accent", 12), rx.color("gray", 12)),
        style={"& .row-actions": {"opacity": rx.cond(current, "1", "0"), "transition": "opacity .12s"},
               "&:hover .row-actions, &:focus-within .row-actions": {"opacity": "1"}},
        _hover={"background": rx.cond(current, rx.color("accent", 4), rx.color("gray", 3))},
        data_page_id=page["id"],
    )


def _mode_card(value: str, icon: str, title: str, text: str) -> rx.Component:
    return rx.radio_cards.item(
        rx.hstack(rx.icon(icon, size=18, color=rx.color("accent", 10)),
                  rx.vstack(rx.text(title, size="2", weight="medium"), rx.text(text, size="1", color=rx.color("gray", 10)),
                            spacing="0", align="start"),
                  spacing="3", align="center", width="100%"),
        value=value,
    )


def new_page_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Add a page"),
            rx.dialog.description("Start from an empty page, or let the AI write one for this site.", size="2",
                                  color=rx.color("gray", 11), margin_bottom="16px"),
            rx.vstack(
                rx.radio_cards.root(
                    _mode_card("blank", "file-plus", "Blank page", "Navigation bar and footer only"),
                    _mode_card("ai", "sparkles", "Written by AI", "Sections and copy from the name"),
                    value=S.new_mode, on_value_change=S.set_new_mode, columns="2", size="1", width="100%",
                ),
                field("Page name", rx.input(id="new-page-title", value=S.new_title, on_change=S.set_new_title,
                                            placeholder="e.g. Services", auto_focus=True, width="100%"),
                      html_for="new-page-title", errors=S.new_errors, key="title"),
                field("Address", rx.input(rx.input.slot(rx.text("/", size="2", color=rx.color("gray", 10))),
                                          id="new-page-slug", value=S.new_slug, on_change=S.set_new_slug,
                                          placeholder="services", width="100%"),
                      html_for="new-page-slug", errors=S.new_errors, key="slug",
                      help_text="Lowercase letters, digits and hyphens; nest with /, e.g. services/roofing."),
                field_error(S.new_errors, "form"),
                dialog_footer(
                    rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", disabled=S.new_busy)),
                    rx.button(rx.cond(S.new_busy, rx.spinner(size="1"),
                                      rx.icon(rx.cond(S.new_mode == "ai", "sparkles", "plus"), size=15)),
                              rx.cond(S.new_busy, "Writing the page…", "Create page"),
                              on_click=S.create_page, disabled=S.new_busy),
                ),
                spacing="4",
            ),
            max_width="460px",
        ),
        open=S.new_open,
        on_open_change=S.set_new_open,
    )


def _search_preview() -> rx.Component:
    return rx.box(
        rx.text(EditorState.project_name, " › ", rx.cond(S.slug == "", "", S.slug.replace("/", " › ")), size="1",
                color=rx.color("gray", 11)),
        rx.text(rx.cond(S.seo_title == "", "Page title", S.seo_title), size="3", color="#1a0dab",
                white_space="nowrap", overflow="hidden", text_overflow="ellipsis"),
        rx.text(rx.cond(S.seo_description == "", "Add a description to control the text search engines show.",
                        S.seo_description), size="1", color=rx.color("gray", 11),
                style={"display": "-webkit-box", "-webkit-line-clamp": "2", "-webkit-box-orient": "vertical",
                       "overflow": "hidden"}),
        padding="10px 12px",
        border=f"1px solid {rx.color('gray', 5)}",
        border_radius="8px",
        background="white",
        width="100%",
        aria_label="Search result preview",
    )


def _seo_fields() -> rx.Component:
    return rx.vstack(
        section_label("Search"),
        field("Title", rx.input(id="seo-title", value=S.seo_title, on_change=lambda v: S.set_setting("seo_title", v),
                                read_only=~EditorState.can_edit, width="100%"),
              html_for="seo-title", errors=S.errors, key="seo_title", aside=counter(S.seo_title.length(), TITLE_LIMIT),
              help_text=f"Shown in the browser tab and search results; up to {TITLE_LIMIT} characters is best."),
        field("Meta description", rx.text_area(id="seo-description", value=S.seo_description, rows="3",
                                               on_change=lambda v: S.set_setting("seo_description", v),
                                               read_only=~EditorState.can_edit, width="100%"),
              html_for="seo-description", errors=S.errors, key="seo_description",
              aside=counter(S.seo_description.length(), DESCRIPTION_LIMIT),
              help_text=f"The snippet under the title; up to {DESCRIPTION_LIMIT} characters is best."),
        _search_preview(),
        section_label("Sharing"),
        rx.radio_group.root(
            rx.radio_group.item("Use the site's share image", value="site"),
            rx.radio_group.item("Draw one for this page", value="auto"),
            rx.radio_group.item("Use an image", value="custom"),
            value=S.og_mode, on_change=lambda v: S.set_setting("og_mode", v), disabled=~EditorState.can_edit,
            direction="column", spacing="2", size="2", aria_label="Social image",
        ),
        rx.cond(S.og_mode == "custom",
                field("Image address", rx.input(id="og-image", value=S.og_image, placeholder="https://… or asset:…",
                                                on_change=lambda v: S.set_setting("og_image", v),
                                                read_only=~EditorState.can_edit, width="100%"),
                      html_for="og-image", errors=S.errors, key="og_image",
                      help_text="1200 × 630 px works everywhere.")),
        section_label("Indexing"),
        rx.hstack(rx.switch(id="seo-noindex", checked=S.noindex, on_change=S.set_noindex, disabled=~EditorState.can_edit),
                  rx.el.label("Hide this page from search engines (noindex)", html_for="seo-noindex",
                              style={"font_size": "14px"}),
                  spacing="2", align="center"),
        spacing="3",
        width="100%",
    )


def settings_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.hstack(rx.icon("settings-2", size=18), rx.dialog.title("Page settings", margin="0"), spacing="2",
                      align="center", margin_bottom="16px"),
            rx.vstack(
                section_label("Page"),
                field("Name", rx.input(id="page-name", value=S.name, on_change=lambda v: S.set_setting("name", v),
                                       read_only=~EditorState.can_edit, width="100%"),
                      html_for="page-name", errors=S.errors, key="name", help_text="Shown in the pages list."),
                field("Address", rx.input(rx.input.slot(rx.text("/", size="2", color=rx.color("gray", 10))),
                                          id="page-slug", value=S.slug, on_change=lambda v: S.set_setting("slug", v),
                                          read_only=~EditorState.can_edit | S.settings_home, width="100%"),
                      html_for="page-slug", errors=S.errors, key="slug",
                      help_text=rx.cond(S.settings_home, "The home page is always at /.",
                                        "Lowercase letters, digits and hyphens, e.g. about-us.")),
                rx.cond(
                    S.settings_current,
                    _seo_fields(),
                    rx.callout.root(rx.callout.icon(rx.icon("info")),
                                    rx.callout.text("Search and sharing settings are edited on the open page."),
                                    rx.button("Open this page", size="1", variant="soft",
                                              on_click=S.open_page(S.settings_id)),
                                    size="1", width="100%"),
                ),
                field_error(S.errors, "form"),
                dialog_footer(
                    rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                    rx.cond(EditorState.can_edit, rx.button("Save", on_click=S.save_settings)),
                ),
                spacing="3",
            ),
            max_width="520px",
        ),
        open=S.settings_open,
        on_open_change=S.set_settings_open,
    )


def delete_dialog() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete “", S.delete_title, "”?"),
            rx.alert_dialog.description(
                "The page leaves the site and the navigation at the next publish. Its history is kept.", size="2"),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.alert_dialog.action(rx.button("Delete page", color_scheme="red", on_click=S.confirm_delete)),
                justify="end", spacing="3", margin_top="16px",
            ),
            max_width="420px",
        ),
        open=S.delete_id != "",
        on_open_change=S.cancel_delete,
    )


def pages_panel() -> rx.Component:
    return rx.vstack(
        section_label("Pages", rx.cond(EditorState.can_edit, rx.tooltip(
            rx.icon_button(rx.icon("plus", size=15), size="1", variant="ghost", on_click=S.set_new_open(True),
                           aria_label="Add a page"), content="Add a page"))),
        rx.vstack(rx.foreach(EditorState.site_pages, _page_row), spacing="1", width="100%", role="list",
                  aria_label="Pages of this site"),
        new_page_dialog(),
        settings_dialog(),
        delete_dialog(),
        spacing="2",
        width="100%",
    )
