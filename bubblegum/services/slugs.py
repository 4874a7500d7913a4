"""URL-safe slugs from names, unique per table (a numeric suffix on collision)."""

from __future__ import annotations

import re
import unicodedata

from sqlmodel import Session, SQLModel, select

RESERVED = frozenset({"www", "api", "app", "admin", "dashboard", "static", "assets", "sites", "mail",
                      "login", "signup", "_next", "_event", "_upload"})


def slugify(name: str, max_length: int = 63, fallback: str = "site") -> str:
    """ASCII lower-case words joined by hyphens, a valid DNS label ("Café Olé!" -> "cafe-ole")."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:max_length].strip("-")
    return slug or fallback


def unique_slug(session: Session, model: type[SQLModel], name: str, *, max_length: int = 63,
                fallback: str = "site") -> str:
    """A slug for `name` that no row of `model` (deleted ones included) uses yet."""
    base = slugify(name, max_length, fallback)
    if base in RESERVED:
        base = f"{base}-site"[:max_length]
    taken = set(session.exec(select(model.slug).where(model.slug.startswith(base))).all())
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1
