"""What the business is, in the description's own words, and the category and audience
that decide which site it needs.

The kind is the phrase that says what the business is: after the name ("X, a gluten-free
café in York", "X — 24/7 emergency plumber", "X is a bouldering gym"), the business words
in the name ("Summit Tracks Ski School"), or the opening words when there is no name
("window cleaning Hobart"). The category comes from the head business word: the last one
in English, German and Dutch ("dog grooming"), the first in the Romance languages
("escuela de surf").
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief_parser.lexicon import find_business_words, is_business_word, is_descriptive
from bubblegum.services.ai.brief_parser.places import known_place
from bubblegum.services.ai.brief_parser.text import clean_phrase, fold, sentences
from bubblegum.services.ai.brief_parser.vocabulary import NATIONALITIES

HEAD_FIRST = {"es", "fr", "pt", "it"}
# words after the business word that still name a business: "dog walking business"
_GENERIC_TAILS = {"business", "company", "firm", "co", "co.", "ltd", "llc", "inc", "gmbh", "team", "specialist",
                  "specialists", "experts", "expert", "professionals", "provider", "providers", "space", "spaces", "hub",
                  "centre", "center", "spot", "place", "point", "house", "hall", "lab", "labs", "room", "rooms", "zone",
                  "corner", "collective", "project", "initiative"}
_PHRASE_END = re.compile(r"[,:;.(—–]|\s-\s")
# business words that say how rather than what ("yoga classes", "surf school", "bike shop"): the other word decides
WEAK_HEADS = {"class", "classes", "lessons", "lesson", "courses", "course", "school", "workshop", "workshops", "training",
              "academy", "studio", "shop", "store", "club", "service", "services", "kurse", "kurs", "schule", "unterricht",
              "clases", "cursos", "escuela", "academia", "tienda", "cours", "ecole", "atelier", "boutique", "aulas",
              "escola", "loja", "lezioni", "corsi", "scuola", "negozio", "lessen", "cursus", "winkel", "les"}
_OFFER_OPENING = re.compile(r"^(?:we offer|i offer|we sell|i sell|ich biete|wir bieten|ich verkaufe|wir verkaufen|ofrezco|"
                            r"ofrecemos|vendo|vendemos|je propose|nous proposons|je vends|ofereço|oferecemos|offro|"
                            r"offriamo|ik bied|wij bieden|we bieden)\s+", re.I)
_ARTICLES = r"(?:a|an|the|ein|eine|einen|un|una|une|um|uma|uno|een|de|het|la|le|el|il|o)"
_IS = re.compile(r"(?<!\w)(?:is|are|we're|we are|ist|sind|es|somos|est|sommes|é|somos|è|siamo|is|zijn|"
                 r"sono|sou|soy|suis|ik ben|ich bin|i'm|i am)\s+(?:" + _ARTICLES + r"\s+)?", re.I)
_STOP = re.compile(r"\s+(?:(?:in|at|near|for|with|that|who|which|since|serving|and we|from|on|by|"
                   r"für|mit|seit|aus|bei|nahe|von|"
                   r"para|con|desde|cerca|que|"
                   r"pour|avec|depuis|qui|près|dans|"
                   r"com|perto|"
                   r"per|dal|vicino|che|nel|nella|"
                   r"voor|met|sinds|bij|die|uit|d'une|d'un|de una|de un|di una|di un|de uma|de um|van een)\s|(?:en|em|à|a|ad|au|no|na|im|te|op|sur)\s+(?=[A-ZÀ-Ý]))")
_FILLER = re.compile(r"^(?:(?:\d+\s?%|100\s?%|small|little|friendly|local|cosy|cozy|best|new|our|my|a|an|the|"
                     r"kleine|kleines|kleiner|pequeña|pequeño|petite|petit|pequena|pequeno|piccola|piccolo|klein|kleine)\s+)+",
                     re.I)
_ONLINE = re.compile(r"(?<!\w)(?:online[- ](?:shop|store|only|boutique|winkel)|online only|only online|webshop|web shop|"
                     r"e-?commerce|onlineshop|ships? (?:nationwide|worldwide|anywhere|across|throughout|to)|we ship|"
                     r"versand|versandkostenfrei|wir versenden|tienda (?:online|en línea)|solo online|envíos? a toda|"
                     r"boutique en ligne|vente en ligne|uniquement en ligne|livraison (?:partout|dans toute)|"
                     r"loja (?:online|virtual)|apenas online|só online|negozio online|solo online|spedizioni? in tutta|"
                     r"alleen online|webwinkel|gratis verzending|verzending)", re.I)
_WALK_IN = re.compile(r"(?<!\w)(?:shop open|store open|visit us|opening hours|open (?:daily|mon|tue|wed|thu|fri|sat|sun)|"
                      r"loja em|tienda en|boutique à|laden in|winkel in|negozio a)", re.I)
_B2B = re.compile(r"(?<!\w)(?:b2b|saas|for (?:businesses|companies|teams|enterprises|agencies|developers|startups|"
                  r"small businesses|law firms|restaurants|brands|retailers|landlords and agents|clinics)|"
                  r"für unternehmen|für firmen|für teams|para empresas|para negocios|pour les entreprises|"
                  r"pour entreprises|per aziende|per le aziende|per imprese|voor bedrijven|voor ondernemers|"
                  r"enterprise|api|developer tool|self-hosted)", re.I)


def _words_of_kind(text: str) -> str:
    phrase = _STOP.split(" " + text + " ", maxsplit=1)[0].strip()
    phrase = _FILLER.sub("", clean_phrase(phrase))
    words = phrase.split()
    if len(words) > 6:  # keep the words up to the first business word ("… plumbers")
        hits = [i for i, w in enumerate(words) if is_business_word(w)]
        words = words[max(0, hits[0] - 3):hits[0] + 1] if hits else words[:6]
    return " ".join(words)[:80]


def _tidy(kind: str, lang: str, *, from_name: bool = False) -> str:
    """Business words in lower case ("Ski School" -> "ski school"), but German nouns, acronyms
    and proper words ("Punjabi", "Gas Safe", "Italian") as written; a kind taken from a name is all
    business words ("Swim School")."""
    if lang == "de" or not kind:
        return kind
    return " ".join(w[:1].lower() + w[1:] if sum(c.isupper() for c in w) == 1 and (
        from_name or is_business_word(w) or is_descriptive(w) and fold(w) not in NATIONALITIES) else w
        for w in kind.split())


def _business_words_of(name: str, lang: str) -> str:
    """The business words in a name, with the describing words beside them: "Summit Tracks
    Ski School" -> "Ski School", "Crescent Halal Meats" -> "Halal Meats", "Escuela de Surf
    Ola Salada" -> "Escuela de Surf"."""
    words = name.split()
    folded = [fold(w) for w in words]
    joined = " ".join(folded)
    marks = [False] * len(words)
    for hit in find_business_words(joined):
        start = joined[:hit.start].count(" ")
        end = joined[:hit.end].count(" ")
        for i in range(start, end + 1):
            marks[i] = True
    if not any(marks):
        return ""
    runs, i = [], 0
    while i < len(words):
        if marks[i]:
            j = i
            while j + 1 < len(words) and (marks[j + 1] or folded[j + 1] in {"de", "di", "da", "du", "del", "do"} and j + 2 < len(words) and marks[j + 2]):
                j += 1
            while i > 0 and is_descriptive(words[i - 1]) and folded[i - 1] not in {"the", "a", "an", "de", "la", "le", "el", "il", "het", "o"}:
                i -= 1
            runs.append(" ".join(words[i:j + 1]))
            i = j + 1
        else:
            i += 1
    return runs[0] if lang in HEAD_FIRST else runs[-1]


def _fits(phrase: str, lang: str) -> bool:
    """A kind names its business word where the language puts the head: last in English,
    German and Dutch ("specialty coffee roasted" is no kind), first in the Romance languages."""
    if not phrase or known_place(phrase) or re.match(r"\d+\s", phrase):
        return False
    hits = find_business_words(phrase)
    if hits:
        folded = fold(phrase)
        tail = [w for w in re.sub(r"^(?:'s)?[\s-]*", "", folded[hits[-1].end:]).split() if w not in _GENERIC_TAILS]
        return hits[0].start == 0 if lang in HEAD_FIRST else not tail
    return len(phrase.split()) <= 4 and not phrase[:1].isupper()


# "A yoga studio in Leeds called Still Point": the kind comes before the name
_CALLED = re.compile(r"\s(?:called|named|known as|namens|genannt|llamad[oa]|que se llama|appelée?|nommée?|chamad[oa]|"
                     r"chiamat[oa]|di nome|genaamd|met de naam)\s*$", re.I)


def find_kind(prompt: str, name: str, town: str, lang: str) -> str:
    text = prompt.strip()
    if name and name in text:
        before, after = text[:text.index(name)], text[text.index(name) + len(name):]
        called = _CALLED.search(before)
        if called:
            phrase = _words_of_kind(re.sub(r"^(?:" + _ARTICLES + r")\s+", "", before[:called.start()].strip(), flags=re.I))
            if _fits(phrase, lang):
                return _tidy(phrase, lang)
        m = re.match(r"\s*(?:,|:|\s[—–-]|—|–|\()\s*(?:" + _ARTICLES + r"\s+)?", after)
        listed = m and not re.search(_ARTICLES + r"\s+$", m.group(0)) and re.match(r"[^,.:;]{1,40},", after[m.end():])
        if listed and _business_words_of(name, lang):
            m = None  # "Sweet Tooth Bakery — cupcakes, cookies and cakes": a list, the name says what it is
        if m and not (town and after[m.end():].startswith(town)):
            phrase = _words_of_kind(_PHRASE_END.split(after[m.end():], maxsplit=1)[0])
            if _fits(phrase, lang):
                return _tidy(phrase, lang)
        m = _IS.search(after[:80])
        if m:
            phrase = _words_of_kind(_PHRASE_END.split(after[m.end():], maxsplit=1)[0])
            if phrase:
                return _tidy(phrase, lang)
        business = _business_words_of(name, lang)
        if business:
            return _tidy(business, lang, from_name=True)
        before = _words_of_kind(before)  # "Soutien scolaire Les Petits Génies"
        if _fits(before, lang):
            return _tidy(before, lang)
    if not name:  # the first phrase that says what it is: "Open 7 days. Bike shop in Oxford" -> "Bike shop"
        candidates = []
        for sentence in sentences(text) or [text]:
            sentence = _OFFER_OPENING.sub("", sentence) or sentence
            m = _IS.search(sentence)
            if m:
                candidates.append(_words_of_kind(_PHRASE_END.split(sentence[m.end():], maxsplit=1)[0]))
            for lead in re.split(r"[,:;(—–]|\s-\s", sentence)[:2]:
                if town and town in lead:
                    lead = re.sub(r"\s+(?:in|en|em|à|a|ad|au|no|na|te|bij|bei|near|at|aus|sur|op|nahe|perto|vicino a|près de)\s*$", "", lead[:lead.index(town)])
                candidates.append(_words_of_kind(lead))
        fitting = [c for c in candidates if _fits(c, lang) and find_business_words(c)] or \
            [c for c in candidates if _fits(c, lang)]
        if fitting:
            kind = fitting[0]
            if lang != "de" and text.startswith(kind) and kind[1:2].islower():
                kind = kind[:1].lower() + kind[1:]  # "Personal trainer Amsterdam": capital only as the first word
            return _tidy(kind, lang)
    hits = [h for h in find_business_words(text) if h.category != "local_service"]
    if hits:  # the phrase around the first business word: "crash and error monitoring"
        start = max([0] + [m.end() for m in _PHRASE_END.finditer(text[:hits[0].start])])
        phrase = _words_of_kind(_PHRASE_END.split(text[start:], maxsplit=1)[0])
        if _fits(phrase, lang):
            return _tidy(phrase, lang)
    return ""


def find_category(texts: list[str], lang: str) -> str:
    """The category of the first text with a telling business word in it (kind, then name,
    then the whole description); the head word decides. A text with only a weak head
    ("Studio Prana": studio) lets the next text decide ("yoga in Brooklyn": fitness)."""
    weak = None
    for text in texts:
        hits = find_business_words(text)
        hits = [h for h in hits if h.category != "local_service"] or hits
        strong = [h for h in hits if h.keyword not in WEAK_HEADS]  # "pilates classes" is fitness
        if strong:
            return (strong[0] if lang in HEAD_FIRST else strong[-1]).category
        if hits and weak is None:
            weak = (hits[0] if lang in HEAD_FIRST else hits[-1]).category
    return weak or "local_service"


def find_audience_type(prompt: str, category: str, has_town: bool) -> str:
    if category == "software" or _B2B.search(prompt) and category in {"software", "professional", "creative"}:
        return "b2b"
    online = _ONLINE.search(prompt)
    if online and (re.search(r"online|webshop|web shop|e-?commerce|webwinkel|en ligne|en línea|virtual", online.group(0), re.I)
                   or not has_town and not _WALK_IN.search(prompt)):
        return "online"
    return "local"




_FOR_WORDS = {"en": "for", "de": "für", "es": "para", "fr": "pour", "pt": "para", "it": "per", "nl": "voor"}
_FOR = re.compile(r"(?<!\w)(for|für|para|pour|per|voor)\s+((?:the\s+|les\s+|los\s+|las\s+|die\s+|de\s+|i\s+|gli\s+|le\s+|os\s+|as\s+)?"
                  r"[a-zà-ÿ][\w' -]{2,60}?)(?=[.,;:!?()](?!\d)|\s+(?:in|en|em|à|a|te|bij|bei|who|that|with|near|from|aged|and|und|y|e|et|"
                  r"con|avec|com|met|mit)\s|$)")


def find_audience(prompt: str, lang: str = "en") -> str:
    """Who it is for, as written: "for families in Portland" -> "families"."""
    for m in _FOR.finditer(prompt):
        if m.group(1).lower() != _FOR_WORDS.get(lang, "for") and m.group(1).lower() != "for":
            continue
        phrase = m.group(2).strip()
        if not re.match(r"(?:ages?|\d|a |an |the (?:repair|day)|only|free|all|everyone|you|us|me|over|up|more|"
                        r"less|sale|rent|hire)", phrase, re.I) and len(phrase.split()) <= 6:
            return phrase[:120]
    return ""
