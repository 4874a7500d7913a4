"""Field kinds: how a person edits a value, declared in the value's type.

A kind rides along as ``Annotated`` metadata (``Annotated[str, ..., URL]``), so a Props
model says once what each field is and every editor reads it from there, as Puck's
``fields`` do. Python types speak for themselves: a ``Literal`` is a choice, ``bool`` a
switch, ``int``/``float`` a number. A string that declares nothing is one line of text.
When metadata holds several kinds, the outermost (last) wins.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True)
class FieldKind:
    """A way of editing a value; ``name`` is what the inspector form switches on."""

    name: str


TEXT = FieldKind("text")
LONG_TEXT = FieldKind("textarea")
RICH_TEXT = FieldKind("richtext")
URL = FieldKind("url")
IMAGE = FieldKind("image")
COLOR = FieldKind("color")
CHOICE = FieldKind("select")
NUMBER = FieldKind("number")
BOOLEAN = FieldKind("toggle")

LONG_TEXT_OVER = 160  # a text allowed more characters than this gets a text area


def text_kind(max_length: int) -> FieldKind:
    """The kind of a plain text of at most ``max_length`` characters."""
    return LONG_TEXT if max_length > LONG_TEXT_OVER else TEXT


def _inner(annotation: Any) -> Any:
    """The type under Optional/Annotated."""
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            annotation = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
        elif origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation


def field_kind(annotation: Any, metadata: list) -> tuple[FieldKind, list[str]]:
    """(kind, choices) of a scalar field from its annotation and its collected metadata."""
    inner = _inner(annotation)
    if typing.get_origin(inner) is Literal:
        return CHOICE, [str(option) for option in typing.get_args(inner)]
    if inner is bool:
        return BOOLEAN, []
    if inner in (int, float):
        return NUMBER, []
    declared = [item for item in metadata if isinstance(item, FieldKind)]
    return (declared[-1] if declared else TEXT), []
