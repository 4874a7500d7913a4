"""Handlers never send the browser code to evaluate: the app's CSP has no 'unsafe-eval', so
`rx.toast`, `rx.call_script` and friends returned by a handler would silently do nothing.
Handlers raise toasts through `bubblegum.state.notices`."""

from __future__ import annotations

import re
from pathlib import Path

import bubblegum

STATE_DIR = Path(bubblegum.__file__).parent / "state"
EVALUATED = re.compile(r"\brx\.(toast|call_script|call_function|run_script|set_clipboard)\b")


def test_state_handlers_send_no_code_to_evaluate():
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in sorted(STATE_DIR.glob("*.py")) if path.name != "notices.py"
             for number, line in enumerate(path.read_text().splitlines(), 1) if EVALUATED.search(line)]
    assert not found, "use bubblegum.state.notices instead:\n" + "\n".join(found)


def test_a_notice_is_recorded_for_the_bridge():
    from bubblegum.state.notices import NoticeState, error

    spec = error("x" * 900)
    assert spec.handler.fn.__qualname__ == NoticeState.show.fn.__qualname__
