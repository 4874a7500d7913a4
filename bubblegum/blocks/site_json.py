"""Reading a site document's JSON text safely: nesting is capped before the text is parsed.

Python's parser recurses once per nested array or object, so a small file of a hundred
thousand `[` crashes it with a RecursionError. A real site document is about a dozen levels
deep (site, pages, page, content, block, props, items…); `MAX_DEPTH` leaves ample room and
the depth is counted with a flat scan (strings removed, brackets counted) first.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 64
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_STEP = [1 if chr(byte) in "[{" else -1 for byte in range(256)]  # only brackets are left to count


class JsonTooDeep(ValueError):
    """JSON nested deeper than a site document can be."""


def nesting_depth(raw: bytes) -> int:
    """How deeply arrays and objects nest in `raw` (brackets inside strings do not count)."""
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", raw))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def parse_site_json(raw: bytes | str) -> Any:
    """The parsed JSON; ValueError (JsonTooDeep, json.JSONDecodeError) says what is wrong."""
    data = raw.encode() if isinstance(raw, str) else raw
    if nesting_depth(data) > MAX_DEPTH:
        raise JsonTooDeep(f"the JSON is nested more than {MAX_DEPTH} levels deep, deeper than any site "
                          "document; it was not read")
    return json.loads(data)
