"""The "New from a prompt" dialog on the dashboard."""

from __future__ import annotations

import reflex as rx

from bubblegum.components.forms import form_error
from bubblegum.render.themes import PRESETS
from bubblegum.services.ai.base import MAX_PROMPT_CHARS
from bubblegum.state.prompt_project import PromptProjectState


# What the business is, when the description does not say: the brief parser reads it like the
# description's own words, and it decides the pages (a photographer gets a portfolio).
KINDS = ("accountant", "bakery", "band", "café", "charity", "dentist", "dog groomer", "electrician", "garage", "gym",
         "hair salon", "hotel", "lawyer", "online shop", "photographer", "plumber", "restaurant", "software", "tutor",
         "wedding planner", "yoga studio")


def _select(label: str, name: str, options: list[tuple[str, str]]) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=f"prompt-{name}", style={"font_size": "14px", "font_weight": "500"}),
        rx.el.select(rx.el.option("Work it out from the description", value=""),
                     *[rx.el.option(text, value=value) for value, text in options],
                     id=f"prompt-{name}", name=name,
                     style={"width": "100%", "padding": "8px", "border_radius": "8px",
                            "border": f"1px solid {rx.color('gray', 7)}", "background": rx.color("gray", 1)}),
        spacing="1",
        width="100%",
    )


def prompt_dialog() -> rx.Component:
    types = [(kind, kind.capitalize()) for kind in sorted(KINDS)]
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("sparkles", size=16), "New from a prompt", size="3", variant="soft")),
        rx.dialog.content(
            rx.dialog.title("Describe your business"),
            rx.dialog.description("One or two sentences: what you do, where, for whom. We write every page.",
                                  size="2", margin_bottom="16px"),
            rx.form(
                rx.vstack(
                    form_error(PromptProjectState.errors),
                    rx.el.label("Description", html_for="prompt-text", style={"font_size": "14px", "font_weight": "500"}),
                    rx.text_area(id="prompt-text", name="prompt", rows="4", max_length=MAX_PROMPT_CHARS,
                                 placeholder="A family bakery in Lyon called Maison Rosa, sourdough and pastries, "
                                             "open since 1998", auto_focus=True, width="100%"),
                    rx.cond(PromptProjectState.errors.contains("prompt"),
                            rx.text(PromptProjectState.errors["prompt"], size="1", color=rx.color("red", 11),
                                    role="alert")),
                    rx.hstack(_select("Business type", "business_type", types),
                              _select("Style", "style", [(key, preset.label) for key, preset in PRESETS.items()]),
                              spacing="3", width="100%"),
                    rx.cond(
                        PromptProjectState.generating,
                        rx.vstack(rx.progress(value=PromptProjectState.progress, width="100%"),
                                  rx.text(PromptProjectState.progress_message, size="1", color=rx.color("gray", 11)),
                                  width="100%", spacing="2", role="status"),
                    ),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button",
                                                  disabled=PromptProjectState.generating)),
                        rx.button(rx.cond(PromptProjectState.generating, rx.spinner(size="1"),
                                          rx.icon("sparkles", size=15)),
                                  "Generate my site", type="submit", disabled=PromptProjectState.generating),
                        justify="end", width="100%", spacing="3",
                    ),
                    spacing="3",
                ),
                on_submit=PromptProjectState.generate,
                reset_on_submit=False,
            ),
            max_width="560px",
        ),
        open=PromptProjectState.prompt_open,
        on_open_change=PromptProjectState.set_prompt_open,
    )
