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
         "yorkshire, surrey, sussex, hackney, shoreditch, camden, islington, brixton, somerset, dorset, essex, "
         "suffolk, norfolk, hampshire, berkshire, oxfordshire, gloucestershire, wiltshire, cumbria, lancashire, "
         "lake district, cotswolds, highlands, bath, newquay, st andrews, harrogate, chester, durham, canterbury, "
         "winchester, reading, milton keynes, coventry, derby, stoke, hull, sunderland, bournemouth, "
         "hay-on-wye, stratford-upon-avon, stratford upon avon",
    "$": "usa, u.s., united states, america, new york, brooklyn, manhattan, queens, chicago, boston, austin, "
         "dallas, houston, san antonio, denver, seattle, portland, san francisco, oakland, los angeles, "
         "san diego, miami, atlanta, nashville, philadelphia, washington, las vegas, "
         "minneapolis, detroit, new orleans, california, texas, florida, oregon, colorado, canada, toronto, "
         "vancouver, montreal, calgary, ottawa, australia, sydney, melbourne, brisbane, perth, adelaide, "
         "hobart, canberra, gold coast, new zealand, auckland, wellington, christchurch, queenstown, harlem, "
         "alabama, alaska, arizona, arkansas, connecticut, delaware, georgia, hawaii, idaho, illinois, indiana, "
         "iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, "
         "missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, "
         "north dakota, ohio, oklahoma, pennsylvania, rhode island, south carolina, south dakota, tennessee, "
         "utah, vermont, virginia, west virginia, wisconsin, wyoming, phoenix, tucson, salt lake city, "
         "honolulu, anchorage, charlotte, raleigh, pittsburgh, cleveland, columbus, cincinnati, st louis, "
         "kansas city, milwaukee, indianapolis, baltimore, sacramento, san jose, orlando, tampa",
    "€": "ireland, dublin, cork, galway, france, paris, lyon, marseille, germany, berlin, munich, hamburg, "
         "cologne, frankfurt, spain, madrid, barcelona, valencia, seville, italy, rome, milan, "
         "naples, netherlands, amsterdam, rotterdam, utrecht, belgium, brussels, antwerp, ghent, portugal, "
         "lisbon, porto, austria, vienna, finland, helsinki, greece, athens, luxembourg, bordeaux, nice, "
         "toulouse, lille, nantes, strasbourg, chamonix, provence, normandy, brittany, stuttgart, dresden, "
         "leipzig, düsseldorf, bologna, florence, venice, turin, bilbao, malaga, ibiza, mallorca, "
         "the hague, eindhoven, salzburg, tallinn, riga, vilnius, slovenia, ljubljana, slovakia, malta, "
         "cyprus, estonia, latvia, lithuania, croatia, zagreb, split, dubrovnik",
    "₹": "india, mumbai, delhi, new delhi, bangalore, bengaluru, chennai, hyderabad, pune, kolkata",
    "¥": "japan, tokyo, osaka, kyoto",
}
_PLACE_TO_SYMBOL = {place.strip(): symbol for symbol, places in _PLACES.items() for place in places.split(",")}
_NAME_TO_SYMBOL = {name: symbol for symbol, names in _NAMES.items() for name in names}
# places that are also everyday words ("a nice cafe", "we split the bill"): they count only as
# the town the prompt names, never anywhere else in it
_TOWN_ONLY = {"bath", "reading", "nice", "split", "derby", "hull", "charlotte", "georgia", "phoenix", "columbus",
              "durham", "chester", "wellington", "perth", "victoria", "orlando", "virginia"}


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
            if text is prompt and token in _TOWN_ONLY:
                continue
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
