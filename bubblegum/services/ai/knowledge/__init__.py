"""Built-in knowledge for the offline generator, kept as data in small modules.

Each module (food, health, wellness, professional, trades, places, creative, community,
digital) has ``TYPES: dict[key, record]``. A record holds, per business type:

- ``label``, ``category``, ``schema`` (JSON-LD type), ``local`` (serves a place), ``keywords``
  (lowercase words and phrases matched in a prompt), ``presets`` (theme presets that fit),
  ``noun``, ``audience`` (default), ``names`` (used only when the prompt gives no name);
- copy patterns with ``{name}``, ``{town}``, ``{in_town}``, ``{audience}``, ``{noun}``:
  ``eyebrows``, ``headlines``, ``subtitles``, ``story``, ``seo``;
- ``cta`` (primary button label), ``cta2`` (label, page kind), ``features`` (icon, title,
  text), ``offer`` (menu | services | pricing | gallery | none) with ``offer_title`` and
  ``offerings`` [(group, [(name, description, price[, tag])])] or ``tiers``
  [(name, price, period, description, features)];
- optional ``faq``, ``steps``, ``stats``, ``team`` [(role, bio)], ``gallery`` [(alt,
  caption)], ``hours`` [(days label, hours label, day codes, opens, closes)], ``pages``
  (page kinds after home, in order of preference), ``page_titles``.

``common`` holds what many types share (sample testimonials, generic steps, page titles).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

_MODULES = ("food", "health", "wellness", "professional", "trades", "places", "creative", "community", "digital",
            "local")


@lru_cache(maxsize=1)
def business_types() -> dict[str, dict]:
    """Every business type, by key, in a stable order."""
    types: dict[str, dict] = {}
    for name in _MODULES:
        for key, record in import_module(f"{__name__}.{name}").TYPES.items():
            assert key not in types, f"duplicate business type {key}"
            types[key] = {"key": key, **record}
    return types


def get_type(key: str) -> dict:
    types = business_types()
    if key in types:
        return types[key]
    raise KeyError(f"unknown business type {key!r}; known: {', '.join(types)}")
