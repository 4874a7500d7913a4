"""What every section builder needs: the brief, its language's phrases, a seeded rng, the
fact values phrases are filled with, and where links go (the site's pages)."""

from __future__ import annotations

import hashlib
import random
import re
import string
from dataclasses import dataclass, field

from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.copy import fit, slugify
from bubblegum.services.ai.writer.formats import hours_summary, join_list, price_text
from bubblegum.services.ai.writer.phrases import phrases

_FIELDS = string.Formatter()


def seed_for(*parts: object) -> int:
    text = "\x1f".join(re.sub(r"\s+", " ", str(p or "")).strip().lower() for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """"Drain cleaning" -> "drain cleaning" inside a sentence; "AC repair" and "iPhone" stay."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def as_written(prompt: str, phrase: str) -> str:
    """``phrase`` with the casing the description gives it mid-sentence ("Pancakes" -> "pancakes")."""
    for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", prompt, re.I):  # whole words only
        if match.start() > 0 and prompt[max(0, match.start() - 2):match.start()].strip() not in (".", "!", "?", ":"):
            return match.group(0)
    return phrase


def _without(kind: str, where: str) -> str:
    """The kind without the place it already names ("cabane à sucre à Lévis" -> "cabane à sucre"), so
    frames that add the place do not say it twice."""
    cut = re.sub(rf"\s*{re.escape(where)}\b", "", kind, flags=re.I).strip(" ,")
    return cut or kind


def brand_of(brief: Brief) -> str:
    """The name shown as the brand: the owner's, else what the business is (never an invented name)."""
    return brief.name or cap(brief.kind) or phrases(brief.language)["offer_title"][brief.category]


@dataclass
class Ctx:
    brief: Brief
    rng: random.Random
    pages: list[str] = field(default_factory=list)  # page keys in navigation order
    current: str = "home"

    def __post_init__(self) -> None:
        b, p = self.brief, self.p
        lang = b.language
        offers = [as_written(b.prompt, o.name) for o in b.offerings]
        town = b.town or (b.service_area[0] if b.service_area else "")
        self.values = {
            "name": b.name, "brand": brand_of(b), "town": town, "where": p["in_place"].format(town=town) if town else "",
            "kind": _without(b.kind, p["in_place"].format(town=town)) if town else b.kind,
            # a list reads as what the business offers only when it is one (a lone "$89 diagnostic fee" is not)
            "offers": join_list(offers[:5], p["and"]) if len(offers) > 1 else "",
            "offers_short": join_list(offers[:2], p["and"]) if len(offers) > 1 else "",
            "phone": b.phone, "email": b.email, "audience": b.audience, "address": b.address,
            "areas": join_list([a for a in b.service_area if a != town][:6], p["and"]),
            "served": join_list([town] + [a for a in b.service_area if a != town][:6], p["and"]) if b.service_area else "",
            "hours": hours_summary(b, p), "open_24_7": p["open_24_7"] if b.has("open_24_7") else "",
            "prices": "; ".join(f"{o.name}: {price_text(o, b)}" for o in b.offerings if price_text(o, b)),
            "labels": join_list([p["labels"][c] if i == 0 or lang == "de" else lower_first(p["labels"][c])
                                 for i, c in enumerate(b.constraints)], p["and"]),
        }

    @property
    def p(self) -> dict:
        return phrases(self.brief.language)

    def has(self, *keys: str) -> bool:
        return all(self.values.get(k) for k in keys)

    def usable(self, variants: list[str] | str) -> list[str]:
        """The variants whose placeholders all have a value."""
        items = [variants] if isinstance(variants, str) else variants
        return [v for v in items if all(self.values.get(f) for _, f, _, _ in _FIELDS.parse(v) if f)]

    def say(self, key: str, limit: int = 10_000, *, named: bool = False, **extra: str) -> str:
        """One variant of phrase ``key`` filled with the brief's facts ("" when none fits); ``named``:
        one that names the business, when it has a name."""
        saved = dict(self.values)
        self.values.update(extra)
        try:
            options = self.usable(self.p[key])
            if named and self.values["name"]:
                options = [o for o in options if "{name}" in o] or options
            return fit(cap(self.rng.choice(options).format_map(self.values)), limit) if options else ""
        finally:
            self.values = saved

    def link(self, page: str) -> str:
        """Where a link to ``page`` goes: its page, else the section on home."""
        if page in self.pages and page != "home":
            return "/" + self.slug(page)
        return ("#" if self.current == "home" else "/#") + page

    def title(self, page: str) -> str:
        if page == "offer":
            return self.p["offer_title"][self.brief.category]
        return self.p["page_" + page]

    def slug(self, page: str) -> str:
        return "" if page == "home" else slugify(self.title(page), 60)
