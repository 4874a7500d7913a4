"""Offline rewrite: whole sentences, titles stay titles, longer adds only true facts, and
a rewrite that cannot improve the text says so."""

from __future__ import annotations

import re

import pytest

from bubblegum.services.ai.base import TONES, AIError
from bubblegum.services.ai.offline import OfflineProvider
from bubblegum.services.ai.rewrite import NothingToImprove, rewrite, sentences

TEXT = "We are a very good bakery. We do not use additives! Our bread is made by hand every morning in Leeds."
FACTS = ["Call us on 0113 496 0000.", "You'll find us in Leeds."]


@pytest.mark.parametrize("tone", TONES)
def test_tones_keep_the_facts_and_whole_sentences(tone):
    out = OfflineProvider().rewrite_text(TEXT, tone)
    assert "Leeds" in out and "additives" in out
    assert out != TEXT
    assert out.endswith((".", "!"))


@pytest.mark.parametrize("tone", TONES)
def test_shorter_drops_whole_sentences_never_half_a_word(tone):
    out = rewrite(TEXT, tone, "shorter")
    assert len(out) < len(TEXT)
    longer_forms = [re.sub(r"\bvery ", "", s.lower().rstrip(".!")) for s in sentences(rewrite(TEXT, tone))]
    for sentence in sentences(out):
        assert sentence.lower().rstrip(".!") in longer_forms  # each kept sentence is whole
    assert "Leeds" in out  # the sentence with a place outranks "We do not use additives!"


def test_longer_adds_a_true_sentence_the_text_does_not_already_say():
    out = rewrite(TEXT, "friendly", "longer", facts=FACTS)
    assert out.endswith("Call us on 0113 496 0000.")
    said = "Fresh bread every morning. Call us on 0113 496 0000."
    assert rewrite(said, "professional", "longer", facts=FACTS).endswith("You'll find us in Leeds.")


def test_longer_with_nothing_true_to_add_says_so_instead_of_padding():
    with pytest.raises(NothingToImprove, match="nothing true left to add"):
        rewrite("Fresh bread every morning in Leeds.", "concise", "longer", facts=["You'll find us in Leeds."])


def test_titles_stay_titles():
    assert rewrite("Fresh bread: baked in Leeds every morning", "professional", "shorter", role="title") == "Fresh bread"
    with pytest.raises(NothingToImprove, match="Headings"):
        rewrite("Our bakery", "concise", "longer", role="title", facts=FACTS)
    assert not rewrite("Really fresh bread!", "professional", role="title").endswith((".", "!"))


def test_an_unchanged_rewrite_is_reported():
    with pytest.raises(NothingToImprove):
        rewrite("Fresh bread.", "concise", "shorter")
    with pytest.raises(NothingToImprove):
        rewrite("   ", "friendly")


def test_other_languages_are_not_given_english_words():
    german = "Wir backen wirklich jeden Morgen frisches Brot. Unser Laden ist in Freiburg. Wir freuen uns auf Sie."
    out = rewrite(german, "concise", "shorter", language="de")
    assert "wirklich" not in out and "Freiburg" in out
    assert not {"we", "the", "and"} & set(out.lower().split())
    assert rewrite(german, "friendly", "longer", language="de", facts=["Rufen Sie uns an: 0761 123456."]).endswith("0761 123456.")


def test_unknown_tone_or_length_is_a_clear_error():
    with pytest.raises(AIError, match="Unknown tone"):
        rewrite(TEXT, "sarcastic")
    with pytest.raises(AIError, match="Unknown length"):
        rewrite(TEXT, "friendly", "huge")
