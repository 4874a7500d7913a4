"""E2E fixtures: the real app (`reflex run --env prod`) on a free port, and headless Chromium."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def app_data_dir(tmp_path_factory) -> Path:
    """The running app's BUBBLEGUM_DATA_DIR (its SQLite database), for seeding data directly."""
    return tmp_path_factory.mktemp("app-data")


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, app_data_dir) -> str:
    # One Reflex build at a time per checkout: two runs would overwrite each other's .web/.
    lock = open(ROOT / ".web.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        with running_app(tmp_path_factory, app_data_dir, free_port()) as url:
            yield url
    finally:
        lock.close()


@contextmanager
def running_app(tmp_path_factory, data_dir: Path, port: int, **extra_env: str) -> Iterator[str]:
    """The app on ``port`` with ``extra_env``; a caller that builds apart from the checkout's
    .web/ passes REFLEX_WEB_WORKDIR (another folder) and needs no lock."""
    url = f"http://localhost:{port}"
    # Open sign-up, and confirmation / invitation links on screen: the development opt-in,
    # which the app accepts on loopback only.
    env = dict(os.environ, BUBBLEGUM_DATA_DIR=str(data_dir), BUBBLEGUM_APP_URL=url, BUBBLEGUM_SIGNUP="open",
               BUBBLEGUM_DEV_SHOW_LINKS="1", REFLEX_BACKEND_HOST="127.0.0.1", **extra_env)
    subprocess.run([str(BIN / "bubblegum"), "db", "upgrade"], env=env, cwd=ROOT, check=True)
    log = open(tmp_path_factory.mktemp("logs") / "app.log", "w+")
    process = subprocess.Popen(
        [str(BIN / "reflex"), "run", "--env", "prod", "--single-port",
         "--frontend-port", str(port), "--backend-port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def finish_sign_up(page) -> None:
    """After "Create account": the install's first account is signed in at once; a later one
    opens the confirmation link the development opt-in shows on screen."""
    link = page.locator("#dev-confirm-link")
    for _ in range(150):
        if re.search(r"/dashboard/?$", page.url):
            return
        if link.count():
            page.goto(link.get_attribute("href"))
            break
        page.wait_for_timeout(100)
    page.wait_for_url(re.compile(r"/dashboard/?$"))


def _wait_until_up(url: str, process: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            pytest.fail(f"the app exited with {process.returncode}:\n{log.read()[-4000:]}")
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200 and \
                    httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    log.seek(0)
    pytest.fail(f"the app did not start within 240 s:\n{log.read()[-4000:]}")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# Wide enough that the editor canvas shows the desktop page at 1:1: Playwright maps clicks
# into an iframe without its CSS zoom, so on a narrower screen (where the canvas scales the
# 1280 px page down, `test_true_previews`) a click would land beside its target.
WIDE = {"width": 1920, "height": 1000}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    yield page
    context.close()
