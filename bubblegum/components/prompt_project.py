"""The "New from a prompt" dialog on the dashboard: describe, then check what we understood
(answering up to three questions), then generate."""

from __future__ import annotations

import reflex as rx

from bubblegum.components.forms import field_error, form_error
from bubblegum.blocks.theme import PRESETS
from bubblegum.services.ai.base import MAX_PROMPT_CHARS
from bubblegum.services.ai.brief import LANGUAGES
from bubblegum.state.prompt_project import PromptProjectState as S

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français", "pt": "Português",
                  "it": "Italiano", "nl": "Nederlands"}
BRIEF_FIELDS = [  # (field, label, hint)
    ("name", "Name", "As it should appear on the site"),
    ("kind", "What it is", "e.g. gluten-free café, 24/7 plumber"),
    ("town", "Town or city", ""),
    ("region", "Region", "State, county or region"),
    ("phone", "Phone", ""),
    ("email", "Email", ""),
    ("address", "Street address", ""),
    ("hours_text", "Opening hours", "As you would write them, e.g. Mon–Fri 9–17"),
    ("audience", "Who it is for", ""),
]
# What the business is, when the description does not say: the brief parser reads it like the
# description's own words, and it decides the pages (a photographer gets a portfolio).
KINDS = ("accountant", "bakery", "band", "café", "charity", "dentist", "dog groomer", "electrician", "garage", "gym",
         "hair salon", "hotel", "lawyer", "online shop", "photographer", "plumber", "restaurant", "software", "tutor",
         "wedding planner", "yoga studio")
_LABEL = {"font_size": "14px", "font_weight": "500"}
_SELECT = {"width": "100%", "padding": "8px", "border_radius": "8px",
           "border": f"1px solid {rx.color('gray', 7)}", "background": rx.color("gray", 1)}


def _select(label: str, name: str, options: list[tuple[str, str]], first: str) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=f"prompt-{name}", style=_LABEL),
        rx.el.select(rx.el.option(first, value=""), *[rx.el.option(text, value=value) for value, text in options],
                     id=f"prompt-{name}", name=name, style=_SELECT),
        spacing="1", width="100%",
    )


def _describe() -> rx.Component:
    return rx.form(
        rx.vstack(
            form_error(S.errors),
            rx.el.label("Description", html_for="prompt-text", style=_LABEL),
            rx.text_area(id="prompt-text", name="prompt", rows="4", max_length=MAX_PROMPT_CHARS, default_value=S.prompt,
                         placeholder="Maison Rosa, a family bakery in Lyon: sourdough, croissants and cakes to order. "
                                     "Open Tue–Sun 7am–7pm.", auto_focus=True, width="100%"),
            rx.cond(S.errors.contains("prompt"),
                    rx.text(S.errors["prompt"], size="1", color=rx.color("red", 11), role="alert")),
            rx.hstack(_select("Kind of business", "business_type", [(k, k.capitalize()) for k in KINDS],
                              "Work it out from the description"),
                      _select("Style", "style", [(p, p.capitalize()) for p in PRESETS], "Choose for me"),
                      spacing="3", width="100%"),
            rx.hstack(
                rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button", disabled=S.reading)),
                rx.button(rx.cond(S.reading, rx.spinner(size="1"), rx.icon("arrow-right", size=15)), "Continue",
                          type="submit", disabled=S.reading),
                justify="end", width="100%", spacing="3",
            ),
            spacing="3",
        ),
        on_submit=S.read_description, reset_on_submit=False,
    )


def _question(q) -> rx.Component:
    name = "answer_" + q["field"]
    return rx.vstack(
        rx.el.label(q["question"], html_for="prompt-" + name, style=_LABEL),
        rx.hstack(rx.input(id="prompt-" + name, name=name, placeholder=q["hint"], width="100%"),
                  rx.button("Skip", type="button", variant="ghost", color_scheme="gray",
                            on_click=S.skip_question(q["field"]), aria_label="Skip: " + q["question"]),
                  width="100%", spacing="2"),
        spacing="1", width="100%",
    )


def _brief_field(key: str, label: str, hint: str) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for="brief-" + key, style=_LABEL),
        rx.input(id="brief-" + key, name=key, default_value=S.fields[key], placeholder=hint, width="100%",
                 aria_invalid=rx.cond(S.errors.contains(key), "true", "false")),
        field_error(key, S.errors),
        spacing="1", width="100%",
    )


def _check_brief() -> rx.Component:
    return rx.form(
        rx.vstack(
            form_error(S.errors),
            rx.cond(
                S.questions.length() > 0,
                rx.callout.root(
                    rx.callout.text(rx.text("A few quick questions", weight="bold"),
                                    rx.text("Answers make the site say the right thing. Leave any blank to skip it.", size="2")),
                    rx.vstack(rx.foreach(S.questions, _question), spacing="2", width="100%"),
                    color_scheme="pink", width="100%", role="group", aria_label="Questions",
                ),
            ),
            rx.text("What we understood — correct anything before we write:", size="2", weight="medium"),
            rx.grid(*[_brief_field(*f) for f in BRIEF_FIELDS],
                    rx.vstack(
                        rx.el.label("Language", html_for="brief-language", style=_LABEL),
                        rx.el.select(*[rx.el.option(LANGUAGE_NAMES[code], value=code) for code in LANGUAGES],
                                     id="brief-language", name="language", default_value=S.fields["language"], style=_SELECT),
                        spacing="1", width="100%"),
                    columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%"),
            rx.vstack(
                rx.el.label("What you offer, one per line (add a price after a dash)", html_for="brief-offerings", style=_LABEL),
                rx.text_area(id="brief-offerings", name="offerings", rows="4", default_value=S.offerings, width="100%",
                             placeholder="Sourdough loaf — €4.50"),
                spacing="1", width="100%",
            ),
            rx.cond(S.constraints.length() > 0,
                    rx.hstack(rx.text("Also noted:", size="2"), rx.foreach(S.constraints, lambda c: rx.badge(c)),
                              flex_wrap="wrap", spacing="2")),
            rx.cond(
                S.generating,
                rx.vstack(rx.progress(value=S.progress, width="100%"),
                          rx.text(S.progress_message, size="1", color=rx.color("gray", 11)),
                          width="100%", spacing="2", role="status"),
            ),
            rx.hstack(
                rx.button("Back", variant="soft", color_scheme="gray", type="button", on_click=S.back, disabled=S.generating),
                rx.button(rx.cond(S.generating, rx.spinner(size="1"), rx.icon("sparkles", size=15)), "Generate my site",
                          type="submit", disabled=S.generating),
                justify="end", width="100%", spacing="3",
            ),
            spacing="3",
        ),
        on_submit=S.generate, reset_on_submit=False,
    )


def prompt_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("sparkles", size=16), "New from a prompt", size="3", variant="soft")),
        rx.dialog.content(
            rx.dialog.title(rx.cond(S.step == "brief", "Check the facts", "Describe your business")),
            rx.dialog.description(
                rx.cond(S.step == "brief", "Your site will say exactly this, and nothing it has to make up.",
                        "One or two sentences in your own language: what you do, where, for whom. We write every page."),
                size="2", margin_bottom="16px"),
            rx.cond(S.step == "brief", _check_brief(), _describe()),
            max_width=rx.cond(S.step == "brief", "720px", "560px"),
        ),
        open=S.prompt_open,
        on_open_change=S.set_prompt_open,
    )
