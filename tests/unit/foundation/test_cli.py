"""The `bubblegum` console script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from bubblegum import __version__
from bubblegum.cli import app


def test_help_lists_commands():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "version" in result.output and "db" in result.output


def test_version():
    result = CliRunner().invoke(app, ["version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"bubblegum {__version__}"


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "bubblegum"
    completed = subprocess.run([str(script), "version"], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert __version__ in completed.stdout
