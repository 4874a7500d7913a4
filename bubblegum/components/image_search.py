"""The picker's "Find photos" tab: a search box over the configured image provider and a
grid of results, each with its credit; a click uses the photo in the field."""

from __future__ import annotations

import reflex as rx

from bubblegum.state.image_search import ImageSearchState


def _result(photo) -> rx.Component:
    return rx.button(
        rx.image(src=photo["preview"], alt=photo["alt"], width="100%", height="110px", object_fit="cover",
                 border_radius="6px"),
        rx.text(photo["credit"], size="1", color=rx.color("gray", 10), white_space="nowrap", overflow="hidden",
                text_overflow="ellipsis", width="100%", line_height="1.6"),
        on_click=ImageSearchState.use_found(photo["index"]),
        disabled=ImageSearchState.photo_busy,
        variant="ghost", height="auto", flex_direction="column", gap="4px", padding="6px", margin="0",
        width="100%", aria_label="Use photo: " + photo["alt"],
    )


def photo_search() -> rx.Component:
    return rx.vstack(
        rx.form(
            rx.hstack(
                rx.input(name="query", placeholder="What should the photo show? e.g. bakery, mountains",
                         default_value=ImageSearchState.photo_query, aria_label="Search photos", flex="1"),
                rx.button(rx.icon("search", size=14), "Search", type="submit"),
                width="100%", spacing="2",
            ),
            on_submit=ImageSearchState.search_photos, width="100%",
        ),
        rx.cond(
            ImageSearchState.photo_results.length() > 0,
            rx.grid(rx.foreach(ImageSearchState.photo_results, _result), columns="4", spacing="3",
                    max_height="52vh", overflow_y="auto", width="100%"),
            rx.text("Search photos by subject. A photo from Unsplash or Pexels is copied into this site's images.",
                    size="2", color=rx.color("gray", 10)),
        ),
        rx.cond(ImageSearchState.photo_busy,
                rx.hstack(rx.spinner(size="1"), rx.text("Copying the photo into your images", size="1"),
                          align="center", spacing="2", role="status")),
        rx.cond(ImageSearchState.photo_results.length() > 0,
                rx.button("More photos", variant="soft", on_click=ImageSearchState.more_photos)),
        width="100%", spacing="3", padding_top="12px",
    )
