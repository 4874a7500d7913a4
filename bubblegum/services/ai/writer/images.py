"""Images for a brief from the image library: English subject words, most specific first."""

from __future__ import annotations

import re

from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.writer.kind_words import english_subjects

CATEGORY_SUBJECTS = {
    "food": ["food", "restaurant"], "shop": ["shop", "products"], "online_shop": ["products", "shop"],
    "trades": ["tools", "workshop"], "health": ["clinic", "health"], "beauty": ["salon", "beauty"],
    "fitness": ["fitness", "exercise"], "creative": ["studio", "creative"], "music": ["music", "instruments"],
    "professional": ["office", "meeting"], "software": ["laptop", "software"], "hospitality": ["hotel room", "hotel"],
    "education": ["classroom", "learning"], "events": ["event", "celebration"], "community": ["community", "people"],
    "pets": ["dog", "pets"], "automotive": ["car", "garage"], "local_service": ["shop", "people"],
}
# words that say nothing of a business; "and" used to match the tag "bed and breakfast"
FILLER = frozenset("and the for with our your you from all any are per plus who not one two six most more "
                   "new free service services option options plan plans package packages".split())


def subjects(brief: Brief) -> list[str]:
    """The subjects to ask the library for: the brief's own words when English (the English for a
    known kind word otherwise), then its category's."""
    words: list[str] = [] if brief.language == "en" else english_subjects(brief.kind)
    if brief.language == "en":
        for text in [brief.kind] + [o.name for o in brief.offerings[:4]]:
            words += [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in words and w not in FILLER]
    return words + [w for w in CATEGORY_SUBJECTS[brief.category] if w not in words]


def pick_images(brief: Brief, count: int, seed: int) -> list[dict]:
    from bubblegum.services.images.library import choose

    return [{"src": img["src"], "alt": img.get("alt", "")} for img in choose(subjects(brief), count, seed)]
