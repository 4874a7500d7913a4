"""The CSS an uploaded SVG may carry (style attributes, presentation attributes, <style>).

CSS can fetch: `url()`, `image-set()`, `image()`, `cross-fade()`, `src()` and `@import` all
load other files, and CSS lets a name be written in many ways (`URL(`, `u\\rl(`, `\\75 rl(`,
`@im/**/port`). So the text is first brought to one spelling: a backslash (the start of every
CSS escape) is refused outright, comments are removed and case is folded. In that spelling,
every `url(` must point inside the file (`#id`) and the other fetching forms are refused.
XML entities (`&#117;rl(`) are already decoded by the parser before this check runs.
"""

from __future__ import annotations

import re

from bubblegum.services.assets.validation import AssetRejected

_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_URL_TARGET = re.compile(r"url\s*\(\s*['\"]?\s*(.?)")
_FETCHING = re.compile(r"@import|(?<![a-z-])(?:-[a-z]+-)?(?:image-set|image|cross-fade|src|element)\s*\(")
_SCRIPTING = re.compile(r"expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|<")


def normalised(text: str) -> str:
    """The CSS with comments removed and case folded (escapes are refused first)."""
    if "\\" in text:
        raise AssetRejected("The SVG's CSS uses escapes (\\), which are not allowed.")
    return _COMMENT.sub("", text).casefold()


def check_css(text: str, where: str) -> None:
    """Raise AssetRejected when `text` could run code or load anything outside the SVG."""
    css = normalised(text)
    if _SCRIPTING.search(css):
        raise AssetRejected(f"The SVG has CSS that is not allowed in {where}.")
    if _FETCHING.search(css):
        raise AssetRejected(f"The SVG has CSS in {where} that loads another file (image-set, @import…); "
                            "external resources are not allowed.")
    if any(target != "#" for target in _URL_TARGET.findall(css)):
        raise AssetRejected("The SVG refers to an external resource (url() outside the file).")
