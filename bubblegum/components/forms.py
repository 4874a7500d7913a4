"""Form pieces: every field has a visible <label>, its error right under it (announced to
screen readers and linked by aria-describedby), and keeps what the person typed on error
(the inputs are uncontrolled and forms do not reset on submit)."""

from __future__ import annotations

import reflex as rx
from reflex.vars import Var


def field_error(name: str, errors: Var) -> rx.Component:
    return rx.cond(
        errors.contains(name),
        rx.text(rx.icon("circle-alert", size=14, flex_shrink="0", margin_top="3px"), errors[name].to(str), id=f"{name}-error", size="2",
                color=rx.color("red", 11), role="alert", display="flex", align_items="start", gap="6px"),
    )


def field(label: str, name: str, errors: Var, *, type: str = "text", hint: str = "", **props) -> rx.Component:
    """A labelled input; `props` go to the input (placeholder, auto_complete, default_value…)."""
    input_id = f"field-{name}"
    described = f"{name}-error {name}-hint" if hint else f"{name}-error"
    return rx.vstack(
        rx.el.label(label, html_for=input_id, font_weight="500", font_size="14px", color=rx.color("gray", 12)),
        rx.input(id=input_id, name=name, type=type, size="3", width="100%",
                 aria_invalid=rx.cond(errors.contains(name), "true", "false"), aria_describedby=described,
                 color_scheme=rx.cond(errors.contains(name), "red", "pink"), **props),
        rx.cond(hint != "", rx.text(hint, id=f"{name}-hint", size="1", color=rx.color("gray", 10))) if hint else rx.fragment(),
        field_error(name, errors),
        spacing="1",
        width="100%",
        align="stretch",
    )


def select_field(label: str, name: str, options: list[tuple[str, str]], value: Var, on_change,
                 errors: Var) -> rx.Component:
    input_id = f"field-{name}"
    return rx.vstack(
        rx.el.label(label, html_for=input_id, font_weight="500", font_size="14px", color=rx.color("gray", 12)),
        rx.select.root(
            rx.select.trigger(id=input_id, width="100%"),
            rx.select.content(*[rx.select.item(text, value=key) for key, text in options]),
            value=value, on_change=on_change, size="3", name=name,
        ),
        field_error(name, errors),
        spacing="1",
        width="100%",
        align="stretch",
    )


def form_error(errors: Var) -> rx.Component:
    """An error that concerns no single field (e.g. "your role does not allow that")."""
    return rx.cond(
        errors.contains("form"),
        rx.callout(errors["form"].to(str), icon="triangle-alert", color_scheme="red", role="alert", width="100%"),
    )


def submit_button(text: str, **props) -> rx.Component:
    return rx.button(text, type="submit", size="3", width="100%", **props)


def kept_form(on_submit, *children: rx.Component, **stack_props) -> rx.Component:
    """A form whose fields keep what the person typed when the server answers with an error."""
    stack_props = {"spacing": "4", "width": "100%", **stack_props}
    return rx.form(rx.vstack(*children, **stack_props), on_submit=on_submit, reset_on_submit=False, width="100%")
