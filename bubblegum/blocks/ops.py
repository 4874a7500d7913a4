"""Pure edit operations on page documents.

Every operation takes a page document as a plain JSON dict (the stored shape) and returns
a NEW dict; the input is never modified. The result is validated: an operation that
would produce an invalid document raises ``DocumentError`` (naming block and field) or
``OpError`` (unknown block id, index out of range) and returns nothing.

Props in the returned document are normalised (defaults filled in, strings stripped,
rich text cleaned), exactly what ``load_page(doc).model_dump(mode="json")`` gives.
Undo/redo is version history (one PageVersion per saved result), not part of this module.
"""

from __future__ import annotations

import copy
import secrets
from typing import Any

from bubblegum.blocks.document import EDITS, DocumentError, props_key, validate_props
from bubblegum.blocks.migrations import upgrade_page
from bubblegum.blocks.registry import BLOCKS

Doc = dict[str, Any]
MAX_BLOCKS = 200


class OpError(DocumentError):
    """An edit that cannot apply (unknown block id, bad index, too many blocks)."""


def new_block_id(existing: set[str] | None = None) -> str:
    while True:
        bid = "b_" + secrets.token_hex(4)
        if not existing or bid not in existing:
            return bid


def _start(doc: Doc) -> Doc:
    doc = upgrade_page(doc)
    out = copy.copy(doc)
    out["content"] = list(doc.get("content") or [])
    return out


def _index(doc: Doc, block_id: str) -> int:
    for i, b in enumerate(doc["content"]):
        if b.get("id") == block_id:
            return i
    raise OpError(f"no block with id {block_id!r} on this page", block=block_id)


def _validated(block_id: str, block_type: str, props: Any) -> dict[str, Any]:
    """The props normalised; their model is remembered under the normalised form, so the
    canvas and the save of this edit do not validate the block again."""
    model = validate_props(block_type, props, block_id=block_id, cache=EDITS)
    clean = model.model_dump(mode="json")
    EDITS[props_key(block_type, clean)] = model
    return clean


def insert_block(doc: Doc, block_type: str, *, index: int | None = None,
                 props: dict[str, Any] | None = None, block_id: str | None = None) -> Doc:
    """Insert a block of ``block_type`` at ``index`` (default: end; negative counts from
    the end). ``props`` default to the type's example props."""
    if block_type not in BLOCKS:
        raise OpError(f"unknown block type {block_type!r}", block_type=block_type, field="type")
    out = _start(doc)
    if len(out["content"]) >= MAX_BLOCKS:
        raise OpError(f"a page can hold at most {MAX_BLOCKS} blocks")
    ids = {b.get("id") for b in out["content"]}
    bid = block_id or new_block_id(ids)  # type: ignore[arg-type]
    if bid in ids:
        raise OpError(f"block id {bid!r} is already used on this page", block=bid, field="id")
    clean = _validated(bid, block_type, copy.deepcopy(BLOCKS[block_type].example) if props is None else props)
    n = len(out["content"])
    if index is None:
        index = n
    if index < 0:
        index += n + 1
    if not 0 <= index <= n:
        raise OpError(f"index {index} is out of range (0..{n})", block=bid)
    out["content"].insert(index, {"id": bid, "type": block_type, "props": clean})
    return out


def move_block(doc: Doc, block_id: str, to_index: int) -> Doc:
    """Move a block so that it ends up at ``to_index`` (0-based, in the result)."""
    out = _start(doc)
    i = _index(out, block_id)
    n = len(out["content"])
    if to_index < 0:
        to_index += n
    if not 0 <= to_index < n:
        raise OpError(f"index {to_index} is out of range (0..{n - 1})", block=block_id)
    block = out["content"].pop(i)
    out["content"].insert(to_index, block)
    return out


def duplicate_block(doc: Doc, block_id: str, *, new_id: str | None = None) -> Doc:
    """Copy a block (new id, same props) right after the original."""
    out = _start(doc)
    if len(out["content"]) >= MAX_BLOCKS:
        raise OpError(f"a page can hold at most {MAX_BLOCKS} blocks")
    i = _index(out, block_id)
    ids = {b.get("id") for b in out["content"]}
    bid = new_id or new_block_id(ids)  # type: ignore[arg-type]
    if bid in ids:
        raise OpError(f"block id {bid!r} is already used on this page", block=bid, field="id")
    original = out["content"][i]
    props = copy.deepcopy(original.get("props", {}))
    if isinstance(props, dict) and props.get("anchor"):
        props["anchor"] = None  # anchors must stay unique on the page
    clean = _validated(bid, original["type"], props)
    copied = {"id": bid, "type": original["type"], "props": clean}
    if original.get("sample"):
        copied["sample"] = True  # a copy of sample content is still sample content
    out["content"].insert(i + 1, copied)
    return out


def remove_block(doc: Doc, block_id: str) -> Doc:
    out = _start(doc)
    del out["content"][_index(out, block_id)]
    return out


def set_sample(doc: Doc, block_id: str, sample: bool) -> Doc:
    """Mark a block as sample content, or (``False``) as the owner's own content. Editing a
    sample block's props leaves the mark alone: only this clears it."""
    out = _start(doc)
    i = _index(out, block_id)
    block = {k: v for k, v in out["content"][i].items() if k != "sample"}
    if sample:
        block["sample"] = True
    out["content"][i] = block
    return out


def update_props(doc: Doc, block_id: str, changes: dict[str, Any], *, replace: bool = False) -> Doc:
    """Merge ``changes`` into a block's props (top-level keys; a key set to None resets it
    to its default) or, with ``replace=True``, replace the props entirely."""
    out = _start(doc)
    i = _index(out, block_id)
    block = dict(out["content"][i])
    if replace:
        props = copy.deepcopy(changes)
    else:
        props = copy.deepcopy(block.get("props") or {})
        for key, value in changes.items():
            if value is None:
                props.pop(key, None)
            else:
                props[key] = copy.deepcopy(value)
    block["props"] = _validated(block_id, block["type"], props)
    out["content"][i] = block
    return out


def update_root(doc: Doc, changes: dict[str, Any]) -> Doc:
    """Change page-level fields (title, description, og_image, noindex)."""
    from pydantic import ValidationError

    from bubblegum.blocks.document import PageRoot

    out = _start(doc)
    root = {**(out.get("root") or {}), **changes}
    try:
        out["root"] = PageRoot.model_validate(root).model_dump(mode="json")
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        raise DocumentError(err["msg"].removeprefix("Value error, "),
                            field="root." + ".".join(str(x) for x in err["loc"])) from None
    return out
