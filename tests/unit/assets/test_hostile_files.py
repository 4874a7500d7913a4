"""Hostile uploads: each refused with a clear message or safely re-encoded; nothing runs."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bubblegum.services.assets.images import open_checked, reencode
from bubblegum.services.assets.intake import prepare_upload
from bubblegum.services.assets.validation import AssetRejected, clean_filename

from . import samples


def refused(data: bytes, **kwargs) -> str:
    with pytest.raises(AssetRejected) as caught:
        prepare_upload(data, **kwargs)
    return caught.value.message


def test_png_claiming_60000_square_is_refused_before_decoding():
    bomb = samples.png_bomb()
    assert len(bomb) < 1100
    assert "too many pixels" in refused(bomb) or "60000×60000" in refused(bomb)


def test_png_over_our_pixel_limit_but_under_pillows_is_refused():
    message = refused(samples.png_bomb(8000, 8000))  # 64 MP: below Pillow's 89 MP warning
    assert "8000×8000" in message and "megapixels" in message


def test_fits_renamed_png_is_refused_even_though_pillow_reads_fits():
    data = samples.fits()
    assert Image.open(io.BytesIO(data)).format == "FITS"  # the sample is a real FITS file
    assert "not a supported image" in refused(data)
    with pytest.raises(AssetRejected):
        open_checked(data)  # and the allowlist in Image.open refuses it too


def test_gif_html_polyglot_is_re_encoded_without_the_html():
    data = samples.gif_html_polyglot()
    assert b"<script>" in data
    clean = prepare_upload(data)
    assert clean.content_type == "image/gif"
    assert b"<script" not in clean.data and b"<html" not in clean.data
    assert Image.open(io.BytesIO(clean.data)).size == (8, 8)


def test_type_comes_from_content_not_from_a_claimed_type():
    clean = prepare_upload(samples.png())  # a PNG a client sent as text/html: no such parameter
    assert clean.content_type == "image/png" and clean.extension == "png"
    html = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
    assert "not a supported image" in refused(html)  # HTML named photo.png


def test_jpeg_gps_exif_is_gone_and_orientation_applied():
    data = samples.jpeg_with_gps()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # the sample carries GPS
    clean = prepare_upload(data)
    image = Image.open(io.BytesIO(clean.data))
    assert not image.getexif() and "exif" not in image.info
    assert b"SpyCam" not in clean.data and b"Exif" not in clean.data
    assert image.size == (100, 200) == (clean.width, clean.height)  # orientation 6: rotated upright
    assert image.getpixel((95, 5))[2] < 100  # the yellow corner moved to the top right


@pytest.mark.parametrize("make", [samples.png, samples.jpeg_with_gps, samples.gif_html_polyglot])
def test_truncated_files_are_refused(make):
    data = make()
    assert "damaged or incomplete" in refused(data[: len(data) // 2]) or "not a supported" in refused(
        data[: len(data) // 2])


def test_truncated_png_message():
    data = samples.png(300, 300)
    assert refused(data[:120]) == "The image is damaged or incomplete and could not be read."


def test_empty_file():
    assert refused(b"") == "The file is empty."


def test_file_over_the_limit():
    message = refused(samples.png(), max_bytes=100)
    assert "limit" in message


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "GIF", "JPEG"] + (["AVIF"] if "AVIF" in Image.SAVE else []))
def test_every_allowed_format_is_re_encoded(fmt):
    out = io.BytesIO()
    image = Image.new("RGB", (40, 30), (1, 2, 3))
    exif = Image.Exif()
    exif[0x010F] = "LeakyMaker"
    image.save(out, fmt, exif=exif) if fmt != "GIF" else image.save(out, fmt)
    clean = reencode(out.getvalue())
    assert clean.format == fmt and (clean.width, clean.height) == (40, 30)
    assert clean.data != out.getvalue() or fmt == "GIF"
    assert b"LeakyMaker" not in clean.data


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.png", "passwd.png"),
    ("..\\..\\windows\\evil.png", "evil.png"),
    ("photo\x00.php.png", "photo.php.png"),
    ("invoice\u202egnp.exe", "invoicegnp.exe"),
    ("\u200b\u2066hidden\u2069.png", "hidden.png"),
    ("   ", "image"),
    ("..", "image"),
    ("a" * 300 + ".jpeg", "a" * 115 + ".jpeg"),
])
def test_file_names_are_cleaned(name, expected):
    cleaned = clean_filename(name)
    assert cleaned == expected and len(cleaned) <= 120
