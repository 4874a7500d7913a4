"""Which currency a generated site's prices are in, from what the prompt says.

``find_currency(prompt, town, category)`` returns a symbol ("£", "$", "€", "₹", "¥") or ""
when nothing says: a symbol written in the prompt, then a currency's name, then a country
or a large city, then "$" for software products (priced in dollars by convention). A local
business with no known place gets bare amounts rather than a guessed currency.
"""

from __future__ import annotations

import re

_SYMBOLS = "£$€₹¥"
_NAMES = {
    "£": ["pound", "pounds", "gbp", "sterling"],
    "$": ["dollar", "dollars", "usd", "aud", "cad", "nzd"],
    "€": ["euro", "euros", "eur"],
    "₹": ["rupee", "rupees", "inr"],
    "¥": ["yen", "jpy"],
}
_PLACES = {
    "£": "uk, u.k., united kingdom, britain, great britain, england, scotland, wales, northern ireland, london, "
         "manchester, leeds, liverpool, birmingham, bristol, sheffield, newcastle, nottingham, leicester, "
         "brighton, oxford, cambridge, york, exeter, plymouth, portsmouth, southampton, norwich, "
         "edinburgh, glasgow, aberdeen, dundee, inverness, cardiff, swansea, belfast, cornwall, devon, kent, "
         "yorkshire, surrey, sussex, hackney, shoreditch, camden, islington, brixton",
    "$": "usa, u.s., united states, america, new york, brooklyn, manhattan, queens, chicago, boston, austin, "
         "dallas, houston, san antonio, denver, seattle, portland, san francisco, oakland, los angeles, "
         "san diego, miami, atlanta, nashville, philadelphia, washington, las vegas, "
         "minneapolis, detroit, new orleans, california, texas, florida, oregon, colorado, canada, toronto, "
         "vancouver, montreal, calgary, ottawa, australia, sydney, melbourne, brisbane, "
         "new zealand, auckland, wellington",
    "€": "ireland, dublin, cork, galway, france, paris, lyon, marseille, germany, berlin, munich, hamburg, "
         "cologne, frankfurt, spain, madrid, barcelona, valencia, seville, italy, rome, milan, "
         "naples, netherlands, amsterdam, rotterdam, utrecht, belgium, brussels, antwerp, ghent, portugal, "
         "lisbon, porto, austria, vienna, finland, helsinki, greece, athens, luxembourg",
    "₹": "india, mumbai, delhi, new delhi, bangalore, bengaluru, chennai, hyderabad, pune, kolkata",
    "¥": "japan, tokyo, osaka, kyoto",
}
_PLACE_TO_SYMBOL = {place.strip(): symbol for symbol, places in _PLACES.items() for place in places.split(",")}
_NAME_TO_SYMBOL = {name: symbol for symbol, names in _NAMES.items() for name in names}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z.]*", text.lower())


def find_currency(prompt: str, town: str = "", category: str = "") -> str:
    for char in prompt:
        if char in _SYMBOLS:
            return char
    words = _words(prompt)
    for word in words:
        if word in _NAME_TO_SYMBOL:
            return _NAME_TO_SYMBOL[word]
    for text in (town, prompt):
        tokens = [w.strip(".") or w for w in _words(text)]
        # two-word places ("new york", "san francisco") before single words
        for pair in zip(tokens, tokens[1:]):
            symbol = _PLACE_TO_SYMBOL.get(" ".join(pair))
            if symbol:
                return symbol
        for token in tokens:
            symbol = _PLACE_TO_SYMBOL.get(token) or _PLACE_TO_SYMBOL.get(token + ".")
            if symbol:
                return symbol
    return "$" if category == "tech" else ""


def in_currency(amount: str, symbol: str) -> str:
    """``amount`` ("16", "from 45", "0") with ``symbol`` before its first number that is not
    a percentage ("1.2% incl. tax" stays as it is)."""
    if not symbol:
        return amount
    return re.sub(r"(?<![\d.,])(\d[\d.,]*)(?![\d.,%])", lambda m: symbol + m.group(1), amount, count=1)
