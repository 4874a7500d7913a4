"""The seven phrase tables have the same keys, and each variant the same placeholders."""

import string
from importlib import import_module

import pytest

from bubblegum.services.ai.brief import LANGUAGES

EN = import_module("bubblegum.services.ai.writer.phrases.en").PHRASES


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def shape(value):
    if isinstance(value, str):
        return ("str", fields(value))
    if isinstance(value, list):
        return ("list", [shape(v) for v in value])
    return ("dict", {k: shape(v) for k, v in value.items()})


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_same_keys_and_placeholders_as_english(lang):
    table = import_module(f"bubblegum.services.ai.writer.phrases.{lang}").PHRASES
    assert set(table) == set(EN)
    for key, value in EN.items():
        assert shape(table[key]) == shape(value), f"{lang}:{key}"


def test_shape_tells_a_missing_placeholder_apart():
    assert shape("Call {phone}") != shape("Call us")


def test_an_offering_keeps_its_casing_unless_written_otherwise_as_a_whole_word():
    from bubblegum.services.ai.writer.context import as_written

    prompt = "Kapitänsmützenmanufaktur Huber in Wien: Kapitänsmützen und Matrosenhüte. Wir nähen auch Pancakes-Mützen."
    assert as_written(prompt, "Kapitänsmützen") == "Kapitänsmützen"  # not the "kapitänsmützen" inside a longer word
    assert as_written("Brunch: Pancakes, toasties and pancakes to go", "Pancakes") == "pancakes"
