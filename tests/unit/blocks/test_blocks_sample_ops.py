"""Marking sample content: only ``set_sample`` changes the mark; editing and duplicating keep it."""

import pytest

from bubblegum.blocks.ops import OpError, duplicate_block, insert_block, set_sample, update_props


@pytest.fixture
def doc():
    d = {"schema_version": 1, "root": {"title": "Home"}, "content": []}
    d = insert_block(d, "testimonials", block_id="b_r")
    return set_sample(d, "b_r", True)


def test_set_sample_marks_and_clears_without_touching_the_input(doc):
    assert doc["content"][0]["sample"] is True
    kept = set_sample(doc, "b_r", False)
    assert "sample" not in kept["content"][0]
    assert doc["content"][0]["sample"] is True


def test_editing_a_sample_block_keeps_the_mark(doc):
    edited = update_props(doc, "b_r", {"title": "Kind words from real clients"})
    assert edited["content"][0]["sample"] is True
    assert edited["content"][0]["props"]["title"] == "Kind words from real clients"


def test_a_duplicate_of_sample_content_is_sample_content(doc):
    copied = duplicate_block(doc, "b_r", new_id="b_r2")
    assert [b.get("sample") for b in copied["content"]] == [True, True]


def test_set_sample_on_an_unknown_block_is_refused(doc):
    with pytest.raises(OpError):
        set_sample(doc, "b_nope", False)
