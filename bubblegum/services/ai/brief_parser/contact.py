"""Phone, email, website and street address, exactly as written.

A phone is 7–15 digits in groups ("(612) 555-0175", "+49 30 1234567", "06 12 34 56 78"),
preferably after "call/Tel./bel/téléphone…"; never a price, a year or year range, a time
range or a postcode. An address is a street and number in any of the seven languages.
"""

from __future__ import annotations

import re

_PHONE_CUE = r"(?:call|phone|tel|tél|telephone|téléphone|telefon|teléfono|telefone|telefono|tlf|ring|bel|whatsapp|" \
             r"mobile|mob|cell|handy|móvil|movil|portable|telemóvel|celular|cellulare|réservations|reservations|" \
             r"reservas|prenotazioni|reserveren|text)"
_PHONE = re.compile(r"(?<![\w$€£¥₹+.,/])(\+?\(?\d[\d\s().\-/]{5,20}\d)(?![\w%€$£]|[.,]\d|\s?(?:€|eur|euro|chf|usd|kr|uhr|h\b|am\b|pm\b))",
                    re.I)
_CUED = re.compile(_PHONE_CUE + r"\.?\s*(?:us|me|now|today|any ?time|uns|nous|ons|ci)?\s*(?:on|at|:|an|au|no|al|op|il)?\s*:?\s*$", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
_WEBSITE = re.compile(r"(?<![@\w.])((?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
                      r"(?:com|net|org|io|co|app|dev|shop|store|site|online|biz|info|uk|co\.uk|org\.uk|de|at|ch|es|fr|be|"
                      r"pt|br|com\.br|it|nl|ie|eu|ca|us|au|com\.au|nz|co\.nz|in|za|co\.za|mx|com\.mx|ar|lu)"
                      r"(?:/[^\s,;)]*)?)(?![\w@-])", re.I)
_STREET_WORDS_BEFORE = (r"(?:Calle|C/|Avenida|Avda\.?|Av\.|Plaza|Paseo|Carrer|Camino|Ronda|Travesía|Rua|Praça|Travessa|"
                        r"Largo|Alameda|Estrada|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Strada|Borgo|Contrada|Am|An der|Auf der|Im)")
_STREET_SUFFIX_DE_NL = (r"[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|chaussee|"
                        r"straat|gracht|laan|plein|kade|dijk|singel|steeg|pad|hof|wal)")
_STREET_EN = r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|" \
             r"Square|Sq\.?|Terrace|Parkway|Pkwy|Highway|Hwy|Row|Close|Crescent|Mews|Parade|Walk|Quay|Wharf|Green)"
_STREET_FR = r"(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|passage|square)"
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}{_STREET_EN}(?![\w])"            # 221B Baker Street
    rf"|\b\d{{1,5}}(?:\s?(?:bis|ter))?,?\s+{_STREET_FR}\s+(?:[\w'’-]+\s+){{0,4}}?[A-ZÉÈ][\w'’-]+"  # 12 rue de la Paix
    rf"|\b{_STREET_WORDS_BEFORE}\s+(?:[\w'’.-]+\s+){{0,3}}?[A-Z][\w'’-]*,?\s+\d{{1,5}}[a-zA-Z]?\b"   # Calle Mayor 5, Via Roma 3
    rf"|\b(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?{_STREET_SUFFIX_DE_NL}\s+\d{{1,5}}(?:\s?[a-zA-Z])?\b"            # Hauptstraße 12
)
_POSTCODE_TOWN = re.compile(r"^,?\s+(?:\d{4,5}(?:-\d{3})?|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s+[A-Z][\w'’-]+"
                            r"(?:\s+[A-Z][\w'’-]+)?")


_REGISTRATION = re.compile(r"(?:abn|acn|ein|vat|ust-?id(?:nr)?|steuer-?nr|hrb|nif|cif|nie|siret|siren|tva|nipc|cnpj|cpf|"
                           r"p\.?\s?iva|partita iva|c\.?f\.?|kvk|btw|iban|reg(?:istration)?\.?\s?(?:no|nr)|company no|"
                           r"license|licence|lic\.?|#)\.?\s*(?:no\.?|nr\.?|number)?\s*:?\s*$", re.I)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _is_phone(candidate: str, before: str) -> bool:
    digits = _digits(candidate)
    if not 7 <= len(digits) <= 15:
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d\s*[-–/]\s*(?:1[89]|20)\d\d", candidate.strip()):
        return False  # a year range
    if re.fullmatch(r"(?:[01]\d|2[0-4])[0-5]\d\s*[-–]\s*(?:[01]\d|2[0-4])[0-5]\d", candidate.strip()):
        return False  # 24-hour times: "1000-1800"
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})", candidate.strip()):
        return False  # a date
    if _REGISTRATION.search(before):
        return False  # a company or tax number
    if re.search(r"\d[.,]\d\d$", candidate) and not re.search(r"\d\.\d\d\.\d\d", candidate):
        return False  # an amount
    groups = re.findall(r"\d+", candidate)
    if len(groups) == 2 and all(len(g) <= 2 for g in groups):
        return False
    if re.search(r"[$€£¥₹]\s*$|\b(?:r\$|chf|usd|eur|from|ab|desde|dès|a partir de|vanaf|da)\s*$", before, re.I):
        return False
    return len(groups) == 1 and len(digits) >= 8 or len(groups) > 1 or candidate.startswith("+")


def find_phone(text: str) -> str:
    clean = _EMAIL.sub(lambda m: " " * len(m.group(0)), text)
    found = []
    for m in _PHONE.finditer(clean):
        candidate = m.group(1).strip(" -/.")
        if candidate.count("(") != candidate.count(")"):
            candidate = candidate.lstrip("(") if candidate.startswith("(") and ")" not in candidate else candidate
        before = clean[max(0, m.start() - 30):m.start()]
        if _is_phone(candidate, before):
            found.append((0 if _CUED.search(before) else 1, m.start(), candidate))
    return min(found)[2] if found else ""


def find_email(text: str) -> str:
    m = _EMAIL.search(text)
    return m.group(0) if m else ""


def find_website(text: str) -> str:
    for m in _WEBSITE.finditer(_EMAIL.sub(" ", text)):
        site = m.group(1).rstrip(".")
        if "." in site and not re.fullmatch(r"(?:St|Mt|Dr|Nr|No|Tel)\.\w*", site, re.I) and not site[:1].isdigit():
            return site[:200]
    return ""


def find_address(text: str) -> str:
    m = _ADDRESS.search(text)
    if not m:
        return ""
    address = m.group(0).rstrip(",")
    tail = _POSTCODE_TOWN.match(text[m.end():])
    return ((address + tail.group(0)).strip() if tail else address.strip())[:200]
