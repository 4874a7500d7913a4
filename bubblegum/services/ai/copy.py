"""Small text helpers shared by the generator and the operations: filling copy patterns,
fitting text to a field's limit, slugs, and seeded choices."""

from __future__ import annotations

import random
import re
import string
import unicodedata

_FIELDS = string.Formatter()


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


def needs(pattern: str) -> set[str]:
    return {f for _, f, _, _ in _FIELDS.parse(pattern) if f}


def fill(pattern: str, ctx: dict[str, str]) -> str:
    text = pattern.format_map(ctx)
    return text[0].upper() + text[1:] if text else text


def usable(patterns: list[str], ctx: dict[str, str]) -> list[str]:
    """Patterns whose placeholders all have a non-empty value."""
    return [p for p in patterns if all(ctx.get(f) for f in needs(p) if f != "in_town")] or patterns[:1]


def pick(rng: random.Random, patterns: list[str], ctx: dict[str, str], limit: int = 10_000) -> str:
    return fit(fill(rng.choice(usable(patterns, ctx)), ctx), limit)


def slugify(text: str, limit: int = 63) -> str:
    """Lowercase ASCII words joined by "-" ("Über uns" -> "uber-uns"); "site" when nothing is left."""
    text = unicodedata.normalize("NFKD", text.lower().replace("&", " and ")).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    text = text[:limit].strip("-")
    return text or "site"


def sample(rng: random.Random, items: list, k: int) -> list:
    """``k`` items in their original order, chosen by the seeded rng."""
    if len(items) <= k:
        return list(items)
    chosen = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in chosen]
