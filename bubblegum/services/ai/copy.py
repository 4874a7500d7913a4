"""Small text helpers shared by the writer and the AI operations: fitting text to a field's
limit and slugs."""

from __future__ import annotations

import re
import unicodedata


def fit(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (no ellipsis)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for stop in (". ", "; ", ", ", " – ", " "):
        pos = cut.rfind(stop)
        if pos > limit * 0.5:
            return cut[:pos].rstrip(" ,;–-") + ("." if stop == ". " else "")
    return cut.rstrip()


def slugify(text: str, limit: int = 63) -> str:
    """Lowercase ASCII words joined by "-" ("Über uns" -> "uber-uns"); "site" when nothing is left."""
    text = unicodedata.normalize("NFKD", text.lower().replace("&", " and ")).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    text = text[:limit].strip("-")
    return text or "site"
