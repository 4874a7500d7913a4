"""Field types that keep what a person (or the AI) types from becoming markup or script.

- ``check_url``: the one URL check for every URL accepted anywhere (block props, a site's
  base URL, SEO and share images, business details, imported documents, the renderer's
  options, configured site addresses). It parses and re-serialises the URL, and refuses
  quotes, angle brackets, whitespace and control characters with a clear message.
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
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from pydantic import AfterValidator, Field

from bubblegum.blocks.fields import IMAGE, RICH_TEXT, URL

LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
IMAGE_SCHEMES = frozenset({"http", "https", "asset"})
WEB_SCHEMES = frozenset({"http", "https"})

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


# Characters no accepted URL may contain (a browser would drop, fold or misread them, or they
# would end an HTML attribute): quotes, angle brackets, backslash, backtick, whitespace,
# control and invisible formatting characters. Percent-encode them (%20, %22) instead.
_REFUSED = re.compile(r"[\"'<>\\`\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_HOST = re.compile(r"[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?|[0-9a-f:.]+")
# Plain URLs already in their serialised form: nothing that could hide a scheme.
_PLAIN = re.compile(r"^(?:https?://[a-z0-9.-]+|(?=[/#?.]))[A-Za-z0-9._~/#?=+-]*$")


def check_url(value: str, *, schemes: frozenset[str] = LINK_SCHEMES, field: str | None = None) -> str:
    """The one URL check: parse ``value`` and return it re-serialised if it is an allowed
    target (a scheme in ``schemes``, a relative path, ``#anchor`` or ``?query``), else raise
    ValueError with a message a person understands (starting with ``field`` when given).
    Spaces around the URL are trimmed; inside it, quotes, angle brackets, whitespace and
    control characters are refused."""
    try:
        return _parse_url(value.strip(), schemes)
    except ValueError as error:
        raise ValueError(f"{field}: {error}" if field else str(error)) from None


def _parse_url(value: str, schemes: frozenset[str]) -> str:
    if not value:
        raise ValueError("URL must not be empty")
    if _PLAIN.match(value) and not value.startswith("//") and ("http" in schemes or not value.startswith("http")):
        return value
    bad = _REFUSED.search(value)
    if bad:
        raise ValueError(f"URL contains {_describe(bad.group())}, which is not allowed in a URL "
                         "(quotes, <, >, spaces and control characters must be percent-encoded)")
    probe = _normalise(value)
    if probe.startswith(("//", "\\", "/\\", "\\/")):
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
        if scheme == "asset":
            if not _ASSET_KEY.match(value):
                raise ValueError("asset reference must look like asset:<key>")
            return value
        parts = urlsplit(value)
        if scheme in ("http", "https"):
            return _web_url(parts)
        return urlunsplit(parts._replace(scheme=scheme))
    head = re.split(r"[/?#]", probe, maxsplit=1)[0]
    if ":" in head:
        raise ValueError("URL has an unrecognised scheme; use http(s), mailto, tel or a path")
    return urlunsplit(urlsplit(value))


def _web_url(parts: SplitResult) -> str:
    host = parts.hostname
    if not host:
        raise ValueError("http(s) URL must include a host name")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise ValueError("URL has an invalid host name") from None
    if not _HOST.fullmatch(host):
        raise ValueError("URL has an invalid host name")
    if parts.username is not None or parts.password is not None:
        raise ValueError("URL must not contain a user name or password before the host")
    try:
        port = parts.port
    except ValueError:
        raise ValueError("URL has an invalid port number") from None
    host = f"[{host}]" if ":" in host else host
    netloc = host + (f":{port}" if port is not None else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))


def _describe(char: str) -> str:
    names = {'"': "a double quote", "'": "a quote", "<": "'<'", ">": "'>'", "\\": "a backslash", "`": "a backtick"}
    if char in names:
        return names[char]
    if char.isspace():
        return "a space" if char == " " else "whitespace"
    return f"an invisible control character (U+{ord(char):04X})"


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


SafeUrl = Annotated[str, Field(max_length=2048), AfterValidator(_check_link), URL]
ImageSrc = Annotated[str, Field(max_length=2048), AfterValidator(_check_image), IMAGE]
RichText = Annotated[str, Field(max_length=20000), AfterValidator(clean_html), RICH_TEXT]
