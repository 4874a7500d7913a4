"""How a request opens rather than the business ("Looking for a website for my …",
"Need a site:", "Ich brauche eine Website für …", "Call 555-0123 — …"): cut before reading
the description (the phone is read from the whole prompt)."""

from __future__ import annotations

import re

_REQUEST = re.compile(
    r"^(?:(?:hi|hello|hey|hallo|hola|bonjour|olá|ciao|hoi)[!,. ]+)?(?:i(?:'m| am)? (?:need|want|looking for|would like)|"
    r"looking for|need|create|make|build|generate|design|please (?:make|create|build)|"
    r"ich (?:brauche|möchte|suche)|wir (?:brauchen|möchten|suchen)|erstelle|"
    r"(?:necesito|quiero|busco)|crea|je (?:veux|voudrais|cherche)|(?:il me faut)|crée|"
    r"(?:preciso de|quero)|cria|(?:vorrei|cerco|ho bisogno di)|crea|(?:ik (?:wil|zoek|heb)|maak)|"
    r"(?=(?:a |an |my |our )?(?:website|web site|site|landing page|homepage|webseite|sitio web|página web|site web|sito)\s))"
    r"\s*(?:(?:a|an|the|my|our|eine|einen|ein|un|una|une|um|uma|een)\s+)?"
    r"(?:(?:new|simple|nice|modern)\s+)?(?:website|web site|site|landing page|page|homepage|webseite|web|sitio web|página web|"
    r"página|site web|sito|sito web|website)?\s*(?:for|für|para|pour|per|voor)?\s*"
    r"(?:(?:my|our|a|an|the|mein(?:e|en)?|unser(?:e|en)?|mi|nuestro|nuestra|mon|ma|notre|meu|minha|nosso|nossa|il mio|"
    r"la mia|mijn|onze)\s+)?", re.I)


# a description that opens with how to call: "Call or text 555.867.5309 — Jenny's Cleaning, Tulsa"
_CONTACT_FIRST = re.compile(
    r"^(?i:call|text|ring|phone|tel|reach us|contact|whatsapp|anruf|ruf|telefon|llama|llámanos|teléfono|appelez|"
    r"téléphone|tél|ligue|telefone|chiama|chiamaci|telefono|bel|bellen)\b[^A-ZÀ-Ý\d]{0,25}"
    r"\+?\(?\d[\d\s().+/-]{5,}\d\s*(?:\([^)]{1,20}\))?\s*[—–·|,.;:-]+\s*")


def strip_request(prompt: str) -> str:
    text = _REQUEST.sub("", prompt.strip(), count=1).lstrip(" :,-–—")
    text = _CONTACT_FIRST.sub("", text, count=1)
    return text if len(text) >= 2 else prompt.strip()
