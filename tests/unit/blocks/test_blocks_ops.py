"""Edit operations are pure, validate, and never produce an invalid document."""

import copy

import pytest

from bubblegum.blocks.document import DocumentError, load_page
from bubblegum.blocks.ops import (
    OpError,
    duplicate_block,
    insert_block,
    move_block,
    remove_block,
    update_props,
    update_root,
)


@pytest.fixture
def doc():
    d = {"schema_version": 1, "root": {"title": "Home"}, "content": []}
    d = insert_block(d, "hero", block_id="b_a")
    d = insert_block(d, "faq", block_id="b_b")
    d = insert_block(d, "cta", block_id="b_c", props={"title": "Call us"})
    return d


def ids(d):
    return [b["id"] for b in d["content"]]


def test_insert_defaults_to_example_and_validates(doc):
    assert ids(doc) == ["b_a", "b_b", "b_c"]
    assert doc["content"][0]["props"]["title"]
    load_page(doc)
    d2 = insert_block(doc, "stats", index=0)
    assert d2["content"][0]["type"] == "stats" and d2["content"][0]["id"].startswith("b_")
    with pytest.raises(DocumentError) as info:
        insert_block(doc, "cta", props={"title": ""})
    assert info.value.field == "title"
    with pytest.raises(DocumentError):
        insert_block(doc, "nope")
    with pytest.raises(OpError):
        insert_block(doc, "cta", block_id="b_a")
    with pytest.raises(OpError):
        insert_block(doc, "cta", index=9)


def test_operations_do_not_modify_input(doc):
    before = copy.deepcopy(doc)
    move_block(doc, "b_a", 2)
    duplicate_block(doc, "b_b")
    remove_block(doc, "b_c")
    update_props(doc, "b_c", {"title": "New"})
    insert_block(doc, "faq")
    assert doc == before


def test_move(doc):
    assert ids(move_block(doc, "b_a", 2)) == ["b_b", "b_c", "b_a"]
    assert ids(move_block(doc, "b_c", 0)) == ["b_c", "b_a", "b_b"]
    assert ids(move_block(doc, "b_a", -1)) == ["b_b", "b_c", "b_a"]
    with pytest.raises(OpError):
        move_block(doc, "b_a", 3)
    with pytest.raises(OpError):
        move_block(doc, "b_zz", 0)


def test_duplicate(doc):
    d = duplicate_block(doc, "b_b", new_id="b_b2")
    assert ids(d) == ["b_a", "b_b", "b_b2", "b_c"]
    assert d["content"][2]["props"] == d["content"][1]["props"]
    d = update_props(d, "b_c", {"anchor": "go"})
    d = duplicate_block(d, "b_c")
    load_page(d)  # anchors stay unique


def test_remove(doc):
    assert ids(remove_block(doc, "b_b")) == ["b_a", "b_c"]
    with pytest.raises(OpError):
        remove_block(doc, "missing")


def test_update_props_merges_validates_and_resets(doc):
    d = update_props(doc, "b_c", {"text": "Today only"})
    assert d["content"][2]["props"]["title"] == "Call us"
    assert d["content"][2]["props"]["text"] == "Today only"
    d = update_props(d, "b_c", {"text": None})
    assert d["content"][2]["props"]["text"] == ""
    with pytest.raises(DocumentError) as info:
        update_props(doc, "b_c", {"buttons": [{"label": "x", "href": "javascript:alert(1)"}]})
    assert (info.value.block, info.value.field) == ("b_c", "buttons.0.href")
    with pytest.raises(DocumentError):
        update_props(doc, "b_c", {"title": "x"}, replace=False) and update_props(doc, "b_c", {}, replace=True)


def test_update_root(doc):
    assert update_root(doc, {"title": "New"})["root"]["title"] == "New"
    with pytest.raises(DocumentError):
        update_root(doc, {"title": ""})
