"""Brief extraction: time per description and per step of the offline parser.

    .venv/bin/python -m bench.brief [PROMPTS.json] [--rounds N]

Runs ``extract_brief`` over a set of descriptions (the public sample in
tests/unit/ai/data/generation_prompts.json by default) and prints a table of the mean,
median and worst time per description (each the best of the rounds: the machine is
shared), first call (tables loading) apart, and the time each extractor takes. The issue's budget is 50 ms a description.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bubblegum.services.ai.brief_parser import constraints, contact, differentiators, facts, hours, kind, language, name
from bubblegum.services.ai.brief_parser import extract_brief, money, offerings, place

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "unit" / "ai" / "data" / "generation_prompts.json"
STEPS = {
    "language": lambda p: language.detect_language(p),
    "name": lambda p: name.find_name(p),
    "place": lambda p: place.find_place(p),
    "contact": lambda p: (contact.find_phone(p), contact.find_email(p), contact.find_website(p), contact.find_address(p)),
    "currency": lambda p: money.find_currency(p),
    "hours": lambda p: hours.find_hours(p, False),
    "offerings": lambda p: offerings.find_offerings(p),
    "differentiators": lambda p: differentiators.find_differentiators(p),
    "kind + category": lambda p: kind.find_category([kind.find_kind(p, "", "", "en"), p], "en"),
    "constraints + facts": lambda p: (constraints.find_constraints(p), facts.find_founded(p), facts.find_people(p)),
}


def _ms(fn, prompts: list[str], rounds: int) -> list[float]:
    """Per description, the best of ``rounds`` runs: the machine is shared, the best run is the parser's cost."""
    out = []
    for prompt in prompts:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            fn(prompt)
            times.append((time.perf_counter() - start) * 1000)
        out.append(min(times))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prompts", nargs="?", default=str(DEFAULT))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    prompts = [c["prompt"] for c in json.loads(Path(args.prompts).read_text(encoding="utf-8"))]
    start = time.perf_counter()
    extract_brief(prompts[0])
    first = (time.perf_counter() - start) * 1000
    rows = [("extract_brief", _ms(extract_brief, prompts, args.rounds))]
    rows += [(step, _ms(fn, prompts, args.rounds)) for step, fn in STEPS.items()]
    print(f"{len(prompts)} descriptions, {args.rounds} rounds; first call {first:.0f} ms (loads the tables)")
    print(f"{'step':<22}{'mean ms':>9}{'median':>9}{'max':>9}")
    for step, times in rows:
        print(f"{step:<22}{statistics.mean(times):>9.2f}{statistics.median(times):>9.2f}{max(times):>9.2f}")


if __name__ == "__main__":
    main()
