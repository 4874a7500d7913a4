"""Rule-based rewriting for the offline provider: tone (friendly, professional, playful,
luxury, concise) and length (shorter, longer). Deterministic; never invents facts, never
appends stock sentences and never cuts a sentence: "shorter" drops filler words and whole
sentences, "longer" is left to a provider that can write (offline it keeps the text, and
the caller tells the person nothing could be improved)."""

from __future__ import annotations

import re

from bubblegum.services.ai.base import LENGTHS, TONES, AIError

CONTRACT = [("we are", "we're"), ("you are", "you're"), ("do not", "don't"), ("does not", "doesn't"), ("it is", "it's"),
            ("you will", "you'll"), ("we will", "we'll"), ("cannot", "can't"), ("we have", "we've"), ("that is", "that's"),
            ("is not", "isn't"), ("are not", "aren't"), ("let us", "let's"), ("will not", "won't")]
LUXURY = [("good", "exceptional"), ("great", "exquisite"), ("nice", "refined"), ("best", "finest"), ("cheap", "accessible"),
          ("buy", "discover"), ("big", "generous"), ("comfortable", "sumptuous"), ("quality", "craftsmanship"), ("made", "crafted")]
PLAYFUL = [("very", "seriously"), ("great", "brilliant"), ("good", "lovely"), ("hello", "hey there"), ("many", "loads of")]
PROFESSIONAL = [("awesome", "excellent"), ("super ", "highly "), ("loads of", "many"), ("lots of", "many"), ("hey", "hello"), ("stuff", "items")]
FILLER = re.compile(r"\b(?:really|very|just|actually|simply|truly|basically|quite|totally|absolutely|definitely)\s+", re.I)
def _swap(text: str, pairs: list[tuple[str, str]], reverse: bool = False) -> str:
    for a, b in pairs:
        src, dst = (b, a) if reverse else (a, b)
        text = re.sub(rf"\b{re.escape(src)}\b", lambda m, d=dst: d.capitalize() if m.group(0)[0].isupper() else d, text, flags=re.I)
    return text


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def rewrite(text: str, tone: str = "friendly", length: str = "same") -> str:
    if tone not in TONES:
        raise AIError(f"Unknown tone {tone!r}; choose one of: {', '.join(TONES)}.")
    if length not in LENGTHS:
        raise AIError(f"Unknown length {length!r}; choose one of: {', '.join(LENGTHS)}.")
    out = re.sub(r"\s+", " ", text or "").strip()
    if not out:
        return out
    if tone == "friendly":
        out = _swap(out, CONTRACT)
    elif tone == "professional":
        out = _swap(_swap(out, CONTRACT, reverse=True), PROFESSIONAL).replace("!", ".")
    elif tone == "playful":
        out = _swap(_swap(out, CONTRACT), PLAYFUL)
        if out.endswith("."):
            out = out[:-1] + "!"
    elif tone == "luxury":
        out = _swap(_swap(FILLER.sub("", out), CONTRACT, reverse=True), LUXURY).replace("!", ".")
    elif tone == "concise":
        out = FILLER.sub("", out)
        parts = sentences(out)
        out = " ".join(parts[: max(1, (len(parts) + 1) // 2)])
    if length == "shorter":
        out = _shorter(out)
    out = re.sub(r"\b([Aa]) (?=[aeiouAEIOU])", r"\1n ", out)
    return out[0].upper() + out[1:]


def _shorter(text: str) -> str:
    """Without filler words, and without its last sentences when they make up over a third of it."""
    text = FILLER.sub("", text)
    parts = sentences(text)
    keep: list[str] = []
    for part in parts:
        if keep and sum(map(len, keep)) + len(part) > len(text) * 0.67:
            break
        keep.append(part)
    return " ".join(keep)
