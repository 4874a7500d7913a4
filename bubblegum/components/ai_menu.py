"""AI actions for the selected section and the page, with their progress and errors."""

from __future__ import annotations

import reflex as rx

from bubblegum.services.ai.base import LENGTHS, TONES
from bubblegum.state.ai_actions import AIActionsState
from bubblegum.state.editor import EditorState


def ai_menu() -> rx.Component:
    return rx.popover.root(
        rx.popover.trigger(rx.button(rx.icon("sparkles", size=14), "AI", size="1", variant="soft",
                                     disabled=~EditorState.can_edit | (AIActionsState.ai_busy != ""))),
        rx.popover.content(
            rx.vstack(
                rx.text("Rewrite this section", size="2", weight="bold"),
                rx.hstack(
                    rx.vstack(rx.el.label("Tone", html_for="ai-tone", style={"font_size": "12px"}),
                              rx.el.select(*[rx.el.option(tone.capitalize(), value=tone) for tone in TONES],
                                           id="ai-tone", value=AIActionsState.tone, on_change=AIActionsState.set_tone),
                              spacing="1"),
                    rx.vstack(rx.el.label("Length", html_for="ai-length", style={"font_size": "12px"}),
                              rx.el.select(*[rx.el.option(length.capitalize(), value=length) for length in LENGTHS],
                                           id="ai-length", value=AIActionsState.length,
                                           on_change=AIActionsState.set_length),
                              spacing="1"),
                    spacing="3",
                ),
                rx.popover.close(rx.button(rx.icon("wand-sparkles", size=14), "Rewrite", size="1",
                                           on_click=AIActionsState.rewrite, width="100%")),
                rx.divider(),
                rx.popover.close(rx.button(rx.icon("refresh-cw", size=14), "Write new copy for this section",
                                           size="1", variant="soft", on_click=AIActionsState.regenerate,
                                           width="100%")),
                rx.popover.close(rx.button(rx.icon("search", size=14), "Write SEO title and description",
                                           size="1", variant="soft", on_click=AIActionsState.seo, width="100%")),
                spacing="3",
                width="240px",
            ),
        ),
    )


def _seo_proposal() -> rx.Component:
    proposal = AIActionsState.seo_proposal
    return rx.callout.root(
        rx.vstack(
            rx.text("Proposed for search results", size="1", weight="bold"),
            rx.text(proposal["title"], size="2", color="#1a0dab"),
            rx.text(proposal["description"], size="1", color=rx.color("gray", 11)),
            rx.hstack(rx.button("Apply", size="1", on_click=AIActionsState.apply_seo),
                      rx.button("Dismiss", size="1", variant="soft", color_scheme="gray",
                                on_click=AIActionsState.dismiss_seo), spacing="2"),
            spacing="1", align="start",
        ),
        size="1", role="region", aria_label="Proposed search title and description",
    )


def ai_status() -> rx.Component:
    return rx.fragment(
        rx.cond(
            AIActionsState.ai_busy != "",
            rx.hstack(rx.spinner(size="1"), rx.text(AIActionsState.ai_busy, "\u2026", size="1"),
                      align="center", spacing="2", role="status"),
        ),
        rx.cond(
            AIActionsState.ai_error != "",
            rx.callout.root(rx.callout.text(AIActionsState.ai_error), color_scheme="red", size="1", role="alert"),
        ),
        rx.cond(AIActionsState.seo_proposal.contains("title"), _seo_proposal()),
    )


def insert_mode_switch() -> rx.Component:
    return rx.segmented_control.root(
        rx.segmented_control.item("Example", value="example"),
        rx.segmented_control.item(rx.hstack(rx.icon("sparkles", size=12), "Written by AI", spacing="1",
                                            align="center"), value="ai"),
        value=rx.cond(AIActionsState.insert_with_ai, "ai", "example"),
        on_change=AIActionsState.set_insert_with_ai,
        size="1",
        width="100%",
    )
