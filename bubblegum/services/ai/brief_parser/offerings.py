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
from bubblegum.services.ai.brief_parser.places import known_place
from bubblegum.services.ai.brief_parser.text import clean_phrase, fold, sentences

MAX_ITEMS = 12
_VERBS = re.compile(
    r"(?<!\w)(?:we (?:offer|sell|make|bake|serve|provide|build|teach|stage|repair|fix|install)|offers?|offering|sells?|runs|"
    r"selling|serving|serves|specialis(?:e|es|ing) in|specializ(?:e|es|ing) in|provides?|providing|featuring|"
    r"bieten|bietet|verkaufen|verkauft|anbieten|ofrecemos|ofrece|vendemos|vende|servimos|hacemos|"
    r"proposons|propose|vendons|offrons|offre|servons|oferecemos|oferece|vendemos|servimos|fazemos|"
    r"offriamo|offre|vendiamo|proponiamo|serviamo|bieden|biedt|verkopen|verkoopt|serveren|maken)\s+", re.I)
_AND = {"en": "and", "de": "und|sowie", "es": "y|e", "fr": "et", "pt": "e", "it": "e|ed", "nl": "en"}
_SPLIT_AND = {lang: re.compile(r"\s+(?:&|" + words + r")\s+", re.I) for lang, words in _AND.items()}
_FOR_WHOM = re.compile(r"(?<!\w)(?:for|für|para|pour|per|voor)\s", re.I)
_ARTICLE = re.compile(r"(?:the|a|an|die|der|das|ein|eine|el|la|los|las|un|una|le|les|une|des|o|os|um|uma|il|lo|gli|"
                      r"de|het|een)\s", re.I)
_COMMA = re.compile(r"(?:(?<!\d),|,(?!\d))\s*|;\s*|\s+[–—-]\s+|\s*\+\s*")
_NOT_OFFERING = re.compile(
    r"^(?:all|everything|no|not|never|just|only|always|we|you|our|alle|alles|kein\w*|nur|immer|todo|todos|sin|solo|"
    r"siempre|tout|tous|sans|toujours|seulement|tudo|todos|sem|sempre|só|tutto|tutti|senza|sempre|alleen|geen|altijd|"
    r"direkt|directly|right)\b", re.I)
_SERVICE_TERMS = re.compile(
    r"(?<!\w)(?:open|opens|geöffnet|abierto|ouvert|aberto|aperto|geopend|deliver\w*|ship\w*|versand|envío|envio|"
    r"livraison|spedizion\w*|verzending|appointment|vereinbarung|cita previa|rendez-vous|marcação|appuntamento|afspraak|"
    r"chez vous|à domicile|ao domicílio|a domicilio|aan huis|home visits?|24/7|online only|alleen online|"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)", re.I)
_LEAD_IN = re.compile(r"^(?:(?:and|und|y|e|et|en|or|oder|plus|also|auch|too|as well as|including|incl\.|with|mit|con|"
                      r"avec|com|met|"
                      r"a|an|the|our|some|ein|eine|einen|unsere|un|una|unos|unas|une|des|du|de la|le|la|les|el|los|las|"
                      r"um|uma|o|os|as|il|lo|gli|i|uno|het|de|een|onze|we|we also do|auch|ainsi que|così come|"
                      r"fresh|delicious|great|lovely|tasty|amazing|beautiful)\s+)+", re.I)
_FRAGMENT = re.compile(r"^(?:more|much more|lots more|and more|etc\.?|and so on|others?|vieles mehr|mehr|mucho más|"
                       r"más|y más|plus encore|bien plus|muito mais|mais|molto altro|altro|en meer|meer|veel meer)$", re.I)
_CUT = re.compile(r"\s+(?:from our|in my|in our|in the|at the|at our|for|für|para|pour|voor|"
                  r"with (?:a|an|the)|which|that|who|if we|if you|when|waived|done|made in|straight from|"
                  r"bei uns|aus unserer|de nuestra|en nuestro|en nuestra|dans notre|chez nous|na nossa|no nosso|"
                  r"nella nostra|nel nostro|in onze|bij ons)\b.*$", re.I)
_UNIT = re.compile(r"^\s*(?:per|pro|por|par|a|an|/|each|le|la|il|al|o|im|je|à|voor|the)\s*"
                   r"((?!(?:and|und|y|et|en|e|with|mit|con|avec|com|met|including|inkl|incl)\b)[^\W\d_][\w-]*"
                   r"(?:\s+(?!(?:and|und|y|et|en|e|on|in|at|for|with|mit|con|avec|com|met|including|incl|inkl|from)\b)"
                   r"[^\W\d_][\w-]*){0,3})", re.I)
_PRICE_LEAD = re.compile(r"(?:from|ab|desde|dès|à partir de|a partir de|vanaf|da|starting at|only|just|at|for|"
                         r"für|para|pour|por|per|voor|zu|a|à|al|por|only|nur|solo|seulement|apenas|alleen|is|ist|es|"
                         r"est|é|è|kost|kostet|costs|cuesta|coûte|custa|costa)\s*$", re.I)


def _items(text: str, lang: str) -> list[str]:
    """Comma-separated items, and "X and Y" as two unless "X" is one describing word of a
    longer "Y" ("ski and snowboard lessons", "private and group lessons")."""
    split_and = _SPLIT_AND.get(lang, _SPLIT_AND["en"])
    out = []
    for part in (p.strip() for p in _COMMA.split(text) if p.strip()):
        part = re.sub(r"^(?:" + _AND.get(lang, "and") + r"|and)\s+", "", part, flags=re.I)
        pieces = split_and.split(part, maxsplit=1)
        if len(pieces) == 2 and not PRICE.search(part) and not _FOR_WHOM.search(pieces[0]) and (
                len(pieces[0].split()) > 1 or len(pieces[1].split()) <= 2 or _ARTICLE.match(pieces[1])):
            out += pieces
        else:
            out.append(part)
    return out


def _offering(raw: str, town: str, kind: str = "") -> Offering | None:
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
        before = clean_phrase(_LEAD_IN.sub("", _PRICE_LEAD.sub("", text[:price.start()]).strip(" :,-–") + " "))
        name = before or (after.strip(" :,-–") if not unit and not re.match(r"\s*(?:including|incl|inkl|with|mit|con|"
                                                                          r"avec|com|met|inclus|incluido)", after, re.I) else "")
        name = name or kind or unit
        if name is not before and name != after.strip(" :,-–") and after.strip(" :,-–") or before and after.strip(" :,-–"):
            note = clean_phrase(after)[:200]
    else:
        name = text
    if town:
        name = re.sub(r"\s+(?:in|en|em|à|a|te|bei|bij)\s+" + re.escape(town) + r".*$", "", name)
    cut = _CUT.search(name)
    if cut:
        note = note or clean_phrase(name[cut.start():])[:200]
        name = name[:cut.start()]
    name = clean_phrase(_LEAD_IN.sub("", clean_phrase(name) + " "))
    if not name or _FRAGMENT.match(name) or len(name.split()) > 8 or not re.search(r"[^\W\d_]", name) or \
            _NOT_OFFERING.match(name) or known_place(name) or (not price_text and _SERVICE_TERMS.search(name)):
        return None
    return Offering(name=name[:120], price=price_text[:40], amount=amount, unit=unit.strip()[:30], note=note)


def _list_texts(prompt: str, name: str) -> list[str]:
    texts = []
    for sentence in sentences(prompt):
        colon = re.search(r":\s+", sentence)
        if colon and not PRICE.match(sentence[colon.end():]):  # "Clase de 2 horas: 35 €" is one priced item
            texts.append(sentence[colon.end():])
        for m in _VERBS.finditer(sentence):
            if not colon or m.start() > colon.end():
                texts.append(sentence[m.end():])
        if not colon and sentence.count(",") >= 2 and not (name and sentence.startswith(name)):
            texts.append(sentence)
    return texts


def _is_taken(name: str, taken: set[str], exact: set[str]) -> bool:
    key = fold(name)
    return key in exact or any(key == t or len(key) > 6 and (key in t or t in key) for t in taken)


def find_offerings(prompt: str, *, name: str = "", town: str = "", kind: str = "", lang: str = "en",
                   differentiators: list[str] | None = None) -> list[Offering]:
    """Differentiators and the kind are no offerings ("Same-day service", "gluten-free café")."""
    out: list[Offering] = []
    seen = {fold(d) for d in differentiators or ()}
    exact = {fold(kind)}
    for text in _list_texts(prompt, name):
        for raw in _items(text, lang):
            offering = _offering(raw, town, kind)
            if offering and (offering.price or not _is_taken(offering.name, seen, exact)):
                seen.add(fold(offering.name))
                out.append(offering)
    for sentence in sentences(prompt):  # priced phrases outside any list
        for m in PRICE.finditer(sentence):
            piece = re.split(r",|;|:(?!\s*\d)|\s[–—]\s", sentence[:m.start()])[-1] + sentence[m.start():m.end()] + \
                re.split(r",|;|\.", sentence[m.end():])[0]
            offering = _offering(piece, town, kind)
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
