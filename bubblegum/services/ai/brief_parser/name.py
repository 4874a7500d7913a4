"""The business's own name, exactly as written, or "" when the description gives none.

Tried in order: a quoted name; "called/heißt/se llama … X"; "I run X"; an introduction
("We are X", "Soy X", "I'm Rafael Costa"); the capitalised words a description opens with
("Willow & Whisk, a café …", "Crux Collective is …"); capitalised words closing the opening
phrase ("Soutien scolaire Les Petits Génies à Bordeaux"). A candidate made only of business words,
describing words or places ("Vegan Bakery", "Tischlerei", "Hobart") is no name.
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief_parser.days import DAY_OF
from bubblegum.services.ai.brief_parser.lexicon import is_business_word, is_descriptive, is_plain_business_word
from bubblegum.services.ai.brief_parser.places import is_everyday_word, known_place
from bubblegum.services.ai.brief_parser.text import alternation, fold, is_capitalised, sentences
from bubblegum.services.ai.brief_parser.vocabulary import (ARTICLES, CALLED, COORDINATORS, INTRODUCTIONS, LANGUAGE_NAMES,
                                                          LEGAL_FORMS, MONTHS, NAME_CONNECTORS, NAME_VERBS,
                                                          PLACE_PREPOSITIONS)

MAX_TOKENS = 8
_QUOTED = re.compile(r"[\"“„«»]([^\"“”«»„\n]{2,60})[\"“”»«]|(?<!\w)['‘]([^'‘’\n]{2,60})['’](?!\w)")
_CALLED = re.compile(r"(?<!\w)(?:" + alternation(CALLED) + r")\s+", re.I)
_INTRO = re.compile(r"(?:^|(?<=[\s,.!;:]))(?:" + alternation(INTRODUCTIONS) + r")\s+", re.I)
_LEAD_END = re.compile(r"\s*(?:[,:;|(·•]|\s[—–-]\s|[—–])")
_APPOSITION = re.compile(r"\s*[,:—–-]\s*(?:a|an|the|ein|eine|un|una|une|um|uma|uno|een)\s", re.I)
# "I run Paws & Claws", "Ich betreibe …", "Gestisco …": the business, not the person
_RUNS = re.compile(r"(?<![\w'])(?:(?:i|we)\s+(?:run|own|operate|started|founded|manage)|ich\s+(?:betreibe|führe|leite)|"
                   r"wir\s+(?:betreiben|führen|leiten)|(?:dirijo|llevo|regento)|je\s+(?:gère|dirige|tiens)|"
                   r"nous\s+(?:gérons|tenons|dirigeons)|(?:gerencio|administro)|(?:gestisco|dirigo)|ik\s+(?:run|beheer|leid)|"
                   r"wij\s+(?:runnen|beheren))\s+", re.I)
_NAME_ARTICLES = {"The", "De", "Het", "El", "La", "Le", "Les", "Il", "Lo", "Los", "Las", "O", "A"}  # "The Copper Kettle"
_OPENING_PREPOSITIONS = {"At", "Here", "From", "With", "For", "Bei", "Im", "En", "Aqui", "Qui", "Bij"}
_GERMAN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:e|es)$")  # "Frische", "Hausgemachte" (not "Rosengarten")
_GREETINGS = {"hello", "hi", "hey", "hallo", "hola", "bonjour", "salut", "olá", "ola", "ciao", "hoi", "welcome",
              "need", "create", "make", "build", "website", "please", "looking", "site", "new", "landing"}
_STOP_AFTER = {"since", "seit", "desde", "depuis", "dal", "sinds", "est.", "founded"}
_PREPOSITIONS = {p for p in PLACE_PREPOSITIONS if " " not in p}


def _clean(token: str) -> str:
    token = token.strip(",;:!?()[]\"“”«»„")
    return token if any(c.isalnum() for c in token) or token in {"&", "+"} else ""  # "Hôtel du Lac ★★★"


def _walk(tokens: list[str], start: int, lang: str) -> int:
    """Index after the run of name tokens from ``start``: capitalised words, numbers after
    them, and connectors between capitalised words ("Sucrerie du Rang 4")."""
    i = start
    while i < len(tokens) and i - start < MAX_TOKENS:
        token = tokens[i]
        low = token.lower()
        if token == "I":
            break  # "My name is Sarah and I run …"
        if is_capitalised(token) and (i > start or fold(token.strip(".")) not in DAY_OF):  # "Casa da Quinta"
            i += 1
        elif token.isdigit() and i > start:
            i += 1
        elif (low in NAME_CONNECTORS or token in {"&", "+"}) and i > start and i + 1 < len(tokens) \
                and is_capitalised(tokens[i + 1]) and not (low == "en" and lang != "nl") \
                and not (low == "a" or low in _PREPOSITIONS - {"am", "im", "au", "aux"} - NAME_CONNECTORS):
            following = tokens[i + 1]
            if low in COORDINATORS | {"au", "aux", "am", "im"} and known_place(following) and not is_everyday_word(following):
                break
            i += 1
        else:
            break
    while i > start and tokens[i - 1].lower() in NAME_CONNECTORS and tokens[i - 1] not in {"&"}:
        i -= 1
    return i


def _is_name(words: list[str], *, announced: bool = False) -> bool:
    """At least one word that is no business word, describing word, place, day or month,
    or a number after a word ("Studio 54 Hair & Beauty"). An announced name ("heißt
    Kaffeeklatsch") only may not be a plain business word."""
    if not words or not any(is_capitalised(w) for w in words):
        return False
    if known_place(" ".join(words)):
        return False
    if any(w.isdigit() for w in words[1:]):
        return True
    for word in words:
        low = fold(word.strip(".'’"))
        if low in NAME_CONNECTORS or low in {"&", "+"} or word.isdigit():
            continue
        if low in _GREETINGS or low in MONTHS or low in DAY_OF or low in LANGUAGE_NAMES:
            continue
        if (is_plain_business_word(word) if announced else is_business_word(word)) or is_descriptive(word) or known_place(word):
            continue
        return True
    return False


def _announced(text: str, lang: str) -> str:
    """The name right after "called", "Wir sind", "Soy"…: a lower-case article goes ("Nous
    sommes la Chorale des Quais"), a capitalised one belongs to the name ("Somos La Buena Mesa")."""
    tokens = [t for t in (_clean(t) for t in text.split()[:MAX_TOKENS + 2]) if t]
    start = 1 if tokens and tokens[0] in ARTICLES and len(tokens) > 1 and is_capitalised(tokens[1]) else 0
    end = _walk(tokens, start, lang)
    words = tokens[start:end]
    return " ".join(words) if _is_name(words, announced=True) else ""


def _lower_case_name(segment: str) -> str:
    """"… called rise and crumb" in a description typed without capitals."""
    words = []
    for word in segment.split()[:5]:
        if word in _PREPOSITIONS or word in {"is", "and it", "which", "that", "who", "with", "for"}:
            break
        words.append(word)
    return " ".join(words) if words and not is_plain_business_word(words[-1]) else ""


def _quoted(prompt: str) -> str:
    for m in _QUOTED.finditer(prompt):
        text = (m.group(1) or m.group(2)).strip()
        if len(text.split()) <= 6 and is_capitalised(text) and not text.endswith((".", "!", "?")):
            return text
    return ""


def _after(pattern: re.Pattern, prompt: str, lang: str) -> str:
    for m in pattern.finditer(prompt):
        rest = prompt[m.end():]
        quoted = _QUOTED.match(rest)
        if quoted:
            return (quoted.group(1) or quoted.group(2)).strip()
        segment = _LEAD_END.split((sentences(rest) or [""])[0], maxsplit=1)[0]
        name = _announced(segment, lang) or (_lower_case_name(segment) if pattern is _CALLED and not any(
            c.isupper() for c in prompt) else "")
        if name:
            return name
    return ""


def _opening(prompt: str, lang: str) -> str:
    first = (sentences(prompt) or [""])[0]
    lead = _LEAD_END.split(first, maxsplit=1)[0]
    tokens = [t for t in (_clean(t) for t in lead.split()) if t]
    if not tokens:
        return ""
    if len(tokens) > 1 and fold(tokens[-1]).rstrip(".") in LEGAL_FORMS:
        tokens = tokens[:-1]  # "Panificio F.lli Rossi s.n.c.": the name without its legal form
    start = 1 if len(tokens) > 1 and is_capitalised(tokens[1]) and (
        tokens[0] in _OPENING_PREPOSITIONS  # "At Green Leaf Dental, we …", "In Leeds, we bake …"
        or tokens[0] in {"In", "Aus", "À", "Em", "A", "Te"} and known_place(tokens[1])
        or tokens[0].lower() in ARTICLES and tokens[0] not in _NAME_ARTICLES) else 0
    end = _walk(tokens, start, lang)
    words = tokens[start:end]
    rest = " ".join(tokens[end:end + 4]).lower() + " "
    follows_well = end == len(tokens) or tokens[end].lower() in NAME_VERBS | _STOP_AFTER or any(
        rest.startswith(p + " ") and len(rest.split()) > len(p.split()) and is_capitalised(tokens[end + len(p.split())])
        for p in PLACE_PREPOSITIONS)
    said_what = (first[len(lead):].lstrip(" ,:;–—-").split() or [""])[0]
    if lang == "de" and words and _GERMAN_ADJECTIVE.search(words[0]) and not is_plain_business_word(words[0]) \
            and not any(w.isdigit() or w in {"&", "+"} for w in words) \
            and not (said_what.lower() in ARTICLES or is_business_word(said_what)):
        words = []  # "Frische Pasta und Pizza in Köln", "Günstige Umzüge" (but "Goldene Krone, Gasthof in Bamberg")
    if words and follows_well and (len(words) > 1 or end < len(tokens) or len(tokens) == 1 or lead != first) and (
            _is_name(words) or len(words) > 1 and _APPOSITION.match(first[len(lead):])
            or _names_another_place(words, prompt)):
        return " ".join(words)  # "The Jazz Cats, a jazz trio": an apposition says the words before it are a name
    # capitalised words closing the opening phrase, before a place ("… Les Petits Génies à Bordeaux")
    cut = len(tokens)
    for i, token in enumerate(tokens):
        if i > 0 and token.lower() in _PREPOSITIONS and i + 1 < len(tokens) and is_capitalised(tokens[i + 1]):
            cut = i
            break
    i = cut
    while i > 0 and (is_capitalised(tokens[i - 1]) or (tokens[i - 1].lower() in NAME_CONNECTORS and i - 1 > 0)):
        i -= 1
    while i < cut and tokens[i].lower() in NAME_CONNECTORS - ARTICLES:
        i += 1
    words = tokens[i:cut]
    if i > 0 and words and _is_name(words) and (len(words) > 1 or tokens[i - 1][:1].islower()):
        return " ".join(words)
    return ""


def _names_another_place(words: list[str], prompt: str) -> bool:
    """"Pastelaria Versailles, Avenida da República 15A, Lisboa": a place in a name is a name
    when the description puts the business somewhere else."""
    inside = [w for w in words if known_place(w) and not is_everyday_word(w)]
    if not inside or len(words) < 2:
        return False
    rest = prompt.replace(" ".join(words), " ")
    return any((k := known_place(w.strip(".,;:()"))) and k.level == "town" and w.strip(".,;:()") not in inside
               for w in rest.split() if w[:1].isupper())


def find_name(prompt: str, lang: str = "en") -> str:
    for finder in (_quoted, lambda p: _after(_CALLED, p, lang), lambda p: _after(_RUNS, p, lang),
                   lambda p: _after(_INTRO, p, lang), lambda p: _opening(p, lang)):
        name = finder(prompt)
        if name:
            return name[:80].strip()
    return ""


_SELF = re.compile(r"(?<![\w'])(?:i am|i'm|i’m|my name is|ich bin|ich heiße|soy|me llamo|je suis|je m'appelle|sou|eu sou|"
                   r"me chamo|sono|mi chiamo|ik ben|mijn naam is)\s+(?:(?:o|a)\s+)?", re.I)


def find_self_introduction(prompt: str, lang: str = "en") -> str:
    """The person presenting themselves ("I'm Rafael Costa", "My name is Sarah"), or ""."""
    return _after(_SELF, prompt, lang)
