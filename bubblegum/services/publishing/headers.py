"""HTTP headers of everything served for a site: content types, caching, and a strict CSP.

Scripts are allowed by the renderer's own known hashes (``render.scripts``), never by
hashing what a page contains; styles by the hashes of the page's inline ``<style>``, which
only the renderer writes (text reaching HTML is escaped, so data cannot add one).
"""

from __future__ import annotations

import mimetypes
import re

from bubblegum.render.scripts import SCRIPT_HASHES, csp_hash

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


def content_security_policy(html: bytes) -> str:
    """`default-src 'self'`, scripts only by the renderer's known hashes, the page's own styles."""
    scripts = " ".join(SCRIPT_HASHES) or "'none'"
    styles = " ".join(sorted({csp_hash(body) for body in _INLINE_STYLE.findall(html)}))
    frames = f"frame-src {VIDEO_FRAMES}" if b"data-video" in html else "frame-src 'none'"
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        f"style-src 'self' {styles}".strip(),
        "img-src 'self' data:",
        "font-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        frames,
        "frame-ancestors 'none'",
    ])


# Plain-text answers (nothing published, not found, refused): nothing may load or frame them.
TEXT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def html_headers(html: bytes) -> dict[str, str]:
    """Headers of an HTML page served for a site (pages, 404s, the form-result page)."""
    return {"Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": content_security_policy(html),
            **SECURITY_HEADERS}


def text_headers() -> dict[str, str]:
    """Headers of a short plain-text answer served for a site."""
    return {"Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": TEXT_CSP, **SECURITY_HEADERS}


def is_compressible(kind: str) -> bool:
    return kind.startswith(COMPRESSIBLE)
