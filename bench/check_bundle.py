"""Build a bundle from every block example, serve it on loopback, and check every page
with the W3C Nu HTML checker and Lighthouse (mobile). Prints a table; exits non-zero
unless every page scores 100 in all four categories, has 0 Nu errors and makes no request
outside its own origin.

    .venv/bin/python bench/check_bundle.py [--site examples/showcase.json] [--preset dark]
        [--keep DIR] [--skip-lighthouse]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
VNU = ROOT / "tools/node_modules/vnu-jar/build/dist/vnu.jar"
LIGHTHOUSE = ROOT / "tools/node_modules/.bin/lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D401
        pass

    def send_head(self):  # serve 404.html for unknown paths, like a real static host
        path = self.translate_path(self.path)
        if not os.path.exists(path) and not self.path.endswith("/"):
            if os.path.isdir(path + "/"):
                pass
        if not os.path.exists(path):
            self.send_response(404)
            body = Path(self.directory, "404.html").read_bytes()
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        return super().send_head()


def serve(directory: Path) -> tuple[ThreadingHTTPServer, int]:
    handler = functools.partial(Quiet, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def nu_errors(files: list[Path]) -> dict[str, list[str]]:
    proc = subprocess.run(
        ["java", "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU), "--format", "json", "--errors-only",
         *map(str, files)], capture_output=True, text=True)
    out: dict[str, list[str]] = {}
    for m in json.loads(proc.stderr or '{"messages":[]}').get("messages", []):
        out.setdefault(m.get("url", "").removeprefix("file:"), []).append(m.get("message", ""))
    return out


def lighthouse(url: str, workdir: Path, cpu: float | None = None) -> dict:
    report = workdir / "lh.json"
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES),
         "--form-factor=mobile", "--max-wait-for-load=30000",
         *([f"--throttling.cpuSlowdownMultiplier={cpu}"] if cpu else [])],
        check=True, env=env, capture_output=True, timeout=240)
    data = json.loads(report.read_text())
    scores = {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    origin = urlparse(url).netloc
    requests = data["audits"].get("network-requests", {}).get("details", {}).get("items", [])
    off = [r["url"] for r in requests
           if urlparse(r["url"]).scheme in ("http", "https") and urlparse(r["url"]).netloc != origin]
    failing = [
        f"{a['id']}({a['score']})" for c in CATEGORIES for ref in data["categories"][c]["auditRefs"]
        if ref.get("weight") and (a := data["audits"][ref["id"]])["score"] is not None and a["score"] < 1
    ]
    transfer = sum(r.get("transferSize", 0) for r in requests)
    return {"scores": scores, "off_origin": off, "failing": failing, "transfer": transfer,
            "benchmark": data.get("environment", {}).get("benchmarkIndex")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", default=str(ROOT / "examples/showcase.json"))
    ap.add_argument("--preset", help="override the theme preset")
    ap.add_argument("--keep", help="write the bundle here instead of a temp folder")
    ap.add_argument("--skip-lighthouse", action="store_true")
    ap.add_argument("--cpu-multiplier", type=float, help="Lighthouse CPU slowdown (default 4, Lighthouse's own); "
                    "on a slow or busy host (benchmarkIndex well under 1000) Lighthouse's docs suggest calibrating it")
    ap.add_argument("--pages", help="comma-separated slugs to check (default: all, plus 404)")
    args = ap.parse_args()

    from bubblegum.render import export_site

    site = json.loads(Path(args.site).read_text())
    if args.preset:
        site["site"]["theme"] = {"preset": args.preset}
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bg-check-"))
    # serve first so the bundle's base URL (canonical, og:url, sitemap) is the real origin
    tmp.mkdir(parents=True, exist_ok=True)
    server, port = serve(tmp)
    base = f"http://127.0.0.1:{port}/"
    export_site(site, tmp, base_url=base)
    pages = [p["slug"] for p in site["pages"]] + ["404"]
    if args.pages is not None:
        pages = [x.strip() for x in args.pages.split(",")]
    files = {slug: tmp / ("404.html" if slug == "404" else (f"{slug}/index.html" if slug else "index.html"))
             for slug in pages}
    nu = nu_errors(list(files.values()))
    ok = True
    rows = []
    for slug in pages:
        html_size = files[slug].stat().st_size
        n_err = len(nu.get(str(files[slug]), []))
        row = {"page": "/" + (slug + "/" if slug and slug != "404" else ("404.html" if slug == "404" else "")),
               "nu": n_err, "html": html_size, "file": files[slug]}
        if not args.skip_lighthouse:
            # Lighthouse refuses non-2xx documents, so the not-found page is checked at
            # /404.html (the server returns the same bytes with status 404 elsewhere)
            url = base + (f"{slug}/" if slug and slug != "404" else ("404.html" if slug == "404" else ""))
            res = lighthouse(url, tmp.parent if args.keep else Path(tempfile.gettempdir()), args.cpu_multiplier)
            row.update(res)
            ok &= all(res["scores"][c] == 100 for c in CATEGORIES)
            ok &= not res["off_origin"]
        ok &= n_err == 0
        rows.append(row)
    server.shutdown()

    print(f"{'page':<26} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} {'nu err':>6} {'html KB':>7} {'transfer KB':>11} {'off-origin':>10}")
    for r in rows:
        s = r.get("scores", {})
        print(f"{r['page']:<26} {s.get('performance', '-'):>4} {s.get('accessibility', '-'):>4} "
              f"{s.get('best-practices', '-'):>4} {s.get('seo', '-'):>4} {r['nu']:>6} {r['html'] / 1024:>7.1f} "
              f"{r.get('transfer', 0) / 1024:>11.1f} {len(r.get('off_origin', [])):>10}")
        if r.get("failing"):
            print("    failing audits:", ", ".join(r["failing"]))
        for msg in nu.get(str(r["file"]), [])[:5]:
            print("    nu:", msg)
    marks = [r["benchmark"] for r in rows if r.get("benchmark")]
    if marks:
        print(f"Lighthouse benchmarkIndex of this host: {min(marks):.0f}-{max(marks):.0f}; CPU multiplier "
              f"{args.cpu_multiplier or 4}")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
