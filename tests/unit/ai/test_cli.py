"""`bubblegum generate` and `bubblegum audit` as a person runs them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

from typer.testing import CliRunner

from bubblegum.cli import app


def test_generate_then_audit(tmp_path):
    out = tmp_path / "site.json"
    result = CliRunner().invoke(app, ["generate", "A dentist in Leeds called Bright Smile", "--pages", "3", "--style", "fresh", "-o", str(out)])
    assert result.exit_code == 0, result.output
    site = json.loads(out.read_text())
    assert site["site"]["name"] == "Bright Smile" and len(site["pages"]) == 3 and site["site"]["theme"]["preset"] == "fresh"
    result = CliRunner().invoke(app, ["audit", str(out), "--json"])
    assert result.exit_code == 0 and json.loads(result.output) == [] or all(f["severity"] != "error" for f in json.loads(result.output))


def test_audit_exits_1_on_errors(tmp_path):
    out = tmp_path / "site.json"
    CliRunner().invoke(app, ["generate", "A bakery", "--pages", "1", "-o", str(out), "-q"])
    site = json.loads(out.read_text())
    site["pages"][0]["doc"]["content"][0]["props"]["links"].append({"label": "Gone", "href": "/gone"})
    out.write_text(json.dumps(site))
    result = CliRunner().invoke(app, ["audit", str(out)])
    assert result.exit_code == 1 and "broken-link" in result.output


def test_oversized_prompt_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["generate", "x" * 2001, "-o", str(tmp_path / "s.json")])
    assert result.exit_code == 2 and "2,000" in result.output


def test_unreachable_anthropic_ends_fast_with_a_clear_message(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    env = {**os.environ, "ANTHROPIC_API_KEY": "test", "ANTHROPIC_BASE_URL": f"http://127.0.0.1:{port}"}
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "bubblegum.cli", "generate", "A bakery", "--provider", "anthropic",
                           "-o", str(tmp_path / "s.json")], capture_output=True, text=True, env=env, timeout=90)
    assert time.monotonic() - start < 60
    assert proc.returncode == 2 and "Traceback" not in proc.stderr + proc.stdout
    assert "Could not reach the AI service" in proc.stderr
