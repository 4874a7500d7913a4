"""Cursor pagination: newest first by id; `cursor` is the opaque `next_cursor` of the page
before (at most 100 items a page)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Annotated, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

from bubblegum.services.errors import InvalidInput

T = TypeVar("T")
MAX_LIMIT = 100

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1–100).")]
Cursor = Annotated[str | None, Query(max_length=64, description="`next_cursor` of the previous page.")]


class Paged(BaseModel, Generic[T]):
    data: list[T]
    next_cursor: str | None = None


def _decode(cursor: str) -> int:
    try:
        kind, value = base64.urlsafe_b64decode(cursor.encode() + b"==").decode().split(":")
        if kind != "id" or not value.isdigit():
            raise ValueError(cursor)
        return int(value)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("This cursor is not one the API gave out.", field="cursor") from None


def _encode(item_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{item_id}".encode()).decode().rstrip("=")


def page(items: Sequence, cursor: str | None, limit: int, convert: Callable,
         key: Callable = lambda item: item.id) -> dict:
    """One page of `items` (any order; sorted here by id, newest first), converted for the answer."""
    ordered = sorted(items, key=key, reverse=True)
    if cursor:
        before = _decode(cursor)
        ordered = [item for item in ordered if key(item) < before]
    chunk = ordered[:limit]
    more = len(ordered) > limit
    return {"data": [convert(item) for item in chunk], "next_cursor": _encode(key(chunk[-1])) if more else None}
