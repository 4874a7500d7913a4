import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]
VNU = ROOT / "tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SHOWCASE = ROOT / "examples" / "showcase.json"


def nu_check(paths: list[Path]) -> dict[str, list[str]]:
    """Run the W3C Nu checker once over many files; return {file: [error messages]}."""
    if not VNU.exists() or shutil.which("java") is None:
        pytest.skip("vnu.jar or java not available")
    proc = subprocess.run(
        ["java", "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, paths)],
        capture_output=True, text=True, timeout=300,
    )
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    errors: dict[str, list[str]] = {}
    for m in report.get("messages", []):
        if m.get("type") == "error" or m.get("subType") == "fatal":
            name = m.get("url", "").removeprefix("file:")
            errors.setdefault(name, []).append(f"{m.get('lastLine')}:{m.get('lastColumn')} {m.get('message')} [{m.get('extract', '')}]")
    return errors


@pytest.fixture
def showcase() -> dict:
    return json.loads(SHOWCASE.read_text())
