"""Where the business is: town, region, country (ISO) and other places served.

A place is capitalised words after a place preposition in any of the seven languages
("in Leeds", "à Bordeaux", "em Lisboa", "a Napoli", "bij Zwolle"), or a known place right
after the name ("Sartoria Bellotti, Milano:"), or a known town anywhere. It takes only the
words of the place ("in Leeds serving …" is Leeds; "Paris de France" is Paris, then France).
"Town, Region" and "Town (Region)" give the region; "X and Y" and "serving X, Y" the area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bubblegum.services.ai.brief_parser.days import DAY_OF
from bubblegum.services.ai.brief_parser.lexicon import is_business_word, is_descriptive
from bubblegum.services.ai.brief_parser.places import KnownPlace, is_everyday_word, known_place, longest_known_prefix
from bubblegum.services.ai.brief_parser.text import alternation, fold, is_capitalised
from bubblegum.services.ai.brief_parser.vocabulary import COORDINATORS, LANGUAGE_NAMES, LEGAL_FORMS, MONTHS, PLACE_PREPOSITIONS

_ARTICLE = r"(?:(?:the|la|le|les|el|los|der|die|das|het|de|o|a|il|lo)\s+)?"
_PREP = re.compile(r"(?<![\w'’])(" + alternation(PLACE_PREPOSITIONS) + r")\s+" + _ARTICLE + r"(?=[^\W\d_])", re.I)
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”«»!?/]+")
_ABBREVIATION = re.compile(r"^(?:St|Mt|Ft|Pt|S|N|Sta|Sto|Ste|Bad|Dr)\.$")
_PLACE_JOINERS = {"de", "del", "do", "da", "di", "dos", "das", "des", "du", "am", "an", "der", "upon", "on", "sur",
                  "en", "la", "le", "les", "el", "los", "y", "im", "ob", "op", "aan", "sul", "in", "of"}
_AREA_WORDS = re.compile(r"(?<!\w)(?:serving|covering|across|throughout|also in|as well as|und umgebung|sowie|"
                         r"atendemos|cubrimos|en toda|intervenons|dans tout|em todo|in tutta|in heel)\s+" + _ARTICLE, re.I)
_FROM_LIKE = {"from", "around", "across", "serving", "desde", "uit", "in der", "im", "no", "na", "a", "ad", "au", "aux",
              "dans", "te", "rond"}
# what may follow an unknown German place ("in Ottobrunn seit 1920"), unlike "in Handarbeit gefertigt"
_AFTER_UNKNOWN_DE = {"seit", "und", "mit", "für", "bei", "ab", "am", "sowie", "oder", "–", "-", "—"}


@dataclass
class Place:
    town: str = ""
    region: str = ""
    country: str = ""
    service_area: list[str] = field(default_factory=list)


def _tokens(text: str, start: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    raw_end = start
    for m in _TOKEN.finditer(text, start):
        gap = text[raw_end:m.start()]
        if out and gap.strip():
            break  # punctuation ends a place
        raw = m.group(0)
        word = raw.rstrip(".")
        out.append((word, m.start(), m.start() + len(word)))
        raw_end = m.end()
        if len(out) >= 6 or (raw.endswith(".") and not _ABBREVIATION.match(raw)):
            break  # "Bristol. Rewires …": the sentence ended
    return out


def _is_place_word(word: str) -> bool:
    low = fold(word)
    return word[:1].isupper() and low not in DAY_OF and low not in MONTHS and low not in LANGUAGE_NAMES \
        and not any(c.isdigit() for c in word)  # "Bath BA1": a postcode is no part of the town


def _read_place(text: str, start: int, lower_case: bool = False) -> tuple[str, KnownPlace | None, int]:
    """The place written at ``start`` (as written), what the table knows of it, and its end.
    ``lower_case``: the description has no capitals at all, so a known place may be lower case."""
    toks = _tokens(text, start)
    words = [t[0] for t in toks]
    if lower_case and words:
        size, known = longest_known_prefix(words)
        if known and not is_everyday_word(" ".join(words[:size])):
            return text[toks[0][1]:toks[size - 1][2]], known, toks[size - 1][2]
        return "", None, start
    if not words or not _is_place_word(words[0]):
        return "", None, start
    if re.search(r"['’]s$", words[0]) and known_place(words[0][:-2]):  # "Chicago's Little Italy"
        return words[0][:-2], known_place(words[0][:-2]), toks[0][1] + len(words[0]) - 2
    size, known = longest_known_prefix(words)
    if known and (size > 1 or len(words) == 1 or not _is_place_word(words[1]) or known_place(words[1])):  # "Austin TX"
        end = toks[size - 1][2]
        return text[toks[0][1]:end], known, end
    count = 1
    while count < len(words):
        word = words[count]
        if _is_place_word(word) and not known_place(word):
            count += 1
        elif fold(word) in _PLACE_JOINERS and count + 1 < len(words) and _is_place_word(words[count + 1]) \
                and fold(word) not in COORDINATORS and not known_place(" ".join(words[count + 1:count + 3])) \
                and not known_place(words[count + 1]):
            count += 2
        else:
            break
    while count > 1 and fold(words[count - 1]) in _PLACE_JOINERS:
        count -= 1
    end = toks[count - 1][2]
    written = text[toks[0][1]:end]
    tail = known_place(words[count - 1]) if count > 1 else None
    return written, tail, end


def _plausible(written: str, known: KnownPlace | None, prep: str, text: str, end: int, lang: str) -> bool:
    if not written:
        return False
    if known:
        return not (is_everyday_word(written) and prep.lower() in _FROM_LIKE)
    if fold(written).rstrip(".") in LEGAL_FORMS or re.match(r"\s*\d", text[end:]):
        return False  # "Ferreira & Filhos, Lda.", "aan de Egelantiersgracht 12": a company form, a street
    if prep.lower() in _FROM_LIKE or all(is_business_word(w) or is_descriptive(w) for w in written.split()):
        return False
    if lang == "de":
        after = text[end:].split(None, 1)
        return not after or not after[0][:1].isalpha() or after[0].lower() in _AFTER_UNKNOWN_DE
    return True


def _qualifiers(text: str, end: int, place: Place) -> int:
    """Region, country or a more precise town after ", " or in brackets: "Banff, Alberta"."""
    for _ in range(2):
        m = re.match(r"\s*(?:,|\()\s*|\s+(?=[A-Z]{2}\b)", text[end:])  # "Banff, Alberta", "Hoboken NJ"
        if not m:
            break
        written, known, new_end = _read_place(text, end + m.end())
        current = known_place(place.town)
        if not known or known.level == "town" and (current and current.level != "district" or
                                                   known.country != place.country and place.country):
            break
        if known.level == "country":
            place.country = known.country
        elif known.level == "region" and not place.region:
            place.region = written
            place.country = known.country
        elif known.level == "town":
            place.town, place.country = written, known.country  # "HITEC City, Hyderabad": the city
        end = new_end
    return end


def _and_areas(text: str, end: int, place: Place) -> None:
    """"in Minneapolis and St. Paul": the second place is served too."""
    m = re.match(r"\s+(?:and|y|e|et|und|en|&|or|oder|o|ou)\s+", text[end:])
    if m:
        written, known, _ = _read_place(text, end + m.end())
        if known and known.level != "country" or written and written.split()[0] in {"St.", "St", "San", "Saint", "Santa"}:
            place.service_area.append(written)


def _served_areas(text: str, place: Place) -> None:
    """"serving Bradford, Wakefield and Harrogate", "und Umgebung"…"""
    for m in _AREA_WORDS.finditer(text):
        pos = m.end()
        while True:
            written, known, new_end = _read_place(text, pos)
            if not written or not (known or is_capitalised(written)) or written == place.town:
                break
            if known and known.level == "country":  # "in heel Nederland": the country, not an area
                place.country = place.country or known.country
            elif written not in place.service_area:
                place.service_area.append(written)
            sep = re.match(r"\s*(?:,|and|y|e|et|und|en|&)\s*", text[new_end:])
            if not sep:
                break
            pos = new_end + sep.end()


_ELISION = re.compile(r"\b(d|l|dell|all|nell|sull|dall)['’](?=[A-ZÀ-Ý])")


def find_place(prompt: str, lang: str = "en", name: str = "") -> Place:
    prompt = _ELISION.sub(r"\1' ", prompt)  # "au cœur d'Avignon" -> "au cœur d' Avignon"
    text = prompt.replace(name, " " * len(name)) if name else prompt
    place = Place()
    end = -1
    candidates: list[tuple[int, str, KnownPlace | None, int]] = []
    beside_name = None
    if name:  # "Sartoria Bellotti, Milano:" — a place right after the name
        at = prompt.find(name)
        m = re.match(r"\s*(?:[,(]|\s[-–—])\s*", prompt[at + len(name):]) if at >= 0 else None
        if m:
            written, known, p_end = _read_place(text, at + len(name) + m.end())
            if known and known.level in {"town", "region"}:
                candidates.append((0, written, known, p_end))
            elif written and re.match(r"\s*(?:[:—–().·|]|$)|\s+[A-Z]{2}\b", text[p_end:]) and len(written.rstrip(".")) > 3 \
                    and fold(written).rstrip(".") not in LEGAL_FORMS and not is_business_word(written.split()[0]):
                beside_name = (0, written, known, p_end)  # "Causeway Kayak Tours, Portrush:" unless a known place says more
    found = []
    lower_case = not any(c.isupper() for c in text)
    for m in _PREP.finditer(text):
        written, known, p_end = _read_place(text, m.end(), lower_case)
        if _plausible(written, known, m.group(1), text, p_end, lang):
            found.append((m.start(), written, known, p_end))
            if known and known.level != "country" or known is None and lang != "de":
                break
    # German capitalises every noun ("Nachhilfe in Mathe … in Hamburg"): a known place first
    candidates += [c for c in found if c[2]] or found if lang == "de" else found
    if not candidates and beside_name and not any(c[2] for c in found):
        candidates.append(beside_name)
    if not candidates:  # a known place anywhere, the name too ("Jim's Mowing Perth"), most precisely written first
        found = []
        for m in re.finditer(r"(?<![\w'’-])[^\W\d_]", prompt):
            written, known, p_end = _read_place(prompt, m.start())
            in_name = name and prompt.find(name) <= m.start() < prompt.find(name) + len(name)
            if known and not is_everyday_word(written) and written[:1].isupper() and not (in_name and m.start() == prompt.find(name)):
                found.append((bool(in_name), -len(written.split()), m.start(), written, known, p_end))
        if found:
            _, _, at, written, known, p_end = min(found)  # outside the name first
            candidates.append((at, written, known, p_end))
    for _, written, known, p_end in sorted(candidates)[:2]:
        if known and known.level == "country":
            place.country = place.country or known.country
            continue
        if place.town:
            continue
        place.town = written
        if known:
            place.country = known.country
        else:  # "the Texas Hill Country": a known region inside gives the country
            parts = re.split(r"[\s-]+", written)  # "Stuttgart-Degerloch", "the Texas Hill Country"
            inner = next((k for w in parts if (k := known_place(w)) and not is_everyday_word(w)), None)
            place.country = inner.country if inner else place.country
        end = p_end
        end = _qualifiers(text, end, place)
        _and_areas(text, end, place)
    _served_areas(text, place)
    current = known_place(place.town) if place.town else None
    if name and place.town and (current is None or current.level == "district"):
        # "Bloom Yoga Studio Mumbai — … in Bandra West": the city the name gives
        in_name = next((w for w in name.split() if (k := known_place(w)) and k.level == "town" and not is_everyday_word(w)), "")
        if in_name:
            place.town, place.country = in_name, known_place(in_name).country
    if not place.town and place.service_area:  # "Roofing, serving Dallas-Fort Worth": where it works
        place.town = place.service_area.pop(0)
        inner = next((k for w in re.split(r"[\s-]+", place.town) if (k := known_place(w)) and not is_everyday_word(w)), None)
        place.country = place.country or (inner.country if inner else "")
    if not place.country:
        for m in _PREP.finditer(text):
            written, known, _ = _read_place(text, m.end())
            if known and known.level == "country":
                place.country = known.country
                break
    return place
