"""HTTP headers of published files: content types, caching, and a strict CSP with hashes."""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import re

_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_INLINE_STYLE = re.compile(rb"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)
_HASHED_NAME = re.compile(r"[.-][0-9a-f]{8,}\.[a-z0-9]+$")
_EXTRA_TYPES = {".webp": "image/webp", ".avif": "image/avif", ".woff2": "font/woff2", ".ico": "image/x-icon",
                ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml"}
COMPRESSIBLE = ("text/", "application/xml", "application/json", "image/svg+xml", "application/javascript")
VIDEO_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com"

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def content_type(path: str) -> str:
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix == ".html":
        return "text/html; charset=utf-8"
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    guessed = mimetypes.types_map.get(suffix)
    if guessed and guessed.startswith("text/"):
        return f"{guessed}; charset=utf-8"
    return guessed or "application/octet-stream"


def cache_control(path: str) -> str:
    """Hashed names never change: cache for a year. Everything else revalidates quickly."""
    if _HASHED_NAME.search(path):
        return "public, max-age=31536000, immutable"
    return "public, max-age=60, must-revalidate"


def _digest(source: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source).digest()).decode() + "'"


def content_security_policy(html: bytes) -> str:
    """`default-src 'self'` plus the hashes of exactly the inline code this page carries."""
    scripts = " ".join(sorted({_digest(body) for body in _INLINE_SCRIPT.findall(html)}))
    styles = " ".join(sorted({_digest(body) for body in _INLINE_STYLE.findall(html)}))
    frames = f"frame-src {VIDEO_FRAMES}" if b"data-video" in html else "frame-src 'none'"
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {scripts}".strip(),
        f"style-src 'self' {styles}".strip(),
        "img-src 'self' data:",
        "font-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        frames,
        "frame-ancestors 'none'",
    ])


def is_compressible(kind: str) -> bool:
    return kind.startswith(COMPRESSIBLE)
