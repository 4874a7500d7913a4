"""Which of the seven offline languages a description is written in.

Function words score (each occurrence counts), letters only one language uses add to the
score, and a one- or two-word description is placed by its business word's language
("Tischlerei", "mudanzas"). English when nothing tips it.
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief_parser.text import fold

FUNCTION_WORDS = {
    "en": "the and a an of for in with our we are is to at by from your you all our it this that on or near "
          "since open call offer offers sells serving family run who my i'm i am",
    "de": "der die das und mit für ein eine einen wir sind ist im in bei auf aus von zu zum zur auch nur nach "
          "unsere unser ihre sie seit uhr täglich geöffnet bis oder nicht am vom ihr dein mein ich bin",
    "es": "el la los las y con para un una unos somos es en de del al por nuestro nuestra nuestros desde "
          "también sin todos muy cerramos abrimos horas lunes soy mi más o",
    "fr": "le la les et avec pour un une des nous sommes est à au aux du de en dans chez notre nos sur "
          "depuis sans tous ouvert vous je suis mon ou",
    "pt": "o a os as e com para um uma uns somos é em no na nos nas do da dos das de ao por nosso nossa "
          "desde também sem todos sou meu mais ou",
    "it": "il lo la i gli le e con per un una uno siamo è in nel nella nei del della dei di al alla da dal "
          "dalla anche senza tutti sono mio più o chiuso aperto",
    "nl": "de het een en met voor wij zijn is in bij op uit van te ook alleen onze ons sinds tot geen "
          "gratis je jij ik ben mijn of dagelijks niet",
}
_WORDS = {lang: set(words.split()) for lang, words in FUNCTION_WORDS.items()}
LETTERS = {"de": "äöüß", "es": "ñ¿¡", "fr": "èêëœçîû", "pt": "ãõç", "it": "ìò", "nl": ""}
# endings typical of a business word in one language, for descriptions without function words
ENDINGS = {
    "de": ("erei", "ei", "ung", "schule", "studio", "laden", "dienst", "praxis", "meister", "handel", "bau", "technik"),
    "es": ("ería", "eria", "anzas", "ción", "cion", "ista", "ero", "era", "ador", "ías"),
    "fr": ("erie", "eur", "euse", "ique", "ment", "oire", "ier", "iste"),
    "pt": ("agem", "ção", "cao", "ções", "eiro", "eira", "aria", "oria"),
    "it": ("eria", "zione", "tore", "trice", "ista", "ificio", "oria", "eria"),
    "nl": ("ij", "erij", "heid", "winkel", "verhuur", "bedrijf", "dienst", "kapper", "zaak"),
}
_SHAPES = {
    "en": re.compile(r"(?:ing|'s|’s|ly)$|^(?:th|wh)"),
    "de": re.compile(r"(?:ung|heit|keit|schaft|lich|isch|chen|arbeit)$|^ge\w{3,}[^aeiou]t$|sch|tz$|ß"),
    "nl": re.compile(r"(?:heid|lijk|tje|ij|ijk)$|ij\w|oe|uu|aa[^i]"),
    "es": re.compile(r"(?:ción|dad|ñ)|(?:mos)$"),
    "fr": re.compile(r"(?:eau|eaux|ée|ées|oir|eux|euse)$|^(?:l|d|qu)'"),
    "pt": re.compile(r"(?:ção|ções|ão|ões|nh|lh)"),
    "it": re.compile(r"(?:zione|zioni|gli|tto|tta|ggi|cch)"),
}
_TOKEN = re.compile(r"(?<!\w)[^\W\d_]+(?:'[^\W\d_]+)?", re.U)  # not the "e" of "15e"


# the language of a country with one main language: a tie-breaker ("Pianoles in Rotterdam, €35 per les")
COUNTRY_LANGUAGE = {"US": "en", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "ZA": "en", "IN": "en", "DE": "de",
                    "AT": "de", "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "FR": "fr",
                    "PT": "pt", "BR": "pt", "IT": "it", "NL": "nl"}


def detect_language(text: str, *, business_words: dict[str, str] | None = None, country: str = "") -> str:
    """ISO 639-1 code among en de es fr pt it nl. ``business_words`` maps a folded
    business word to its language (from the category lexicon), for one-word descriptions;
    ``country`` (of the place named) tips a close call."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    scores = dict.fromkeys(FUNCTION_WORDS, 0.0)
    for token in tokens:
        for lang, function_words in _WORDS.items():
            if token in function_words:
                scores[lang] += 1.0
    lowered = text.lower()
    for lang, letters in LETTERS.items():
        scores[lang] += 1.5 * sum(lowered.count(c) for c in letters)
    if "ij" in lowered and re.search(r"ij[a-z]", lowered):
        scores["nl"] += 1.0
    if business_words:  # "Tischlerei", "mudanzas": decisive alone, a hint in a sentence ("Bella Vista Ristorante")
        weight = 1.5 if len(tokens) <= 3 else 0.5
        for token in tokens:
            lang = business_words.get(fold(token))
            if lang:
                scores[lang] += weight
    for token in tokens:  # word shapes one language has: "Handarbeit", "gefertigt", "vrijheid"
        for lang, pattern in _SHAPES.items():
            if pattern.search(token):
                scores[lang] += 0.4
    if len(tokens) <= 3:
        for token in tokens:
            for lang, endings in ENDINGS.items():
                if len(token) > 5 and token.endswith(endings):
                    scores[lang] += 0.5
    if COUNTRY_LANGUAGE.get(country):
        scores[COUNTRY_LANGUAGE[country]] += 0.75
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > scores["en"] else "en"
