"""The one list of block types.

``BLOCKS`` maps a type name to its ``BlockType`` (in palette order); ``get_block(type)``
raises ``UnknownBlockType`` for anything else. Adding a block = one module + one line here.
"""

from __future__ import annotations

from importlib import import_module

from bubblegum.blocks.base import BlockType

_MODULES = (
    "navbar",
    "hero",
    "hero_split",
    "hero_cover",
    "logo_cloud",
    "feature_grid",
    "feature_rows",
    "steps",
    "stats",
    "testimonials",
    "pricing",
    "comparison",
    "faq",
    "cta",
    "team",
    "gallery",
    "video",
    "rich_text",
    "image",
    "quote",
    "contact_details",
    "opening_hours",
    "menu",
    "newsletter",
    "contact_form",
    "footer",
)


class UnknownBlockType(KeyError):
    def __str__(self) -> str:
        return f"unknown block type {self.args[0]!r}"


def _load() -> dict[str, BlockType]:
    blocks: dict[str, BlockType] = {}
    for name in _MODULES:
        block = import_module(f"bubblegum.blocks.{name}").BLOCK
        assert block.type == name, f"{name}.py declares type {block.type!r}"
        blocks[block.type] = block
    return blocks


BLOCKS: dict[str, BlockType] = _load()


def get_block(block_type: str) -> BlockType:
    try:
        return BLOCKS[block_type]
    except KeyError:
        raise UnknownBlockType(block_type) from None
