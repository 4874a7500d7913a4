"""Run the three test tiers (unit, integration, e2e) and print how many ran in each."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIERS = ("unit", "integration", "e2e")


def run_tier(tier: str, report: Path) -> int:
    command = [sys.executable, "-m", "pytest", f"tests/{tier}", "-q", "-p", "no:cacheprovider",
               f"--junitxml={report}", *sys.argv[1:]]
    print(f"\n=== {tier} ===", flush=True)
    return subprocess.call(command, cwd=ROOT)


def counts(report: Path) -> dict[str, int]:
    if not report.exists():
        return {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    suite = ET.parse(report).getroot()
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
    return {key: int(suite.get(key, 0)) for key in ("tests", "failures", "errors", "skipped")}


def main() -> int:
    backends = ["sqlite"]
    if os.environ.get("BUBBLEGUM_TEST_POSTGRES_URL"):
        backends.append("postgres")
    if os.environ.get("BUBBLEGUM_TEST_REDIS_URL"):
        backends.append("redis")
    print(f"integration backends: {', '.join(backends)}")
    results, worst = {}, 0
    with tempfile.TemporaryDirectory() as folder:
        for tier in TIERS:
            report = Path(folder) / f"{tier}.xml"
            code = run_tier(tier, report)
            results[tier] = counts(report)
            if code not in (0,):
                worst = worst or code or 1
    total = {"passed": 0, "failed": 0, "skipped": 0}
    print("\ntier          passed  failed  skipped")
    for tier, c in results.items():
        failed = c["failures"] + c["errors"]
        passed = c["tests"] - failed - c["skipped"]
        total["passed"] += passed
        total["failed"] += failed
        total["skipped"] += c["skipped"]
        print(f"{tier:<12}  {passed:>6}  {failed:>6}  {c['skipped']:>7}")
    print(f"\n{total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")
    return worst


if __name__ == "__main__":
    sys.exit(main())
