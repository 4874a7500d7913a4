"""Reflex configuration, taken from bubblegum.config (the one reader of the environment)."""

import sys
from pathlib import Path

import reflex as rx

from bubblegum.config import PROJECT_ROOT, get_settings
from bubblegum.private_files import private_dir, restrict_new_files

restrict_new_files()  # Reflex's state pickles, SQLite's side files: the service user's only
settings = get_settings()
if problems := settings.startup_problems():
    sys.exit("Bubble Gum will not start:\n- " + "\n- ".join(problems))
settings.ensure_data_dir()
private_dir(PROJECT_ROOT / ".states")  # Reflex's disk state store (REFLEX_STATES_WORKDIR default)

config = rx.Config(
    app_name="bubblegum",
    db_url=settings.effective_database_url,
    redis_url=settings.redis_url,
    bun_path=Path(PROJECT_ROOT / "tools" / "node_modules" / ".bin" / "bun"),
    telemetry_enabled=False,
    show_built_with_reflex=False,
    cors_allowed_origins=[settings.app_url],
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="pink", gray_color="slate", radius="large", appearance="light")
        ),
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
