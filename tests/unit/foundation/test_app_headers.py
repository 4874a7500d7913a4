"""App pages get CSP (their own inline bootstrap scripts by hash, nothing else inline),
frame-ancestors 'none', nosniff and a referrer policy, from the one ASGI middleware the
app mounts last (``api_transformer``); answers with their own policy keep it."""

from __future__ import annotations

import gzip

import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.testclient import TestClient

from bubblegum.api.app_headers import secure_app_pages
from bubblegum.render.scripts import SCRIPT_HASHES, csp_hash

# The shape of a page of the production build (measured): inline bootstrap scripts.
THEME = "if (typeof document !== 'undefined') { document.documentElement.dataset.theme = 'light' }"
CONTEXT = 'window.__reactRouterContext = {"basename":"/"};'
ENTRY = 'import "/assets/manifest-fba572f1.js";'
PAGE = (f'<!doctype html><html><head><script>{THEME}</script><script src="/assets/root.js"></script></head>'
        f'<body><script>{CONTEXT}</script><script type="module" async="">{ENTRY}</script></body></html>')


@pytest.fixture
def client() -> TestClient:
    from bubblegum.api.app_headers import _policy_parts

    _policy_parts.cache_clear()  # the policy follows the settings of this test
    api = FastAPI()
    api.get("/dashboard")(lambda: HTMLResponse(PAGE))
    api.get("/login")(lambda: Response(gzip.compress(PAGE.encode()), media_type="text/html",
                                       headers={"Content-Encoding": "gzip"}))
    api.get("/cached")(lambda: Response(status_code=304, headers={"Content-Type": "text/html"}))
    api.get("/api/thing")(lambda: JSONResponse({"ok": True}))
    api.get("/own-policy")(lambda: Response("<svg/>", media_type="image/svg+xml",
                                            headers={"Content-Security-Policy": "default-src 'none'; sandbox"}))
    return TestClient(secure_app_pages(api))


def _directives(csp: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in csp.split("; ")}


@pytest.mark.parametrize("path", ["/dashboard", "/login"])
def test_app_pages_allow_only_their_own_inline_scripts(client, path):
    response = client.get(path)
    policy = _directives(response.headers["content-security-policy"])
    expected = {"'self'", *SCRIPT_HASHES, csp_hash(THEME), csp_hash(CONTEXT), csp_hash(ENTRY)}
    assert set(policy["script-src"]) == expected
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert policy["connect-src"] == ["'self'", "ws://localhost:3000"]
    assert "'unsafe-eval'" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.text == PAGE


def test_the_editor_canvas_script_is_allowed_in_the_srcdoc_frame(client):
    """The canvas iframe (srcdoc) inherits the editor page's policy: the renderer's edit script must run."""
    from bubblegum.render.scripts import EDIT_SCRIPT

    assert csp_hash(EDIT_SCRIPT) in client.get("/dashboard").headers["content-security-policy"]


def test_other_answers_get_the_headers_and_keep_their_own_policy(client):
    api = client.get("/api/thing")
    assert api.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert api.headers["x-content-type-options"] == "nosniff"
    svg = client.get("/own-policy")
    assert svg.headers["content-security-policy"] == "default-src 'none'; sandbox"
    assert svg.headers["x-content-type-options"] == "nosniff"


def test_a_not_modified_answer_keeps_the_cached_policy(client):
    assert "content-security-policy" not in client.get("/cached").headers


def test_the_app_mounts_the_middleware_outside_everything_but_the_body_limit():
    import ast
    from pathlib import Path

    source = (Path(__file__).parents[3] / "bubblegum" / "bubblegum.py").read_text()
    call = next(node for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.keyword) and node.arg == "api_transformer")
    assert [ast.unparse(e) for e in call.value.elts[-2:]] == ["secure_app_pages", "BodyLimitMiddleware"]


def test_uploaded_images_from_a_cdn_are_allowed(monkeypatch):
    from bubblegum.api.app_headers import _policy_parts, app_page_policy
    from bubblegum.config import get_settings

    monkeypatch.setenv("CDN_BASE_URL", "https://cdn.example.net/files")
    get_settings.cache_clear()
    _policy_parts.cache_clear()
    try:
        assert "img-src 'self' data: blob: https://cdn.example.net;" in app_page_policy(b"")
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
        _policy_parts.cache_clear()


def test_a_page_sent_by_path_gets_its_policy(tmp_path):
    """Granian sends static files with the ``http.response.pathsend`` extension (the build's HTML)."""
    import asyncio

    page = tmp_path / "index.html"
    page.write_text(PAGE)

    async def static_app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/html")]})
        await send({"type": "http.response.pathsend", "path": str(page)})

    sent: list[dict] = []

    async def record(message):
        sent.append(message)

    asyncio.run(secure_app_pages(static_app)({"type": "http", "method": "GET", "path": "/"}, None, record))
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.pathsend"]
    policy = dict(sent[0]["headers"])[b"content-security-policy"].decode()
    assert csp_hash(THEME) in policy and csp_hash(ENTRY) in policy
