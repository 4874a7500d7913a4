"""Every request body is limited before it is buffered or spooled: by Content-Length and by
counting a chunked stream; 413 with a sentence. Raw HTTP against uvicorn on loopback."""

from __future__ import annotations

import json
import socket
import threading

import pytest
from fastapi import FastAPI, Request

import bubblegum.bubblegum
from bubblegum.api.body_limit import BodyLimitMiddleware
from bubblegum.config import get_settings

from .loopback import serving

received: dict[str, int] = {}


def _app():
    """Stand-ins that read their whole body (Reflex's upload endpoint spools it; the form route
    parses it) and record how many bytes reached them, behind the middleware as bubblegum.py
    mounts it."""
    api = FastAPI()

    @api.post("/_upload")
    @api.post("/sites/demo/_forms/contact")
    @api.post("/_forms/contact")
    @api.post("/api/anything")
    async def read_all(request: Request):
        received[request.url.path] = sum([len(chunk) async for chunk in request.stream()])
        return {"ok": True}

    return BodyLimitMiddleware(api)


def _raw(port: int, head: str, chunks: list[bytes] = ()) -> tuple[int, dict]:
    """Send a request by hand (chunked when ``chunks``), reading the answer while sending."""
    answer = bytearray()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        def read() -> None:
            try:
                while chunk := conn.recv(65536):
                    answer.extend(chunk)
            except OSError:
                pass

        reader = threading.Thread(target=read)
        reader.start()
        try:
            conn.sendall(head.encode() + b"\r\n")
            for chunk in chunks:
                conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            conn.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed before the whole body was sent: that is the point
        reader.join(10)
    status_line, _, rest = bytes(answer).partition(b"\r\n")
    payload = rest.partition(b"\r\n\r\n")[2]
    return int(status_line.split()[1]), json.loads(payload) if payload.startswith(b"{") else {}


@pytest.fixture
def port():
    received.clear()
    with serving(_app()) as port:
        yield port


def test_the_app_mounts_the_limit_in_front_of_everything():
    assert bubblegum.bubblegum.app.api_transformer[-1] is BodyLimitMiddleware


def test_declared_length_over_the_limit_is_refused_before_any_byte_is_read(port):
    limit = get_settings().max_upload_body_bytes
    status, body = _raw(port, f"POST /_upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: {limit + 1}\r\n"
                              "Connection: close\r\n")
    assert status == 413
    assert body["error"]["code"] == "BODY_TOO_LARGE"
    assert "at most 25 MB" in body["error"]["message"]
    assert "/_upload" not in received


def test_chunked_upload_is_cut_off_at_the_limit(port):
    limit = get_settings().max_upload_body_bytes
    chunks = [b"x" * (1024 * 1024)] * (limit // (1024 * 1024) + 4)
    status, body = _raw(port, "POST /_upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                              "Connection: close\r\n", chunks)
    assert status == 413 and "too large" in body["error"]["message"]
    assert "/_upload" not in received  # the endpoint never got the whole body


def test_chunked_upload_within_the_limit_goes_through(port):
    status, body = _raw(port, "POST /_upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                              "Connection: close\r\n", [b"y" * 100_000] * 3)
    assert status == 200 and received["/_upload"] == 300_000


def test_anonymous_form_posts_have_the_tightest_limit(port):
    settings = get_settings()
    assert settings.max_form_body_bytes < settings.max_body_bytes < settings.max_upload_body_bytes
    chunks = [b"message=" + b"a" * 4096] * (settings.max_form_body_bytes // 4096 + 2)
    for path in ("/sites/demo/_forms/contact", "/_forms/contact"):
        status, body = _raw(port, f"POST {path} HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                                  "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n", chunks)
        assert status == 413, path
        assert "at most 16 KB" in body["error"]["message"] and path not in received


def test_any_other_endpoint_has_the_default_limit(port):
    limit = get_settings().max_body_bytes
    status, body = _raw(port, "POST /api/anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                              "Connection: close\r\n", [b"z" * 65536] * (limit // 65536 + 2))
    assert status == 413 and "at most 1 MB" in body["error"]["message"] and "/api/anything" not in received


def test_the_upload_limit_applies_to_reflex_upload_endpoint():
    from reflex.constants import Endpoint

    from bubblegum.api.body_limit import UPLOAD_PATH, body_limit_for

    assert str(Endpoint.UPLOAD) == UPLOAD_PATH
    assert body_limit_for(str(Endpoint.UPLOAD)) == get_settings().max_upload_body_bytes
