"""The renderer's image resolver for uploaded assets (``asset:<id>``).

    resolver = resolver_for_project(session, project_id, asset_base="/_assets/")
    render_page(..., image_resolver=resolver)       # an ImageResolver (bubblegum.render.assets)
    resolver.files            # {bundle path "_assets/<name>.<hash>.webp": storage key} for every
                              # variant it can resolve; a bundle copies those its pages used
                              # (renderer.used_files) with
    resolver.file_bytes(path) # the bytes, read from storage

Bundle mode (default): URLs are ``asset_base`` + a content-hashed file name, so variants
are cached for a year and a bundle holds only what its pages use. Preview mode
(``public_urls=True``, the editor canvas): URLs point at the stored public variants and
no files are listed. ``srcset`` lists the WebP variants (every browser decodes WebP);
``sources(src)`` gives every format's srcset for a ``<picture>`` with AVIF.
Anything that is not ``asset:<id>`` (samples, URLs) goes to the renderer's default
resolver. An asset still being processed resolves to None (the image is left out until
its variants exist).
"""

from __future__ import annotations

from sqlmodel import Session, select

from bubblegum.models import Asset
from bubblegum.render.assets import ResolvedImage, default_image_resolver
from bubblegum.render.credits import Credit
from bubblegum.services.assets.usage import parse_ref
from bubblegum.services.storage import Storage, get_storage

PREFERRED_WIDTH = 960  # the plain ``src`` for browsers that ignore srcset


class ProjectImageResolver:
    def __init__(self, assets: list[Asset], *, asset_base: str = "_assets/", storage: Storage | None = None,
                 public_urls: bool = False) -> None:
        self.asset_base = asset_base
        self.storage = storage or get_storage()
        self.public_urls = public_urls
        self.fallback = default_image_resolver(asset_base)
        self.assets = {a.id: a for a in assets}
        self.files: dict[str, str] = {}
        self._resolved: dict[int, ResolvedImage | None] = {}
        # every ready variant by bundle path: pages may be rendered in other processes
        self._stored = {"_assets/" + bundle_name(a, v): v["key"] for a in assets for v in _ready_variants(a)}

    @property
    def cache_key(self) -> str:
        """Stable while the project's ready images stay the same (part of the bundle's site hash)."""
        return ",".join(sorted(self._stored)) + f"|{self.asset_base}|{self.public_urls}"

    def stored_file(self, bundle_path: str) -> bytes | None:
        """The bytes of an uploaded image's variant in a bundle, or None for other files."""
        key = self._stored.get(bundle_path)
        return self.storage.get(key) if key else None

    def __call__(self, src: str) -> ResolvedImage | None:
        asset_id = parse_ref(src)
        if asset_id is None:
            return self.fallback(src)
        if asset_id not in self._resolved:
            self._resolved[asset_id] = self._resolve(self.assets.get(asset_id))
        return self._resolved[asset_id]

    def sources(self, src: str) -> dict[str, list[tuple[str, int]]]:
        """Every variant format's srcset entries, for ``<picture><source type=...>``."""
        asset = self.assets.get(parse_ref(src) or -1)
        out: dict[str, list[tuple[str, int]]] = {}
        for variant in _ready_variants(asset):
            out.setdefault(variant["content_type"], []).append((self._url(asset, variant), variant["width"]))
        return out

    def file_bytes(self, bundle_path: str) -> bytes:
        return self.storage.get(self._stored.get(bundle_path) or self.files[bundle_path])

    def _resolve(self, asset: Asset | None) -> ResolvedImage | None:
        variants = _ready_variants(asset)
        if not variants:
            return None
        if variants[0]["format"] == "svg":
            svg = variants[0]
            return ResolvedImage(src=self._url(asset, svg), width=svg.get("width"), height=svg.get("height"),
                                 files=self._files(asset, [svg]), credit=_credit(asset))
        webp = sorted((v for v in variants if v["format"] == "webp"), key=lambda v: v["width"])
        if not webp:
            return None
        largest = webp[-1]
        plain = max((v for v in webp if v["width"] <= PREFERRED_WIDTH), key=lambda v: v["width"], default=webp[0])
        return ResolvedImage(
            src=self._url(asset, plain), width=largest["width"], height=largest["height"],
            srcset=tuple((self._url(asset, v), v["width"]) for v in webp) if len(webp) > 1 else (),
            placeholder=asset.placeholder_color or None, files=self._files(asset, webp), credit=_credit(asset),
        )

    def _url(self, asset: Asset, variant: dict) -> str:
        if self.public_urls:
            return self.storage.public_url(variant["key"])
        return self.asset_base + bundle_name(asset, variant)

    def _files(self, asset: Asset, variants: list[dict]) -> tuple[str, ...]:
        if self.public_urls:
            return ()
        paths = []
        for variant in variants:
            path = "_assets/" + bundle_name(asset, variant)
            self.files[path] = variant["key"]
            paths.append(path)
        return tuple(paths)


def bundle_name(asset: Asset, variant: dict) -> str:
    """``a<id>-<width>.<content hash>.<ext>``: immutable, so cacheable for a year."""
    ext = variant["format"]
    size = "" if ext == "svg" else f"-{variant['width']}"
    return f"a{asset.id}{size}.{variant['sha256'][:10]}.{ext}"


def _credit(asset: Asset) -> Credit | None:
    """The attribution of a photo taken from Unsplash or Pexels (stored when it was imported)."""
    credit = asset.credit or {}
    if not credit.get("author"):
        return None
    return Credit(author=credit["author"], author_url=credit.get("author_url", ""),
                  source=credit.get("source", ""), source_url=credit.get("source_url", ""))


def _ready_variants(asset: Asset | None) -> list[dict]:
    if asset is None or asset.status != "ready":
        return []
    return list(asset.variants or [])


def resolver_for_project(session: Session, project_id: int, *, asset_base: str = "_assets/",
                         storage: Storage | None = None, public_urls: bool = False) -> ProjectImageResolver:
    """A resolver over the project's assets (the caller has already authorised the project)."""
    rows = session.exec(select(Asset).where(Asset.project_id == project_id)).all()
    return ProjectImageResolver(list(rows), asset_base=asset_base, storage=storage, public_urls=public_urls)
