"""The Reflex app: pages, theme and the mounted REST API."""

import reflex as rx

import bubblegum.models  # noqa: F401  (Reflex's start-up schema check reads SQLModel's metadata)
from bubblegum.api import create_api, serve_site_hosts
from bubblegum.pages.landing import landing

app = rx.App(api_transformer=[create_api(), serve_site_hosts])
app.add_page(
    landing,
    route="/",
    title="Bubble Gum \u2014 describe your business, get a website",
    description="An AI website builder: a complete multi-page site from one sentence, a visual editor, and pages that load instantly.",
)
