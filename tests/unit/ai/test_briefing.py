"""Questions before writing, answers and corrections to the brief: what the dashboard asks
and what `bubblegum generate --name/--kind/--town` answers."""

from __future__ import annotations

import pytest

from bubblegum.services.ai import briefing
from bubblegum.services.ai.base import AIError
from bubblegum.services.ai.brief_parser import extract_brief


def test_a_one_word_prompt_gets_questions_not_a_guess():
    brief = extract_brief("shoes")
    asked = [q["field"] for q in briefing.questions(brief)]
    assert asked[:2] == ["name", "town"] and len(asked) <= 3
    assert brief.name == ""


def test_a_complete_description_asks_nothing():
    brief = extract_brief("Studio Prana: yoga in Brooklyn, vinyasa and yin classes, $25 drop-in.")
    assert briefing.questions(brief) == []
    assert brief.category == "fitness"  # "Studio" in the name does not make it a design studio


def test_answers_fill_the_brief_and_a_skipped_one_changes_nothing():
    brief = briefing.apply_answers(extract_brief("shoes"), {"name": "  Sole   Mates ", "town": ""})
    assert brief.name == "Sole Mates" and brief.town == ""
    assert [q["field"] for q in briefing.questions(brief)] == ["town"]


def test_a_kind_given_as_an_answer_decides_the_category():
    brief = briefing.apply_answers(extract_brief("Rosa"), {"kind": "yoga studio"})
    assert brief.kind == "yoga studio" and brief.category == "fitness"


def test_corrections_with_offerings_one_per_line():
    brief = extract_brief("Maison Rosa, a bakery in Lyon: sourdough and croissants.")
    fixed = briefing.correct(brief, {"name": "Maison Rosa", "town": "Lyon", "phone": "04 72 00 00 00",
                                     "offerings": "Sourdough loaf — 4,50 €\nCroissant\n\n"})
    assert fixed.phone == "04 72 00 00 00"
    assert [(o.name, o.price) for o in fixed.offerings] == [("Sourdough loaf", "4,50 €"), ("Croissant", "")]
    assert briefing.offerings_text(fixed) == "Sourdough loaf — 4,50 €\nCroissant"


def test_a_bad_correction_is_refused_at_its_field_and_changes_nothing():
    brief = extract_brief("Maison Rosa, a bakery in Lyon.")
    with pytest.raises(AIError) as refused:
        briefing.correct(brief, {"name": "x" * 200})
    assert refused.value.details["field"] == "name"
    assert brief.name == "Maison Rosa"
