"""SVG: only a strict allowlist survives; anything that could run or fetch is refused."""

from __future__ import annotations

import pytest

from bubblegum.services.assets.intake import prepare_upload
from bubblegum.services.assets.svg import SVG_HEADERS, sanitize_svg
from bubblegum.services.assets.validation import AssetRejected

from .samples import SVG_OK, svg


def test_clean_svg_is_reserialised_without_editor_metadata():
    clean = prepare_upload(SVG_OK)
    assert clean.content_type == "image/svg+xml" and (clean.width, clean.height) == (120, 60)
    text = clean.data.decode()
    assert "inkscape" not in text and "metadata" not in text and "made by hand" not in text
    assert 'fill="url(#g)"' in text and 'xlink:href="#g"' in text and "Hi &amp; bye" in text


@pytest.mark.parametrize("data, words", [
    (svg("<script>alert(1)</script>"), "scripts"),
    (svg('<script xlink:href="https://evil.test/x.js"/>'), "scripts"),
    (svg("<rect width='1' height='1'/>", attrs='onload="alert(1)"'), "event handler"),
    (svg("<rect width='1' height='1' onclick='alert(1)'/>"), "event handler"),
    (svg("<foreignObject><body xmlns='http://www.w3.org/1999/xhtml'><script>x()</script></body></foreignObject>"),
     "foreignObject"),
    (svg("<use href='https://evil.test/sprite.svg#icon'/>"), "external"),
    (svg("<use xlink:href='//evil.test/sprite.svg#icon'/>"), "external"),
    (svg("<image href='https://evil.test/track.png'/>"), "images"),
    (svg("<a href='javascript:alert(1)'><rect/></a>"), "links"),
    (svg("<set attributeName='href' to='javascript:alert(1)'/>"), "animation"),
    (svg("<rect style='fill:url(https://evil.test/x)'/>"), "external"),
    (svg("<style>@import url(https://evil.test/x.css);</style>"), "CSS"),
    (svg("<rect fill='url( \"https://evil.test/p\" )'/>"), "external"),
    (svg("<rect fill='javascript:alert(1)'/>"), "script"),
    (svg("<rect width='1'/>", attrs="xmlns:ev='http://www.w3.org/2001/xml-events' ev:event='click'"), "not allowed"),
    (svg("<html:script xmlns:html='http://www.w3.org/1999/xhtml'>x()</html:script>"), "scripts"),
    (svg("<rect width='1' fill='red' data-x='1'/>"), "not allowed"),
    (b'<!DOCTYPE svg [<!ENTITY x "boom">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>', "DTD"),
    (b'<!DOCTYPE svg SYSTEM "http://evil.test/x.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>', "DTD"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', "well-formed"),
    (b"<svg><rect/></svg>", "SVG namespace"),
])
def test_hostile_svg_is_refused(data, words):
    with pytest.raises(AssetRejected) as caught:
        prepare_upload(data)
    assert words.lower() in caught.value.message.lower()


def test_billion_laughs_is_refused_quickly():
    lol = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">'.encode() for i in range(1, 9)
    ) + b']><svg xmlns="http://www.w3.org/2000/svg"><text>&lol8;</text></svg>'
    with pytest.raises(AssetRejected):
        sanitize_svg(lol)


def test_svg_is_served_sandboxed():
    assert "sandbox" in SVG_HEADERS["Content-Security-Policy"]
    assert "default-src 'none'" in SVG_HEADERS["Content-Security-Policy"]
    assert SVG_HEADERS["X-Content-Type-Options"] == "nosniff"
