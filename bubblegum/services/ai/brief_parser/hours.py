"""Opening hours: day names and ranges and times in the seven languages, read into
``OpeningHours``; what cannot be read as times goes to ``hours_text`` as written.

"Mon–Fri 8:30am–4pm", "open daily 8:30am–4pm", "Mo-Fr 9-18 Uhr", "de lunes a viernes de 9 a 14",
"du lundi au vendredi de 9h à 18h", "dal lunedì al sabato dalle 9 alle 19", "ma t/m vr 9-17";
"closed Mondays", "montags Ruhetag", "cerrado los lunes" take a day out.
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief import DAYS, OpeningHours
from bubblegum.services.ai.brief_parser.days import AMBIGUOUS, DAY_OF, EVERY_DAY, WEEKDAYS, WEEKENDS
from bubblegum.services.ai.brief_parser.text import alternation, fold, sentences
from bubblegum.services.ai.brief_parser.vocabulary import MONTHS

_MONTHS = {fold(m) for m in MONTHS}

_TIME = r"(?:(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|uhr|h|u)?(?![a-z])|(noon|midday|midnight|mitternacht|medianoche|minuit|meia-noite|mezzanotte|middernacht|mittag|mediodía|midi|meio-dia|mezzogiorno))"
_RANGE = re.compile(r"(?<![\d.,:/])(?:\b(?:from|von|de|des|dalle ore|dalle|van|das|ab)\s+)?"
                    + _TIME + r"\s*(?:-|–|—|to|till|until|bis|alle|als|às|as|al|a|à|tot|t/m)\s*(?:las\s+|les\s+|ore\s+)?"
                    + _TIME.replace("(\\d", "(?P<x>\\d", 0) + r"(?!\d|[.,/]\d)", re.I)
_DAY_WORD = r"[^\W\d_][\w-]*\.?"
_DAY_RANGE = re.compile(r"(?:from\s+|von\s+|de\s+|du\s+|dal\s+|van\s+|da\s+|del\s+)?(?:los\s+|le\s+|la\s+|il\s+|lo\s+)?"
                        rf"({_DAY_WORD})(?:\s*[-–—]\s*|\s+(?:to|through|thru|bis|t/m|tot en met|tot|till|until|au|al|a|à)\s+)"
                        rf"(?:el\s+|le\s+|la\s+|il\s+)?({_DAY_WORD})", re.I)
_DAY = re.compile(rf"(?<![\w])({_DAY_WORD})", re.I)
_EVERY_DAY = re.compile(r"(?<!\w)(?:" + alternation(EVERY_DAY) + r")(?!\w)", re.I)
_WEEKDAYS = re.compile(r"(?<!\w)(?:" + alternation(WEEKDAYS) + r")(?!\w)", re.I)
_WEEKENDS = re.compile(r"(?<!\w)(?:" + alternation(WEEKENDS) + r")(?!\w)", re.I)
# a second time range on the same days: "de 9 a 14 y de 17 a 20", "9-12 and 14-18"
_SAME_DAYS = re.compile(r"^\s*(?:,|;|/|&|and|und|y|e|et|en)?\s*$", re.I)
_CLOSED = re.compile(r"(?<!\w)(?:closed|geschlossen|ruhetag|cerrado|cerramos|fermé|fermée|fermeture|fechado|fechamos|"
                     r"chiuso|chiusi|gesloten|dicht)(?!\w)", re.I)
_OPEN_WORDS = re.compile(r"(?<!\w)(?:open|opens|opening hours|geöffnet|öffnungszeiten|offen|abierto|abrimos|"
                         r"horario|ouvert|ouverte|ouvre|horaires|aberto|abrimos|horário|aperto|aperti|orari|orario|"
                         r"geopend|openingstijden|closed|geschlossen|ruhetag|cerrado|cerramos|fermé|fechado|chiuso|"
                         r"gesloten)(?!\w)", re.I)


def _day(word: str, strict: bool) -> str | None:
    key = fold(word.rstrip("."))
    if key in AMBIGUOUS and strict:
        return None
    return DAY_OF.get(key)


def _span(first: str, last: str) -> list[str]:
    a, b = DAYS.index(first), DAYS.index(last)
    return list(DAYS[a:b + 1]) if a <= b else list(DAYS[a:]) + list(DAYS[:b + 1])


def _days_in(text: str) -> list[str]:
    """The days a stretch of text names: ranges, lists, every day, weekdays, weekends."""
    days: list[str] = []
    taken: list[tuple[int, int]] = []
    for m in _DAY_RANGE.finditer(text):
        a, b = _day(m.group(1), False), _day(m.group(2), False)
        if a and b:
            days += [d for d in _span(a, b) if d not in days]
            taken.append(m.span())
    for m in _DAY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        rest = text[m.end():].strip()
        listed = re.match(r"(?:[,&/+]|and|und|y|et|e|en)\s*([^\W\d_]+)", rest)  # "Sat/Sun", "Mon, Wed"
        day = _day(m.group(1), strict=not (not rest or rest[:1].isdigit() or rest[:1] in {",", "&"} and days or
                                            listed and fold(listed.group(1)) in DAY_OF))
        if day and day not in days:
            days.append(day)
    if _EVERY_DAY.search(text):
        days = list(DAYS)
    if _WEEKDAYS.search(text):
        days += [d for d in DAYS[:5] if d not in days]
    if _WEEKENDS.search(text):
        days += [d for d in DAYS[5:] if d not in days]
    return [d for d in DAYS if d in days]


def _clock(hour: str | None, minute: str | None, suffix: str | None, word: str | None) -> tuple[int, int, str]:
    if word:
        w = fold(word)
        return (24 if w.startswith(("mid", "mitter", "minuit", "meia", "mezzan", "midd")) and "day" not in w else 12), 0, ""
    return int(hour), int(minute or 0), (suffix or "").lower().replace(".", "")


def _times(m: re.Match) -> tuple[str, str] | None:
    g = m.groups()
    oh, om, osuf = _clock(g[0], g[1], g[2], g[3])
    ch, cm, csuf = _clock(g[4], g[5], g[6], g[7])
    if osuf not in {"am", "pm"} and csuf == "pm" and oh < 12 and oh + 12 <= ch + 12 and oh < ch:
        osuf = "pm"
    for_open = oh + 12 if osuf == "pm" and oh < 12 else (0 if osuf == "am" and oh == 12 else oh)
    for_close = ch + 12 if csuf == "pm" and ch < 12 else (24 if csuf == "am" and ch == 12 else ch)
    if not osuf and not csuf and for_close <= for_open and for_close <= 12:
        for_close += 12  # "9 to 5"
    if for_open > 24 or for_close > 24 or om > 59 or cm > 59 or (for_open, om) == (for_close, cm):
        return None
    return f"{for_open:02d}:{om:02d}", f"{for_close % 24 if for_close > 24 else for_close:02d}:{cm:02d}"


def _looks_like_hours(m: re.Match, clause: str) -> bool:
    text = m.group(0).lower()
    marked = re.search(r"[:.h]\d\d|am|pm|a\.m|p\.m|uhr|\dh|\du\b|noon|midnight", text)
    return bool(marked or _days_in(clause) or _OPEN_WORDS.search(clause))


def _says_when_open(part: str) -> bool:
    """"Closed Saturdays", "open seven days a week", "aperto da marzo a novembre", "abrimos hasta las 2"."""
    m = _OPEN_WORDS.search(part)
    if not m:
        return False
    after = part[m.end():]
    return bool(_days_in(part) or re.search(r"\d|seven days|all year|toute l'année|todo el año|tutto l'anno|midnight|"
                                            r"mezzanotte|minuit|medianoche|mitternacht|middernacht|meia-noite|late\b|"
                                            r"tard\b|tarde\b|spät|laat\b|tardi\b", after, re.I)
                or any(fold(w) in _MONTHS for w in re.findall(r"\w+", after)))


def find_hours(prompt: str, open_24_7: bool) -> tuple[list[OpeningHours], str]:
    if open_24_7:
        return [], ""
    hours: list[OpeningHours] = []
    closed: set[str] = set()
    unread: list[str] = []
    for clause in sentences(prompt):
        for part in re.split(r"[;,](?!\d)", clause):
            m = _CLOSED.search(part)
            if m:  # the days right after "closed", else right before ("montags Ruhetag")
                closed.update(_days_in(_EVERY_DAY.sub(" ", part[m.end():])) or _days_in(_EVERY_DAY.sub(" ", part[:m.start()])))
        ranges = [m for m in _RANGE.finditer(clause) if _looks_like_hours(m, clause)]
        last_end, previous = 0, []
        for i, m in enumerate(ranges):
            times = _times(m)
            if not times:
                continue
            before = clause[last_end:m.start()]
            after = clause[m.end():ranges[i + 1].start() if i + 1 < len(ranges) else len(clause)]
            days = _days_in(before) or (previous if _SAME_DAYS.match(before) else []) or \
                _days_in(re.split(r"[,;]", after, maxsplit=1)[0]) or \
                (list(DAYS) if _OPEN_WORDS.search(clause) and not _days_in(clause) else [])
            last_end, previous = m.end(), days
            if days:
                hours.append(OpeningHours(days=days, opens=times[0], closes=times[1]))
            else:
                unread.append(m.group(0).strip())
        if not ranges:
            unread += [part.strip() for part in re.split(r"[,;:](?!\d)", clause) if _says_when_open(part)]
    if closed:
        for entry in hours:
            entry.days = [d for d in entry.days if d not in closed] or entry.days
    text = "; ".join(dict.fromkeys(unread)) if not hours else ""
    return hours, text[:200]
