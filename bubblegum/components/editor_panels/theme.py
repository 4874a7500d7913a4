"""The theme panel: preset cards with swatches, palette, fonts, corners, buttons, shadows and
spacing, and the contrast adjustments the engine made. State: `EditorThemeState`."""

from __future__ import annotations

import reflex as rx

from bubblegum.components.editor_panels.common import field_error, section_label
from bubblegum.blocks.theme import BODY_FONTS, FONTS, PRESETS, RADII, Preset
from bubblegum.state.editor import EditorState
from bubblegum.state.editor_theme import DEFAULT, EditorThemeState as S

COLOR_LABELS = {"primary": "Brand", "accent": "Accent", "background": "Background", "surface": "Cards & bands",
                "text": "Text"}
RADIUS_PX = {name: px for name, (px, _) in RADII.items()}


def _preset_card(key: str, preset: Preset) -> rx.Component:
    chosen = S.effective["preset"] == key
    radius = {"none": "0", "small": "3px", "medium": "5px", "large": "8px"}[preset.radius]
    button = {"pill": "999px", "square": "0", "rounded": radius}[preset.buttons]
    return rx.el.button(
        rx.box(
            rx.text("Aa", style={"color": preset.text, "font_weight": "700", "font_size": "15px",
                                 "font_family": "serif" if "serif" in preset.heading_font or preset.heading_font
                                 in ("playfair-display", "fraunces", "lora") else "inherit"}),
            rx.box(style={"width": "22px", "height": "8px", "border_radius": button, "background": preset.primary}),
            rx.hstack(*[rx.box(style={"width": "9px", "height": "9px", "border_radius": "50%", "background": c,
                                      "box_shadow": "inset 0 0 0 1px rgba(0,0,0,.12)"})
                        for c in (preset.accent, preset.surface)], spacing="1"),
            style={"background": preset.background, "border_radius": "6px", "height": "46px", "padding": "6px 8px",
                   "display": "flex", "flex_direction": "column", "justify_content": "space-between",
                   "box_shadow": "inset 0 0 0 1px rgba(0,0,0,.08)", "position": "relative"},
        ),
        rx.text(preset.label, size="1", weight="medium", margin_top="5px"),
        on_click=S.choose_preset(key),
        disabled=~EditorState.can_edit,
        aria_pressed=rx.cond(chosen, "true", "false"),
        aria_label=f"{preset.label} preset",
        data_preset=key,
        style={"all": "unset", "box_sizing": "border-box", "cursor": "pointer", "padding": "5px", "border_radius": "9px",
               "display": "flex", "flex_direction": "column", "text_align": "left",
               "outline": rx.cond(chosen, f"2px solid {rx.color('accent', 9)}", f"1px solid {rx.color('gray', 5)}"),
               "outline_offset": rx.cond(chosen, "0", "-1px"),
               "background": rx.cond(chosen, rx.color("accent", 2), rx.color("gray", 1)),
               "_hover": {"background": rx.color("gray", 3)}, "_disabled": {"cursor": "default"},
               "_focus_visible": {"outline": f"2px solid {rx.color('accent', 8)}"}},
    )


def _color_row(key: str) -> rx.Component:
    value = S.effective[key]
    return rx.vstack(
        rx.hstack(
            rx.box(
                rx.debounce_input(rx.el.input(type="color", value=value, on_change=lambda v: S.set_color(key, v),
                                              disabled=~EditorState.can_edit, aria_label=f"{COLOR_LABELS[key]} colour picker",
                                              style={"position": "absolute", "inset": "0", "opacity": "0",
                                                     "cursor": "pointer", "width": "100%", "height": "100%"}),
                                  debounce_timeout=250),
                style={"width": "26px", "height": "26px", "border_radius": "7px", "background": value,
                       "position": "relative", "flex_shrink": "0",
                       "box_shadow": f"inset 0 0 0 1px {rx.color('gray', 6)}"},
            ),
            rx.el.label(COLOR_LABELS[key], html_for=f"theme-{key}", style={"font_size": "13px", "flex": "1"}),
            rx.input(id=f"theme-{key}", default_value=value, key=value, on_blur=lambda v: S.set_color(key, v),
                     read_only=~EditorState.can_edit, size="1", width="84px", font_family="var(--code-font-family)",
                     aria_label=f"{COLOR_LABELS[key]} colour, hex"),
            rx.box(rx.cond(S.overridden.contains(key),
                           rx.tooltip(rx.icon_button(rx.icon("rotate-ccw", size=12), size="1", variant="ghost",
                                                     color_scheme="gray", on_click=S.set_color(key, ""),
                                                     disabled=~EditorState.can_edit,
                                                     aria_label=f"Use the preset's {COLOR_LABELS[key]}"),
                                      content="Back to the preset's colour")),
                   width="24px", flex_shrink="0", display="flex", justify_content="center"),
            align="center", spacing="2", width="100%",
        ),
        field_error(S.theme_errors, key),
        spacing="1", width="100%",
    )


def _select(key: str, label: str, options: list[tuple[str, str]]) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", color=rx.color("gray", 11)),
        rx.select.root(
            rx.select.trigger(width="100%", aria_label=label),
            rx.select.content(rx.select.item("Preset's choice", value=DEFAULT),
                              *[rx.select.item(text, value=value) for value, text in options]),
            value=rx.cond(S.overridden.contains(key), S.effective[key], DEFAULT),
            on_change=lambda v: S.set_option(key, v), disabled=~EditorState.can_edit, size="2",
        ),
        field_error(S.theme_errors, key),
        spacing="1", width="100%",
    )


def _segments(key: str, options: list[tuple[str, str]], label: str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", color=rx.color("gray", 11)),
        rx.segmented_control.root(
            *[rx.segmented_control.item(text, value=value) for value, text in options],
            value=S.effective[key], on_change=lambda v: S.set_option(key, v), disabled=~EditorState.can_edit,
            size="1", width="100%", aria_label=label,
            # Radix sizes the control to its labels (min-width: max-content): four choices
            # would overflow the panel, so the labels get narrow padding and may shrink
            style={"min_width": "0", "& .rt-SegmentedControlItemLabel": {"padding_left": "var(--space-1)",
                                                                         "padding_right": "var(--space-1)"}},
        ),
        field_error(S.theme_errors, key),
        spacing="1", width="100%",
    )


def _adjustments() -> rx.Component:
    def row(item) -> rx.Component:
        def chip(color) -> rx.Component:
            return rx.box(style={"width": "12px", "height": "12px", "border_radius": "3px", "background": color,
                                 "box_shadow": "inset 0 0 0 1px rgba(0,0,0,.15)"})
        return rx.vstack(
            rx.hstack(rx.text(item["name"], size="1", weight="bold"), rx.spacer(), chip(item["requested"]),
                      rx.icon("arrow-right", size=11), chip(item["used"]),
                      rx.text(item["used"], size="1", font_family="var(--code-font-family)"), align="center",
                      spacing="1", width="100%"),
            rx.text(item["reason"], size="1", color=rx.color("gray", 11)),
            spacing="0", width="100%",
        )

    return rx.cond(
        S.adjustments.length() > 0,
        rx.callout.root(
            rx.hstack(rx.icon("contrast", size=14), rx.text("Adjusted for readability (WCAG AA)", size="1",
                                                              weight="bold"), spacing="2", align="center"),
            rx.vstack(rx.foreach(S.adjustments, row), spacing="2", width="100%"),
            color_scheme="amber", size="1", variant="surface", width="100%", role="status",
        ),
    )


def theme_panel() -> rx.Component:
    heading_fonts = [(key, font.label) for key, font in FONTS.items()]
    body_fonts = [(key, FONTS[key].label) for key in BODY_FONTS]
    return rx.vstack(
        section_label(
            "Preset",
            rx.tooltip(rx.icon_button(rx.icon("undo-2", size=14), size="1", variant="ghost", color_scheme="gray",
                                      on_click=S.undo_theme, disabled=~EditorState.can_undo | ~EditorState.can_edit,
                                      aria_label="Undo the last change"), content="Undo the last change"),
            rx.button(rx.icon("rotate-ccw", size=12), "Reset to preset", size="1", variant="soft", color_scheme="gray",
                      on_click=S.reset_to_preset, disabled=(S.overridden.length() == 0) | ~EditorState.can_edit),
        ),
        rx.grid(*[_preset_card(key, preset) for key, preset in PRESETS.items()], columns="2", spacing="2",
                width="100%"),
        field_error(S.theme_errors, "preset"),
        rx.divider(),
        section_label("Colours"),
        *[_color_row(key) for key in COLOR_LABELS],
        _adjustments(),
        rx.divider(),
        section_label("Fonts"),
        _select("heading_font", "Headings", heading_fonts),
        _select("body_font", "Body text", body_fonts),
        rx.divider(),
        section_label("Shape"),
        _segments("radius", [(name, name.capitalize()) for name in RADIUS_PX], "Corner radius"),
        _segments("buttons", [("rounded", "Rounded"), ("pill", "Pill"), ("square", "Square")], "Buttons"),
        _segments("shadow", [("none", "Flat"), ("soft", "Soft"), ("strong", "Bold")], "Card shadows"),
        section_label("Spacing"),
        _segments("spacing", [("compact", "Compact"), ("normal", "Normal"), ("airy", "Airy")], "Space around sections"),
        spacing="3",
        width="100%",
        on_mount=S.load_theme,
        padding_bottom="24px",
    )
