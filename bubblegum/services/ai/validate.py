"""Provider output goes through exactly the validation and sanitising a person's input
does (``blocks.document``): these wrap it for the AI layer and return plain JSON again."""

from __future__ import annotations

from typing import Any


def clean_site(data: dict[str, Any]) -> dict[str, Any]:
    """Validate a whole site document; return it normalised and sanitised (raises DocumentError)."""
    from bubblegum.blocks.document import load_site

    return load_site(data).model_dump(mode="json", exclude_none=True)


def clean_page(data: dict[str, Any], page: str | None = None) -> dict[str, Any]:
    from bubblegum.blocks.document import load_page

    return load_page(data, page=page).model_dump(mode="json", exclude_none=True)


def clean_block(block: dict[str, Any]) -> dict[str, Any]:
    """Validate one block {id, type, props}; return it normalised (raises DocumentError)."""
    from bubblegum.blocks.document import validate_props

    props = validate_props(block["type"], block.get("props", {}), block_id=block.get("id"))
    return {"id": block["id"], "type": block["type"], "props": props.model_dump(mode="json", exclude_none=True)}


def props_error(block_type: str, props: Any) -> str | None:
    """None when ``props`` are valid for ``block_type``, else a readable list of problems."""
    from bubblegum.blocks.document import DocumentError, validate_props

    try:
        validate_props(block_type, props)
        return None
    except DocumentError as exc:
        return "; ".join(f"{e.get('field') or 'props'}: {e['message']}" for e in exc.errors[:10])
