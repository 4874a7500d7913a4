"""Look-ups in the table of places: what a written phrase is (country, region or town)
and which country and currency it implies."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bubblegum.services.ai.brief_parser.places_data import COUNTRIES, DISTRICTS, EVERYDAY_WORDS, REGIONS, TOWNS
from bubblegum.services.ai.brief_parser.text import fold


@dataclass(frozen=True)
class KnownPlace:
    level: str     # "country" | "region" | "town" | "district"
    country: str   # ISO 3166-1 alpha-2


@lru_cache(maxsize=1)
def _table() -> dict[str, KnownPlace]:
    table: dict[str, KnownPlace] = {}
    # towns first, then regions and countries win where a name is both ("luxembourg", "singapore")
    for level, source in (("district", DISTRICTS), ("town", TOWNS), ("region", REGIONS)):
        for iso, names in source.items():
            for name in names.split(","):
                key = fold(name.strip())
                if key and key not in table:
                    table[key] = KnownPlace(level, iso)
    for iso, (_, names) in COUNTRIES.items():
        for name in names.split(","):
            if name.strip():
                table[fold(name.strip())] = KnownPlace("country", iso)
    return table


def known_place(phrase: str) -> KnownPlace | None:
    key = fold(phrase.strip())
    return _table().get(key) or _table().get(key.rstrip("."))


def is_everyday_word(phrase: str) -> bool:
    return fold(phrase) in EVERYDAY_WORDS


def currency_of(country: str) -> str:
    return COUNTRIES.get(country, ("", ""))[0]


def longest_known_prefix(tokens: list[str]) -> tuple[int, KnownPlace | None]:
    """How many of ``tokens`` form the longest known place at their start ("Ciudad de México")."""
    for size in range(min(5, len(tokens)), 0, -1):
        place = known_place(" ".join(tokens[:size]))
        if place:
            return size, place
    return 0, None
