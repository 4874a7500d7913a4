"""The site CSP allows the renderer's own scripts (known hashes), never a page's others."""

from __future__ import annotations

from bubblegum.render.scripts import EDIT_SCRIPT, SCRIPT_HASHES, csp_hash
from bubblegum.services.publishing.headers import content_security_policy


def _script_src(csp: str) -> list[str]:
    return next(part for part in csp.split("; ") if part.startswith("script-src")).split()[1:]


def test_a_script_in_the_page_is_not_allowed_by_its_hash():
    hostile = "alert(document.domain)"
    html = f"<html><head><style>p{{}}</style></head><body><script>{hostile}</script></body></html>".encode()
    csp = content_security_policy(html)
    assert csp_hash(hostile) not in csp
    assert _script_src(csp) == list(SCRIPT_HASHES)
    assert "'self'" not in _script_src(csp) and "'unsafe-inline'" not in csp
    assert csp_hash("p{}") in csp  # the page's own inline style


def test_known_hashes_are_the_renderers_scripts():
    assert csp_hash(EDIT_SCRIPT) in SCRIPT_HASHES
