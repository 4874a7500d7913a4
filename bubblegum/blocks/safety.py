"""Field types that keep what a person (or the AI) types from becoming markup or script.

- ``SafeUrl``: a link target. Parsed against a scheme allowlist (http, https, mailto, tel,
  relative paths, ``#anchors``, ``?query``). ``javascript:``, ``data:``, ``vbscript:`` and
  their obfuscated spellings (mixed case, tabs/newlines/control characters inside the
  scheme, HTML character references such as ``&#106;avascript:``, percent-encoding) are
  refused with a validation error.
- ``ImageSrc``: like ``SafeUrl`` (no mailto/tel) plus asset references ``asset:<key>``.
- ``RichText``: HTML cleaned with nh3 against a small allowlist of tags and attributes.

Plain text fields need nothing here: Jinja2 autoescaping escapes them at render time.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Annotated
from urllib.parse import unquote

from pydantic import AfterValidator, Field

LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
IMAGE_SCHEMES = frozenset({"http", "https", "asset"})

# Browsers drop ASCII tab/newline anywhere in a URL and C0 controls/space at its ends.
_STRIP = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_ASSET_KEY = re.compile(r"^asset:[A-Za-z0-9][A-Za-z0-9._/\-]{0,200}$")


def _normalise(value: str) -> str:
    """What a browser would see as the URL, for scheme detection only."""
    probe = value
    for _ in range(4):  # nested encodings: &amp;#106; -> &#106; -> j
        decoded = unquote(html.unescape(probe))
        if decoded == probe:
            break
        probe = decoded
    return _STRIP.sub("", probe).lower()


# Plain URLs with nothing that could hide a scheme: no entities, escapes or controls.
_PLAIN = re.compile(r"^(?:https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?|(?=[/#?.]))[A-Za-z0-9._~/#?=+-]*$")


def check_url(value: str, *, schemes: frozenset[str] = LINK_SCHEMES) -> str:
    """Return ``value`` stripped if it is an allowed link target, else raise ValueError."""
    value = value.strip()
    if not value:
        raise ValueError("URL must not be empty")
    if _PLAIN.match(value) and not value.startswith(("//", "/\\")) and (
        "http" in schemes or not value.startswith("http")
    ):
        return value
    probe = _normalise(value)
    if probe.startswith(("//", "\\\\", "/\\", "\\/")):
        raise ValueError("protocol-relative URLs are not allowed; write https://…")
    match = _SCHEME.match(probe)
    if match:
        scheme = match.group(1)
        if scheme not in schemes:
            allowed = ", ".join(sorted(schemes))
            raise ValueError(
                f"URL scheme '{scheme}:' is not allowed (allowed: {allowed}, "
                "relative paths and #anchors)"
            )
        if scheme in ("http", "https") and not re.match(r"^https?://[^/?#\s]+", probe):
            raise ValueError("http(s) URL must include a host name")
        if scheme == "asset" and not _ASSET_KEY.match(value):
            raise ValueError("asset reference must look like asset:<key>")
        return value
    head = re.split(r"[/?#]", probe, maxsplit=1)[0]
    if ":" in head:
        raise ValueError("URL has an unrecognised scheme; use http(s), mailto, tel or a path")
    if any(c in value for c in "<>\"'`") or re.search(r"\s", value):
        raise ValueError("URL contains characters that are not allowed (quotes, <, > or spaces)")
    return value


# Memoised: a site repeats the same few links and images on every page (navigation, footer,
# "#contact"); only accepted URLs are remembered, a refused one raises again each time.
@lru_cache(maxsize=4096)
def _check_link(value: str) -> str:
    return check_url(value, schemes=LINK_SCHEMES)


@lru_cache(maxsize=4096)
def _check_image(value: str) -> str:
    return check_url(value, schemes=IMAGE_SCHEMES)


RICH_TEXT_TAGS = frozenset(
    {"p", "br", "strong", "em", "b", "i", "u", "s", "a", "ul", "ol", "li", "h2", "h3",
     "blockquote", "code", "pre", "hr", "sub", "sup"}
)
RICH_TEXT_ATTRIBUTES = {"a": {"href", "title"}}


def clean_html(value: str) -> str:
    """Clean rich text with nh3: allowlisted tags only, safe link schemes, no scripts/styles."""
    import nh3

    cleaned = nh3.clean(
        value,
        tags=set(RICH_TEXT_TAGS),
        attributes={k: set(v) for k, v in RICH_TEXT_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return cleaned.strip()


SafeUrl = Annotated[str, Field(max_length=2048), AfterValidator(_check_link)]
ImageSrc = Annotated[str, Field(max_length=2048), AfterValidator(_check_image)]
RichText = Annotated[str, Field(max_length=20000), AfterValidator(clean_html)]
