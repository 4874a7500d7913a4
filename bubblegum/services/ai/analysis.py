"""Prompt analysis for the offline generator: business name, type, location, audience,
tone, offerings and contact details, worked out from a free-text prompt with plain rules.

``analyse_prompt(prompt, business_type=None, style=None, pages=None) -> Brief``. Pure and
fast (regular expressions over at most 2,000 characters); no imports beyond the stdlib and
the knowledge tables.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from bubblegum.services.ai.currency import find_currency
from bubblegum.services.ai.knowledge import business_types

MAX_PROMPT = 2000
DEFAULT_TYPE = "local_service"  # its copy is written around the noun the prompt uses

STYLE_WORDS = {
    "elegant": ["elegant", "luxury", "luxurious", "premium", "upscale", "sophisticated", "refined", "high-end"],
    "playful": ["playful", "fun", "colourful", "colorful", "quirky", "vibrant", "cheerful", "whimsical"],
    "minimal": ["minimal", "minimalist", "clean", "simple", "understated"],
    "corporate": ["corporate", "professional", "business-like", "trustworthy"],
    "warm": ["warm", "cosy", "cozy", "rustic", "earthy", "homely", "friendly"],
    "dark": ["dark", "moody", "night", "noir"],
    "fresh": ["fresh", "natural", "green", "eco", "organic", "calm", "airy"],
    "classic": ["classic", "traditional", "timeless", "heritage", "established"],
    "bold": ["bold", "strong", "edgy", "loud", "punchy", "energetic"],
    "modern": ["modern", "sleek", "futuristic", "techy", "contemporary"],
}
TONE_WORDS = {
    "luxury": ["luxury", "luxurious", "premium", "upscale", "exclusive", "high-end"],
    "playful": ["playful", "fun", "quirky", "cheeky", "whimsical"],
    "professional": ["professional", "corporate", "formal", "serious", "trustworthy"],
    "friendly": ["friendly", "warm", "welcoming", "cosy", "cozy", "relaxed", "family"],
    "concise": ["concise", "minimal", "short", "to the point"],
}
_NAME_STOP = {"a", "an", "my", "our", "we", "i", "website", "site", "create", "make", "build", "generate", "design",
              "landing", "page", "please", "need", "for", "this", "it", "new", "small", "local", "modern", "online", "hi", "hello"}
_TOKEN = r"[A-Z0-9][\w'’&.+-]*"
_JOIN = r"(?:&|and|of|the|de|la|du|von|on|[A-Z0-9][\w'’&.+-]*)"
_QUOTED = re.compile(r"[\"“”«]([^\"“”»\n]{2,60})[\"“”»]|(?<![A-Za-z])'([^'\n]{2,60})'(?![A-Za-z])")
_CALLED = re.compile(rf"\b(?:called|named|brand(?:ed)? as|name is)\s+({_TOKEN}(?:\s+{_JOIN}){{0,5}})")
_LEADING = re.compile(rf"^\s*({_TOKEN}(?:\s+{_JOIN}){{0,5}})\s*(?:is|are|—|–|-|:|,)\s")
_FOR_NAME = re.compile(rf"\bfor\s+({_TOKEN}(?:\s+{_JOIN}){{0,5}}),\s+(?:a|an|the|my|our)\s")
_PLACE = re.compile(r"\b(?:in|based in|located in|from|near|serving|around)\s+((?:[A-Z][\w'’.-]+)"
                    r"(?:[ -](?:(?:upon|on|de|del|la|le|am|sur)[ -])?[A-Z][\w'’.-]+)*(?:,\s*[A-Z][\w.]+)?)")
_AUDIENCE = re.compile(r"\bfor\s+((?!my\b|our\b|a\b|an\b|the\b|me\b|us\b|it\b|this\b)[a-z][a-z' -]{2,40}?)(?=[.,;!?]|\s+(?:in|who|that|with|near|around|across|and want)\b|$)")
_OFFER = re.compile(r"\b(?:offering|offers|offer|selling|sells|sell|speciali[sz](?:ing|es|e) in|serving|serves|making|makes|providing|provides|known for|featuring|doing|does)\s+([^.;!?\n]{3,200})")
# words that open a listed offering without naming it: "running a small cafe" -> "small cafe"
_LEAD_IN = re.compile(r"^(?:(?:a|an|the|our|great|delicious|fresh|also|running|operating|selling|offering|making|"
                      r"providing|serving|doing|hosting|teaching|with)\s+)+", re.I)
_CUT = re.compile(r"\s+(?:in|for|to|at|near|since|from|on|who|that|which|with a|with an|and we|we)\s.*$")
# the business as the person names it: "A family-run bike repair shop in Portland" -> "bike repair shop"
_NOUN_IS = re.compile(r"^[^.,;:!?]{2,60}?\s(?:is|are)\s+(?:a|an|the)\s+", re.I)
_NOUN_LEAD = re.compile(r"^(?:(?:a|an|the|my|our|your|is|are|website|site|landing page|page|for|i|we|run|own|have|please|"
                        r"create|make|build|design|generate|need|want|"
                        r"family|family-run|family-owned|independent|small|little|local|friendly|new|"
                        r"modern|cosy|cozy|award-winning|busy|popular)\s+)+", re.I)
_NOUN_END = re.compile(r"\s*(?:[,.;:!?()]|(?:^|\s)(?:in|at|on|near|called|named|based|located|serving|for|from|with|"
                       r"since|that|who|which|offering|run|owned|where|open|selling|making|doing|providing)\b|$)", re.I)
_ONLINE = re.compile(r"\b(?:online|e-?commerce|web ?shop|ships?|shipping|deliver\w*|worldwide|nationwide|mail order)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(\+?\d[\d ()./-]{6,30}\d)(?![\w])")


@dataclass
class Brief:
    """What the generator knows about the business."""

    prompt: str
    type_key: str
    name: str
    name_given: bool
    town: str = ""
    audience: str = ""
    tone: str = "friendly"
    style: str | None = None
    offerings: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    currency: str = ""  # symbol for prices ("£", "$", ...), "" when the prompt does not say
    noun: str = ""  # what the business is, in the prompt's words ("bike repair shop")
    pages: int = 4
    seed: int = 0

    @property
    def record(self) -> dict:
        return business_types()[self.type_key]


def _words(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9&'é+-]+", " ", text.lower()) + " "


def detect_type(text: str) -> str | None:
    """The best-matching business type key, or None when no keyword matches."""
    hay = _words(text)
    best, best_score = None, 0
    for key, record in business_types().items():
        score = 0
        for kw in record["keywords"]:
            k = " " + kw.lower() + " "
            if k in hay or (" " + kw.lower() + "s ") in hay:
                score += 1 + 2 * kw.count(" ") + (1 if len(kw) > 5 else 0)
        if score > best_score:
            best, best_score = key, score
    return best


def resolve_type(business_type: str | None, prompt: str) -> str:
    if business_type:
        wanted = business_type.strip().lower().replace("-", "_").replace(" ", "_")
        types = business_types()
        if wanted in types:
            return wanted
        for key, record in types.items():
            if record["label"].lower() == business_type.strip().lower():
                return key
        found = detect_type(business_type)
        if found:
            return found
    return detect_type(prompt) or DEFAULT_TYPE


def find_name(prompt: str) -> str | None:
    for pattern in (_QUOTED, _CALLED, _FOR_NAME, _LEADING):
        for match in pattern.finditer(prompt):
            name = next(g for g in match.groups() if g).strip(" .,-–—:")
            name = re.sub(r"\s+(?:and|of|the|on|&)$", "", name)
            if pattern is _LEADING and name.split()[0].lower() in _NAME_STOP:
                continue
            if 2 <= len(name) <= 60 and not detect_type(name) or (pattern in (_QUOTED, _CALLED) and 2 <= len(name) <= 60):
                return name
    return None


def find_town(prompt: str, name: str | None) -> str:
    for match in _PLACE.finditer(prompt):
        town = match.group(1).strip(" .,")
        if name and town in name:
            continue
        if town.split()[0].lower() in _NAME_STOP or len(town) > 60:
            continue
        return town
    return ""


def find_noun(prompt: str, name: str | None) -> str:
    """What the business is, in the prompt's own words ("bike repair shop", "locksmith"),
    or "" when the opening words do not read like one."""
    text = _NOUN_IS.sub("", prompt.strip(), count=1)
    text = _NOUN_LEAD.sub("", text)
    noun = _NOUN_END.split(text, maxsplit=1)[0].strip(" '\"-–—")
    if name and name.lower() in noun.lower() or not 3 <= len(noun) <= 50 or len(noun.split()) > 6:
        return ""
    opens_prompt = prompt.strip().startswith(noun)  # capitalised only because it starts the sentence
    proper = any(word[:1].isupper() for word in noun.split()[1:])  # "Stratford upon Avon guest house"
    return noun[0].lower() + noun[1:] if opens_prompt and not proper and noun[1:2].islower() else noun


def find_audience(prompt: str) -> str:
    match = _AUDIENCE.search(prompt)
    return match.group(1).strip() if match else ""


def find_offerings(prompt: str, after: tuple[str, ...] = ()) -> list[str]:
    """What the business offers: the list after a verb ("selling bread, bagels and rye"),
    else a bare list right after one of ``after`` (its name or town: "called Spoke &
    Chain, tune-ups, wheel builds and used bikes")."""
    match = _OFFER.search(prompt)
    if match:
        text = _CUT.sub("", match.group(1))
    else:
        ends = [prompt.find(word) + len(word) for word in after if word and word in prompt]
        tail = re.match(r",\s*([^.;!?\n]{3,200})", prompt[max(ends):]) if ends else None
        if not tail or not re.search(r",|\sand\s|&", tail.group(1)):
            return []
        text = tail.group(1)
    items = []
    for part in re.split(r",\s*|\s+and\s+|\s+&\s+|\s+or\s+", text):
        part = _LEAD_IN.sub("", part.strip()).strip(" .")
        if 3 <= len(part) <= 50 and part.lower() not in {"more", "others", "lots more", "much more"}:
            items.append(part[0].upper() + part[1:])
    return items[:5]


def find_word_class(text: str, table: dict[str, list[str]]) -> str | None:
    hay = _words(text)
    for key, words in table.items():
        if any(" " + w + " " in hay for w in words):
            return key
    return None


def seed_for(*parts: object) -> int:
    text = "\x1f".join(re.sub(r"\s+", " ", str(p or "")).strip().lower() for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def analyse_prompt(prompt: str, business_type: str | None = None, style: str | None = None,
                   pages: int | None = None) -> Brief:
    prompt = (prompt or "").strip()[:MAX_PROMPT]
    type_key = resolve_type(business_type, prompt)
    name = find_name(prompt)
    town = find_town(prompt, name)
    if type_key == "online_shop" and not business_type and town and not _ONLINE.search(prompt):
        type_key = "local_shop"  # "a cheese shop in Somerset" is a shop people walk into
    record = business_types()[type_key]
    seed = seed_for(prompt, type_key, style, pages)
    style_key = None
    if style:
        style_key = style.strip().lower() if style.strip().lower() in STYLE_WORDS else find_word_class(style, STYLE_WORDS)
    style_key = style_key or find_word_class(prompt, STYLE_WORDS)
    n_pages = max(1, min(6, int(pages))) if pages else 4
    email = _EMAIL.search(prompt)
    phone = _PHONE.search(_EMAIL.sub(" ", prompt))
    return Brief(
        prompt=prompt, type_key=type_key, name=name or "", name_given=bool(name), town=town,
        audience=find_audience(prompt) or record["audience"],
        tone=find_word_class(prompt, TONE_WORDS) or ("professional" if record["category"] in {"professional", "health", "tech"} else "friendly"),
        style=style_key, offerings=find_offerings(prompt, (name or "", town)), email=email.group(0) if email else "",
        phone=phone.group(1).strip() if phone else "", currency=find_currency(prompt, town, record["category"]),
        noun=find_noun(prompt, name),
        pages=n_pages, seed=seed,
    )
