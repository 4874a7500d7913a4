"""An edit validates the block it changed once; the canvas and the save of that edit reuse it."""

from __future__ import annotations

import json
from pathlib import Path

from bubblegum.blocks import document, ops

SHOWCASE = json.loads((Path(__file__).resolve().parents[3] / "examples" / "showcase.json").read_text())


def test_an_edit_validates_one_block_once(monkeypatch):
    page = SHOWCASE["pages"][0]["doc"]
    hero = next(block for block in page["content"] if block["type"] == "hero")
    document.load_page(page, props_cache=document.EDITS)  # opening the page validates it
    validated = []
    real = document._validate_props
    monkeypatch.setattr(document, "_validate_props", lambda *args: validated.append(args[0]) or real(*args))
    edited = ops.update_props(page, hero["id"], {"title": "Kitchens fitted in a week"})
    canvas = document.load_page(edited, props_cache=document.EDITS)
    saved = document.load_page(edited, props_cache=document.EDITS).model_dump(mode="json")
    assert validated == ["hero"]
    assert canvas.block(hero["id"]).props.title == "Kitchens fitted in a week"
    assert saved == document.load_page(edited).model_dump(mode="json")  # the same as validating afresh


def test_the_cache_keeps_only_the_newest():
    cache = document.RecentProps(2)
    for number in range(3):
        cache[("hero", bytes([number]))] = object()
    assert cache.get(("hero", b"\x00")) is None and cache.get(("hero", b"\x02")) is not None
