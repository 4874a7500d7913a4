"""What sets the business apart: short phrases in the description's words ("Same-day
service", "upfront flat-rate pricing", "financing available", "dog-friendly")."""

from __future__ import annotations

import re

from bubblegum.services.ai.brief_parser.text import clean_phrase, fold, sentences
from bubblegum.services.ai.brief_parser.vocabulary import FEATURE

MAX = 12
_CUES = re.compile(
    r"(?<!\w)(?:same[- ]day|next[- ]day|free|no call-out|no callout|no hidden|flat[- ]rate|fixed[- ]price|fixed prices|"
    r"upfront|financing|finance available|guarantee\w*|guaranteed|warranty|insured|licensed|certified|accredited|"
    r"registered|approved|award[- ]winning|family[- ]run|family[- ]owned|independent|locally sourced|"
    r"eco-friendly|sustainable|\w+-friendly|welcome|no experience needed|no booking needed|no minimum|"
    r"all kit provided|beginners|qualified|experienced|fully|100\s?%|on call|any time|anytime|open late|"
    r"se habla|we speak|speak \w+|multilingual|"
    r"kostenlos\w*|gratis|inklusive|willkommen|zertifiziert\w*|qualifiziert\w*|garantie|familiengeführt|meisterbetrieb|"
    r"hausbesuche|monatlich kündbar|ohne vertrag|alle kassen|termine auch|"
    r"gratuit\w*|sans \w+|garanti\w*|certifié\w*|devis gratuit|bienvenu\w*|"
    r"gratuit[oa]s?|sin \w+|garantizad\w*|certificad[oa]s?|bienvenid\w*|"
    r"grátis|gratuita|sem \w+|garantid\w*|bem-vind\w*|"
    r"gratuit[oa]|senza \w+|garantit\w*|certificat[oi]|certificata|benvenut\w*|su misura|"
    r"gratis|geen \w+|gegarandeerd|gecertificeerd|welkom|zonder \w+)(?![\w])", re.I)


def find_differentiators(prompt: str, name: str = "", kind: str = "") -> list[str]:
    out: list[str] = []
    for sentence in sentences(prompt):
        if name and sentence.startswith(name):
            sentence = sentence[len(name):]
        features = [f.strip() for f in re.split(r"(?:(?<!\d),|,(?!\d))\s*|;\s*", sentence) if FEATURE.match(f.strip())]
        for feature in features:  # "Connects to Xero and QuickBooks", whole
            if len(feature.split()) <= 8 and feature.lower() not in (p.lower() for p in out):
                out.append(feature[:1].upper() + feature[1:])
            sentence = sentence.replace(feature, "")
        for part in re.split(r"(?:(?<!\d),|,(?!\d))\s*|;\s*|:\s+|\s+[–—-]\s+|\s+(?:and|und|y|et|en)\s+(?=\S+\s+\S+)", sentence):
            phrase = clean_phrase(re.sub(r"^(?:and|und|y|e|et|en|with|mit|con|avec|com|met|plus|also)\s+", "", part.strip(), flags=re.I))
            if kind and fold(kind) in fold(phrase):
                continue  # "NICEIC-approved electricians" is what it is, said already
            if _CUES.search(phrase) and 1 <= len(phrase.split()) <= 7 and not re.search(r"[$€£₹]|\d{3,}", phrase):
                if phrase.lower() not in (p.lower() for p in out):
                    out.append(phrase[:1].upper() + phrase[1:])
    return out[:MAX]
