"""The Bubble Gum logo and wordmark."""

import reflex as rx


def logo(size: str = "5") -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.box(
                width="1.6em",
                height="1.6em",
                border_radius="50%",
                background="radial-gradient(circle at 30% 30%, #ffd1e8, #ff4fa3 55%, #d81b7a)",
                box_shadow="0 2px 8px rgba(216, 27, 122, 0.35)",
            ),
            rx.text("Bubble Gum", weight="bold", size=size, color=rx.color("gray", 12), white_space="nowrap"),
            align="center",
            spacing="2",
        ),
        href="/",
        underline="none",
        aria_label="Bubble Gum home",
    )
