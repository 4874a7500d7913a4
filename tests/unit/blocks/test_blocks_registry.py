"""Every block type is declared completely and its example props validate."""

import json
import re

import pytest

from bubblegum.blocks.document import load_page, validate_props
from bubblegum.blocks.registry import BLOCKS, UnknownBlockType, get_block

REQUIRED = {
    "navbar", "hero", "hero_split", "hero_cover", "logo_cloud", "feature_grid", "feature_rows",
    "steps", "stats", "testimonials", "pricing", "comparison", "faq", "cta", "team", "gallery",
    "video", "rich_text", "image", "quote", "contact_details", "opening_hours", "menu",
    "newsletter", "contact_form", "footer",
}


def test_registry_has_every_required_type():
    assert len(BLOCKS) >= 24
    assert REQUIRED <= set(BLOCKS)


def test_unknown_type():
    with pytest.raises(UnknownBlockType):
        get_block("marquee")


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_block_declaration(name):
    b = BLOCKS[name]
    assert b.type == name
    assert b.label and b.icon and b.category and b.description
    assert re.fullmatch(r"[a-z0-9-]+", b.icon), "lucide icon names are kebab-case"
    schema = b.json_schema()
    json.dumps(schema)
    assert schema["type"] == "object"
    model = validate_props(name, b.example)
    # example survives a JSON round trip unchanged
    again = validate_props(name, json.loads(json.dumps(model.model_dump(mode="json"))))
    assert again == model


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_block_css_is_scoped_and_themed(name):
    b = BLOCKS[name]
    css = re.sub(r"/\*.*?\*/", "", b.css, flags=re.S)
    css = re.sub(r"@media[^{]*\{", "", css)
    for rule in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        for selector in rule.split(","):
            selector = selector.strip()
            if selector:
                assert selector.startswith(("." + b.css_class, ".prose")), f"{name}: unscoped {selector!r}"
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgba?\(|hsla?\(", b.css), f"{name}: literal colour"


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_block_css_leaves_the_section_head_alone(name):
    """The shared section head (eyebrow, title, lead: ``head(p)``) is styled once, in the base
    CSS; a block rule for every ``p`` or ``h2`` of the section would restyle it too (it
    once pushed a price list's heading off centre)."""
    b = BLOCKS[name]
    if "head(p)" not in b.template:
        return
    css = re.sub(r"@media[^{]*\{", "", re.sub(r"/\*.*?\*/", "", b.css, flags=re.S))
    for rule in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        for selector in rule.split(","):
            last = selector.strip().split(" ")
            assert not (len(last) == 2 and re.fullmatch(r"(p|h2|\.lead|\.eyebrow)(:[\w-]+)?", last[1])), \
                f"{name}: {selector.strip()!r} also styles the section head"


def test_examples_never_reference_remote_images():
    text = json.dumps([b.example for b in BLOCKS.values()])
    for src in re.findall(r'"src": "([^"]+)"', text):
        assert src.startswith("asset:sample/"), src


def test_page_with_every_example_loads():
    doc = {"schema_version": 1, "root": {"title": "All"},
           "content": [{"id": f"b_{n}", "type": n, "props": b.example} for n, b in BLOCKS.items()]}
    page = load_page(doc)
    assert [b.type for b in page.content] == list(BLOCKS)
