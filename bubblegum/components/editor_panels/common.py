"""Small building blocks the editor panels share: section labels, labelled fields, errors."""

from __future__ import annotations

import reflex as rx


def section_label(text: str, *children: rx.Component) -> rx.Component:
    return rx.hstack(
        rx.text(text, size="1", weight="bold", color=rx.color("gray", 10), text_transform="uppercase",
                letter_spacing="0.04em"),
        rx.spacer(),
        *children,
        width="100%",
        align="center",
        min_height="24px",
    )


def field_error(errors: rx.Var, key: str) -> rx.Component:
    return rx.cond(
        errors.contains(key),
        rx.hstack(rx.icon("circle-alert", size=13, flex_shrink="0"), rx.text(errors[key], size="1"),
                  color=rx.color("red", 11), spacing="1", align="center", role="alert"),
    )


def field(label: str, control: rx.Component, *, html_for: str, errors: rx.Var | None = None, key: str = "",
          help_text: rx.Component | rx.Var | str | None = None, aside: rx.Component | None = None) -> rx.Component:
    """A label (with an optional note on the right), the control, help, and the field's error."""
    return rx.vstack(
        rx.hstack(rx.el.label(label, html_for=html_for, style={"font_size": "13px", "font_weight": "500"}),
                  rx.spacer(), aside if aside is not None else rx.fragment(), width="100%", align="center"),
        control,
        _help(help_text),
        field_error(errors, key) if errors is not None else rx.fragment(),
        spacing="1",
        width="100%",
    )


def _help(help_text) -> rx.Component:
    if help_text is None:
        return rx.fragment()
    if isinstance(help_text, rx.Component):
        return help_text
    return rx.text(help_text, size="1", color=rx.color("gray", 10))


def counter(length: rx.Var, limit: int) -> rx.Component:
    """`12 / 60`, amber past the recommended limit."""
    return rx.text(length.to_string(), f" / {limit}", size="1",
                   color=rx.cond(length > limit, rx.color("amber", 11), rx.color("gray", 10)),
                   weight=rx.cond(length > limit, "bold", "regular"))


def dialog_footer(*buttons: rx.Component) -> rx.Component:
    return rx.hstack(*buttons, justify="end", width="100%", spacing="3", padding_top="8px")
