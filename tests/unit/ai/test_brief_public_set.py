"""Regression on the public sample of 60 descriptions (data/generation_prompts.json, a copy
of ../shared/generation/prompts.json): per-field hit rates of the offline brief parser.

A hit: name and place as the expected text inside ours ("Alagna" in "Alagna Valsesia",
"Fratelli Esposito" in "Pizzeria Fratelli Esposito") and "" when none is expected; the
phone's national digits; language and currency exactly. Run with -s to see the rates.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from bubblegum.services.ai.brief_parser import extract_brief

CASES = json.loads((Path(__file__).parent / "data" / "generation_prompts.json").read_text(encoding="utf-8"))
REQUIRED = 0.95


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def _contains(expected: str | None, got: str) -> bool:
    return got == "" if not expected else expected.casefold() in got.casefold() and len(got) <= len(expected) + 30


def _phone(expected: str | None, got: str) -> bool:
    return got == "" if not expected else bool(got) and _digits(expected).endswith(_digits(got).lstrip("0"))


def test_public_set_hit_rates():
    hits = {"name": 0, "place": 0, "phone": 0, "language": 0, "currency": 0}
    misses: list[str] = []
    start = time.perf_counter()
    for case in CASES:
        brief = extract_brief(case["prompt"])
        checks = {"name": _contains(case["name"], brief.name), "place": _contains(case["place"], brief.town),
                  "phone": _phone(case["phone"], brief.phone), "language": brief.language == case["lang"],
                  "currency": brief.currency == (case["currency"] or "")}
        for field, ok in checks.items():
            hits[field] += ok
            if not ok:
                misses.append(f"{case['id']} {field}: {getattr(brief, 'town' if field == 'place' else field)!r}")
    per_prompt_ms = (time.perf_counter() - start) * 1000 / len(CASES)
    rates = {field: count / len(CASES) for field, count in hits.items()}
    report = ", ".join(f"{field} {rate:.0%}" for field, rate in rates.items()) + f"; {per_prompt_ms:.1f} ms a prompt"
    print("\npublic set:", report, "\nmisses:", misses)
    assert all(rate >= REQUIRED for rate in rates.values()), report + "\n" + "\n".join(misses)
