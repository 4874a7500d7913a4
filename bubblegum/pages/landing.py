"""The public landing page at `/`."""

import reflex as rx

from bubblegum import routes
from bubblegum.components.brand import logo

FEATURES = [
    ("sparkles", "A whole site from one sentence",
     "Describe your business and get every page written for it: headlines, services, FAQ, "
     "contact details and a theme that fits."),
    ("mouse-pointer-click", "Edit it like a document",
     "Drag sections into place, change any text in the inspector, ask the AI to rewrite a "
     "section, undo anything, go back to any version."),
    ("zap", "Publish pages that load instantly",
     "A static bundle with no JavaScript to read it, self-hosted fonts and responsive "
     "images: built to score 100 in every Lighthouse category."),
    ("users", "Work as a team",
     "Organizations with owner, admin, editor and viewer roles, a full audit log, and a "
     "command line for scripting."),
]

STEPS = [
    ("1", "Describe", "\u201cA family bakery in Lyon with sourdough and pastries, open since 1998.\u201d"),
    ("2", "Refine", "Reorder sections, pick a theme, rewrite anything in your own voice."),
    ("3", "Publish", "One click gives you a fast, accessible site on your own domain."),
]


def nav() -> rx.Component:
    return rx.hstack(
        logo(),
        rx.spacer(),
        rx.link("Log in", href=routes.LOGIN, size="3", weight="medium", color=rx.color("gray", 12), white_space="nowrap"),
        rx.link(rx.button("Sign up free", size=rx.breakpoints(initial="2", sm="3"), radius="full",
                          white_space="nowrap"), href=routes.SIGNUP),
        align="center",
        spacing=rx.breakpoints(initial="3", sm="5"),
        width="100%",
        max_width="1120px",
        padding_x=rx.breakpoints(initial="16px", sm="24px"),
        padding_y="20px",
        as_="nav",
        aria_label="Main",
    )


def hero() -> rx.Component:
    return rx.vstack(
        rx.badge("AI website builder", size="2", radius="full", variant="soft"),
        rx.heading(
            "Describe your business. Get a website that works.",
            as_="h1",
            size=rx.breakpoints(initial="8", md="9"),
            align="center",
            max_width="820px",
            line_height="1.1",
        ),
        rx.text(
            "Bubble Gum writes a complete multi-page site for your business in seconds, "
            "lets you edit it visually, and publishes pages that load instantly.",
            size="5",
            align="center",
            color=rx.color("gray", 11),
            max_width="640px",
        ),
        rx.hstack(
            rx.link(rx.button("Create your site", size="4", radius="full"), href=routes.SIGNUP),
            rx.link(rx.button("Log in", size="4", radius="full", variant="outline"), href=routes.LOGIN),
            spacing="3",
            padding_top="8px",
        ),
        prompt_preview(),
        align="center",
        spacing="5",
        padding_y="72px",
        padding_x="24px",
    )


def prompt_preview() -> rx.Component:
    return rx.card(
        rx.hstack(
            rx.icon("sparkles", color=rx.color("accent", 10)),
            rx.text(
                "A friendly dental clinic in Leeds for families, open Saturdays\u2026",
                color=rx.color("gray", 11),
                size="3",
            ),
            rx.spacer(),
            rx.badge("6 pages", variant="surface", radius="full"),
            align="center",
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
        max_width="640px",
        margin_top="24px",
    )


def feature_card(icon: str, title: str, body: str) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.center(rx.icon(icon, size=22), width="44px", height="44px", border_radius="12px",
                      background=rx.color("accent", 3), color=rx.color("accent", 11)),
            rx.heading(title, as_="h3", size="4"),
            rx.text(body, size="3", color=rx.color("gray", 11)),
            spacing="3",
        ),
        size="3",
    )


def features() -> rx.Component:
    return rx.box(
        rx.heading("Everything a small business site needs", as_="h2", size="7", align="center",
                   margin_bottom="32px"),
        rx.grid(
            *[feature_card(*feature) for feature in FEATURES],
            columns=rx.breakpoints(initial="1", sm="2"),
            spacing="4",
        ),
        width="100%",
        max_width="1120px",
        padding_x="24px",
        padding_y="48px",
        as_="section",
    )


def steps() -> rx.Component:
    return rx.box(
        rx.heading("From a sentence to a live site", as_="h2", size="7", align="center", margin_bottom="32px"),
        rx.grid(
            *[
                rx.vstack(
                    rx.center(number, width="40px", height="40px", border_radius="50%",
                              background=rx.color("accent", 9), color="white", font_weight="700"),
                    rx.heading(title, as_="h3", size="5"),
                    rx.text(body, color=rx.color("gray", 11), size="3"),
                    spacing="3",
                )
                for number, title, body in STEPS
            ],
            columns=rx.breakpoints(initial="1", sm="3"),
            spacing="6",
        ),
        width="100%",
        max_width="1120px",
        padding_x="24px",
        padding_y="48px",
        as_="section",
    )


def footer() -> rx.Component:
    return rx.hstack(
        logo("3"),
        rx.spacer(),
        rx.text("Self-hosted, open and fast.", size="2", color=rx.color("gray", 10)),
        width="100%",
        max_width="1120px",
        padding="32px 24px",
        border_top=f"1px solid {rx.color('gray', 5)}",
        as_="footer",
    )


def landing() -> rx.Component:
    return rx.vstack(
        nav(),
        rx.box(hero(), features(), steps(), as_="main", width="100%",
               display="flex", flex_direction="column", align_items="center"),
        footer(),
        align="center",
        width="100%",
        spacing="0",
        background=f"linear-gradient(180deg, {rx.color('accent', 2)} 0%, transparent 520px)",
        min_height="100vh",
    )
