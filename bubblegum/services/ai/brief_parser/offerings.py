"""What the business offers, in the description's words, with any price given.

Lists after a colon ("…in York: brunch, pancakes, toasties and traybakes"), after an
offering verb in any of the seven languages ("sells raw honey, comb honey and candles",
"bieten Welpenkurse und Einzelstunden", "ofrecemos clases…"), and priced phrases anywhere
("Day pass $20", "$89 diagnostic fee", "Clase de 2 horas: 35 €"). Items are split on commas
and the last "and/und/y/e/et/en"; lead-in words, places and fragments ("and more") go.
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief import Offering
from bubblegum.services.ai.brief_parser.money import PRICE, parse_amount
from bubblegum.services.ai.brief_parser.text import clean_phrase, fold, sentences

MAX_ITEMS = 12
_VERBS = re.compile(
    r"(?<!\w)(?:we (?:offer|sell|make|bake|serve|do|provide|build|run|teach|stage|repair|fix|install)|offers?|offering|sells?|"
    r"selling|serving|serves|specialis(?:e|es|ing) in|specializ(?:e|es|ing) in|provides?|providing|featuring|"
    r"bieten|bietet|verkaufen|verkauft|anbieten|ofrecemos|ofrece|vendemos|vende|servimos|hacemos|"
    r"proposons|propose|vendons|offrons|offre|servons|oferecemos|oferece|vendemos|servimos|fazemos|"
    r"offriamo|offre|vendiamo|proponiamo|serviamo|bieden|biedt|verkopen|verkoopt|serveren|maken)\s+", re.I)
_SPLIT_LAST = re.compile(r"\s+(?:and|und|y|e|et|en|&|sowie|ou|o|or|oder|of)\s+", re.I)
_LEAD_IN = re.compile(r"^(?:(?:and|und|y|e|et|en|or|oder|plus|also|auch|too|as well as|including|incl\.|"
                      r"a|an|the|our|some|ein|eine|einen|unsere|un|una|unos|unas|une|des|du|de la|le|la|les|el|los|las|"
                      r"um|uma|o|os|as|il|lo|gli|i|uno|het|de|een|onze|we|we also do|auch|ainsi que|così come|"
                      r"fresh|delicious|great|lovely|tasty|amazing|beautiful)\s+)+", re.I)
_FRAGMENT = re.compile(r"^(?:more|much more|lots more|and more|etc\.?|and so on|others?|vieles mehr|mehr|mucho más|"
                       r"más|y más|plus encore|bien plus|muito mais|mais|molto altro|altro|en meer|meer|veel meer)$", re.I)
_CUT = re.compile(r"\s+(?:from our|in my|in our|in the|at the|at our|for (?:ages|kids|children|all|everyone|families)|"
                  r"with (?:a|an|the)|which|that|who|if we|if you|when|waived|done|made in|straight from|"
                  r"bei uns|aus unserer|de nuestra|en nuestro|en nuestra|dans notre|chez nous|na nossa|no nosso|"
                  r"nella nostra|nel nostro|in onze|bij ons)\b.*$", re.I)
_UNIT = re.compile(r"^\s*(?:per|pro|por|par|a|an|the|/|each|le|la|il|al|o|im|je|por|à|voor|la)\s*"
                   r"((?:one-hour |two-hour |\d+-\w+ )?[^\W\d_][\w-]*(?:\s+per\s+[^\W\d_]+)?)", re.I)
_PRICE_LEAD = re.compile(r"(?:from|ab|desde|dès|à partir de|a partir de|vanaf|da|starting at|only|just|at|for|"
                         r"für|para|pour|por|per|voor|just)\s*$", re.I)


def _items(text: str) -> list[str]:
    parts = [p for p in re.split(r",\s*|;\s*|\s+[–—-]\s+|\s*\+\s*", text) if p.strip()]
    if len(parts) >= 2 and not _SPLIT_LAST.match(" " + parts[-1]):
        parts[-1:] = _SPLIT_LAST.split(parts[-1], maxsplit=1)
    elif len(parts) == 1 and len(parts[0].split()) > 3:
        pieces = _SPLIT_LAST.split(parts[0])
        if all(len(p.split()) >= 2 for p in pieces):
            parts = pieces
    return parts


def _offering(raw: str, town: str) -> Offering | None:
    text = clean_phrase(raw)
    price = PRICE.search(text)
    price_text, amount, unit, note = "", None, "", ""
    if price:
        price_text = price.group(0).strip()
        amount = parse_amount(price_text)
        after = text[price.end():]
        unit_m = _UNIT.match(after)
        if unit_m and not re.match(r"\s*(?:and|und|y|et|e|en)\b", after):
            unit = unit_m.group(1)[:30]
            after = after[unit_m.end():]
        before = _PRICE_LEAD.sub("", text[:price.start()]).strip(" :,-–")
        name = before if before else after.strip(" :,-–")
        if before and after.strip(" :,-–"):
            note = clean_phrase(after)[:200]
    else:
        name = text
    if town:
        name = re.sub(r"\s+(?:in|en|em|à|a|te|bei|bij)\s+" + re.escape(town) + r".*$", "", name)
    cut = _CUT.search(name)
    if cut:
        note = note or clean_phrase(name[cut.start():])[:200]
        name = name[:cut.start()]
    name = clean_phrase(_LEAD_IN.sub("", clean_phrase(name)))
    if not name or _FRAGMENT.match(name) or len(name.split()) > 8 or not re.search(r"[^\W\d_]", name):
        return None
    return Offering(name=name[:120], price=price_text[:40], amount=amount, unit=unit.strip()[:30], note=note)


def _list_texts(prompt: str, name: str) -> list[str]:
    texts = []
    for sentence in sentences(prompt):
        colon = re.search(r":\s+", sentence)
        if colon:
            texts.append(sentence[colon.end():])
        for m in _VERBS.finditer(sentence):
            if not colon or m.start() > colon.end():
                texts.append(sentence[m.end():])
        if not colon and sentence.count(",") >= 2 and not (name and sentence.startswith(name)):
            texts.append(sentence)
    return texts


def find_offerings(prompt: str, name: str = "", town: str = "", skip: set[str] | None = None) -> list[Offering]:
    """``skip``: folded phrases already used elsewhere (differentiators) that are no offering."""
    out: list[Offering] = []
    seen = set(skip or ())
    for text in _list_texts(prompt, name):
        for raw in _items(text):
            offering = _offering(raw, town)
            if offering and fold(offering.name) not in seen:
                seen.add(fold(offering.name))
                out.append(offering)
    for sentence in sentences(prompt):  # priced phrases outside any list
        for m in PRICE.finditer(sentence):
            piece = re.split(r",|;|:(?!\s*\d)|\s[–—]\s", sentence[:m.start()])[-1] + sentence[m.start():m.end()] + \
                re.split(r",|;|\.", sentence[m.end():])[0]
            offering = _offering(piece, town)
            if offering and not any(o.price == offering.price for o in out):
                for existing in out:
                    if fold(existing.name) in fold(piece) and not existing.price:
                        existing.price, existing.amount, existing.unit = offering.price, offering.amount, offering.unit
                        break
                else:
                    if fold(offering.name) not in seen:
                        seen.add(fold(offering.name))
                        out.append(offering)
    return out[:MAX_ITEMS]
