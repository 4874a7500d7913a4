"""The owner's own words: the description's sentences, as typed, for the pages to quote
(what the business is and does), and its short contact lines for the contact block."""

from __future__ import annotations

import re

from bubblegum.services.ai.writer.context import Ctx, cap

# sentences of a description that ask for the website rather than describe the business
_REQUEST = re.compile(r"\b(?:website|web ?site|landing ?page|webseite|homepage|sitio web|página web|site web|site internet|"
                      r"sito web|sito internet|página|pagina web)\b", re.I)
# a sentence ends at . ! ? before a capital, but not after an abbreviation ("St. Paul", "Mt. Norquay", "A. Smith")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)\s+(?=[A-ZÀ-Ý¿¡\"“(])")

def owner_sentences(ctx: Ctx) -> list[str]:
    """The description's sentences as typed, minus the name that opens it and any request for a website."""
    text = ctx.brief.prompt.strip()
    name = ctx.brief.name
    if name and text.lower().startswith(name.lower()) and text[len(name):].lstrip()[:1] in (",", ":", ";", "–", "—", "-"):
        text = text[len(name):].lstrip(" ,:;–—-") or text  # "Name: a café…" -> "A café…"; "Name sells…" stays whole
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    kept = [cap(s) for s in sentences if not _REQUEST.search(s)]
    return [s if s.endswith((".", "!", "?")) else s + "." for s in kept]


def owner_words(ctx: Ctx) -> list[str]:
    """The owner's sentences about the business (contact lines go to the contact block)."""
    words = [s for s in owner_sentences(ctx) if not _only_contact(ctx, s)]
    return words if len(" ".join(words).split()) > 3 else []  # "Tischlerei." says no more than the kind


def owner_contact_lines(ctx: Ctx) -> str:
    """The owner's own short contact lines ("Réservations : 450 555-0134."), as written."""
    return " ".join(s for s in owner_sentences(ctx) if _only_contact(ctx, s))


def _only_contact(ctx: Ctx, sentence: str) -> bool:
    """A short sentence that just gives a phone, email or times ("Call 0161 555 0101.", "Mo–Fr 7–18 Uhr."),
    shown in the contact and hours blocks already."""
    b = ctx.brief
    facts = [x for x in (b.phone, b.email) if x and x in sentence]
    rest = sentence
    for fact in facts:
        rest = rest.replace(fact, " ")
    rest = re.sub(r"\d[\d:.]*\s*(?:am|pm|h|uhr|uur)?", " ", rest, flags=re.I)
    return (bool(facts) or rest != sentence and bool(b.hours or b.hours_text)) and len(re.findall(r"\w+", rest)) <= 4
