"""Analytics benchmark: ingestion on loopback and dashboard queries.

1. Ingestion: the site server as production runs it (granian, one worker, the app's ASGI
   stack: body limit + site hosts) with a published site; a light asyncio client keeps
   CONCURRENCY keep-alive connections posting beacons for SECONDS (paths, referrers, UTM
   values, user agents and client addresses vary; the addresses arrive in X-Forwarded-For
   from a trusted proxy, as behind a load balancer). Reported: views accepted per second
   (204s), then, once the buffer has drained, rows written, and lost = accepted - written.
   Page-serving throughput (GET of a page) is measured alone and under ingestion load.
2. Dashboard (PostgreSQL, and SQLite when asked): EVENTS views spread over the last 30 days
   (today up to now) inserted directly, then the 30-day report: the first call rolls the 29
   finished days up; then RUNS calls timed, p50 and p95, with today's summary reused (as within
   30 s of an earlier load) and RUNS with it summarised anew from today's raw views ("cold").

    .venv/bin/python bench/analytics.py [--seconds 10] [--events 1000000] [--postgres URL] [--skip-sqlite-dashboard]

PostgreSQL defaults to BUBBLEGUM_TEST_POSTGRES_URL; its schema is dropped and migrated anew.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.loopback import free_port, wait_for  # noqa: E402

AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 "
    "Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 "
    "Edg/131.0.0.0",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 "
    "Safari/604.1",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",  # answered, not counted
]
BOT = AGENTS[-1]
PATHS = ["/", "/", "/", "/about/", "/services/", "/contact/", "/pricing/", "/blog/", "/blog/spring-checklist/",
         "/services/roofing/", "/gallery/", "/faq/"]
REFERRERS = ["", "", "", "", "https://www.google.com/", "https://duckduckgo.com/", "https://www.bing.com/",
             "https://www.instagram.com/", "https://l.facebook.com/", "https://news.ycombinator.com/",
             "https://harbor-pine.localhost/about/"]
SOURCES = ["", "", "", "", "", "newsletter", "flyer", "spring-sale"]
WIDTHS = [390, 414, 768, 1280, 1440, 1920]
SLUG = "harbor-pine"



def prepare_database(url: str) -> None:
    import sqlalchemy as sa

    from bubblegum.services.migrations import upgrade

    if url.startswith("postgresql"):
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
    upgrade("head", url=url)


def publish_showcase() -> int:
    from bubblegum.db import session_scope
    from bubblegum.models import Organization
    from bubblegum.services.publishing.deploy import publish
    from bubblegum.services.publishing.site_documents import import_site

    with session_scope() as session:
        org = Organization(name="Harbor", slug="harbor")
        session.add(org)
        session.flush()
        project_id = import_site(session, json.loads((ROOT / "examples" / "showcase.json").read_text()),
                                 organization_id=org.id).id
    publish(project_id)
    return project_id


def server_app():
    """The granian target (factory): the app's site-serving ASGI stack, as bubblegum.py mounts it."""
    from bubblegum.api import create_api, serve_site_hosts
    from bubblegum.api.body_limit import BodyLimitMiddleware

    return BodyLimitMiddleware(serve_site_hosts(create_api()))


def beacon_request(rng: random.Random, port: int) -> tuple[bytes, str]:
    from urllib.parse import urlencode

    fields = {"p": rng.choice(PATHS), "r": rng.choice(REFERRERS), "w": rng.choice(WIDTHS)}
    source = rng.choice(SOURCES)
    if source:
        fields.update(s=source, m="email" if source == "newsletter" else "offline")
    body = urlencode(fields).encode()
    address = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    agent = rng.choice(AGENTS)
    return (f"POST /_bg/view HTTP/1.1\r\nHost: {SLUG}.localhost:{port}\r\nUser-Agent: {agent}\r\n"
            f"Content-Type: application/x-www-form-urlencoded;charset=UTF-8\r\nSec-Fetch-Site: same-origin\r\n"
            f"X-Forwarded-For: {address}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body, \
        "bot" if agent == BOT else "person"


def page_request(port: int) -> tuple[bytes, str]:
    return f"GET /about/ HTTP/1.1\r\nHost: {SLUG}.localhost:{port}\r\nAccept-Encoding: gzip\r\n\r\n".encode(), "page"


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    if length:
        await reader.readexactly(length)
    return status


async def _connection(port: int, make, until: float, statuses: dict[tuple[str, int], int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while time.monotonic() < until:
        request, kind = make()
        writer.write(request)
        key = (kind, await _read_response(reader))
        statuses[key] = statuses.get(key, 0) + 1
    writer.close()


async def _load(port: int, seconds: float, beacons: int, pages: int) -> tuple[dict, dict]:
    rng = random.Random(1)
    pool = itertools.cycle([beacon_request(rng, port) for _ in range(20_000)])  # made up front: the client stays light
    page = page_request(port)
    until = time.monotonic() + seconds
    beacon_statuses: dict[tuple[str, int], int] = {}
    page_statuses: dict[tuple[str, int], int] = {}
    tasks = [_connection(port, lambda: next(pool), until, beacon_statuses) for _ in range(beacons)]
    tasks += [_connection(port, lambda: page, until, page_statuses) for _ in range(pages)]
    await asyncio.gather(*tasks)
    return beacon_statuses, page_statuses


def count_rows(project_id: int) -> int:
    from sqlmodel import func, select

    from bubblegum.db import session_scope
    from bubblegum.models import PageView

    with session_scope() as session:
        return session.exec(select(func.count()).select_from(PageView).where(PageView.project_id == project_id)).one()


def ingestion(url: str, seconds: float, concurrency: int) -> dict:
    from bubblegum.config import get_settings
    from bubblegum.db import dispose_engines

    os.environ["DATABASE_URL"] = url
    os.environ["BUBBLEGUM_TRUSTED_PROXIES"] = "127.0.0.1/32"
    os.environ["BUBBLEGUM_SITES_BASE_URL"] = "http://{slug}.localhost/"
    get_settings.cache_clear()
    dispose_engines()
    prepare_database(url)
    project_id = publish_showcase()
    port = free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "granian"), "--interface", "asgi", "--factory", "--workers", "1",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "bench.analytics:server_app"],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), start_new_session=True)
    try:
        wait_for(port)
        asyncio.run(_load(port, 0.5, 0, 2))  # warm up
        _, pages_alone = asyncio.run(_load(port, seconds / 2, 0, concurrency))
        beacons, pages_loaded = asyncio.run(_load(port, seconds, concurrency, 2))
        deadline = time.monotonic() + 60
        written = count_rows(project_id)
        while time.monotonic() < deadline:
            time.sleep(1.5)
            now = count_rows(project_id)
            if now == written:
                break
            written = now
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    written = count_rows(project_id)  # and whatever the flush at exit wrote
    accepted = beacons.get(("person", 204), 0) + beacons.get(("bot", 204), 0)
    return {"sent": sum(beacons.values()), "accepted": accepted, "per_s": accepted / seconds,
            "written": written, "people": beacons.get(("person", 204), 0),
            "statuses": {f"{kind} {status}": count for (kind, status), count in sorted(beacons.items())},
            "pages_alone_per_s": pages_alone.get(("page", 200), 0) / (seconds / 2),
            "pages_loaded_per_s": pages_loaded.get(("page", 200), 0) / seconds}



def seed_events(project_id: int, events: int, now: datetime) -> float:
    """EVENTS views over the last 30 days (today up to now), ~3 views per visitor-day."""
    import sqlalchemy as sa

    from bubblegum.db import session_scope
    from bubblegum.models import PageView
    from bubblegum.services.analytics.agents import families

    rng = random.Random(2)
    start = (now - timedelta(days=29)).replace(hour=0, minute=0, second=0, microsecond=0)
    span = (now - start).total_seconds()
    started = time.perf_counter()
    batch = []
    for index in range(events):
        at = start + timedelta(seconds=rng.random() * span)
        visitor = f"{rng.randrange(events // 3):016x}"
        browser, os_family, device = families(rng.choice(AGENTS[:-1]))
        batch.append({"project_id": project_id, "created_at": at, "visitor": visitor, "path": rng.choice(PATHS),
                      "referrer": (urlparse(rng.choice(REFERRERS)).hostname or "").removeprefix("www."),
                      "utm_source": rng.choice(SOURCES), "utm_medium": "", "utm_campaign": "", "device": device,
                      "browser": browser, "os": os_family})
        if len(batch) == 20_000 or index == events - 1:
            with session_scope() as session:
                session.execute(sa.insert(PageView.__table__), batch)
            batch = []
    return time.perf_counter() - started


def dashboard(url: str, events: int, runs: int) -> dict:
    from bubblegum.config import get_settings
    from bubblegum.db import dispose_engines, session_scope
    from bubblegum.models import Membership, Project, User
    from bubblegum.services.analytics import metrics

    os.environ["DATABASE_URL"] = url
    get_settings.cache_clear()
    dispose_engines()
    prepare_database(url)
    project_id = publish_showcase()
    with session_scope() as session:
        user = User(email="bench@example.com", password_hash="x")
        session.add(user)
        session.flush()
        session.add(Membership(user_id=user.id, organization_id=session.get(Project, project_id).organization_id,
                               role="viewer"))
        user_id = user.id
    now = datetime.now(UTC)
    seeded = seed_events(project_id, events, now)
    start, end = metrics.period_range("30d", now.date())
    began = time.perf_counter()
    with session_scope() as session:
        metrics.report(session, user_id, project_id, start=start, end=end, now=now)
    rollup = time.perf_counter() - began
    timings: dict[bool, list[float]] = {True: [], False: []}
    for run in range(2 * runs):
        cold = run % 2 == 0  # today's raw views summarised anew, or reused (the 30-second reuse)
        if cold:
            metrics.forget_live()
        began = time.perf_counter()
        with session_scope() as session:
            report = metrics.report(session, user_id, project_id, start=start, end=end, now=now)
        timings[cold].append((time.perf_counter() - began) * 1000)

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, round(0.95 * len(values)) - 1)]

    return {"events": events, "seed_s": seeded, "rollup_s": rollup, "p50": statistics.median(timings[False]),
            "p95": p95(timings[False]), "cold_p50": statistics.median(timings[True]), "cold_p95": p95(timings[True]),
            "today": report.series[-1].pageviews, "visitors": report.totals.visitors,
            "pageviews": report.totals.pageviews}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--postgres", default=os.environ.get("BUBBLEGUM_TEST_POSTGRES_URL"))
    parser.add_argument("--skip-sqlite-dashboard", action="store_true")
    parser.add_argument("--only", choices=["ingestion", "dashboard"])
    options = parser.parse_args()
    os.environ.setdefault("BUBBLEGUM_DATA_DIR", tempfile.mkdtemp(prefix="bench-analytics-"))
    backends = [("SQLite", f"sqlite:///{tempfile.mkdtemp(prefix='bench-analytics-db-')}/bench.db")]
    if options.postgres:
        backends.append(("PostgreSQL", options.postgres))
    if options.only != "dashboard":
        print(f"\nIngestion on loopback: {options.seconds:g} s, {options.concurrency} keep-alive connections "
              f"posting beacons (1 in {len(AGENTS)} a bot), granian, 1 worker")
        print(f"{'database':<11} {'sent':>8} {'accepted':>9} {'accepted/s':>11} {'written':>8} {'lost':>5} "
              f"{'pages/s alone':>14} {'pages/s under load':>19}")
        for name, url in backends:
            result = ingestion(url, options.seconds, options.concurrency)
            lost = result["people"] - result["written"]  # bots are answered 204 but never written
            print(f"{name:<11} {result['sent']:>8} {result['accepted']:>9} {result['per_s']:>11.0f} "
                  f"{result['written']:>8} {lost:>5} {result['pages_alone_per_s']:>14.0f} "
                  f"{result['pages_loaded_per_s']:>19.0f}   statuses {result['statuses']}")
    if options.only != "ingestion":
        print(f"\nDashboard: 30-day report over {options.events:,} views ({options.runs} runs each after the first, "
              "which rolls up 29 finished days)")
        print(f"{'database':<11} {'seed s':>7} {'first (rollup) s':>17} {'p50 ms':>7} {'p95 ms':>7} "
              f"{'today cold p50':>15} {'p95':>5} {'views today':>12} {'visitors':>9} {'pageviews':>10}")
        for name, url in backends[::-1]:
            if name == "SQLite" and options.skip_sqlite_dashboard:
                continue
            result = dashboard(url, options.events, options.runs)
            print(f"{name:<11} {result['seed_s']:>7.1f} {result['rollup_s']:>17.2f} {result['p50']:>7.0f} "
                  f"{result['p95']:>7.0f} {result['cold_p50']:>15.0f} {result['cold_p95']:>5.0f} {result['today']:>12} "
                  f"{result['visitors']:>9} {result['pageviews']:>10}")


if __name__ == "__main__":
    main()
