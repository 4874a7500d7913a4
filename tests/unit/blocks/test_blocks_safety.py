"""URL fields refuse dangerous schemes in every spelling; rich text is cleaned."""

import pytest

from bubblegum.blocks.document import DocumentError, validate_props
from bubblegum.blocks.safety import check_url, clean_html

BAD = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    " \x01javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&amp;#106;avascript:alert(1)",
    "%6Aavascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "\\\\evil.example",
    "https://",
    "",
]
GOOD = [
    "https://example.com/a?b=1#c",
    "http://example.com",
    "mailto:hi@example.com",
    "tel:+441234567",
    "/about",
    "about/team",
    "#contact",
    "?q=1",
    "./x",
]


@pytest.mark.parametrize("url", BAD)
def test_bad_urls_refused(url):
    with pytest.raises(ValueError):
        check_url(url)


@pytest.mark.parametrize("url", GOOD)
def test_good_urls_pass(url):
    assert check_url(url) == url.strip()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", "&#106;avascript:x", "data:x", "vbscript:x"])
def test_block_link_field_refuses_with_field_name(url):
    with pytest.raises(DocumentError) as info:
        validate_props("cta", {"title": "Hi", "buttons": [{"label": "Go", "href": url}]}, block_id="b_1")
    err = info.value
    assert err.block == "b_1" and err.block_type == "cta"
    assert err.field == "buttons.0.href"
    assert "not allowed" in err.message or "scheme" in err.message or "empty" in err.message


def test_image_src_allows_assets_but_not_javascript():
    validate_props("image", {"image": {"src": "asset:sample/photo-1", "alt": "x"}})
    with pytest.raises(DocumentError):
        validate_props("image", {"image": {"src": "javascript:alert(1)", "alt": "x"}})
    with pytest.raises(DocumentError):
        validate_props("image", {"image": {"src": "mailto:x@y.z", "alt": "x"}})


def test_rich_text_cleaned():
    dirty = (
        '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">a</a>'
        '<a href="&#106;avascript:alert(1)">b</a><img src=x onerror=alert(1)>'
        '<style>body{}</style><iframe src="https://evil"></iframe><strong>ok</strong></p>'
    )
    out = clean_html(dirty)
    low = out.lower()
    for bad in ("script", "onclick", "javascript", "onerror", "<img", "<style", "<iframe"):
        assert bad not in low, bad
    assert "<strong>ok</strong>" in out
    props = validate_props("rich_text", {"body": dirty})
    assert "script" not in props.body.lower()


def test_rich_text_keeps_safe_links():
    out = clean_html('<a href="https://example.com">x</a><a href="/about">y</a>')
    assert 'href="https://example.com"' in out and 'href="/about"' in out
    assert 'rel="noopener noreferrer"' in out


@pytest.mark.parametrize("url, words", [
    ('https://example.com/"onmouseover="alert(1)', "double quote"),
    ("https://example.com/it's", "a quote"),
    ("https://example.com/<script>", "'<'"),
    ("/about>", "'>'"),
    ("https://example.com/a b", "a space"),
    ("https://example.com/a\tb", "whitespace"),
    ("https://example.com/\x00", "control character"),
    ("https://example.com/\u202e", "control character"),
    ("https://example.com\\@evil.example", "backslash"),
    ("https://user:secret@example.com/", "user name or password"),
    ("https://example.com:99999/", "port"),
    ("https://exa$mple.com/", "host name"),
])
def test_characters_that_could_end_an_attribute_are_refused_in_words(url, words):
    with pytest.raises(ValueError) as refused:
        check_url(url)
    assert words in str(refused.value)


@pytest.mark.parametrize("url, serialised", [
    ("  https://example.com/a  ", "https://example.com/a"),
    ("HTTPS://Example.COM:8080/Path?q=1#Top", "https://example.com:8080/Path?q=1#Top"),
    ("https://bücher.example/", "https://xn--bcher-kva.example/"),
    ("MAILTO:hi@example.com", "mailto:hi@example.com"),
    ("/a/b?c=1&d=2", "/a/b?c=1&d=2"),
])
def test_urls_are_parsed_and_reserialised(url, serialised):
    assert check_url(url) == serialised


def test_the_message_names_the_field_when_given():
    with pytest.raises(ValueError, match=r"^base_url: URL contains a double quote"):
        check_url('https://example.com/"', field="base_url")


def test_block_link_refuses_a_quote_naming_the_field():
    with pytest.raises(DocumentError) as refused:
        validate_props("cta", {"title": "Hi", "buttons": [{"label": "Go", "href": 'https://ex.com/"><b>'}]},
                       block_id="b_1")
    assert refused.value.field == "buttons.0.href" and "double quote" in refused.value.message


def test_renderer_options_go_through_the_same_check():
    import json
    from pathlib import Path

    from bubblegum.render.renderer import SiteRenderer

    site = json.loads((Path(__file__).parents[3] / "examples" / "showcase.json").read_text())
    with pytest.raises(ValueError, match="^base_url: "):
        SiteRenderer(site, base_url='https://ex.example/"><script>alert(1)</script>')
    with pytest.raises(ValueError, match="^asset_base: "):
        SiteRenderer(site, asset_base="javascript:alert(1)//")
