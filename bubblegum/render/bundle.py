"""The bundle builder: a site document -> every file of the static site.

    bundle = build_bundle(site_doc, base_url="https://example.com/", previous_manifest=m)
    bundle.files          # {path: bytes} for files that are new or changed
    bundle.reused_files   # paths unchanged since ``previous_manifest`` (keep/copy them)
    bundle.removed        # paths of the previous bundle that are gone now
    bundle.manifest       # describes the whole bundle; pass it back next time
    bundle.rendered, bundle.reused   # page counts

    build_bundle(site_doc, write=save)  # files go to save(path, data) as they are made

Layout: ``index.html`` (home), ``<slug>/index.html`` per page (pretty URLs), ``404.html``,
``sitemap.xml``, ``robots.txt``, ``favicon.svg``, ``_assets/`` (hashed fonts, images,
Open Graph PNGs). Without a previous manifest every file is in ``files``.

Incremental: a page is re-rendered only when its content hash, the site hash (site
settings, theme, base URL, page list, renderer version) or the renderer changed. Pages
whose hash matches the manifest are neither validated nor rendered again (they were valid
when their hash was recorded). Above ``PARALLEL_MIN_PAGES`` pages to render, the work is
split across forked worker processes (Linux/macOS) to use every core; with ``write``,
each worker writes its own pages.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import struct
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlparse

from bubblegum.blocks.document import (
    DocumentError,
    PageDocument,
    SiteDocument,
    SiteInfo,
    SitePage,
    load_page,
)
from bubblegum.blocks.migrations import upgrade_site

if TYPE_CHECKING:
    from bubblegum.render.og import OgSpec

MANIFEST_FORMAT = "bubblegum.bundle-manifest"
MANIFEST_VERSION = 1
PARALLEL_MIN_PAGES = 400
NOT_FOUND_KEY = "#404"  # the generated 404 page's manifest entry; no page slug contains "#"


Writer = Callable[[str, bytes], None]


def _h(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:24]  # SHA-256 has CPU instructions: 2x blake2b here


def _canon(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _content_hash(doc: Any) -> str:
    """Hash of a page document (JSON data). marshal format 2 writes every value in full (no
    back-references, so shared objects do not change the bytes) and is ~3x faster than
    JSON; key order counts, so a reordered document is merely rendered again."""
    return _h(marshal.dumps(doc, 2))


# Identity cache for page hashes: documents are treated as immutable values (ops return
# new dicts), so an unchanged page object keeps its hash and is not re-serialised. Holds
# a reference to each document so ids stay unique while cached.
_HASHES: dict[int, tuple[Any, str]] = {}
_HASHES_MAX = 50_000


def _doc_hash(doc: dict[str, Any]) -> str:
    hit = _HASHES.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    digest = _content_hash(doc)
    if len(_HASHES) >= _HASHES_MAX:
        _HASHES.clear()
    _HASHES[id(doc)] = (doc, digest)
    return digest


def page_file(slug: str) -> str:
    return f"{slug}/index.html" if slug else "index.html"


@dataclass
class Bundle:
    files: dict[str, bytes]
    manifest: dict[str, Any]
    rendered: int = 0
    reused: int = 0
    written: int = 0  # files handed to ``write`` (see build_bundle)
    reused_files: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def paths(self) -> list[str]:
        return sorted(self.manifest["files"])


@dataclass
class _Page:
    slug: str
    title: str
    raw: dict[str, Any] | None  # page document as JSON (None when given a model)
    model: PageDocument | None
    hash: str
    noindex: bool
    site_og: bool  # shares the site's Open Graph image (sets no image of its own)


def _prepare(site_doc: SiteDocument | dict[str, Any], immutable_docs: bool = False,
             defer_hashes: bool = False) -> tuple[SiteInfo, list[_Page]]:
    """Validate the site envelope; hash pages (page documents are validated later, only
    for pages that are rendered). ``defer_hashes``: leave ``hash`` empty for page
    documents given as JSON; whoever renders them hashes them (see ``_render_pass``)."""
    if isinstance(site_doc, SiteDocument):
        pages = [
            _Page(p.slug, p.title, None, p.doc, _content_hash(p.doc.model_dump(mode="json")),
                  p.doc.root.noindex, p.doc.root.og_image is None)
            for p in site_doc.pages
        ]
        return site_doc.site, pages
    from pydantic import ValidationError

    from bubblegum.blocks.document import _from_validation

    try:
        raw = upgrade_site(site_doc)
    except ValueError as exc:
        raise DocumentError(str(exc)) from None
    if raw.get("format") != "bubblegum.site":
        raise DocumentError("not a Bubble Gum site document (format must be 'bubblegum.site')", field="format")
    if not isinstance(raw.get("site"), dict):
        raise DocumentError("the site's settings are missing: 'site' must be an object with at least a name",
                            field="site")
    try:
        info = SiteInfo.model_validate(raw.get("site"))
    except ValidationError as exc:
        err = _from_validation(exc)
        err.field = "site" + ("." + err.field if err.field else "")
        raise err from None
    raw_pages = raw.get("pages")
    if not isinstance(raw_pages, list) or not raw_pages:
        raise DocumentError("the site has no pages", field="pages")
    pages: list[_Page] = []
    seen: set[str] = set()
    for n, p in enumerate(raw_pages):
        if not isinstance(p, dict) or not isinstance(p.get("doc"), dict):
            raise DocumentError("page must be an object with slug, title and doc", page=f"#{n}")
        try:
            head = _PageHeader.model_validate({"slug": p.get("slug"), "title": p.get("title")})
        except ValidationError as exc:
            raise _from_validation(exc, page=str(p.get("slug", f"#{n}"))) from None
        if head.slug in seen:
            raise DocumentError(f"two pages have the slug {head.slug!r}", page=head.slug, field="slug")
        seen.add(head.slug)
        doc = p["doc"]
        root = doc.get("root") if isinstance(doc.get("root"), dict) else {}
        digest = _doc_hash(doc) if immutable_docs else "" if defer_hashes else _content_hash(doc)
        pages.append(_Page(head.slug, head.title, doc, None, digest, bool(root.get("noindex")),
                           root.get("og_image") is None))
    if "" not in seen:
        raise DocumentError("the site has no home page (a page with slug '')", field="pages")
    return info, pages


class _PageHeader(SitePage):
    doc: Any = None


def _site_hash(info: SiteInfo, pages: list[_Page], base_url: str, options: dict[str, Any]) -> str:
    from bubblegum.render.renderer import renderer_fingerprint

    return _h(_canon({
        "site": info.model_dump(mode="json"), "base_url": base_url,
        "slugs": sorted(p.slug for p in pages), "renderer": renderer_fingerprint(),
        "options": {k: getattr(v, "cache_key", None) or repr(v) for k, v in sorted(options.items())},
    }))


def _load(page: _Page, props_cache: dict[tuple[str, bytes], Any]) -> PageDocument:
    """Validate a page (once). ``props_cache`` is shared by the pages of one render pass
    (the renderer only reads props): a navigation or footer repeated on every page is
    validated once."""
    if page.model is None:
        page.model = load_page(page.raw, page=page.slug, props_cache=props_cache)  # type: ignore[arg-type]
    return page.model


class _Made(NamedTuple):
    """A file a render pass made. ``data`` is None when it went to ``write`` already
    (``written``) or is byte-identical to the previous bundle's file."""

    path: str
    digest: str
    data: bytes | None
    written: bool


class _Output:
    """Where one process's render pass delivers files: kept in memory, or handed to
    ``write`` right away (so each forked worker writes its own pages)."""

    def __init__(self, prev_files: dict[str, str], write: Writer | None) -> None:
        self.prev_files = prev_files
        self.write = write

    def deliver(self, path: str, data: bytes) -> _Made:
        digest = _h(data)
        if self.prev_files.get(path) == digest:
            return _Made(path, digest, None, False)
        if self.write is None:
            return _Made(path, digest, data, False)
        self.write(path, data)
        return _Made(path, digest, None, True)


@dataclass
class _Job:
    """What every render pass (the parent's and each forked worker's) shares."""

    info: SiteInfo
    pages: list[_Page]
    home: _Page
    base_url: str
    options: dict[str, Any]
    prev_files: dict[str, str]
    write: Writer | None
    site_og: OgSpec | None  # the site's Open Graph image, when it must be drawn


SITE_OG = -1  # a task: draw the site's Open Graph image


def _render_pass(job: _Job, tasks: Iterable[int], with_404: bool, out: _Output) -> tuple[list, dict, list[_Made]]:
    """Validate, render and deliver to ``out`` the pages of ``tasks`` (indexes into
    ``job.pages``, or ``SITE_OG``), then draw the Open Graph images of their own that
    those pages need. Returns ([(index, made, used_files, og_path, page_hash)] with
    index -1 for the 404 page, the Open Graph specs the pages use, the images drawn).
    Pages left unhashed by ``_prepare`` are hashed here."""
    from bubblegum.render.og import draw_og
    from bubblegum.render.renderer import SiteRenderer

    pages = job.pages
    site = SiteDocument.model_construct(
        format="bubblegum.site", schema_version=1, site=job.info,
        pages=[SitePage.model_construct(slug=p.slug, title=p.title, doc=p.model) for p in pages],
    )
    renderer = SiteRenderer(site, base_url=job.base_url, **job.options)
    props_cache: dict[tuple[str, bytes], Any] = {}
    results = []
    og: dict[str, Any] = {}
    drawn: list[_Made] = []
    for i in tasks:
        if i == SITE_OG:
            drawn.append(out.deliver(job.site_og.path, draw_og(job.site_og)))  # type: ignore[union-attr]
            continue
        page = pages[i]
        if not page.hash:
            page.hash = _content_hash(page.raw)
        doc = _load(page, props_cache)
        renderer.used_files = set()
        html = renderer.render_page(doc, slug=page.slug).encode()
        og_path = _note_og(renderer, doc, og)
        results.append((i, out.deliver(page_file(page.slug), html), sorted(renderer.used_files), og_path, page.hash))
    if with_404:
        slugs = [p.slug for p in pages]
        if "404" in slugs:
            site.pages[slugs.index("404")].doc = _load(pages[slugs.index("404")], props_cache)
        site.pages[slugs.index("")].doc = _load(job.home, props_cache)
        renderer.used_files = set()
        html = renderer.render_not_found().encode()
        results.append((-1, out.deliver("404.html", html), sorted(renderer.used_files), None, None))
    site_og_path = renderer.og_site.path
    drawn += [out.deliver(path, draw_og(spec)) for path, spec in og.items()
              if path != site_og_path and path not in job.prev_files]
    return results, og, drawn


def _note_og(renderer: Any, doc: PageDocument, og: dict[str, Any]) -> str | None:
    from bubblegum.render.og import og_spec

    if doc.root.og_image is None:
        spec = renderer.og_site
    elif doc.root.og_image == "auto":
        spec = og_spec(renderer.info.name, doc.root.title, doc.root.description, renderer.tokens)
    else:
        return None
    og[spec.path] = spec
    return spec.path


def _task_queue(todo: list[int], site_og: bool, workers: int) -> Iterator[int]:
    """Pages (and the site's Open Graph image) shared out to whichever process is free:
    batch numbers sit in a pipe that every forked process reads. A read of 4 bytes
    from a pipe holding whole 4-byte numbers takes exactly one of them, so no two
    processes get the same batch and none needs a lock."""
    size = max(4, len(todo) // (workers * 16))
    batches = [todo[k:k + size] for k in range(0, len(todo), size)]
    r, w = os.pipe()
    tokens = ([SITE_OG] if site_og else []) + list(range(len(batches)))
    os.write(w, struct.pack(f"<{len(tokens)}i", *tokens))  # well under a pipe's 64 KiB
    os.close(w)

    def tasks() -> Iterator[int]:
        try:
            while token := os.read(r, 4):
                (n,) = struct.unpack("<i", token)
                if n == SITE_OG:
                    yield SITE_OG
                else:
                    yield from batches[n]
        finally:  # drained, or dropped after a failure: a long-running server must not leak it
            os.close(r)

    return tasks()


def _ready_for_fork() -> None:
    """In a process with other threads (the app server), load what the workers would
    otherwise load lazily behind a lock (Jinja2's template cache, Pillow's plugins): a
    lock another thread holds at the moment of the fork stays held forever in the child."""
    from PIL import Image

    from bubblegum.blocks.registry import BLOCKS
    from bubblegum.render.templates import fast_block_template

    for block_type in BLOCKS:
        fast_block_template(block_type)
    Image.preinit()


def _render_parallel(job: _Job, todo: list[int], with_404: bool, workers: int,
                     out: _Output) -> tuple[list, dict, list[_Made]]:
    """Fork ``workers - 1`` processes; they and this one take batches of pages from a
    shared queue, render them and, given ``write``, write them. Only small results come
    back over the pipes."""
    import pickle

    if threading.active_count() > 1:
        _ready_for_fork()
    tasks = _task_queue(todo, job.site_og is not None, workers)
    children = []
    for _ in range(workers - 1):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(r)
            code = 0
            try:
                result: tuple[str, Any] = ("ok", _render_pass(job, tasks, False, _Output(job.prev_files, job.write)))
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                result = ("error", exc)
                code = 1
            with os.fdopen(w, "wb") as f:
                try:
                    pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:  # noqa: BLE001
                    pickle.dump(("error", RuntimeError(repr(result[1]))), f)
            os._exit(code)
        os.close(w)
        children.append((pid, r))
    results, og, drawn = _render_pass(job, tasks, with_404, out)
    error = None
    for pid, r in children:
        with os.fdopen(r, "rb") as f:
            data = f.read()
        os.waitpid(pid, 0)
        status, payload = pickle.loads(data)
        if status == "error":
            error = error or payload
            continue
        more, more_og, more_drawn = payload
        results.extend(more)
        og.update(more_og)
        drawn.extend(more_drawn)
    if error is not None:
        raise error
    return results, og, drawn


def build_bundle(
    site_doc: SiteDocument | dict[str, Any],
    *,
    base_url: str | None = None,
    previous_manifest: dict[str, Any] | None = None,
    workers: int | None = None,
    immutable_docs: bool = False,
    file_source: Callable[[str], bytes | None] | None = None,
    write: Writer | None = None,
    **options: Any,
) -> Bundle:
    """Render a site into a static bundle (see module docstring). ``options`` are passed to
    the renderer (``form_action``, ``image_resolver``, ``asset_base``).

    ``immutable_docs=True`` promises that page-document dicts are never modified in place
    (``blocks.ops`` returns new dicts): page hashes are then cached by object identity, so
    a republish after one edit in a long-running process hashes only the edited page.

    ``file_source(path)`` supplies the bytes of ``_assets/`` files the renderer does not
    ship itself (uploaded images' variants); None means "not mine".

    ``write(path, data)``: new or changed files go to it as soon as they are made instead
    of into ``files`` (``written`` counts them). The forked render workers call it too,
    so each writes its own pages: page HTML never travels between processes, and the
    writing is shared by every core."""
    # The build allocates many short-lived containers and few cycles: the cyclic garbage
    # collector would rescan the whole site document again and again (~0.2 s per process
    # for 1,000 pages), and in forked workers its scans also copy the parent's memory.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_bundle(site_doc, base_url=base_url, previous_manifest=previous_manifest,
                             workers=workers, immutable_docs=immutable_docs,
                             file_source=file_source, write=write, **options)
    finally:
        if gc_was_enabled:
            gc.enable()


def _build_bundle(
    site_doc: SiteDocument | dict[str, Any],
    *,
    base_url: str | None,
    previous_manifest: dict[str, Any] | None,
    workers: int | None,
    immutable_docs: bool,
    file_source: Callable[[str], bytes | None] | None,
    write: Writer | None,
    **options: Any,
) -> Bundle:
    from bubblegum.render.assets import static_bytes
    from bubblegum.render.og import draw_og, og_spec
    from bubblegum.render.renderer import favicon_svg, renderer_fingerprint
    from bubblegum.render.seo import robots_txt, sitemap_xml
    from bubblegum.render.themes import resolve_theme

    # Without a previous bundle every page is rendered, so page hashes (only needed for
    # the manifest then) are computed by the render workers, in parallel.
    defer_hashes = not immutable_docs and not (previous_manifest or {}).get("pages")
    info, pages = _prepare(site_doc, immutable_docs, defer_hashes)
    base_url = base_url or info.base_url or "http://localhost:8000/"
    if not base_url.endswith("/"):
        base_url += "/"
    site_hash = _site_hash(info, pages, base_url, options)

    prev = previous_manifest or {}
    valid_prev = (
        prev.get("format") == MANIFEST_FORMAT
        and prev.get("version") == MANIFEST_VERSION
        and prev.get("renderer") == renderer_fingerprint()
        and prev.get("site_hash") == site_hash
    )
    prev_pages: dict[str, Any] = prev.get("pages", {}) if valid_prev else {}
    prev_files: dict[str, str] = prev.get("files", {}) if previous_manifest else {}

    todo = [i for i, p in enumerate(pages) if prev_pages.get(p.slug, {}).get("hash") != p.hash]
    home = next(p for p in pages if p.slug == "")
    nf = next((p for p in pages if p.slug == "404"), None)
    for p in (home, nf):
        if p is not None and not p.hash:
            p.hash = _content_hash(p.raw)
    key_404 = _h((home.hash + (nf.hash if nf else "")).encode())
    with_404 = prev_pages.get(NOT_FOUND_KEY, {}).get("hash") != key_404

    tokens = resolve_theme(info.theme)
    site_og = og_spec(info.name, info.name, info.description, tokens)
    draw_site_og = site_og.path not in prev_files and any(pages[i].site_og for i in todo)
    job = _Job(info, pages, home, base_url, options, prev_files, write, site_og if draw_site_og else None)
    out = _Output(prev_files, write)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(todo) >= PARALLEL_MIN_PAGES and hasattr(os, "fork"):
        results, og_specs, drawn = _render_parallel(job, todo, with_404, workers, out)
    else:
        results, og_specs, drawn = _render_pass(job, ([SITE_OG] if draw_site_og else []) + todo, with_404, out)
    og_drawn = {made.path: made for made in drawn}

    files: dict[str, bytes] = {}
    manifest_pages: dict[str, Any] = {}
    manifest_files: dict[str, str] = {}
    reused_files: list[str] = []
    used: set[str] = set()
    written = 0

    def record(made: _Made) -> None:
        nonlocal written
        manifest_files[made.path] = made.digest
        if made.written:
            written += 1
        elif made.data is None:
            reused_files.append(made.path)
        else:
            files[made.path] = made.data

    results.sort(key=lambda r: r[0])  # processes take batches in any order; the manifest does not
    for i, made, page_used, og_path, page_hash in results:
        record(made)
        used.update(page_used)
        if i == -1:
            manifest_pages[NOT_FOUND_KEY] = {"hash": key_404, "path": "404.html", "files": page_used}
            continue
        p = pages[i]
        p.hash = page_hash
        manifest_pages[p.slug] = {"hash": p.hash, "path": page_file(p.slug), "files": page_used,
                                  "og": og_path, "noindex": p.noindex}
    rendered = len([r for r in results if r[0] != -1])
    reused = 0
    for p in pages:
        if p.slug in manifest_pages:
            continue
        entry = prev_pages[p.slug]
        manifest_pages[p.slug] = entry
        path = entry["path"]
        manifest_files[path] = prev_files[path]
        reused_files.append(path)
        used.update(entry.get("files", []))
        if entry.get("og"):
            used.add(entry["og"])
        reused += 1
    if NOT_FOUND_KEY not in manifest_pages:
        entry = prev_pages[NOT_FOUND_KEY]
        manifest_pages[NOT_FOUND_KEY] = entry
        manifest_files["404.html"] = prev_files["404.html"]
        reused_files.append("404.html")
        used.update(entry.get("files", []))

    # Open Graph images: drawn only when not already in the previous bundle
    used.update(og_specs)
    for path in sorted(used):
        if not path.startswith("_assets/"):
            continue
        if path in prev_files:
            manifest_files[path] = prev_files[path]
            reused_files.append(path)
        elif path in og_drawn:
            record(og_drawn[path])
        elif path in og_specs:
            record(out.deliver(path, draw_og(og_specs[path])))
        else:
            data = file_source(path) if file_source else None
            record(out.deliver(path, data if data is not None else static_bytes(path)))

    base_path = urlparse(base_url).path or "/"
    record(out.deliver("favicon.svg", favicon_svg(SiteDocument.model_construct(site=info), tokens).encode()))
    record(out.deliver("robots.txt", robots_txt(base_url, [base_path + "_forms/", base_path + "_bg/"]).encode()))
    urls = [base_url + (p.slug + "/" if p.slug else "") for p in pages if not p.noindex and p.slug != "404"]
    record(out.deliver("sitemap.xml", sitemap_xml(urls).encode()))

    manifest = {
        "format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "renderer": renderer_fingerprint(),
        "site_hash": site_hash, "base_url": base_url, "pages": manifest_pages, "files": manifest_files,
    }
    removed = sorted(set(prev_files) - set(manifest_files))
    return Bundle(files=files, manifest=manifest, rendered=rendered, reused=reused, written=written,
                  reused_files=sorted(set(reused_files)), removed=removed)
