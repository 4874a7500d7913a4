"""Which currency a generated site's prices are in, from what the prompt says.

``find_currency(prompt, town, category)`` returns a symbol ("£", "$", "€", "₹", "¥", "CHF "…)
or "" when nothing says: a symbol written in the prompt, then a currency's name, then a
known place (the brief parser's table), then "$" for software products (priced in dollars by
convention). A local business with no known place gets bare amounts rather than a guess.
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief_parser.money import SYMBOL_OF
from bubblegum.services.ai.brief_parser.places import currency_of, is_everyday_word, known_place

_SYMBOLS = "£$€₹¥"
_NAMES = {
    "£": ["pound", "pounds", "gbp", "sterling"],
    "$": ["dollar", "dollars", "usd", "aud", "cad", "nzd"],
    "€": ["euro", "euros", "eur"],
    "₹": ["rupee", "rupees", "inr"],
    "¥": ["yen", "jpy"],
}
_NAME_TO_SYMBOL = {name: symbol for symbol, names in _NAMES.items() for name in names}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w.'-]*", text.lower())


def _place_symbol(text: str, town_only: bool) -> str:
    """The currency symbol of the first known place in ``text`` (the one table of places in
    ``brief_parser.places_data``); two-word places ("new york") before single words.
    Places that are everyday words ("a nice cafe") count only as the town itself."""
    tokens = [w.strip(".") or w for w in _words(text)]
    candidates = [" ".join(pair) for pair in zip(tokens, tokens[1:])] + tokens
    for candidate in candidates:
        if not town_only and is_everyday_word(candidate):
            continue
        place = known_place(candidate) or known_place(candidate + ".")
        if place and currency_of(place.country):
            return SYMBOL_OF.get(currency_of(place.country), "")
    return ""


def find_currency(prompt: str, town: str = "", category: str = "") -> str:
    for char in prompt:
        if char in _SYMBOLS:
            return char
    for word in _words(prompt):
        if word in _NAME_TO_SYMBOL:
            return _NAME_TO_SYMBOL[word]
    symbol = _place_symbol(town, True) or _place_symbol(prompt, False)
    return symbol or ("$" if category == "tech" else "")


def in_currency(amount: str, symbol: str) -> str:
    """``amount`` ("16", "from 45", "0") with ``symbol`` before its first number that is not
    a percentage ("1.2% incl. tax" stays as it is)."""
    if not symbol:
        return amount
    return re.sub(r"(?<![\d.,])(\d[\d.,]*)(?![\d.,%])", lambda m: symbol + m.group(1), amount, count=1)
