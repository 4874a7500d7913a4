"""Subject words: how a business's words are compared with the library's tags.

``normalise`` folds case, accents and plural endings ("Cafés" -> "cafe"). ``RELATED`` names
the general subjects the library does have for kinds of business it has no photo of, so
a dentist falls back to a calm interior, not to a random picture.
"""

from __future__ import annotations

import unicodedata

RELATED: dict[str, list[str]] = {
    "accountant": ["finance", "office"], "app": ["technology", "startup"], "architect": ["architecture"],
    "bread": ["bakery", "food"], "cake": ["bakery", "food"], "pastry": ["bakery", "food"],
    "barber": ["hair", "salon"], "beauty": ["salon", "spa"], "salon": ["hair", "beauty"],
    "hair": ["salon", "beauty"], "nail": ["beauty", "salon"], "massage": ["spa", "calm"],
    "bistro": ["restaurant", "food"], "pizza": ["restaurant", "food"], "pizzeria": ["restaurant", "food"],
    "burger": ["restaurant", "food"], "sushi": ["restaurant", "food"], "deli": ["food", "kitchen"],
    "brewery": ["bar", "drink"], "pub": ["bar", "drink"], "tea": ["cafe", "drink"], "juice": ["fruit", "healthy"],
    "chef": ["kitchen", "food"], "grocer": ["fruit", "food"], "farm": ["countryside", "food"],
    "builder": ["construction"], "roofer": ["roofing", "construction"], "handyman": ["tools", "trades"],
    "cleaner": ["cleaning"], "heating": ["plumber", "tools"], "locksmith": ["tools", "trades"], "mechanic": ["car", "tools"],
    "garage": ["car", "tools"], "taxi": ["car", "road"], "removals": ["road", "transport"],
    "software": ["technology", "computing", "office"], "laptop": ["technology", "office"],
    "saas": ["technology", "startup", "office"], "agency": ["design", "office"], "marketing": ["design", "office"],
    "developer": ["computing", "technology"], "web": ["technology", "design"], "it": ["computing", "technology"],
    "lawyer": ["office", "architecture"], "law": ["office", "architecture"], "insurance": ["office", "finance"],
    "consultant": ["consulting", "office"], "coach": ["coaching", "outdoors"], "therapist": ["therapy", "calm"],
    "dentist": ["calm", "interior"], "doctor": ["calm", "interior"], "clinic": ["calm", "interior"],
    "physio": ["running", "wellness"], "pilates": ["yoga", "wellness"], "gym": ["running", "sport"],
    "fitness": ["running", "sport"], "trainer": ["running", "sport"], "climbing": ["mountains", "outdoors"],
    "ski": ["snow", "mountains"], "surf": ["beach", "sea"], "diving": ["sea", "water"], "fishing": ["lake", "boat"],
    "hotel": ["hotel room", "travel"], "room": ["interior", "home"], "hostel": ["travel", "interior"],
    "cabin": ["forest", "holiday"], "camping": ["forest", "outdoors"], "guide": ["tour", "travel"],
    "wedding": ["flower", "venue"], "planner": ["events", "party"], "dj": ["music", "party"],
    "band": ["music"], "musician": ["music"], "school": ["education", "classroom"], "tutor": ["education", "study"],
    "nursery": ["childcare", "kids"], "daycare": ["childcare", "kids"], "pet": ["animal"],
    "realtor": ["home", "architecture"], "estate": ["home", "architecture"], "property": ["home", "architecture"],
    "jeweller": ["design", "antiques"], "shop": ["design", "interior"], "store": ["design", "interior"],
    "boutique": ["design", "interior"], "fashion": ["design"], "bike": ["road", "outdoors"],
}

GENERAL = ["nature", "interior", "outdoors", "city", "texture"]


def normalise(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.lower().strip())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    if len(plain) > 4 and plain.endswith("s") and not plain.endswith("ss"):
        plain = plain[:-1]
    return plain


def expand(subjects: list[str]) -> list[tuple[str, float]]:
    """(subject, weight) pairs: the given words first and heaviest, then each phrase's words,
    then their related general subjects, then the general fallbacks."""
    weighted: dict[str, float] = {}
    n = len(subjects)
    for i, subject in enumerate(subjects):
        weight = float(n - i + 1)
        phrase = normalise(subject)
        words = [normalise(w) for w in phrase.split()] if " " in phrase else []
        for term, w in [(phrase, weight), *[(word, weight * 0.8) for word in words]]:
            weighted[term] = max(weighted.get(term, 0), w)
        for term in [phrase, *words]:
            for related in RELATED.get(term, []):
                weighted[related] = max(weighted.get(related, 0), weight * 0.5)
    for general in GENERAL:
        weighted.setdefault(general, 0.1)
    return sorted(weighted.items(), key=lambda item: -item[1])
