"""The development opt-in that shows links on screen is refused unless the app is on loopback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bubblegum.config import PROJECT_ROOT, Settings, is_loopback


@pytest.mark.parametrize("host, expected", [("localhost", True), ("app.localhost", True), ("127.0.0.1", True),
                                            ("::1", True), ("[::1]", True), ("0.0.0.0", False), ("::", False),
                                            ("10.0.0.5", False), ("example.com", False), ("", False)])
def test_loopback_hosts(host, expected):
    assert is_loopback(host) is expected


def test_nothing_to_refuse_by_default():
    assert Settings(BUBBLEGUM_APP_URL="https://builder.example.com").startup_problems() == []


def test_links_on_screen_need_loopback_everywhere():
    on = {"BUBBLEGUM_DEV_SHOW_LINKS": "1"}
    assert len(Settings(**on).startup_problems()) == 1  # Reflex binds 0.0.0.0 unless told otherwise
    assert Settings(**on, REFLEX_BACKEND_HOST="127.0.0.1").startup_problems() == []
    [problem] = Settings(**on, REFLEX_BACKEND_HOST="127.0.0.1",
                         BUBBLEGUM_APP_URL="http://192.168.1.20:3000").startup_problems()
    assert "192.168.1.20" in problem and "BUBBLEGUM_DEV_SHOW_LINKS" in problem


def test_the_app_refuses_to_start(tmp_path):
    env = dict(os.environ, BUBBLEGUM_DATA_DIR=str(tmp_path), BUBBLEGUM_DEV_SHOW_LINKS="true",
               REFLEX_BACKEND_HOST="0.0.0.0")
    result = subprocess.run([sys.executable, "-c", "import rxconfig"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Bubble Gum will not start" in result.stderr
    env["REFLEX_BACKEND_HOST"] = "127.0.0.1"
    assert subprocess.run([sys.executable, "-c", "import rxconfig"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, timeout=60).returncode == 0
