"""Per-language phrase tables for the offline writer (en, de, es, fr, pt, it, nl).

``phrases(language)`` returns one module's ``PHRASES`` dict; an unknown language gets English.
Values are a string, a list of variants (the writer picks one with its seeded rng) or a dict.
"""

from __future__ import annotations

from importlib import import_module

from bubblegum.services.ai.brief import LANGUAGES


def phrases(language: str) -> dict:
    code = language if language in LANGUAGES else "en"
    return import_module(f"{__name__}.{code}").PHRASES
