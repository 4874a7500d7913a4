"""Field kinds come from the field types; the layers summary from the block type."""

from __future__ import annotations

from typing import Literal

from bubblegum.blocks.base import Email, Phone, Text
from bubblegum.blocks.fields import (
    BOOLEAN, CHOICE, COLOR, IMAGE, LONG_TEXT, NUMBER, RICH_TEXT, TEXT, URL, field_kind,
)
from bubblegum.blocks.registry import BLOCKS
from bubblegum.blocks.safety import ImageSrc, RichText, SafeUrl
from bubblegum.blocks.theme import HexColor
from bubblegum.services.inspector import field_rows


def kind(annotation) -> str:
    return field_kind(annotation, list(getattr(annotation, "__metadata__", ())))[0].name


def test_kinds_are_declared_by_the_types():
    assert kind(SafeUrl) == URL.name
    assert kind(ImageSrc) == IMAGE.name and kind(RichText) == RICH_TEXT.name and kind(HexColor) == COLOR.name
    assert kind(Text(80)) == TEXT.name and kind(Text(300)) == LONG_TEXT.name
    assert kind(Email) == TEXT.name and kind(Phone) == TEXT.name  # long limits, one line to type
    assert kind(Literal["a", "b"]) == CHOICE.name and kind(bool) == BOOLEAN.name and kind(int) == NUMBER.name
    assert kind(str) == TEXT.name


def test_inspector_rows_follow_the_declared_kinds():
    rows = {row["path"]: row for row in field_rows("contact_details", BLOCKS["contact_details"].example)}
    assert rows["email"]["kind"] == "text" and rows["phone"]["kind"] == "text"
    hero = {row["path"]: row["kind"] for row in field_rows("hero", BLOCKS["hero"].example)}
    assert hero["buttons.0.href"] == "url" and hero["tone"] == "select"


def test_summary_is_the_first_text_the_block_type_names():
    hero = BLOCKS["hero"]
    assert hero.summary({"title": "  Fresh bread daily  ", "subtitle": "x"}) == "Fresh bread daily"
    assert hero.summary({"title": ""}) == "" and len(hero.summary({"title": "a" * 100})) == 60
