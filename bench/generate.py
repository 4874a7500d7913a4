"""Benchmark AI generation with the offline provider, as whole processes.

1. `bubblegum generate` of a 5-page site (goal ≤ 1 s)
2. prompt -> exported static bundle (generate + export_site in one process; goal ≤ 3 s)

Runs each several times and prints median and best wall times in a table.
Usage: .venv/bin/python bench/generate.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROMPT = "Rise & Crumb is a sourdough bakery in Leeds selling sourdough, croissants and celebration cakes"
EXPORT = """
import sys
from bubblegum.services.ai.offline import OfflineProvider
from bubblegum.render import export_site
site = OfflineProvider().generate_site(sys.argv[1], pages=5)
export_site(site, sys.argv[2])
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("bubblegum generate (5 pages)", 1.0,
             [str(bin_dir / "bubblegum"), "generate", PROMPT, "--pages", "5", "-q", "-o", f"{tmp}/site.json"]),
            ("prompt -> exported bundle", 3.0, [sys.executable, "-c", EXPORT, PROMPT, f"{tmp}/out"]),
        ]
        timed([sys.executable, "-c", "import bubblegum.render, bubblegum.blocks.document"])  # warm .pyc files
        print(f"{'case':32} {'median s':>9} {'best s':>8} {'goal s':>7}  ok")
        for name, goal, cmd in cases:
            times = [timed(cmd) for _ in range(runs)]
            median = statistics.median(times)
            print(f"{name:32} {median:9.3f} {min(times):8.3f} {goal:7.1f}  {'yes' if median <= goal else 'NO'}")


if __name__ == "__main__":
    main()
