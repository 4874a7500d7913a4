"""Serving benchmark: a published site served by the app vs nginx on the same files, same run.

The showcase site is published into a fresh data folder; the app's ASGI stack (the site
server in front of the API, with the same middleware the Reflex app mounts) runs under
uvicorn with 1 and 2 workers; nginx serves the deployment's files exported to a folder. wrk
(Debian's `wrk`) requests four different pages of the site over loopback with 50
connections. Prints a table (requests/s, p50 and p99 latency) and the app/nginx ratio.

    .venv/bin/python bench/serve.py [--seconds 10] [--connections 50]

Needs `nginx` and `wrk` (`apt-get install -y nginx-light wrk`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.loopback import free_port, wait_for  # noqa: E402
PAGES = ["/", "/services/", "/about/", "/contact/"]
# wrk picks one of the pages per request: users land on different pages
WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Host"] = "%s", ["Accept-Encoding"] = "gzip"})
end
"""
NGINX_CONF = """
worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  gzip_static on;
  server {{
    listen 127.0.0.1:{port};
    root {root};
    location / {{ try_files $uri $uri/ =404; }}
  }}
}}
"""
APP = """
from bubblegum.api import create_api, serve_site_hosts
from bubblegum.api.app_headers import secure_app_pages
from bubblegum.api.body_limit import BodyLimitMiddleware
from bubblegum.api.session_handshake import SessionHandshake

app = create_api()
for wrap in (serve_site_hosts, SessionHandshake, secure_app_pages, BodyLimitMiddleware):
    app = wrap(app)
"""




def publish_showcase(env: dict, zip_path: Path) -> str:
    """Publish examples/showcase.json in the data folder of ``env`` (its files zipped to
    ``zip_path``); its slug."""
    script = """
import json, pathlib
from bubblegum.db import session_scope
from bubblegum.services import auth
from bubblegum.services.publishing import deploy
from bubblegum.services.publishing.site_documents import import_site
site = json.loads(pathlib.Path("examples/showcase.json").read_text())
with session_scope() as db:
    me = auth.sign_up(db, "bench@example.com", "mauve kettle orbit lantern", name="Bench")
    project = import_site(db, site, organization_id=me.org_id, user_id=me.user_id)
    slug, project_id = project.slug, project.id
deployment = deploy.publish(project_id, omit_samples=True)
pathlib.Path(ZIP).write_bytes(deploy.deployment_zip(project_id, deployment.id))
print(slug)
"""
    subprocess.run([sys.executable, "-m", "bubblegum.cli", "db", "upgrade"], env=env, cwd=ROOT, check=True,
                   capture_output=True)
    done = subprocess.run([sys.executable, "-c", script.replace("ZIP", repr(str(zip_path)))], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


def wrk(port: int, host: str, seconds: int, connections: int, work: Path) -> dict:
    script = work / "pages.lua"
    script.write_text(WRK_SCRIPT % (", ".join(f'"{p}"' for p in PAGES), host))
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script),
                          f"http://127.0.0.1:{port}/"], capture_output=True, text=True, check=True).stdout
    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": ms("50"), "p99": ms("99"),
            "errors": int(errors.group(1)) if errors else 0}


def run_app(env: dict, port: int, workers: int, work: Path) -> subprocess.Popen:
    (work / "bench_app.py").write_text(APP)
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "bench_app:app", "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers), "--log-level", "warning", "--no-access-log"],
        cwd=work, env=dict(env, PYTHONPATH=f"{ROOT}:{work}"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    for tool in ("nginx", "wrk"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed: apt-get install -y nginx-light wrk")
    work = Path(tempfile.mkdtemp(prefix="bg-serve-"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(BUBBLEGUM_DATA_DIR=str(work / "data"), BUBBLEGUM_APP_URL="http://localhost:3000",
               BUBBLEGUM_SITES_BASE_URL="http://{slug}.localhost:3000")
    slug = publish_showcase(env, work / "site.zip")
    rows = []
    for workers in (1, 2):
        port = free_port()
        app = run_app(env, port, workers, work)
        try:
            wait_for(port)
            wrk(port, f"{slug}.localhost:3000", 2, args.connections, work)  # warm the caches
            rows.append((f"Bubble Gum app, {workers} worker{'s' * (workers > 1)}",
                         wrk(port, f"{slug}.localhost:3000", args.seconds, args.connections, work)))
        finally:
            app.terminate()
            app.wait()
    site_dir = work / "site"
    zipfile.ZipFile(work / "site.zip").extractall(site_dir)  # the very files the app serves
    for folder in (work, *[p for p in site_dir.rglob("*") if p.is_dir()], site_dir):
        folder.chmod(0o755)  # nginx's workers run as another user
    for path in site_dir.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".css", ".js", ".svg", ".xml", ".txt"):
            subprocess.run(["gzip", "-k9", str(path)], check=True)  # what gzip_static serves
    port = free_port()
    (work / "nginx.conf").write_text(NGINX_CONF.format(dir=work, port=port, root=site_dir))
    nginx = subprocess.Popen(["nginx", "-c", str(work / "nginx.conf"), "-g", "daemon off;"])
    try:
        wait_for(port)
        rows.append(("nginx 2 workers (gzip_static, sendfile)", wrk(port, "localhost", args.seconds, args.connections, work)))
    finally:
        nginx.terminate()
        nginx.wait()
    nginx_rps = rows[-1][1]["rps"]
    print(f"{len(PAGES)} pages of the showcase site, wrk -t2 -c{args.connections} -d{args.seconds}s, gzip, loopback, "
          f"{os.cpu_count()} cores\n")
    print("| server | requests/s | p50 ms | p99 ms | non-2xx | vs nginx |")
    print("|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} | "
              f"{r['rps'] / nginx_rps:.2f}x |")
    print(json.dumps({name: r for name, r in rows}), file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
