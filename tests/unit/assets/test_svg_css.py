"""A corpus of hostile SVG CSS: every spelling of a fetch is refused, same-file paint servers pass."""

from __future__ import annotations

import pytest

from bubblegum.services.assets.svg import sanitize_svg
from bubblegum.services.assets.validation import AssetRejected

from .samples import svg

EVIL = "https://evil.test/x"
HOSTILE_CSS = [
    f"fill:url({EVIL})", f"fill:url('{EVIL}')", f'fill:url("{EVIL}")', f"fill:URL({EVIL})",
    f"fill:Url( {EVIL} )", f"fill:url(\t'{EVIL}')", f"fill:url(\"{EVIL}/a'b\")",
    f"fill:url(#ok) , url({EVIL})", f"fill:u\\rl({EVIL})", f"fill:\\75 rl({EVIL})", f"fill:\\000075rl({EVIL})",
    f"fill:u/**/rl({EVIL})", f"fill:url/* x */({EVIL})", f"fill:url(/**/{EVIL})",
    f"background:image-set('{EVIL}' 1x)", f"background:-webkit-image-set(url(#a) 1x, '{EVIL}' 2x)",
    f"background:IMAGE-SET(\"{EVIL}\" 1x)", f"background:image('{EVIL}')", f"background:cross-fade('{EVIL}', red)",
    f"background:src('{EVIL}')", "background:element(#x)",
    f"@import '{EVIL}';", f"@IMPORT url({EVIL});", f"@im/**/port '{EVIL}';", f"@\\69mport '{EVIL}';",
    "fill:expression(alert(1))", "fill:javascript:alert(1)", "behavior:url(#x)",
]


def _in_style_attribute(css: str) -> bytes:
    return svg(f"<rect width='1' height='1' style={_quote(css)}/>")


def _in_style_element(css: str) -> bytes:
    body = css if css.startswith("@") else f"rect {{ {css} }}"
    return svg(f"<style><![CDATA[{body}]]></style><rect width='1' height='1'/>")


def _in_entities(css: str) -> bytes:
    """Every character as an XML character reference: the parser decodes them before the check."""
    encoded = "".join(f"&#{ord(char)};" for char in css)
    return svg(f"<rect width='1' height='1' style=\"{encoded}\"/>")


def _quote(text: str) -> str:
    return '"' + text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;") + '"'


@pytest.mark.parametrize("wrap", [_in_style_attribute, _in_style_element, _in_entities])
@pytest.mark.parametrize("css", HOSTILE_CSS)
def test_hostile_css_is_refused_in_every_place(css, wrap):
    with pytest.raises(AssetRejected) as caught:
        sanitize_svg(wrap(css))
    assert "svg" in caught.value.message.lower()


@pytest.mark.parametrize("attribute", ["fill", "stroke", "filter", "clip-path", "mask", "marker-start"])
def test_presentation_attributes_cannot_fetch(attribute):
    with pytest.raises(AssetRejected, match="external"):
        sanitize_svg(svg(f"<rect width='1' height='1' {attribute}=\"URL( '{EVIL}' )\"/>"))


@pytest.mark.parametrize("css", ["fill:url(#g)", "fill: URL( '#g' )", 'fill:url("#g");stroke:red',
                                 "/* brand */ fill:url(#g)", "image-rendering:pixelated;fill:red"])
def test_same_document_references_and_plain_css_pass(css):
    cleaned = sanitize_svg(svg(f"<defs><linearGradient id='g'/></defs><rect width='1' height='1' style={_quote(css)}/>"))
    assert b"<rect" in cleaned.data


def test_a_style_element_with_same_document_references_passes():
    cleaned = sanitize_svg(svg("<style>rect { fill: url(#g) } /* ok */</style><rect width='1' height='1'/>"))
    assert b"url(#g)" in cleaned.data
