"""Publishing benchmark: a 1,000-page site built from the block examples.

Times (whole processes, start-up included, as a user runs them):
  1. full export          `bubblegum export SITE.json -o DIR` into an empty folder
  2. one-page re-export   the same after changing one page (incremental)
  3. Hugo full build      an equivalent Hugo site (when `hugo` is installed)
and, inside one running process (the editor's path):
  4. republish after one edit: ops.update_props on one page + build_bundle with the
     previous manifest.

    .venv/bin/python bench/publish.py [--pages 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BUBBLEGUM = ROOT / ".venv" / "bin" / "bubblegum"

WORDS = ("maple harbour copper willow summit orchard lantern meadow granite cedar "
         "harvest beacon juniper saffron tidal atlas").split()


def make_site(n_pages: int) -> dict:
    """n pages cycling through the showcase pages (every block type), different text each."""
    base = json.loads((ROOT / "examples" / "showcase.json").read_text())
    templates = base["pages"]
    pages = []
    for i in range(n_pages):
        src = copy.deepcopy(templates[i % len(templates)])
        word = f"{WORDS[i % len(WORDS)].title()} {WORDS[(i * 7) % len(WORDS)]} {i}"
        src["slug"] = "" if i == 0 else f"page-{i:04d}"
        src["title"] = f"{word} · Harbor & Pine"
        root = src["doc"]["root"]
        root["title"] = src["title"]
        root["description"] = f"{word}: carpentry, repairs and home improvements, page {i}."
        root.pop("og_image", None)
        for block in src["doc"]["content"]:
            props = block["props"]
            if "title" in props and isinstance(props["title"], str) and block["type"] not in ("navbar", "footer"):
                props["title"] = f"{props['title'] or 'Section'} — {word}"
        pages.append(src)
    base["pages"] = pages
    return base


def timed(cmd: list[str]) -> float:
    """Wall time of one whole process. Pending writes of earlier runs are flushed first
    (os.sync) so that no run pays for the disk work of the one before."""
    os.sync()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


HUGO_LAYOUT = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{{ .Title }}</title>
<meta name="description" content="{{ .Params.description }}"><link rel="canonical" href="{{ .Permalink }}">
<style>{{ partial "css.html" . }}</style></head><body><main>
{{ range .Params.blocks }}<section class="b-{{ .type }}">
{{ with .props.eyebrow }}<p class="eyebrow">{{ . }}</p>{{ end }}
{{ with .props.title }}<h2>{{ . }}</h2>{{ end }}{{ with .props.subtitle }}<p class="lead">{{ . }}</p>{{ end }}
{{ range $k, $v := .props }}{{ if reflect.IsSlice $v }}<ul class="{{ $k }}">{{ range $v }}<li>
{{ if reflect.IsMap . }}{{ range $kk, $vv := . }}{{ if not (reflect.IsSlice $vv) }}{{ if not (reflect.IsMap $vv) }}<span class="{{ $kk }}">{{ $vv }}</span>{{ end }}{{ end }}{{ end }}{{ else }}{{ . }}{{ end }}
</li>{{ end }}</ul>{{ end }}{{ end }}
</section>{{ end }}</main></body></html>"""


def make_hugo(site: dict, directory: Path) -> None:
    from bubblegum.render.css import page_css
    from bubblegum.render.themes import resolve_theme
    from bubblegum.blocks.registry import BLOCKS

    (directory / "layouts" / "_default").mkdir(parents=True)
    (directory / "layouts" / "partials").mkdir(parents=True)
    (directory / "content").mkdir()
    (directory / "config.toml").write_text(
        'baseURL = "http://localhost:8000/"\ndisableKinds = ["taxonomy", "term", "RSS"]\n'
        "[minify]\n  minifyOutput = true\n")
    (directory / "layouts" / "_default" / "single.html").write_text(HUGO_LAYOUT)
    (directory / "layouts" / "index.html").write_text(HUGO_LAYOUT)
    (directory / "layouts" / "_default" / "list.html").write_text(HUGO_LAYOUT)
    (directory / "layouts" / "partials" / "css.html").write_text(
        page_css(resolve_theme(site["site"]["theme"]), BLOCKS, None).replace("{{", "{ {"))
    for p in site["pages"]:
        front = {"title": p["title"], "description": p["doc"]["root"].get("description", ""),
                 "blocks": p["doc"]["content"]}
        name = "_index.md" if p["slug"] == "" else f"{p['slug']}.md"
        (directory / "content" / name).write_text(json.dumps(front) + "\n")


def in_process_republish(site: dict, edits: int = 7) -> list[float]:
    from bubblegum.blocks.ops import update_props
    from bubblegum.render import build_bundle

    bundle = build_bundle(site, immutable_docs=True)
    manifest = bundle.manifest
    times = []
    for k in range(edits):
        i = 1 + (k * 137) % (len(site["pages"]) - 1)
        start = time.perf_counter()
        page = site["pages"][i]
        block = next(b for b in page["doc"]["content"] if b["type"] not in ("navbar", "footer"))
        field = "title" if "title" in block["props"] else next(iter(block["props"]))
        new_doc = update_props(page["doc"], block["id"], {field: f"Edited {k}"} if field == "title" else {})
        site["pages"][i] = {**page, "doc": new_doc}
        bundle = build_bundle(site, previous_manifest=manifest, immutable_docs=True)
        times.append(time.perf_counter() - start)
        assert bundle.rendered == 1, bundle.rendered
        manifest = bundle.manifest
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--verbose", action="store_true", help="print every run's time")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bg-bench-"))
    site = make_site(args.pages)
    site_json = work / "site.json"
    site_json.write_text(json.dumps(site))

    hugo = shutil.which("hugo")
    if hugo:
        make_hugo(site, work / "hugo")
    # each round runs all three, so a change in the machine's speed during the run weighs
    # on both sides of the ratios alike
    full, one, hugo_times = [], [], []
    for r in range(args.runs):
        out = work / f"out{r}"
        full.append(timed([str(BUBBLEGUM), "export", str(site_json), "-o", str(out)]))
        if hugo:
            hugo_times.append(timed([hugo, "--quiet", "-s", str(work / "hugo"), "-d", str(work / f"hugo-out{r}")]))
        edited = copy.deepcopy(site)
        edited["pages"][5 + r]["doc"]["content"][1]["props"]["title"] = f"Changed {r}"
        path = work / f"edited{r}.json"
        path.write_text(json.dumps(edited))
        one.append(timed([str(BUBBLEGUM), "export", str(path), "-o", str(out)]))
    files = sum(1 for p in out.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in out.rglob("index.html"))

    inproc = in_process_republish(copy.deepcopy(site))

    med = statistics.median
    if args.verbose:
        for name, runs in (("full", full), ("one-page", one), ("hugo", hugo_times)):
            print(f"{name:>9}: " + " ".join(f"{t:.3f}" for t in runs))
    print(f"site: {args.pages} pages, {files} files, {size / args.pages / 1024:.1f} KB HTML per page; "
          f"median of {args.runs} runs")
    print(f"{'measure':<44} {'seconds':>8} {'vs Hugo full':>12} {'goal':>10}")
    hugo_full = med(hugo_times) if hugo_times else None

    def row(name: str, secs: float, goal: str) -> None:
        ratio = f"{secs / hugo_full:.2f}x" if hugo_full else "-"
        print(f"{name:<44} {secs:>8.3f} {ratio:>12} {goal:>10}")

    row("full export (whole process)", med(full), "<= 1.0x")
    row("one-page re-export (whole process)", med(one), "<= 0.5x")
    if hugo_full:
        row(f"Hugo full build ({subprocess.run([hugo, 'version'], capture_output=True, text=True).stdout.split()[1]})", hugo_full, "")
    else:
        print("hugo not installed: apt-get install -y hugo")
    print(f"{'in-process republish after one edit':<44} {med(inproc):>8.3f} {'':>12} {'<= 0.050':>10}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
