"""The inspector panel: one generic form for every block type, from EditorState.fields."""

from __future__ import annotations

import reflex as rx

from bubblegum import routes
from bubblegum.components.ai_menu import ai_menu, ai_status
from bubblegum.components.image_search import photo_search
from bubblegum.components.uploads import ACCEPT
from bubblegum.state.editor import EditorState
from bubblegum.state.image_picker import ImagePickerState
from bubblegum.state.inspector import InspectorState

PICKER_UPLOAD = "picker-upload"
TYPING_PAUSE_MS = 25  # send a field after this pause in typing: live, without an event per keystroke burst


def _path(row) -> rx.Var:
    return row["path"].to(str)


def _error(row) -> rx.Component:
    return rx.cond(
        EditorState.field_errors.contains(_path(row)),
        rx.text(EditorState.field_errors[_path(row)], size="1", color=rx.color("red", 11), role="alert"),
    )


def _labelled(row, control: rx.Component) -> rx.Component:
    field_id = "f-" + _path(row).replace(".", "-")
    return rx.vstack(
        rx.el.label(row["label"], html_for=field_id, style={"font_size": "13px", "font_weight": "500"}),
        control,
        rx.cond(row["help"] != "", rx.text(row["help"], size="1", color=rx.color("gray", 10))),
        _error(row),
        spacing="1",
        width="100%",
    )


def _text_input(row, kind: str = "text") -> rx.Component:
    return _labelled(row, rx.debounce_input(rx.input(
        id="f-" + _path(row).replace(".", "-"), value=row["value"], type=kind,
        on_change=lambda value: InspectorState.set_field(_path(row), value),
        read_only=~EditorState.can_edit, width="100%",
    ), debounce_timeout=TYPING_PAUSE_MS))


def _image_input(row) -> rx.Component:
    field_id = "f-" + _path(row).replace(".", "-")
    return _labelled(row, rx.hstack(
        rx.debounce_input(rx.input(id=field_id, value=row["value"], read_only=~EditorState.can_edit,
                                   on_change=lambda value: InspectorState.set_field(_path(row), value),
                                   placeholder="asset:12 or https://…", flex="1"),
                          debounce_timeout=TYPING_PAUSE_MS),
        rx.button(rx.icon("image", size=14), "Choose", size="2", variant="soft", type="button",
                  on_click=ImagePickerState.open_picker(_path(row)), disabled=~EditorState.can_edit),
        width="100%",
        spacing="2",
    ))


def image_picker() -> rx.Component:
    tile = lambda image: rx.box(  # noqa: E731
        rx.button(
            rx.image(src=image["thumb"], alt=image["alt"], width="100%", height="96px", object_fit="cover",
                     border_radius="6px"),
            rx.text(image["name"], size="1", white_space="nowrap", overflow="hidden",
                    text_overflow="ellipsis", width="100%", line_height="1.6"),
            on_click=ImagePickerState.pick(image["id"], image["alt"]),
            variant="ghost", height="auto", flex_direction="column", gap="6px", padding="6px 6px 8px", margin="0",
            box_sizing="border-box",
            width="100%",
            aria_label="Use " + image["name"],
        ),
    )
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Choose an image"),
            rx.tabs.root(
                rx.tabs.list(rx.tabs.trigger("Your images", value="uploads"),
                             rx.tabs.trigger("Find photos", value="search")),
                rx.tabs.content(
                    rx.cond(
                        ImagePickerState.picker_images.length() > 0,
                        rx.grid(rx.foreach(ImagePickerState.picker_images, tile), columns="4", spacing="3",
                                max_height="60vh", overflow_y="auto", padding_bottom="4px"),
                        rx.text("No images yet. Upload some in the image library.", color=rx.color("gray", 10)),
                    ),
                    rx.upload(
                        rx.hstack(rx.icon("image-up", size=18),
                                  rx.text("Drop images here or click to upload", size="2"),
                                  align="center", spacing="2"),
                        id=PICKER_UPLOAD, multiple=True, accept=ACCEPT, max_files=20,
                        border="1px dashed var(--gray-8)", padding="14px", width="100%", border_radius="10px",
                        margin_top="12px",
                        on_drop=ImagePickerState.upload(rx.upload_files(
                            upload_id=PICKER_UPLOAD, on_upload_progress=ImagePickerState.set_picker_progress)),
                    ),
                    rx.cond(ImagePickerState.picker_uploading,
                            rx.hstack(rx.spinner(size="1"),
                                      rx.progress(value=ImagePickerState.picker_progress, width="100%"),
                                      rx.text("Uploading and resizing", size="1", white_space="nowrap"),
                                      width="100%", align="center", spacing="2", margin_top="8px", role="status")),
                    value="uploads",
                ),
                rx.tabs.content(photo_search(), value="search"),
                default_value="uploads",
            ),
            rx.hstack(
                rx.link(rx.button(rx.icon("images", size=14), "Open the image library", variant="soft"),
                        href=routes.assets(EditorState.project_ref), is_external=True),
                rx.spacer(),
                rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                margin_top="16px",
            ),
            max_width="720px",
        ),
        open=ImagePickerState.picker_path != "",
        on_open_change=ImagePickerState.close_picker,
    )


def _textarea(row) -> rx.Component:
    return _labelled(row, rx.debounce_input(rx.text_area(
        id="f-" + _path(row).replace(".", "-"), value=row["value"], rows="4",
        on_change=lambda value: InspectorState.set_field(_path(row), value),
        read_only=~EditorState.can_edit, width="100%",
    ), debounce_timeout=TYPING_PAUSE_MS))


def _select(row) -> rx.Component:
    return _labelled(row, rx.el.select(
        rx.foreach(row["options"].to(list[str]), lambda option: rx.el.option(option, value=option)),
        id="f-" + _path(row).replace(".", "-"), value=row["value"],
        on_change=lambda value: InspectorState.set_field(_path(row), value),
        disabled=~EditorState.can_edit,
        style={"width": "100%", "padding": "6px 8px", "border_radius": "6px",
               "border": f"1px solid {rx.color('gray', 7)}", "background": rx.color("gray", 1)},
    ))


def _toggle(row) -> rx.Component:
    return rx.hstack(
        rx.switch(id="f-" + _path(row).replace(".", "-"), checked=row["value"] == "true",
                  on_change=lambda checked: InspectorState.toggle_field(_path(row), checked),
                  disabled=~EditorState.can_edit),
        rx.el.label(row["label"], html_for="f-" + _path(row).replace(".", "-"),
                    style={"font_size": "13px"}),
        _error(row),
        align="center",
        spacing="2",
    )


def _list_header(row) -> rx.Component:
    return rx.hstack(
        rx.text(row["label"], size="2", weight="bold"),
        rx.spacer(),
        rx.button(rx.icon("plus", size=14), "Add", size="1", variant="soft",
                  on_click=InspectorState.add_item(_path(row)), disabled=~EditorState.can_edit),
        width="100%",
        align="center",
        padding_top="8px",
    )


def _item_header(row) -> rx.Component:
    return rx.hstack(
        rx.text(row["label"], size="1", weight="medium", color=rx.color("gray", 11)),
        rx.spacer(),
        rx.icon_button(rx.icon("arrow-up", size=12), size="1", variant="ghost", aria_label="Move item up",
                       on_click=InspectorState.move_item(_path(row), -1), disabled=~EditorState.can_edit),
        rx.icon_button(rx.icon("arrow-down", size=12), size="1", variant="ghost", aria_label="Move item down",
                       on_click=InspectorState.move_item(_path(row), 1), disabled=~EditorState.can_edit),
        rx.icon_button(rx.icon("x", size=12), size="1", variant="ghost", color_scheme="red",
                       aria_label="Remove item", on_click=InspectorState.remove_item(_path(row)),
                       disabled=~EditorState.can_edit),
        width="100%",
        align="center",
        border_top=f"1px solid {rx.color('gray', 5)}",
        padding_top="6px",
    )


def _group(row, present: bool) -> rx.Component:
    return rx.hstack(
        rx.text(row["label"], size="2", weight="bold"),
        rx.spacer(),
        rx.button("Remove" if present else "Add", size="1", variant="ghost",
                  on_click=InspectorState.set_group(_path(row), not present), disabled=~EditorState.can_edit),
        width="100%",
        align="center",
        padding_top="8px",
    )


def field_row(row) -> rx.Component:
    return rx.box(
        rx.match(
            row["kind"],
            ("textarea", _textarea(row)),
            ("richtext", _textarea(row)),
            ("url", _text_input(row, "url")),
            ("image", _image_input(row)),
            ("number", _text_input(row, "number")),
            ("select", _select(row)),
            ("toggle", _toggle(row)),
            ("list", _list_header(row)),
            ("item", _item_header(row)),
            ("group", _group(row, True)),
            ("group_empty", _group(row, False)),
            _text_input(row),
        ),
        padding_left=rx.cond(row["depth"].to(int) > 0, "10px", "0"),
        width="100%",
    )


def sample_note() -> rx.Component:
    """A sample section: say so, and let the owner vouch for it."""
    return rx.cond(
        EditorState.is_sample,
        rx.callout.root(
            rx.vstack(
                rx.text("Sample content: it is never published. Replace it with your own, or keep it "
                        "if it is true for your business.", size="2"),
                rx.button("Keep as my content", size="1", variant="soft", color_scheme="amber",
                          on_click=InspectorState.keep_as_content, disabled=~EditorState.can_edit),
                spacing="2",
            ),
            color_scheme="amber", size="1", width="100%", role="note",
        ),
    )


def inspector_panel() -> rx.Component:
    return rx.box(
        rx.cond(
            EditorState.fields.length() > 0,
            rx.vstack(
                rx.hstack(rx.heading(EditorState.block_label, size="4"), rx.spacer(),
                          ai_menu(), width="100%", align="center"),
                ai_status(),
                sample_note(),
                rx.foreach(EditorState.fields, field_row),
                image_picker(),
                spacing="3",
                width="100%",
            ),
            rx.vstack(
                rx.icon("mouse-pointer-click", size=28, color=rx.color("gray", 9)),
                rx.text("Select a section on the canvas or in the layers to edit it.", size="2",
                        color=rx.color("gray", 10), align="center"),
                align="center",
                padding_top="48px",
                spacing="3",
            ),
        ),
        width="320px",
        min_width="320px",
        padding="16px",
        border_left=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 1),
        height="100%",
        overflow_y="auto",
        as_="aside",
        aria_label="Section properties",
    )
