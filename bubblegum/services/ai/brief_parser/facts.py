"""Founding year, named people and tone: said outright or not at all."""

from __future__ import annotations

import re

_FOUNDED = re.compile(r"(?<!\w)(?:since|seit|desde|depuis|dal|sinds|founded(?: in)?|established(?: in)?|est\.?|"
                      r"gegründet(?: im jahr| in)?|fundad[oa](?: en| em)?|fondée? en|fondat[oa] nel|opgericht in|"
                      r"in business since|family-run since|trading since)\s+((?:1[0-9]|20)\d\d)(?!\d)", re.I)
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|da|von|di|del|dos|der)?\s?[A-ZÀ-Ý][\w'’-]+)?"
_PEOPLE = re.compile(
    rf"(?<!\w)(?:Dr\.|Dra\.|Prof\.|chef|owner|founder|head chef|run by|owned by|founded by|led by|"
    rf"Inhaber(?:in)?|Inh\.|Küchenchef(?:in)?|Meister(?:in)?|geführt von|gegründet von|"
    rf"dueñ[oa]|fundador[a]?|dirigido por|con el chef|con la chef|"
    rf"chef|fondateur|fondatrice|propriétaire|dirigé par|tenu par|"
    rf"dono|dona|fundador|fundadora|gerido por|"
    rf"titolare|fondatore|fondatrice|gestito da|"
    rf"eigenaar|oprichter|gerund door)\s+(?:the\s+)?({_NAME}(?:\s+(?:and|und|y|et|e|en|&)\s+{_NAME})?)")
_TONES = {
    "luxury": r"luxury|luxurious|exclusive|premium|high-end|upscale|bespoke|five-star|5-star|luxus|luxuriös|exklusiv|"
              r"lujo|exclusiv[oa]|luxe|luxueu\w*|haut de gamme|luxo|luxuos[oa]|lusso|esclusiv[oa]|luxe|exclusief",
    "playful": r"playful|fun|quirky|colourful|colorful|whimsical|party|parties|bouncy|cheeky|verspielt|spaß|"
               r"divertid[oa]|fiesta|ludique|amusant|festa|divertente|giocos[oa]|speels|leuk|gezellig",
    "calm": r"calm|peaceful|tranquil|relaxing|mindful|serene|quiet|gentle|ruhig|entspann\w*|achtsam|tranquil[oa]|"
            r"relajante|calme|apaisant|sereno|serena|relaxante|calmo|rilassante|rustig|ontspann\w*",
    "bold": r"bold|fearless|intense|extreme|hardcore|powerful|edgy|stark|kraftvoll|intens[oa]|audaz|audacieux|"
            r"intense|ousad[oa]|audace|stoer|krachtig",
    "professional": r"professional|certified|accredited|registered|chartered|regulated|compliance|"
                    r"professionell|zertifiziert|profesional|certificad[oa]|professionnel\w*|certifié\w*|"
                    r"profissional|certificad[oa]|professionale|certificat[oa]|professioneel|gecertificeerd",
}
_TONE_PATTERNS = {tone: re.compile(r"(?<!\w)(?:" + p + r")(?!\w)", re.I) for tone, p in _TONES.items()}
_NOT_PEOPLE = {"Love", "Care", "Passion", "Us", "Our", "The", "Free", "Same", "Our", "Kids", "Families"}


def find_founded(prompt: str) -> int | None:
    m = _FOUNDED.search(prompt)
    return int(m.group(1)) if m else None


def find_people(prompt: str, introduced: str = "") -> list[str]:
    """Named people only where the description names them; ``introduced`` is the person
    presenting themselves ("I'm Rafael Costa")."""
    people = [introduced] if introduced else []
    for m in _PEOPLE.finditer(prompt):
        cue = prompt[m.start():m.start(1)].strip()
        for person in re.split(r"\s+(?:and|und|y|et|e|en|&)\s+", m.group(1)):
            person = person.strip()
            if person.split()[0] in _NOT_PEOPLE or (cue.lower() == "with" and len(person.split()) < 2):
                continue
            if cue.startswith(("Dr", "Prof")):
                person = f"{cue} {person}"
            if person not in people:
                people.append(person)
    return people[:6]


def find_tone(prompt: str, category: str) -> str:
    for tone in ("luxury", "playful", "calm", "bold"):
        if _TONE_PATTERNS[tone].search(prompt):
            return tone
    if category in {"professional", "software"} or _TONE_PATTERNS["professional"].search(prompt):
        return "professional"
    return "friendly"
