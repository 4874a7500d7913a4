"""Hostile and ordinary sample files, made in memory."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import ExifTags, Image


def png(width: int = 64, height: int = 48, color=(200, 40, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(width: int = 60_000, height: int = 60_000) -> bytes:
    """A ~1 KB PNG whose header claims width × height pixels (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 3000, 9)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", rows) + _chunk(b"IEND", b"")


def fits() -> bytes:
    """A valid FITS image (Pillow can read FITS, but it is not on the allowlist)."""
    cards = ["SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    2",
             "NAXIS1  =                    4", "NAXIS2  =                    4", "END"]
    header = "".join(card.ljust(80) for card in cards).ljust(2880).encode()
    return header + bytes(range(16)).ljust(2880, b"\x00")


def gif_html_polyglot() -> bytes:
    """A GIF whose comment and trailing bytes carry an HTML page with a script."""
    out = io.BytesIO()
    Image.new("P", (8, 8), 1).save(out, "GIF", comment=b"<html><script>alert(document.cookie)</script>")
    return out.getvalue() + b"<html><body><script>alert('polyglot')</script></body></html>"


def jpeg_with_gps(width: int = 200, height: int = 100, orientation: int = 6) -> bytes:
    image = Image.new("RGB", (width, height), (10, 120, 200))
    image.paste((250, 250, 0), (0, 0, 20, 20))  # a marker in the stored top-left corner
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "SpyCam"
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.0),
                                  ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (13.0, 24.0, 36.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


SVG_OK = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
          b'xmlns:xlink="http://www.w3.org/1999/xlink" '
          b'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 120 60" '
          b'inkscape:version="1.0"><!-- made by hand --><metadata>rdf</metadata>'
          b'<defs><linearGradient id="g"><stop offset="0" stop-color="#f06"/></linearGradient></defs>'
          b'<rect width="120" height="60" fill="url(#g)" style="opacity:.9"/><use xlink:href="#g"/>'
          b'<text x="4" y="30">Hi &amp; bye</text></svg>')


def svg(body: str, *, attrs: str = "") -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'viewBox="0 0 10 10" {attrs}>{body}</svg>').encode()


def animation(fmt: str, frames: int, width: int, height: int) -> bytes:
    """An animation (GIF, WEBP or PNG for APNG) of ``frames`` frames, each a different colour."""
    images = [Image.new("RGB", (width, height), ((n * 37) % 256, (n * 91) % 256, (n * 13) % 256))
              for n in range(frames)]
    out = io.BytesIO()
    images[0].save(out, fmt, save_all=True, append_images=images[1:], duration=40, loop=0)
    return out.getvalue()


def _gif_frame(left: int, top: int, width: int, height: int) -> bytes:
    descriptor = b"\x2c" + struct.pack("<HHHHB", left, top, width, height, 0)
    return descriptor + b"\x02\x02\x4c\x01\x00"  # LZW min code 2, one data block, end


def gif_bomb(screen: int = 65_535) -> bytes:
    """A ~40-byte GIF whose logical screen claims screen × screen pixels."""
    head = b"GIF89a" + struct.pack("<HHBBB", screen, screen, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    return head + _gif_frame(0, 0, 1, 1) + b"\x3b"


def gif_with_outsized_frame(screen: int = 100, frame: int = 15_000) -> bytes:
    """A small GIF canvas whose second frame claims to be far larger than the canvas."""
    head = b"GIF89a" + struct.pack("<HHBBB", screen, screen, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    return head + _gif_frame(0, 0, 1, 1) + _gif_frame(0, 0, frame, frame) + b"\x3b"
