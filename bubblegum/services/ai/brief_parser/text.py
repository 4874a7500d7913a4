"""Small text helpers shared by the parser's modules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# a sentence ends at . ! ? ; or a line break, but not after "St." "Dr." "Tel." or an initial
_END = re.compile(r"[.!?;]+(?=\s|$)|\n+")
_ABBREVIATIONS = {"st", "mt", "dr", "mr", "ms", "mrs", "rd", "av", "ave", "co", "no", "nr", "tel", "sr", "sra", "jr",
                  "ca", "mme", "vs", "str", "ext", "approx", "incl", "etc", "p", "bzw", "z.b", "u.a", "dra", "prof",
                  "a.m", "p.m", "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
                  "seg", "ter", "qua", "qui", "sex", "sáb", "dom", "gio", "mon", "tue", "tues", "wed", "thu", "thur",
                  "thurs", "fri", "sat", "sun", "ma", "wo", "vr", "za", "zo", "tel", "tlf", "nr", "hnr"}


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents: "Zürich" and "zurich" are one key."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss").replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _END.finditer(text):
        before = re.search(r"([\w.]+)$", text[start:m.start()])
        last = before.group(1).lower() if before else ""
        if m.group(0) == "." and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def is_capitalised(word: str) -> bool:
    word = word.lstrip("'’")  # "'T Bakkertje"
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isalpha() for c in word)))


def csv_set(text: str) -> set[str]:
    """A comma-separated word list as a set of folded entries."""
    return {fold(w.strip()) for w in text.split(",") if w.strip()}


def alternation(phrases: list[str] | set[str]) -> str:
    """A regex alternation, longest first, of literal phrases (spaces match any white space)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def clean_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" \t,;:.–—-()\"'“”«»")


_BEFORE_PLACE = re.compile(r"\s+(?:in|en|em|à|a|ad|te|bei|bij|aus|near|around|no|na)\s+$", re.I)


def without_place(text: str, town: str, *, rest_too: bool = False) -> str:
    """``text`` without "in <town>" (and, with ``rest_too``, all after it): an offering or a
    kind is no place. String search, not a regex per town (compiling one costs a millisecond)."""
    if not town:
        return text
    at = text.find(town)
    while at > 0:
        lead = _BEFORE_PLACE.search(text[max(0, at - 12):at])
        if lead:
            start = at - (len(text[max(0, at - 12):at]) - lead.start())
            end = len(text) if rest_too else at + len(town)
            text = text[:start] + text[end:]
            at = text.find(town, start)
        else:
            at = text.find(town, at + len(town))
    return text
