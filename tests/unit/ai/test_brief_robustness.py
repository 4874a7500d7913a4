"""Whatever is typed, the parser answers with a valid Brief: never an exception, never a
field past its limit."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bubblegum.services.ai.brief_parser import extract_brief

SAMPLE = json.loads((Path(__file__).parent / "data" / "generation_prompts.json").read_text(encoding="utf-8"))
PIECES = " ".join(case["prompt"] for case in SAMPLE).split() + [
    "&", "—", ":", ",", "(", ")", "'", '"', "24/7", "$", "€5", "R$", "9-17", "Mo-Fr", "+49", "www.x.de", "a@b.co",
    "Dr.", "St.", "'s", "«", "»", "\n", "L-V", "12,50 €", "1,400", "2000-2020", "!!!", "🍕"]


@pytest.mark.parametrize("prompt", [
    "!!!", "12345", "—", "a", "🍕🍕 Pizza 🍕 in Rome!!", "https://www." + "a" * 250 + ".com", "Name: " + "X" * 150,
    "called " + "Verylongname " * 20, "Bakery " + ", ".join(f"Item{i} €{i},50" for i in range(40)), "in " * 300,
    "Mon-Fri 9-17 " * 50, "I'm " + "Ana " * 40, 'called "' + "Q" * 100 + '"', "for " + "people " * 50,
])
def test_odd_descriptions(prompt):
    brief = extract_brief(prompt)
    assert brief.prompt == prompt.strip()[:2000] and len(brief.offerings) <= 12


def test_random_word_salad_never_breaks_the_parser():
    rng = random.Random(12)
    for _ in range(400):
        prompt = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))
        extract_brief(prompt)  # validates every field
