"""Rule-based rewriting for the offline provider: a tone (friendly, professional, playful,
luxury, concise) and a length (same, shorter, longer), deterministic, inventing nothing.

The rules a person can rely on: sentences stay whole (shorter drops whole sentences or
clauses, never cuts a word or a sentence); titles and labels stay titles (no full stop,
no extra sentence); longer adds only a true sentence made from the site's own facts
(``facts``: its town, hours, phone…) that the text does not already say; and when a
rewrite cannot improve the text it says so (``NothingToImprove``) instead of returning
the same words or padding them.
"""

from __future__ import annotations

import re

from bubblegum.services.ai.base import LENGTHS, TONES, AIError


class NothingToImprove(AIError):
    code = "AI_NOTHING_TO_IMPROVE"


# English word swaps per tone; other languages get the punctuation and filler rules only
CONTRACT = [("we are", "we're"), ("you are", "you're"), ("do not", "don't"), ("does not", "doesn't"), ("it is", "it's"),
            ("you will", "you'll"), ("we will", "we'll"), ("cannot", "can't"), ("we have", "we've"), ("that is", "that's"),
            ("is not", "isn't"), ("are not", "aren't"), ("let us", "let's"), ("will not", "won't")]
LUXURY = [("good", "exceptional"), ("great", "exquisite"), ("nice", "refined"), ("best", "finest"), ("cheap", "accessible"),
          ("buy", "discover"), ("big", "generous"), ("comfortable", "sumptuous"), ("made", "crafted")]
PLAYFUL = [("very", "seriously"), ("great", "brilliant"), ("good", "lovely"), ("hello", "hey there"), ("many", "loads of")]
PROFESSIONAL = [("awesome", "excellent"), ("super", "highly"), ("loads of", "many"), ("lots of", "many"), ("hey", "hello"),
                ("stuff", "items"), ("gonna", "going to")]
FILLER = {
    "en": "really very just actually simply truly basically quite totally absolutely definitely",
    "de": "wirklich sehr einfach eigentlich total absolut echt ganz",
    "es": "realmente muy simplemente totalmente absolutamente verdaderamente",
    "fr": "vraiment très simplement totalement absolument tout",
    "pt": "realmente muito simplesmente totalmente absolutamente verdadeiramente",
    "it": "davvero molto semplicemente totalmente assolutamente veramente",
    "nl": "echt heel gewoon eigenlijk helemaal absoluut zeer",
}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"'“(¿¡]?[A-ZÀ-ÖØ-Þ0-9])")
_CLAUSE = re.compile(r"\s*(?:\([^()]*\)|\s[–—-]\s[^.!?]*?(?=[.!?]|$))")


def rewrite(text: str, tone: str = "friendly", length: str = "same", *, role: str = "body", language: str = "en",
            facts: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` in ``tone`` and ``length``. ``role`` is "body" (sentences) or "title" (a
    heading, label or button); ``facts`` are whole sentences true of the site, in its
    language, that "longer" may add."""
    if tone not in TONES:
        raise AIError(f"Unknown tone {tone!r}; choose one of: {', '.join(TONES)}.")
    if length not in LENGTHS:
        raise AIError(f"Unknown length {length!r}; choose one of: {', '.join(LENGTHS)}.")
    original = " ".join((text or "").split())
    if not original:
        raise NothingToImprove("There is no text here to rewrite.")
    out = _in_tone(original, tone, role, language)
    if length == "shorter":
        out = _shorter(out, role, language, facts)
    elif length == "longer":
        out = _longer(out, role, facts)
    if out == original:
        raise NothingToImprove(_unchanged_reason(tone, length, role))
    return out


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def _swap(text: str, pairs: list[tuple[str, str]], reverse: bool = False) -> str:
    for a, b in pairs:
        src, dst = (b, a) if reverse else (a, b)
        text = re.sub(rf"\b{re.escape(src)}\b", lambda m, d=dst: d.capitalize() if m.group(0)[0].isupper() else d, text,
                      flags=re.I)
    return text


def _without_filler(text: str, language: str) -> str:
    words = FILLER.get(language, FILLER["en"]).split()
    out = re.sub(rf"\b(?:{'|'.join(words)})\s+(?=\w)", "", text, flags=re.I)
    return _capitalised(out, text)


def _in_tone(text: str, tone: str, role: str, language: str) -> str:
    english = language == "en"
    if tone == "friendly" and english:
        text = _swap(text, CONTRACT)
    elif tone == "professional":
        text = _swap(_swap(text, CONTRACT, reverse=True), PROFESSIONAL) if english else text
        text = text.replace("!", ".") if role == "body" else text.rstrip("!")
    elif tone == "playful":
        text = _swap(_swap(text, CONTRACT), PLAYFUL) if english else text
        if role == "body" and text.endswith("."):
            text = text[:-1] + "!"
    elif tone == "luxury":
        text = _without_filler(text, language)
        text = _swap(_swap(text, CONTRACT, reverse=True), LUXURY) if english else text
        text = text.replace("!", ".") if role == "body" else text.rstrip("!")
    elif tone == "concise":
        text = _without_filler(text, language)
    if english:
        text = re.sub(r"\b([Aa]) (?=[aeiou]\w)", r"\1n ", text)
        text = re.sub(r"\b([Aa])n (?=[bcdfgjklmnpqrstvwxyz]\w)", r"\1 ", text)
    return text


def _shorter(text: str, role: str, language: str, facts: list[str] | tuple[str, ...]) -> str:
    """Whole sentences or clauses out, never half a word: the first sentence (it usually
    says what the thing is) stays, then the sentences carrying the site's facts, numbers
    or names; the least specific go until at least a fifth of the text is gone."""
    lean = _without_filler(text, language)
    if role == "title":
        head = re.split(r"\s[–—|:-]\s|:\s", lean, maxsplit=1)[0]
        return head if len(head) >= 3 else lean
    parts = sentences(lean)
    if len(parts) > 1:
        known = set().union(*(_names(f) for f in facts)) if facts else set()
        ranked = sorted(range(1, len(parts)), key=lambda i: (not _names(parts[i]) & known, not _names(parts[i]), i))
        keep, total = set(range(len(parts))), len(lean)
        for i in reversed(ranked):  # least specific first, until a fifth or more is gone
            keep.discard(i)
            total -= len(parts[i]) + 1
            if total <= len(lean) * 0.8:
                break
        return " ".join(parts[i] for i in sorted(keep))
    trimmed = _CLAUSE.sub("", lean).strip()
    if trimmed != lean and len(trimmed.split()) >= 4:
        return trimmed if trimmed[-1:] in ".!?" else trimmed + lean[-1:] if lean[-1:] in ".!?" else trimmed
    return lean


def _longer(text: str, role: str, facts: list[str] | tuple[str, ...]) -> str:
    if role == "title":
        return text  # a title stays a title: reported as nothing to improve
    said = _names(text) | {w.lower() for w in re.findall(r"\w+", text)}
    for fact in facts:
        fact = " ".join(fact.split())
        news = _names(fact)
        if fact and news and not news <= said:
            body = text if text[-1:] in ".!?…" else text + "."
            return f"{body} {fact}"
    return text


def _names(text: str) -> set[str]:
    """What makes a sentence specific: numbers, addresses and capitalised words that do not
    open it ("Leeds", "0113", "hello@rosa.fr"), lower-cased."""
    words = re.findall(r"[\w@.+-]*\w", text)
    return {w.lower() for i, w in enumerate(words) if any(c.isdigit() for c in w) or "@" in w or (i and w[:1].isupper())}


def _capitalised(text: str, like: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if like[:1].isupper() else text


def _unchanged_reason(tone: str, length: str, role: str) -> str:
    if length == "longer" and role == "title":
        return "Headings and labels stay short. Try a different tone, or make the text under it longer."
    if length == "longer":
        return ("There is nothing true left to add. Give the site more details (hours, prices, what makes it "
                "different) in Site settings or in the text, then try again.")
    if length == "shorter":
        return "This is already as short as it can be without losing what it says."
    return f"The text already reads in a {tone} tone; nothing to change."
