"""Finding business words (from ``categories_data``) in text: which category each names,
where it stands, and which language it belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bubblegum.services.ai.brief_parser.categories_data import KEYWORDS
from bubblegum.services.ai.brief_parser.text import alternation, csv_set, fold
from bubblegum.services.ai.brief_parser.vocabulary import DESCRIPTIVE

_TOKEN = re.compile(r"[^\W_][\w&'-]*", re.U)
COMPOUND_LANGS = ("de", "nl")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    category: str
    keyword: str


@dataclass(frozen=True)
class _Lexicon:
    single: dict[str, str]          # folded one-word keyword -> category (first listed wins)
    compound_heads: dict[str, str]  # German/Dutch keywords that may end a compound
    phrases: re.Pattern             # every multi-word keyword, longest first, in one pattern
    phrase_category: dict[str, str]
    languages: dict[str, str]       # folded word -> the one language it belongs to
    descriptive: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    single: dict[str, str] = {}
    heads: dict[str, str] = {}
    phrases: dict[str, str] = {}
    langs_of: dict[str, set[str]] = {}
    for category, by_lang in KEYWORDS.items():
        for lang, words in by_lang.items():
            for word in csv_set(words):
                langs_of.setdefault(word, set()).add(lang)
                if " " in word:
                    phrases.setdefault(word, category)
                else:
                    single.setdefault(word, category)
                    if lang in COMPOUND_LANGS and len(word) >= 4:
                        heads.setdefault(word, category)
    pattern = re.compile(r"(?<!\w)(" + alternation(set(phrases)) + r")(?:s|es)?(?!\w)")
    languages = {w: next(iter(ls)) for w, ls in langs_of.items() if len(ls) == 1 and " " not in w}
    return _Lexicon(single, heads, pattern, phrases, languages, frozenset(csv_set(DESCRIPTIVE)))


def _word_category(token: str) -> tuple[str, str] | None:
    """The category of one folded word: exact, a plural, a longer form of a keyword
    (plumb -> plumbers), or a German/Dutch compound ending in one (Hochzeitsfotograf)."""
    lex = lexicon()
    for form in (token, token[:-1] if token.endswith("s") else "", token[:-2] if token.endswith("es") else ""):
        if form and form in lex.single:
            return lex.single[form], form
    for size in range(len(token) - 1, 4, -1):
        prefix = token[:size]
        if prefix in lex.single:
            return lex.single[prefix], prefix
    if len(token) >= 8:
        for i in range(2, len(token) - 3):
            head = token[i:]
            if head in lex.compound_heads:
                return lex.compound_heads[head], head
    return None


def find_business_words(text: str) -> list[Hit]:
    """Every business word in ``text`` in reading order (phrases before the words in them)."""
    folded = fold(text)
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    lex = lexicon()
    for m in lex.phrases.finditer(folded):
        phrase = re.sub(r"\s+", " ", m.group(1))
        hits.append(Hit(m.start(), m.end(), lex.phrase_category[phrase], phrase))
        taken.append((m.start(), m.end()))
    for m in _TOKEN.finditer(folded):
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = m.group(0).strip("'-")
        found = _word_category(word) or next((c for part in word.split("-")[:3] if len(part) > 2
                                              and (c := _word_category(part))), None)  # "Bar-Tabacchi"
        if found:
            hits.append(Hit(m.start(), m.end(), found[0], found[1]))
    return sorted(hits, key=lambda h: h.start)


def is_business_word(word: str) -> bool:
    token = fold(word).strip(".,'’-")
    return bool(token) and _word_category(token) is not None


def is_plain_business_word(word: str) -> bool:
    """A business word as it stands in the lists ("bakery", "Tischlerei"), not merely
    starting with one ("Kaffeeklatsch")."""
    token = fold(word).strip(".,'’-")
    single = lexicon().single
    return token in single or token.endswith("s") and token[:-1] in single


def is_descriptive(word: str) -> bool:
    return fold(word).strip(".,'’") in lexicon().descriptive


def business_word_languages() -> dict[str, str]:
    return lexicon().languages
