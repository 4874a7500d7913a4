"""examples/api_client.py runs as written against the API on loopback, with a job worker:
it creates a site, edits its home page with If-Match, publishes and follows the job."""

from __future__ import annotations

import runpy
from pathlib import Path

from bubblegum.api import create_api
from bubblegum.services import jobs

from ..api.loopback import serving

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "api_client.py"


def test_example_client_publishes_a_site(world, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BUBBLEGUM_API_KEY", world.keys["publish"])
    jobs.start_worker(poll_interval=0.1)
    try:
        with serving(create_api()) as port:
            runpy.run_path(str(EXAMPLE), run_name="example")["main"](f"http://127.0.0.1:{port}")
    finally:
        jobs.stop_worker()
    out = capsys.readouterr().out
    assert "done: 100%" in out and "Live at http" in out, out
