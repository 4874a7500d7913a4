"""The property inspector, generated from a block's `Props` model.

`field_rows(block_type, props)` flattens the props into rows a form can show in order:
scalar fields, of the kind their type declares (``blocks.fields``), groups for
nested models (an image, a button) and lists of items with add / remove / move. Each row
has a dotted `path` (`items.2.question`) and its value as a string, so one generic form
renders every block. `set_value` parses a typed string back by the row's kind. Nothing
here validates: `blocks.ops.update_props` does, so invalid input is never saved.
"""

from __future__ import annotations

import copy
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from bubblegum.blocks.fields import field_kind
from bubblegum.blocks.registry import get_block

HIDDEN = frozenset({"width", "height"})  # image sizes come from the asset library
SHARED = ("tone", "anchor")


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, optional?) with Optional/Annotated removed."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            annotation = args[0]
        elif origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, optional


def _metadata(annotation: Any, field: FieldInfo | None) -> list:
    items = list(field.metadata) if field else []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            items.extend(args[1:])
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
        else:
            return items


def _max_length(metadata: list) -> int | None:
    for item in metadata:
        value = getattr(item, "max_length", None)
        if value:
            return value
    return None


def _scalar_kind(annotation: Any, metadata: list) -> tuple[str, list[str]]:
    kind, options = field_kind(annotation, metadata)
    return kind.name, options


def _label(name: str, field: FieldInfo | None) -> str:
    return (field.title if field and field.title else name.replace("_", " ")).capitalize()


def _row(path: str, label: str, kind: str, value: Any = "", *, depth: int, options: list[str] | None = None,
         help: str = "", max_length: int | None = None, required: bool = False) -> dict[str, Any]:
    text = "" if value is None else ("true" if value is True else "false" if value is False else str(value))
    return {"path": path, "label": label, "kind": kind, "value": text, "options": options or [],
            "help": help or "", "max": str(max_length or ""), "depth": depth, "required": required}


def _ordered_fields(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    """The block's own fields first; the section settings every block shares come last."""
    fields = list(model.model_fields.items())
    return [f for f in fields if f[0] not in SHARED] + [f for f in fields if f[0] in SHARED]


def _rows(model: type[BaseModel], values: dict, prefix: str, depth: int) -> list[dict]:
    rows: list[dict] = []
    for name, field in _ordered_fields(model):
        if name in HIDDEN and depth > 0:
            continue
        path = f"{prefix}{name}"
        value = values.get(name) if isinstance(values, dict) else None
        inner, _ = _unwrap(field.annotation)
        label, help = _label(name, field), field.description or ""
        if typing.get_origin(inner) is list:
            rows.extend(_list_rows(inner, field, path, value or [], label, help, depth))
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            rows.append(_row(path, label, "group" if value is not None else "group_empty", depth=depth, help=help))
            if value is not None:
                rows.extend(_rows(inner, value, f"{path}.", depth + 1))
        else:
            metadata = _metadata(field.annotation, field)
            kind, options = _scalar_kind(field.annotation, metadata)
            rows.append(_row(path, label, kind, value, depth=depth, options=options, help=help,
                             max_length=_max_length(metadata), required=field.is_required()))
    return rows


def _list_rows(annotation: Any, field: FieldInfo, path: str, items: list, label: str, help: str,
               depth: int) -> list[dict]:
    item_type, _ = _unwrap(typing.get_args(annotation)[0])
    rows = [_row(path, label, "list", len(items), depth=depth, help=help)]
    for index, item in enumerate(items):
        item_path = f"{path}.{index}"
        rows.append(_row(item_path, f"{label.rstrip('s') or label} {index + 1}", "item", index, depth=depth + 1))
        if isinstance(item_type, type) and issubclass(item_type, BaseModel):
            rows.extend(_rows(item_type, item, f"{item_path}.", depth + 2))
        else:
            metadata = _metadata(typing.get_args(annotation)[0], None)
            kind, options = _scalar_kind(typing.get_args(annotation)[0], metadata)
            rows.append(_row(f"{item_path}.value", "Text", kind, item, depth=depth + 2, options=options,
                             max_length=_max_length(metadata)))
    return rows


def field_rows(block_type: str, props: dict) -> list[dict]:
    return _rows(get_block(block_type).Props, props, "", 0)


def _walk(props: dict, path: str) -> tuple[Any, str | int]:
    """(container, key) of the value at a dotted path; `.value` names a list's scalar item."""
    parts = path.split(".")
    if parts[-1] == "value" and len(parts) > 1 and parts[-2].isdigit():
        parts = parts[:-1]
    node: Any = props
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    last = parts[-1]
    return node, int(last) if isinstance(node, list) else last


def _kind_at(block_type: str, props: dict, path: str) -> str:
    for row in field_rows(block_type, props):
        if row["path"] == path:
            return row["kind"]
    raise KeyError(path)


def set_value(block_type: str, props: dict, path: str, raw: str) -> dict:
    """New props with the typed string at `path` converted by the field's kind."""
    kind = _kind_at(block_type, props, path)
    if kind == "toggle":
        value: Any = raw in (True, "true", "on", "1")
    elif kind == "number":
        value = None if str(raw).strip() == "" else (float(raw) if "." in str(raw) else int(raw))
    else:
        value = raw
    updated = copy.deepcopy(props)
    node, key = _walk(updated, path)
    node[key] = value
    return updated


def _item_type(block_type: str, list_path: str) -> Any:
    model: Any = get_block(block_type).Props
    annotation: Any = None
    for part in list_path.split("."):
        if part.isdigit():
            continue
        annotation, _ = _unwrap(model.model_fields[part].annotation)
        if typing.get_origin(annotation) is list:
            annotation, _ = _unwrap(typing.get_args(annotation)[0])
        model = annotation
    return annotation


def _blank(item_type: Any) -> Any:
    """A new list item: the previous item's shape with empty text, or an empty string."""
    if isinstance(item_type, type) and issubclass(item_type, BaseModel):
        return {name: (field.default if not field.is_required() else "")
                for name, field in item_type.model_fields.items()
                if not (field.is_required() and typing.get_origin(_unwrap(field.annotation)[0]) is list)}
    return ""


def add_item(block_type: str, props: dict, list_path: str) -> dict:
    updated = copy.deepcopy(props)
    node, key = _walk(updated, list_path)
    items = node.setdefault(key, []) if isinstance(node, dict) else node[key]
    items.append(copy.deepcopy(items[-1]) if items else _blank(_item_type(block_type, list_path)))
    return updated


def remove_item(props: dict, item_path: str) -> dict:
    updated = copy.deepcopy(props)
    node, index = _walk(updated, item_path)
    del node[index]
    return updated


def move_item(props: dict, item_path: str, offset: int) -> dict:
    updated = copy.deepcopy(props)
    node, index = _walk(updated, item_path)
    target = index + offset
    if 0 <= target < len(node):
        node[index], node[target] = node[target], node[index]
    return updated


def set_group(block_type: str, props: dict, path: str, present: bool) -> dict:
    """Add an optional nested object (e.g. an image) with blank fields, or remove it."""
    updated = copy.deepcopy(props)
    node, key = _walk(updated, path)
    if present:
        model = get_block(block_type).Props
        for part in path.split("."):
            if not part.isdigit():
                model = _unwrap(model.model_fields[part].annotation)[0]
                if typing.get_origin(model) is list:
                    model = _unwrap(typing.get_args(model)[0])[0]
        node[key] = _blank(model)
    else:
        node[key] = None
    return updated
