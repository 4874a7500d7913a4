"""The published pages' fixed strings (what the renderer and the block templates write that
the person did not type), one table per language with identical keys.

    text = strings("de")                 # the German table; unknown languages get English
    text["nav_open"]                     # "Menü"
    phrase("de", "copyright", year=2026, name="Café Rosa")

``site.language`` picks the table by its primary subtag ("pt-BR" -> pt).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

LANGUAGES = ("en", "de", "es", "fr", "pt", "it", "nl")


@lru_cache(maxsize=None)
def strings(language: str) -> dict[str, str]:
    """The table for ``language`` (a BCP 47 tag); English when there is none."""
    code = (language or "en").split("-")[0].lower()
    return import_module(f"bubblegum.render.i18n.{code if code in LANGUAGES else 'en'}").STRINGS


def phrase(language: str, key: str, **values: object) -> str:
    """One string with its ``{placeholders}`` filled in."""
    return strings(language)[key].format(**values)
