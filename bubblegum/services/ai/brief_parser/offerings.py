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
from bubblegum.services.ai.brief_parser.contact import find_phone
from bubblegum.services.ai.brief_parser.hours import find_hours
from bubblegum.services.ai.brief_parser.money import PRICE, parse_amount
from bubblegum.services.ai.brief_parser.places import known_place
from bubblegum.services.ai.brief_parser.text import clean_phrase, fold, sentences, without_place
from bubblegum.services.ai.brief_parser.vocabulary import FEATURE

MAX_ITEMS = 12
_VERBS = re.compile(
    r"(?<!\w)(?:we (?:offer|sell|make|bake|serve|provide|build|teach|stage|repair|fix|install)|offers?|offering|sells?|runs|"
    r"makes|bakes|brews|roasts|teaches|hosts|installs|repairs|supplies|faz|hace|fait|macht|maakt|"
    r"selling|serving|serves|specialis(?:e|es|ing) in|specializ(?:e|es|ing) in|provides?|providing|featuring|"
    r"biete|bieten|bietet|verkaufe|verkaufen|verkauft|anbieten|ofrezco|ofrecemos|ofrece|vendo|vendemos|vende|servimos|"
    r"hacemos|proposons|propose|vendons|offrons|offre|servons|ofereço|oferecemos|oferece|vendemos|servimos|fazemos|"
    r"offro|offriamo|offre|vendiamo|proponiamo|serviamo|bied|bieden|biedt|verkopen|verkoopt|serveren|maken)\s+", re.I)
_AND = {"en": "and", "de": "und|sowie", "es": "y|e", "fr": "et", "pt": "e", "it": "e|ed", "nl": "en"}
_SPLIT_AND = {lang: re.compile(r"\s+(?:&|" + words + r")\s+", re.I) for lang, words in _AND.items()}
# "residential and commercial cleaning", "private and group lessons": one describing word before "and"
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ish|ed|ern|ese|ische|ieke|ige)$|"
                        r"^(?:private|group|small|large|indoor|outdoor|new|used|hot|cold|live|online|adult|kids|junior|"
                        r"senior|beginner|advanced|ski|wet|dry|short|long|full|half|day|night|front|back|home)$", re.I)
_LONE_WORD = re.compile(r"^(?:free|gratis|gratuit|gratuito|gratuita|kostenlos|more|new|nouveau|neu|nuevo|novo|nuovo|nieuw)$",
                        re.I)  # "Free for solo developers" leaves "Free"
_FOR_WHOM = re.compile(r"(?<!\w)(?:for|für|para|pour|per|voor)\s", re.I)
_ARTICLE = re.compile(r"(?:the|a|an|die|der|das|ein|eine|el|la|los|las|un|una|le|les|une|des|o|os|um|uma|il|lo|gli|"
                      r"de|het|een)\s", re.I)
_COMMA = re.compile(r"(?:(?<!\d),|,(?!\d))\s*|;\s*|\s+[–—-]\s+|\s*\+\s*")
_NOT_OFFERING = re.compile(
    r"^(?:hi|hello|hey|hola|hallo|bonjour|olá|ciao|hoi|all|everything|no|not|never|just|only|always|we|you|our|alle|alles|kein\w*|nur|immer|todo|todos|sin|solo|"
    r"siempre|tout|tous|sans|toujours|seulement|tudo|todos|sem|sempre|só|tutto|tutti|senza|sempre|alleen|geen|altijd|"
    r"direkt|directly|right|for|für|para|pour|voor|are|is|sind|ist|somos|sommes|siamo|zijn|since|seit|desde|depuis|"
    r"sinds)\b", re.I)
_SERVICE_TERMS = re.compile(
    r"(?<!\w)(?:open|opens|geöffnet|abierto|ouvert|aberto|aperto|geopend|deliver\w*|ship\w*|versand|envío|envio|"
    r"livraison|spedizion\w*|verzending|appointment|vereinbarung|cita previa|rendez-vous|marcação|appuntamento|afspraak|"
    r"chez vous|à domicile|ao domicílio|a domicilio|aan huis|home visits?|24/7|24 (?:hours|horas|ore|uur|stunden)|24h|"
    r"around the clock|rund um die uhr|online only|alleen online|\d{1,2}[:.h]\d\d|365|nationwide|worldwide|"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)", re.I)
_LEAD_IN = re.compile(r"^(?:(?:and|und|y|e|et|en|or|oder|plus|also|auch|too|as well as|including|incl\.|with|mit|con|"
                      r"avec|com|met|"
                      r"a|an|the|our|some|ein|eine|einen|unsere|un|una|unos|unas|une|des|du|de la|le|la|les|el|los|las|"
                      r"um|uma|o|os|as|il|lo|gli|i|uno|het|de|een|onze|we|we also do|auch|ainsi que|così come|"
                      r"fresh|delicious|great|lovely|tasty|amazing|beautiful)\s+)+", re.I)
_FRAGMENT = re.compile(r"^(?:more|much more|lots more|and more|etc\.?|and so on|others?|vieles mehr|mehr|mucho más|"
                       r"más|y más|plus encore|bien plus|muito mais|mais|molto altro|altro|en meer|meer|veel meer)$", re.I)
_CUT = re.compile(r"\s+(?:from our|in my|in our|in the|at the|at our|for|für|para|pour|voor|since|seit|desde|depuis|sinds|"
                  r"with (?:a|an|the)|which|that|who|if we|if you|when|waived|done|made in|straight from|"
                  r"bei uns|aus unserer|de nuestra|en nuestro|en nuestra|dans notre|chez nous|na nossa|no nosso|"
                  r"nella nostra|nel nostro|in onze|bij ons)\b.*$", re.I)
_UNIT = re.compile(r"^\s*(?:(?:per|pro|por|par|a|an|each|le|la|il|al|o|im|je|à|voor|the)\s+|/\s*)"
                   r"((?!(?:and|und|y|et|en|e|with|mit|con|avec|com|met|including|inkl|incl)\b)[^\W\d_][\w/-]*"
                   r"(?:\s+(?!(?:and|und|y|et|en|e|on|in|at|for|with|mit|con|avec|com|met|including|incl|inkl|from)\b)"
                   r"[^\W\d_][\w/-]*){0,3})", re.I)
_PRICE_LEAD = re.compile(r"(?<!\w)(?:from|ab|desde|dès|à partir de|a partir de|vanaf|da|starting at|only|just|at|for|"
                         r"für|para|pour|por|per|voor|zu|a|à|al|por|only|nur|solo|seulement|apenas|alleen|is|ist|es|"
                         r"est|é|è|kost|kostet|costs|cuesta|coûte|custa|costa)\s*$", re.I)


def _items(text: str, lang: str) -> list[str]:
    """Comma-separated items, and "X and Y" as two unless "X" is one describing word of a
    longer "Y" ("ski and snowboard lessons", "private and group lessons")."""
    split_and = _SPLIT_AND.get(lang, _SPLIT_AND["en"])
    out = []
    for part in (p.strip() for p in _COMMA.split(text) if p.strip()):
        part = re.sub(r"^(?:" + _AND.get(lang, "and") + r"|and)\s+", "", part, flags=re.I)
        if FEATURE.match(part):
            continue  # "Connects to Xero and QuickBooks": what the product does (a differentiator)
        pieces = split_and.split(part, maxsplit=1)
        describing = len(pieces) == 2 and len(pieces[0].split()) == 1 and (
            lang in {"en", "nl"} and (_ADJECTIVE.search(pieces[0]) or len(pieces[1].split()) > 2)
            or lang == "de" and pieces[0][:1].islower())
        if len(pieces) == 2 and not PRICE.search(part) and not _FOR_WHOM.search(pieces[0]) and (
                not describing or _ARTICLE.match(pieces[1])):
            out += pieces
        else:
            out.append(part)
    return out


def _offering(raw: str, town: str, kind: str = "", lang: str = "en") -> Offering | None:
    text = clean_phrase(raw)
    if _SERVICE_TERMS.search(text) or find_phone(text) or find_hours(text, False)[0]:
        return None  # "we ship nationwide", "365 Tage im Jahr", "Mo-Fr 9-17 Uhr", "Tel. 01 234 5678"
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
        name = without_place(name, town, rest_too=True)
    cut = _CUT.search(name)
    if cut:
        note = note or clean_phrase(name[cut.start():])[:200]
        name = name[:cut.start()]
    name = clean_phrase(_LEAD_IN.sub("", _FIRST_PERSON.get(lang, _FIRST_PERSON["en"]).sub("", clean_phrase(name)) + " "))
    if _FOUNDED.match(note):
        note = ""  # "wood-fired pizza since 1987": the year is the business's, kept as the founding year
    if not name or _FRAGMENT.match(name) or len(name.split()) > 8 or not re.search(r"[^\W\d_]", name) or \
            _NOT_OFFERING.match(name) or known_place(name) or _LONE_WORD.match(name):
        return None
    return Offering(name=name[:120], price=price_text[:40], amount=amount, unit=unit.strip()[:30], note=note)


_FOUNDED = re.compile(r"^(?:since|seit|desde|depuis|sinds|dal|dall'|established|est\.?|founded)\s+(?:in\s+)?\d{4}$", re.I)
_FIRST_PERSON = {  # "we ship …", "alquilamos bicis …", "nous proposons …": the verb is no part of the item
    "en": re.compile(r"^(?:i|we)\s+\w+\s+", re.I), "de": re.compile(r"^(?:ich|wir)\s+\w+\s+", re.I),
    "es": re.compile(r"^\w+(?:amos|emos|imos)\s+", re.I), "fr": re.compile(r"^(?:je|nous)\s+\w+\s+", re.I),
    "pt": re.compile(r"^\w+(?:amos|emos|imos)\s+", re.I), "it": re.compile(r"^\w+iamo\s+", re.I),
    "nl": re.compile(r"^(?:ik|wij|we)\s+\w+\s+", re.I),
}
_OFFERED = "\x00"  # marks a list after "we offer/sells …", whose first item may be what the business is ("haircuts")
_SEPARABLE_AN = re.compile(r"(\w)\s+an(?=[.!?;]|$)")  # "Wir bieten … in Leipzig an."


_CLAUSE = re.compile(r"(?<!\w)(?:i|we|you|ich|wir|sie|yo|nosotros|je|nous|vous|eu|nós|io|noi|ik|wij|jij|while|when|if|"
                     r"because|während|wenn|mientras|cuando|pendant|quand|enquanto|quando|mentre|terwijl|als)(?!\w)", re.I)


def _is_bare_list(sentence: str, lang: str) -> bool:
    """A sentence that only lists things: no clause with a pronoun or "while/when/if"."""
    if _CLAUSE.search(sentence):
        return False
    commas = len(_COMMA.findall(sentence))
    if commas >= 2:
        return True
    items = _items(sentence, lang)
    return commas == 1 and len(items) >= 3 and all(len(i.split()) <= 4 for i in items)


def _list_texts(prompt: str, name: str, town: str, lang: str) -> list[str]:
    if town:  # "… und Einzelstunden in Leipzig an": the place is no part of an item
        prompt = _SEPARABLE_AN.sub(r"\1", without_place(prompt, town))
    texts = []
    for sentence in sentences(prompt):
        colon = re.search(r":\s+", sentence) or re.search(r"\s[–—-]\s+(?=[^\W\d_])", sentence)
        if colon and not PRICE.match(sentence[colon.end():]):  # "Clase de 2 horas: 35 €" is one priced item
            texts.append(sentence[colon.end():])
        verbs = [m for m in _VERBS.finditer(sentence) if not colon or m.start() > colon.end()]
        texts += [_OFFERED + sentence[m.end():] for m in verbs]
        if not colon and not verbs and _is_bare_list(sentence, lang):  # "Funerals, cremation and burials"
            texts.append(sentence.split(",", 1)[1] if name and name in sentence.split(",", 1)[0] else sentence)
        elif not colon and not verbs and (after_name := _after_name(sentence, name)):
            texts.append(after_name)
    return texts


def _after_name(sentence: str, name: str) -> str:
    """What follows "…called Nonna Lucia, " when it is a bare phrase, not an apposition
    ("Nonna Lucia, a family restaurant") or a clause: "handmade pasta and wood-fired pizza"."""
    if not name or name not in sentence:
        return ""
    rest = re.match(r"\s*,\s*(.+)", sentence[sentence.index(name) + len(name):])
    if not rest or _ARTICLE.match(rest.group(1)) or _CLAUSE.search(rest.group(1)) or _IS_VERB.search(rest.group(1)):
        return ""
    return rest.group(1)


_IS_VERB = re.compile(r"(?<!\w)(?:is|are|was|has|have|ist|sind|hat|es|está|son|tiene|est|sont|a|é|são|tem|è|sono|ha|"
                      r"zijn|heeft)(?!\w)", re.I)


def _is_taken(name: str, taken: set[str], exact: set[str]) -> bool:
    key = fold(name)
    return key in exact or any(key == t or len(key) > 6 and (key in t or t in key) for t in taken)


def find_offerings(prompt: str, *, name: str = "", places: list[str] | None = None, kind: str = "", lang: str = "en",
                   differentiators: list[str] | None = None) -> list[Offering]:
    """Differentiators are no offerings ("Same-day service"); a price with no name of its
    own is the kind's ("cookery classes … £65 including lunch")."""
    out: list[Offering] = []
    town = (places or [""])[0]
    seen = {fold(d) for d in differentiators or ()}
    exact: set[str] = {fold(p) for p in places or () if p}
    for text in _list_texts(prompt, name, town, lang):
        offered = text.startswith(_OFFERED)
        for raw in _items(text.lstrip(_OFFERED), lang):
            offering = _offering(raw, town, kind, lang)
            if offering and not offered and fold(offering.name) == fold(kind) and not offering.price:
                continue  # "Acme — B2B SaaS that …": the kind, said again
            if offering and (offering.price or not _is_taken(offering.name, seen, exact)):
                exact.add(fold(offering.name))
                out.append(offering)
    for sentence in sentences(prompt):  # priced phrases outside any list
        for m in PRICE.finditer(sentence):
            before = re.split(r",|;|:|\s[–—]\s", re.sub(r"\s*:\s*$", " ", sentence[:m.start()]))[-1]
            before = _FIRST_PERSON.get(lang, _FIRST_PERSON["en"]).sub("", _SPLIT_AND.get(lang, _SPLIT_AND["en"]).split(before)[-1].strip())
            piece = before + " " + sentence[m.start():m.end()] + \
                re.split(r",|;|\.", sentence[m.end():])[0]
            offering = _offering(piece, town, kind, lang)
            if offering and not any(o.price == offering.price for o in out):
                for existing in out:
                    if (fold(existing.name) in fold(piece) or fold(existing.name) == fold(offering.name)) and not existing.price:
                        existing.price, existing.amount, existing.unit = offering.price, offering.amount, offering.unit
                        break
                else:
                    if fold(offering.name) not in exact:
                        exact.add(fold(offering.name))
                        out.append(offering)
    return out[:MAX_ITEMS]
