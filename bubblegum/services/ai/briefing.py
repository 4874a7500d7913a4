"""Between the description and the site: the questions worth asking and the person's
corrections to the brief.

The dashboard shows the brief with 1–3 questions when essentials are missing (what the
business is, its name, its town for a local business) — as Durable and Wix do — and the
person answers, skips or corrects any field; ``bubblegum generate`` takes the same answers
as options and never waits for one.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from bubblegum.services.ai.base import AIError
from bubblegum.services.ai.brief import Brief, Offering

QUESTIONS = {
    "kind": ("What does the business do?", "e.g. bakery, emergency plumber, yoga studio, invoicing software"),
    "name": ("What is the business called?", "Its name as it should appear on the site"),
    "town": ("Where is it?", "Town or city, e.g. Leeds or Lyon"),
}
# The fields a person can correct in the dashboard, in the order shown
EDITABLE = ("name", "kind", "town", "region", "language", "phone", "email", "address", "hours_text", "audience")
_PRICE_AFTER = re.compile(r"\s+[-–—:]\s+(?=[^-–—:]*\d[^-–—:]*$)")  # "Sourdough loaf — 4,50 €"


def questions(brief: Brief) -> list[dict[str, str]]:
    """What to ask before writing, at most three, most important first."""
    return [{"field": key, "question": QUESTIONS[key][0], "hint": QUESTIONS[key][1]} for key in brief.missing()[:3]]


def apply_answers(brief: Brief, answers: dict[str, str]) -> Brief:
    """The brief with the given answers (empty ones are skips). A new kind re-reads the
    category, so a 'yoga studio' gets a fitness site."""
    answers = {k: " ".join(str(v or "").split()) for k, v in answers.items() if k in QUESTIONS}
    changes = {k: v for k, v in answers.items() if v}
    if not changes:
        return brief
    if "kind" in changes:
        changes.update(_kind_facts(changes["kind"], brief))
    return _validated(brief, changes)


def correct(brief: Brief, form: dict[str, str]) -> Brief:
    """The brief with the person's corrections from the dashboard form: the plain fields in
    ``EDITABLE`` and ``offerings`` (one per line, "Sourdough loaf — £4.50")."""
    changes: dict = {k: str(form[k]).strip() for k in EDITABLE if k in form}
    if "language" in changes:
        changes["language"] = changes["language"].lower() or brief.language
    if changes.get("kind") and changes["kind"] != brief.kind:
        changes.update(_kind_facts(changes["kind"], brief))
    if "offerings" in form:
        changes["offerings"] = _offerings(str(form["offerings"]), brief)
    return _validated(brief, changes)


def offerings_text(brief: Brief) -> str:
    """The offerings as the form shows them, one per line."""
    return "\n".join(f"{o.name} — {o.price}" if o.price else o.name for o in brief.offerings)


def _offerings(text: str, brief: Brief) -> list[Offering]:
    known = {o.name.lower(): o for o in brief.offerings}
    out = []
    for line in text.splitlines():
        line = " ".join(line.split()).strip("•-* ")
        if not line:
            continue
        parts = _PRICE_AFTER.split(line, maxsplit=1)
        name, price = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else (line, "")
        old = known.get(name.lower())
        if old and old.price == price:
            out.append(old)  # unchanged: keep its parsed amount, unit and note
        else:
            out.append(Offering(name=name[:120] or line[:120], price=price[:40]))
    return out[:24]


def _kind_facts(kind: str, brief: Brief) -> dict:
    """The category (and for software, the audience) a newly given kind implies."""
    from bubblegum.services.ai.brief_parser.kind import find_category

    category = find_category([kind], brief.language)
    if category == "local_service" and brief.category != "local_service":
        return {}  # a kind the word lists do not know keeps what the description said
    return {"category": category, "audience_type": "b2b" if category == "software" else brief.audience_type}


def _validated(brief: Brief, changes: dict) -> Brief:
    try:
        return Brief.model_validate({**brief.model_dump(), **changes})
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise AIError(f"{field.replace('_', ' ').capitalize()}: {first['msg'].lower()}.", details={"field": field}) from None
