"""A local fake of the Anthropic Messages API (POST /v1/messages), JSON and SSE streaming.

Tests queue behaviours; each request takes the next one (the last one repeats):
``("tools", fn)`` answers with tool_use blocks ``fn(request_json) -> [(name, input)]``
(streamed as SSE when the request asks for it), ``("status", code, headers)`` an API
error, ``("hang", seconds)`` no answer at all.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def brief_of(request: dict) -> dict:
    """The JSON data the provider sent inside <brief> in its first user message."""
    content = request["messages"][0]["content"]
    text = content if isinstance(content, str) else content[0]["text"]
    return json.loads(re.search(r"<brief>\n(.*)\n</brief>", text, re.S).group(1))


def message(blocks: list[tuple[str, dict]], model: str = "fake") -> dict:
    content = [{"type": "tool_use", "id": f"toolu_{i}", "name": name, "input": data} for i, (name, data) in enumerate(blocks)]
    return {"id": "msg_fake", "type": "message", "role": "assistant", "model": model, "content": content,
            "stop_reason": "tool_use", "stop_sequence": None,
            "usage": {"input_tokens": 1200, "output_tokens": 300, "cache_read_input_tokens": 1000, "cache_creation_input_tokens": 0}}


def sse(msg: dict) -> bytes:
    def ev(kind, data):
        return f"event: {kind}\ndata: {json.dumps(data)}\n\n"
    out = [ev("message_start", {"type": "message_start", "message": {**msg, "content": [], "stop_reason": None,
                                                                       "usage": {**msg["usage"], "output_tokens": 1}}})]
    for i, block in enumerate(msg["content"]):
        out.append(ev("content_block_start", {"type": "content_block_start", "index": i, "content_block": {**block, "input": {}}}))
        raw = json.dumps(block["input"])
        for start in range(0, len(raw), 4000):
            out.append(ev("content_block_delta", {"type": "content_block_delta", "index": i,
                                                  "delta": {"type": "input_json_delta", "partial_json": raw[start:start + 4000]}}))
        out.append(ev("content_block_stop", {"type": "content_block_stop", "index": i}))
    out.append(ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                                    "usage": {"output_tokens": msg["usage"]["output_tokens"]}}))
    out.append(ev("message_stop", {"type": "message_stop"}))
    return "".join(out).encode()


class FakeAnthropic:
    def __init__(self) -> None:
        self.behaviours: list[tuple] = []
        self.requests: list[dict] = []
        self.times: list[float] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                fake.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
                fake.times.append(time.monotonic())
                index = min(len(fake.requests) - 1, len(fake.behaviours) - 1)
                kind, *args = fake.behaviours[index]
                if kind == "hang":
                    time.sleep(args[0])
                    return
                if kind == "status":
                    code, headers = args
                    kinds = {429: "rate_limit_error", 529: "overloaded_error", 400: "invalid_request_error"}
                    payload = json.dumps({"type": "error", "error": {"type": kinds.get(code, "api_error"), "message": f"fake {code}"}}).encode()
                    self.send_response(code)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                msg = message(args[0](body), body.get("model", "fake"))
                if body.get("stream"):
                    data = sse(msg)
                    self.send_response(200)
                    self.send_header("content-type", "text/event-stream")
                else:
                    data = json.dumps(msg).encode()
                    self.send_response(200)
                    self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "FakeAnthropic":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
