"""Page documents and site documents: models, loading (upgrade + validate), errors.

Page document (stored on PageVersion)::

    {"schema_version": 1,
     "root": {"title": ..., "description": ..., "og_image": None | "auto" | <image src>,
              "noindex": false},
     "content": [{"id": "b_x1", "type": "hero", "props": {...}}, ...]}

Site document (portable JSON, ``bubblegum export``/``project import``)::

    {"format": "bubblegum.site", "schema_version": 1,
     "site": {"name", "slug", "language", "theme": {...}, "base_url"?, "description"?,
              "business"?: {...}},
     "pages": [{"slug": "", "title": "Home", "doc": <page document>}, ...]}

Conventions:
- The home page's slug is ``""`` (empty string); ``"index"`` is accepted on load and
  stored as ``""``. Other slugs are lowercase words joined by ``-``, optionally nested
  with ``/`` (``"services/roofing"``). A page with slug ``"404"`` becomes the not-found
  page of the bundle.
- ``root.og_image``: ``None`` uses the site's Open Graph image (drawn once per site);
  ``"auto"`` draws one for this page; anything else is an image src used as is.
- Block props are validated against the block type's ``Props``; after loading,
  ``block.props`` is that pydantic model (``model_dump`` gives JSON back).

Errors: ``DocumentError`` names the page (slug), block (id and type) and field (dotted
path inside props) of the first problem; ``.errors`` lists all of them.
"""

from __future__ import annotations

import marshal
import threading
from collections import OrderedDict
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from bubblegum.blocks.base import Email, Model, Phone, Text
from bubblegum.blocks.migrations import PAGE_VERSION, UpgradeError, upgrade_page, upgrade_site
from bubblegum.blocks.registry import BLOCKS
from bubblegum.blocks.safety import IMAGE_SCHEMES, WEB_SCHEMES, ImageSrc, SafeUrl, check_url
from bubblegum.blocks.theme import Theme

BlockId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
MAX_PAGE_SLUG = 120  # the longest page address (models.Page.slug), nested parts included
MAX_SITE_NAME = 120  # the longest site name (models.Project.name)
PageSlug = Annotated[
    str, StringConstraints(max_length=MAX_PAGE_SLUG, pattern=r"^(|[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*)$")
]
SiteSlug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]


class DocumentError(Exception):
    """An invalid document. ``page``/``block``/``field`` locate the (first) problem.

    Deliberately not a ValueError: raised from inside model validation it passes through
    pydantic unchanged, so callers always see this one error type for content problems.
    """

    def __init__(
        self,
        message: str,
        *,
        page: str | None = None,
        block: str | None = None,
        block_type: str | None = None,
        field: str | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.page = page
        self.block = block
        self.block_type = block_type
        self.field = field
        self.errors = errors or [self.to_dict()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "block": self.block,
            "block_type": self.block_type,
            "field": self.field,
            "message": self.message,
        }

    def where(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"page '{self.page or '/'}'")
        if self.block is not None:
            parts.append(f"block {self.block}" + (f" ({self.block_type})" if self.block_type else ""))
        if self.field:
            parts.append(f"field '{self.field}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        more = f" (and {len(self.errors) - 1} more)" if len(self.errors) > 1 else ""
        return f"{where}: {self.message}{more}" if where else self.message + more

    def with_page(self, page: str) -> "DocumentError":
        self.page = page
        for e in self.errors:
            e["page"] = page
        return self


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc)


def _first_error(exc: ValidationError) -> tuple[str, str]:
    err = exc.errors(include_url=False)[0]
    msg = err["msg"].removeprefix("Value error, ")
    return _loc(err["loc"]), msg


class RecentProps:
    """A bounded, thread-safe props cache for ``validate_props``: the newest ``size`` models.

    ``EDITS`` is the one the editor shares between an edit (``ops``), its canvas render and
    its save, so one edit validates the block it changed once and no other block again."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._models: OrderedDict[tuple[str, bytes], BaseModel] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, bytes]) -> BaseModel | None:
        with self._lock:
            model = self._models.get(key)
            if model is not None:
                self._models.move_to_end(key)
            return model

    def __setitem__(self, key: tuple[str, bytes], model: BaseModel) -> None:
        with self._lock:
            self._models[key] = model
            self._models.move_to_end(key)
            if len(self._models) > self.size:
                self._models.popitem(last=False)


EDITS = RecentProps(4096)


def props_key(block_type: str, props: dict) -> tuple[str, bytes]:
    """The cache key of plain JSON props (ValueError for anything else)."""
    return block_type, marshal.dumps(props, 2)  # format 2: same content, same bytes


def validate_props(block_type: str, props: Any, *, block_id: str | None = None,
                   cache: dict[tuple[str, bytes], BaseModel] | RecentProps | None = None) -> BaseModel:
    """Validate one block's props; raise DocumentError naming block and field.

    ``cache`` (optional, owned by the caller) maps (type, props serialised) to the validated
    model, so blocks repeated across pages (navigation, footer) are validated once; the
    models are then shared, so it is only for callers that treat them as read-only."""
    if cache is not None and isinstance(props, dict):
        try:
            key = props_key(block_type, props)
        except ValueError:  # not plain JSON data
            return _validate_props(block_type, props, block_id)
        model = cache.get(key)
        if model is None:
            model = cache[key] = _validate_props(block_type, props, block_id)
        return model
    return _validate_props(block_type, props, block_id)


def _validate_props(block_type: str, props: Any, block_id: str | None) -> BaseModel:
    spec = BLOCKS.get(block_type)
    if spec is None:
        raise DocumentError(
            f"unknown block type {block_type!r}", block=block_id, block_type=block_type, field="type"
        )
    if isinstance(props, spec.Props):
        return props
    if not isinstance(props, dict):
        raise DocumentError("props must be an object", block=block_id, block_type=block_type, field="props")
    try:
        return spec.Props.model_validate(props)
    except ValidationError as exc:
        errors = []
        for err in exc.errors(include_url=False):
            errors.append(
                {"page": None, "block": block_id, "block_type": block_type,
                 "field": _loc(err["loc"]), "message": err["msg"].removeprefix("Value error, ")}
            )
        first = errors[0]
        raise DocumentError(
            first["message"], block=block_id, block_type=block_type, field=first["field"], errors=errors
        ) from None


class Block(BaseModel):
    """One block on a page. ``props`` holds the validated ``Props`` model of its type."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    id: BlockId
    type: str
    props: Any = Field(default_factory=dict)
    sample: bool = Field(False, description="Sample content only the owner can replace (reviews, team, prices "
                                            "they did not give): marked in the canvas, listed by the audit, never published")

    @model_validator(mode="after")
    def _props(self, info: ValidationInfo) -> "Block":
        cache = info.context.get("props_cache") if info.context else None
        self.props = validate_props(self.type, self.props, block_id=self.id, cache=cache)
        return self


class PageRoot(Model):
    title: Text(120, 1) = Field(description="The page title (browser tab, search results)")
    description: Text(300) = Field("", description="Meta description for search and sharing")
    og_image: str | None = Field(
        None, description="None: the site's share image; 'auto': draw one for this page; or an image src"
    )
    noindex: bool = Field(False, description="Ask search engines not to index this page")

    @field_validator("og_image")
    @classmethod
    def _og(cls, v: str | None) -> str | None:
        if v is None or v == "auto":
            return v
        return check_url(v, schemes=IMAGE_SCHEMES)


class PageDocument(Model):
    schema_version: Literal[1] = PAGE_VERSION
    root: PageRoot
    content: list[Block] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _unique_ids(self) -> "PageDocument":
        seen: set[str] = set()
        anchors: set[str] = set()
        for block in self.content:
            if block.id in seen:
                raise DocumentError(f"duplicate block id {block.id!r}", block=block.id, field="id")
            seen.add(block.id)
            anchor = getattr(block.props, "anchor", None)
            if anchor:
                if anchor in anchors or anchor == "main":
                    raise DocumentError(f"anchor {anchor!r} is used twice on this page",
                                        block=block.id, block_type=block.type, field="anchor")
                anchors.add(anchor)
        return self

    def block(self, block_id: str) -> Block:
        for b in self.content:
            if b.id == block_id:
                return b
        raise KeyError(block_id)


class Address(Model):
    street: Text(200) = ""
    locality: Text(100) = Field("", description="Town or city")
    region: Text(100) = ""
    postal_code: Text(20) = ""
    country: Text(60) = Field("", description="Country name or ISO code")


Day = Literal["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-4]):[0-5][0-9]$")]


class OpeningHours(Model):
    days: list[Day] = Field(min_length=1)
    opens: Clock
    closes: Clock


BusinessType = Literal[
    "Organization", "LocalBusiness", "Restaurant", "Bakery", "CafeOrCoffeeShop", "BarOrPub",
    "Store", "ProfessionalService", "HomeAndConstructionBusiness", "HealthAndBeautyBusiness",
    "MedicalBusiness", "Dentist", "LegalService", "FinancialService", "AutomotiveBusiness",
    "LodgingBusiness", "SportsActivityLocation", "ExerciseGym", "EducationalOrganization",
    "RealEstateAgent", "TravelAgency", "EntertainmentBusiness",
]


class Business(Model):
    """Facts for structured data (JSON-LD): Organization or a LocalBusiness subtype."""

    type: BusinessType = "LocalBusiness"
    address: Address | None = None
    phone: Phone = ""
    email: Email = ""
    hours: list[OpeningHours] = Field(default_factory=list, max_length=14)
    price_range: Text(10) = ""
    same_as: list[SafeUrl] = Field(default_factory=list, max_length=10, description="Social profiles")
    logo: ImageSrc | None = None


class SiteInfo(Model):
    name: Text(MAX_SITE_NAME, 1)
    slug: SiteSlug
    language: Language = "en"
    theme: Theme = Field(default_factory=Theme)
    base_url: str | None = Field(None, description="Public URL of the site, e.g. https://example.com/")
    description: Text(300) = ""
    business: Business | None = None

    @field_validator("base_url")
    @classmethod
    def _base(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        v = check_url(v, schemes=WEB_SCHEMES)
        if not v.lower().startswith(("http://", "https://")):
            raise ValueError("base_url must be an absolute http(s) URL")
        return v if v.endswith("/") else v + "/"


class SitePage(Model):
    slug: PageSlug
    title: Text(120, 1)
    doc: PageDocument

    @field_validator("slug", mode="before")
    @classmethod
    def _home(cls, v: Any) -> Any:
        return "" if v in ("index", "/") else v


class SiteDocument(Model):
    format: Literal["bubblegum.site"] = "bubblegum.site"
    schema_version: Literal[1] = 1
    site: SiteInfo
    pages: list[SitePage] = Field(min_length=1, max_length=5000)

    @model_validator(mode="after")
    def _pages(self) -> "SiteDocument":
        seen: set[str] = set()
        for p in self.pages:
            if p.slug in seen:
                raise DocumentError(f"two pages have the slug {p.slug!r}", page=p.slug, field="slug")
            seen.add(p.slug)
        if "" not in seen:
            raise DocumentError("the site has no home page (a page with slug '')", field="pages")
        return self

    def page(self, slug: str) -> SitePage:
        for p in self.pages:
            if p.slug == slug:
                return p
        raise KeyError(slug)


def _from_validation(exc: ValidationError, *, page: str | None = None) -> DocumentError:
    errors = []
    for err in exc.errors(include_url=False):
        loc = list(err["loc"])
        entry: dict[str, Any] = {"page": page, "block": None, "block_type": None,
                                 "field": _loc(tuple(loc)), "message": err["msg"].removeprefix("Value error, ")}
        errors.append(entry)
    first = errors[0]
    return DocumentError(first["message"], page=page, field=first["field"], errors=errors)


def load_page(data: dict[str, Any], *, page: str | None = None,
              props_cache: dict[tuple[str, bytes], BaseModel] | RecentProps | None = None) -> PageDocument:
    """Upgrade a stored page document to the current version and validate it.

    ``props_cache``: see ``validate_props`` (the page's block props models may then be
    shared with other pages loaded with the same cache; treat them as read-only)."""
    try:
        data = upgrade_page(data)
        if props_cache is not None:
            return PageDocument.model_validate(data, context={"props_cache": props_cache})
        return PageDocument.model_validate(data)
    except UpgradeError as exc:
        raise DocumentError(str(exc), page=page) from None
    except ValidationError as exc:
        raise _from_validation(exc, page=page) from None
    except DocumentError as exc:
        raise exc.with_page(page) if page is not None else exc


def load_site(data: dict[str, Any]) -> SiteDocument:
    """Upgrade and validate a whole site document (every page and block)."""
    try:
        data = upgrade_site(data)
    except UpgradeError as exc:
        raise DocumentError(str(exc)) from None
    pages = data.get("pages")
    if isinstance(pages, list):  # validate page by page so errors name the page
        checked = []
        for n, p in enumerate(pages):
            slug = p.get("slug") if isinstance(p, dict) else None
            slug = "" if slug in ("index", "/") else slug
            label = slug if isinstance(slug, str) else f"#{n}"
            if not isinstance(p, dict) or not isinstance(p.get("doc"), dict):
                raise DocumentError("page must be an object with slug, title and doc", page=label)
            try:
                checked.append({**p, "doc": PageDocument.model_validate(p["doc"])})
            except ValidationError as exc:
                raise _from_validation(exc, page=label) from None
            except DocumentError as exc:
                raise exc.with_page(label) from None
        data = {**data, "pages": checked}
    try:
        return SiteDocument.model_validate(data)
    except ValidationError as exc:
        err = _from_validation(exc)
        # name the page for page-level fields such as pages.3.slug
        parts = (err.field or "").split(".")
        if len(parts) > 1 and parts[0] == "pages" and parts[1].isdigit():
            idx = int(parts[1])
            if isinstance(pages, list) and idx < len(pages) and isinstance(pages[idx], dict):
                err.with_page(str(pages[idx].get("slug", f"#{idx}")))
        raise err from None
