"""The one renderer: (site, page) -> HTML for the editor canvas and for the bundle.

    html = render_page(site, page, mode="publish")          # what the bundle writes
    html = render_page(site, page, mode="edit")             # + data-block-id markers, script
    html = render_block(site, block, page=page, mode="edit")  # one block, for live patching

``site`` is a ``SiteDocument`` (or a dict, loaded and validated first); ``page`` is a
``SitePage``, a page slug, or a ``PageDocument``. Options:

- ``base_url``: public URL of the site; links written as ``/about`` and asset URLs are
  made relative to its path (``/sites/slug/about/``), canonical/OG URLs absolute to it.
  Default: ``site.base_url`` or ``/``.
- ``form_action``: ``callable(kind) -> url`` or a format string with ``{kind}`` and
  ``{base_path}``; default ``{base_path}_forms/{kind}``.
- ``image_resolver``: see ``bubblegum.render.assets``; default handles sample images.
- ``asset_base``: URL of the ``_assets/`` folder (default ``{base_path}_assets/``).

Edit mode differs from publish mode only by: ``data-block-id`` on each block's root
element, an extra stylesheet for hover/selection outlines plus the CSS of *every* block
type (so patched-in blocks are styled), a small selection script, and sample blocks
(``Block.sample``): edit mode labels them "Sample — replace or remove" in the site's
language, publish mode leaves them out.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import urlparse

from markupsafe import Markup

from bubblegum.blocks.document import Block, PageDocument, SiteDocument, SitePage, load_site
from bubblegum.blocks.forms import default_form_action
from bubblegum.blocks.registry import BLOCKS, get_block
from bubblegum.blocks.safety import WEB_SCHEMES, check_url
from bubblegum.render.assets import ImageResolver, default_image_resolver, font_path
from bubblegum.render.credits import CREDITS_CSS, credits_html, image_srcs
from bubblegum.render.css import BASE_CSS, page_css
from bubblegum.render.i18n import LANGUAGES, strings
from bubblegum.render.og import og_spec
from bubblegum.render.scripts import BEACON_SCRIPT, EDIT_SCRIPT, VIEW_BEACON_PATH
from bubblegum.render.seo import organization_jsonld
from bubblegum.render.shell import render_shell
from bubblegum.render.templates import fast_block_template, page_inputs
from bubblegum.render.themes import Tokens, resolve_theme

Mode = Literal["publish", "edit"]
HERO_TYPES = frozenset({"hero", "hero_split", "hero_cover"})
# Bump when the renderer's Python code changes its output for the same input; changes to
# block templates and CSS are caught by ``renderer_fingerprint`` without a bump.
RENDERER_VERSION = "5"
INLINE_CSS_LIMIT = 24_000
_HTML_CACHE_MAX = 4096  # distinct props objects whose block HTML one renderer keeps


@functools.cache
def renderer_fingerprint() -> str:
    """``RENDERER_VERSION`` plus a digest of the base CSS, every block's template and
    CSS, and the fixed-string tables: bundles record it, so a restyled block or a reworded
    string invalidates earlier manifests and pages built with the old ones are rendered again."""
    digest = hashlib.sha256(BASE_CSS.encode())
    for block_type, spec in sorted(BLOCKS.items()):
        digest.update(f"\0{block_type}\0{spec.template}\0{spec.css}".encode())
    for language in LANGUAGES:
        digest.update(repr(sorted(strings(language).items())).encode())
    return f"{RENDERER_VERSION}.{digest.hexdigest()[:12]}"


_ROOT_TAG = re.compile(r"^\s*<([a-zA-Z][a-zA-Z0-9]*)")
_ROOT_OPEN = re.compile(r"^\s*<[a-zA-Z][^>]*>")
_H_TAG = re.compile(r"<(/?)h([1-5])\b")


def shift_headings(html: str, by: int) -> str:
    """Promote (by=-1) or demote headings: used when a page has no hero, so the first
    section's title becomes the page's h1 and the heading order stays sequential."""
    return _H_TAG.sub(lambda m: f"<{m.group(1)}h{max(1, min(6, int(m.group(2)) + by))}", html)


def _page_path(slug: str) -> str:
    return slug + "/" if slug else ""


class SiteRenderer:
    """Renders the pages of one site with one set of options; caches per-site work."""

    def __init__(
        self,
        site: SiteDocument | dict,
        *,
        mode: Mode = "publish",
        base_url: str | None = None,
        form_action: str | Callable[[str], str] | None = None,
        image_resolver: ImageResolver | None = None,
        asset_base: str | None = None,
    ) -> None:
        if isinstance(site, dict):
            site = load_site(site)
        self.site = site
        self.info = site.site
        self.mode = mode
        self.base_url = check_url(base_url or self.info.base_url or "/", schemes=WEB_SCHEMES, field="base_url")
        if not self.base_url.endswith("/"):
            self.base_url += "/"
        self.absolute = self.base_url.startswith(("http://", "https://"))
        self.base_path = urlparse(self.base_url).path if self.absolute else self.base_url
        if not self.base_path.startswith("/"):
            self.base_path = "/" + self.base_path
        self.asset_base = check_url(asset_base, schemes=WEB_SCHEMES, field="asset_base") if asset_base \
            else self.base_path + "_assets/"
        if isinstance(form_action, str):
            fmt = form_action
            self.form_action: Callable[[str], str] = lambda kind: fmt.format(kind=kind, base_path=self.base_path)
        elif form_action is None:
            self.form_action = lambda kind: default_form_action(self.base_path, kind)
        else:
            self.form_action = form_action
        self.resolve_image = image_resolver or default_image_resolver(self.asset_base)
        self.tokens: Tokens = resolve_theme(self.info.theme)
        self.text = strings(self.info.language)  # fixed strings in the site's language
        font = self.tokens.heading_font
        self.font_file = font_path(font.file) if font.file else None
        self.font_url = self.asset_base + self.font_file.removeprefix("_assets/") if self.font_file else None
        self.page_slugs = {p.slug for p in site.pages}
        self.og_site = og_spec(self.info.name, self.info.name, self.info.description, self.tokens)
        self._jsonld: dict[str, Any] | None = None
        # filled while rendering: bundle files the rendered HTML refers to
        self.used_files: set[str] = set()
        self._current = ""
        # publish mode: id(props) -> (props, [(current() checks, html, files)]), see _template_html
        self._html_cache: dict[int, tuple[Any, list[tuple[tuple, str, frozenset[str]]]]] = {}
        self._img_cache: dict[tuple, tuple[Markup, tuple[str, ...]]] = {}

    # ---- helpers available to templates ----

    def url(self, href: str) -> str:
        if href.startswith("/") and not href.startswith("//"):
            path, sep, rest = _split(href)
            slug = path.strip("/")
            if slug == "index":
                slug = ""
            if slug in self.page_slugs:
                path = self.base_path + _page_path(slug)
            else:
                path = self.base_path + path[1:]
            return path + sep + rest
        if href.startswith("#") and self.mode == "edit":
            return href
        return href

    def current(self, href: str) -> bool:
        if not href.startswith("/") or "#" in href:
            return False
        slug = _split(href)[0].strip("/")
        return (slug if slug != "index" else "") == self._current

    def img(self, image: Any, sizes: str = "100vw", eager: bool = False, cls: str | None = None,
            alt: str | None = None, priority: bool | None = None) -> Markup:
        """An ``<img>`` with srcset, sizes, width and height for an image prop. Memoised:
        the same picture (a logo, a team photo) is often on many pages."""
        if image is None:
            return Markup("")
        src = image.src if hasattr(image, "src") else image["src"]
        alt_text = alt if alt is not None else (image.alt if hasattr(image, "alt") else image.get("alt", ""))
        key = (src, getattr(image, "width", None), getattr(image, "height", None), alt_text, sizes, eager, cls,
               priority)
        hit = self._img_cache.get(key)
        if hit is None:
            if len(self._img_cache) >= _HTML_CACHE_MAX:
                self._img_cache.clear()
            hit = self._img_cache[key] = self._img_tag(*key)
        html, files = hit
        self.used_files.update(files)
        return html

    def _img_tag(self, src: str, width: int | None, height: int | None, alt_text: str, sizes: str,
                 eager: bool, cls: str | None, priority: bool | None) -> tuple[Markup, tuple[str, ...]]:
        resolved = self.resolve_image(src)
        if resolved is None:
            return Markup(""), ()
        width = width or resolved.width
        height = height or resolved.height
        # a pass-through URL written by a person ("/img/a.jpg") follows the base path;
        # URLs a resolver produced are final
        src_url = self.url(resolved.src) if resolved.src == src else resolved.src
        attrs = [Markup('src="{}"').format(src_url)]
        if resolved.srcset:
            srcset = ", ".join(f"{u} {w}w" for u, w in resolved.srcset)
            attrs.append(Markup('srcset="{}" sizes="{}"').format(srcset, sizes))
        if width and height:
            attrs.append(Markup('width="{}" height="{}"').format(int(width), int(height)))
        attrs.append(Markup('alt="{}"').format(alt_text))
        if cls:
            attrs.append(Markup('class="{}"').format(cls))
        if eager:
            if priority is not False:
                attrs.append(Markup('fetchpriority="high"'))
        else:
            attrs.append(Markup('loading="lazy" decoding="async"'))
        return Markup("<img {}>").format(Markup(" ").join(attrs)), tuple(resolved.files)

    def head(self, p: Any) -> Markup:
        eyebrow = getattr(p, "eyebrow", "")
        title = getattr(p, "title", "")
        subtitle = getattr(p, "subtitle", "")
        if not (eyebrow or title or subtitle):
            return Markup("")
        out = Markup('<div class="sh c">')
        if eyebrow:
            out += Markup('<p class="eyebrow">{}</p>').format(eyebrow)
        if title:
            out += Markup("<h2>{}</h2>").format(title)
        if subtitle:
            out += Markup('<p class="lead">{}</p>').format(subtitle)
        return out + Markup("</div>")

    def tr(self, key: str, **values: Any) -> str:
        """A fixed string in the site's language (``render/i18n``), placeholders filled in."""
        return self.text[key].format(**values) if values else self.text[key]

    def buttons(self, buttons: list[Any], align: str = "") -> Markup:
        if not buttons:
            return Markup("")
        cls = "btns center" if align == "center" else "btns"
        links = Markup("").join(
            Markup('<a class="{}" href="{}">{}</a>').format(
                "btn btn-2" if b.style == "secondary" else "btn", self.url(b.href), b.label)
            for b in buttons)
        return Markup('<div class="{}">{}</div>').format(cls, links)

    # ---- rendering ----

    def _context(self, page_slug: str) -> dict[str, Any]:
        return {
            "url": self.url, "img": self.img, "head": self.head, "buttons": self.buttons, "tr": self.tr,
            "current": self.current, "form_action": self.form_action, "page_slug": page_slug,
        }

    def _template_html(self, block: Block, ctx: dict[str, Any]) -> str:
        """The block template's output. When publishing, a props object seen before (the
        bundle builder shares one validated model among identical blocks, such as the
        navigation and footer on every page) reuses its HTML: templates that read no
        page-specific name always, those that ask ``current(href)`` when every answer is
        the same on this page (a navigation bar differs only on the pages it links to)."""
        props = block.props
        inputs = page_inputs(block.type)
        if self.mode != "publish" or "page_slug" in inputs or "block_id" in inputs:
            return fast_block_template(block.type).render(ctx)
        hit = self._html_cache.get(id(props))
        if hit is not None and hit[0] is props:
            for checks, html, files in hit[1]:
                if all(self.current(href) == answer for href, answer in checks):
                    self.used_files.update(files)
                    return html
        checks: list[tuple[str, bool]] = []
        if "current" in inputs:
            def current(href: str) -> bool:
                answer = self.current(href)
                checks.append((href, answer))
                return answer

            ctx = {**ctx, "current": current}
        outer_files, self.used_files = self.used_files, set()
        try:
            html = fast_block_template(block.type).render(ctx)
        finally:
            files, self.used_files = frozenset(self.used_files), outer_files
            outer_files.update(files)
        if len(self._html_cache) >= _HTML_CACHE_MAX:
            self._html_cache.clear()
        if hit is None or hit[0] is not props:
            hit = self._html_cache[id(props)] = (props, [])
        hit[1].append((tuple(checks), html, files))
        return html

    def _shown(self, block: Block) -> bool:
        """Sample blocks are never published; the canvas shows them, labelled."""
        return self.mode == "edit" or not block.sample

    def _block_html(self, block: Block, ctx: dict[str, Any]) -> str:
        ctx["p"] = block.props
        ctx["block_id"] = block.id
        html = self._template_html(block, ctx)
        props = block.props
        extra = Markup("")
        if props.anchor:
            extra += Markup(' id="{}"').format(props.anchor)
        if self.mode == "edit":
            extra += Markup(' data-block-id="{}"').format(block.id)
            if block.sample:
                extra += Markup(" data-sample")
        if extra:
            html = _ROOT_TAG.sub(lambda m: m.group(0) + str(extra), html, count=1)
        if self.mode == "edit" and block.sample:
            marker = Markup('<p class="bg-sample" role="note">{}</p>').format(self.tr("sample_marker"))
            html = _ROOT_OPEN.sub(lambda m: m.group(0) + str(marker), html, count=1)
        return html

    def render_block(self, block: Block, *, page: SitePage | PageDocument | None = None) -> str:
        if not self._shown(block):
            return ""
        doc = page.doc if isinstance(page, SitePage) else page
        slug = page.slug if isinstance(page, SitePage) else ""
        self._current = slug
        html = self._block_html(block, self._context(slug))
        if doc is not None and self._promotes(doc, block):
            html = shift_headings(html, -1)
        return html

    def _promotes(self, doc: PageDocument, block: Block) -> bool:
        shown = [b for b in doc.content if self._shown(b)]
        if any(b.type in HERO_TYPES for b in shown):
            return False
        for b in shown:
            if BLOCKS[b.type].region == "main":
                return b is block or b.id == block.id
        return False

    def page_parts(self, slug: str, doc: PageDocument) -> tuple[str, str, str, set[str]]:
        self._current = slug
        ctx = self._context(slug)
        header, main, footer = [], [], []
        types: set[str] = set()
        shown = [b for b in doc.content if self._shown(b)]
        promote = not any(b.type in HERO_TYPES for b in shown)
        for block in shown:
            spec = get_block(block.type)
            types.add(block.type)
            html = self._block_html(block, ctx)
            if spec.region == "main":
                if promote:
                    html = shift_headings(html, -1)
                    promote = False
                main.append(html)
            elif spec.region == "header":
                header.append(html)
            else:
                footer.append(html)
        return "".join(header), "".join(main), "".join(footer), types

    def canonical(self, slug: str) -> str | None:
        return self.base_url + _page_path(slug) if self.absolute else None

    def jsonld(self) -> dict[str, Any]:
        """The site's structured data (Organization or a LocalBusiness subtype)."""
        if self._jsonld is None:
            logo = None
            b = self.info.business
            if b and b.logo:
                r = self.resolve_image(b.logo)
                if r is not None:
                    logo = r.src
                    self.used_files.update(r.files)
                    if logo.startswith("/") and self.absolute:
                        u = urlparse(self.base_url)
                        logo = f"{u.scheme}://{u.netloc}{logo}"
            self._jsonld = organization_jsonld(self.info, self.canonical(""), logo)
        return self._jsonld

    def og_image_path(self, slug: str, doc: PageDocument) -> str | None:
        """Bundle path of the page's drawn OG image (None if it uses an external one)."""
        og = doc.root.og_image
        if og is None:
            return self.og_site.path
        if og == "auto":
            return og_spec(self.info.name, doc.root.title, doc.root.description, self.tokens).path
        return None

    def photo_credits(self, doc: PageDocument) -> str:
        """The credit line for the page's images whose licence or provider asks for one."""
        resolved = (self.resolve_image(src) for src in image_srcs([block.props for block in doc.content]))
        return credits_html([r.credit for r in resolved if r is not None and r.credit is not None])

    def render_page(self, page: SitePage | PageDocument | str, *, slug: str | None = None,
                    status: int = 200) -> str:
        if isinstance(page, str):
            page = self.site.page(page)
        if isinstance(page, SitePage):
            slug, doc = page.slug, page.doc
        else:
            slug, doc = slug or "", page
        header, main, footer, types = self.page_parts(slug, doc)
        edit = self.mode == "edit"
        credits = self.photo_credits(doc)
        css = page_css(self.tokens, BLOCKS if edit else types, self.font_url, edit=edit) + (
            CREDITS_CSS if credits else "")
        if self.font_file:
            self.used_files.add(self.font_file)
        root = doc.root
        info = self.info
        description = root.description or info.description or info.name
        canonical = self.canonical(slug) if status == 200 else None
        og_path = self.og_image_path(slug, doc)
        og_url = None
        if og_path:
            og_url = (self.base_url + og_path) if self.absolute else self.base_path + og_path
        elif root.og_image:
            r = self.resolve_image(root.og_image)
            og_url = r.src if r else None
        return render_shell(
            "page", info=info, root=root, description=description, canonical=canonical, og_url=og_url,
            og_drawn=bool(og_path), theme_color=self.tokens.primary, base_path=self.base_path,
            font_url=self.font_url, css=css, jsonld=self.jsonld() if slug == "" and status == 200 else None,
            header=Markup(header), main=Markup(main), footer=Markup(footer), credits=Markup(credits),
            skip_text=self.tr("skip_link"), edit_script=EDIT_SCRIPT if edit else None,
            beacon_url=None if edit else self.base_path + VIEW_BEACON_PATH, beacon_script=BEACON_SCRIPT,
            beacon_path="/" + _page_path(slug) if status == 200 else None,  # the no-JS fallback's page
        )

    def render_not_found(self) -> str:
        """The 404 page: the site's page with slug "404" if any, else a generated one that
        reuses the home page's navigation and footer."""
        if "404" in self.page_slugs:
            return self.render_page(self.site.page("404"), status=404)
        home = self.site.page("")
        header = [b for b in home.doc.content if BLOCKS[b.type].region == "header"]
        footer = [b for b in home.doc.content if BLOCKS[b.type].region == "footer"]
        name = self.info.name
        hero = Block(id="b_404", type="hero", props={
            "title": self.tr("not_found_title"),
            "subtitle": self.tr("not_found_text"),
            "buttons": [{"label": self.tr("not_found_home"), "href": "/"}],
        })
        doc = PageDocument(root={"title": self.tr("not_found_title"),
                                 "description": self.tr("not_found_description", name=name)},
                           content=[*header, hero, *footer])
        return self.render_page(doc, slug="404", status=404)


def _split(href: str) -> tuple[str, str, str]:
    for i, c in enumerate(href):
        if c in "?#":
            return href[:i], c, href[i + 1 :]
    return href, "", ""


def _page_arg(site: SiteDocument, page: SitePage | PageDocument | str | dict) -> SitePage | PageDocument:
    if isinstance(page, str):
        return site.page(page)
    if isinstance(page, dict):
        from bubblegum.blocks.document import load_page

        return load_page(page)
    return page


def render_page(site: SiteDocument | dict, page: SitePage | PageDocument | str | dict, *,
                mode: Mode = "publish", **options: Any) -> str:
    """Render one page to a complete HTML document."""
    r = SiteRenderer(site, mode=mode, **options)
    return r.render_page(_page_arg(r.site, page))


def render_block(site: SiteDocument | dict, block: Block | dict, *, mode: Mode = "edit",
                 page: SitePage | PageDocument | str | None = None, **options: Any) -> str:
    """Render one block alone (the editor patches it into the live canvas)."""
    r = SiteRenderer(site, mode=mode, **options)
    if isinstance(block, dict):
        block = Block.model_validate(block)
    return r.render_block(block, page=_page_arg(r.site, page) if page is not None else None)


def render_form_result_page(site: SiteDocument | dict, ok: bool, message: str, *,
                            back_url: str | None = None, **options: Any) -> str:
    """The small themed page the server returns after a form post (works without JS);
    ``message`` is already in the site's language (see ``services.publishing.forms``)."""
    r = SiteRenderer(site, **options)
    title = r.tr("form_ok_title" if ok else "form_error_title")
    back = back_url or r.base_path
    css = page_css(r.tokens, (), r.font_url)
    return render_shell("form_result", info=r.info, title=title, message=message, back=back,
                        back_label=r.tr("form_back", name=r.info.name), base_path=r.base_path, css=css)


def favicon_svg(site: SiteDocument, tokens: Tokens | None = None) -> str:
    tokens = tokens or resolve_theme(site.site.theme)
    letter = (site.site.name.strip() or "?")[0].upper()
    return str(Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        '<rect width="64" height="64" rx="14" fill="{}"/>'
        '<text x="32" y="44" text-anchor="middle" font-family="system-ui,Segoe UI,Arial,sans-serif" '
        'font-size="36" font-weight="700" fill="{}">{}</text></svg>'
    ).format(tokens.primary, tokens.on_primary, letter))
