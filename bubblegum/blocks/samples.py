"""Sample content: blocks only the owner can make true (reviews, team, prices they did not
give), marked ``sample`` in the page document. The canvas labels them, the audit lists them,
and they are never published.

    found = sample_blocks(site)        # [SampleBlock] of a site document (dict or model)
    found[0].message                   # "The home page has sample reviews: replace them …"
    doc = without_samples(page_doc)    # a new page document with the sample blocks removed
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# block type -> (what the page "has", how to make it true)
_WORDING = {
    "testimonials": ("sample reviews", "replace them with real ones"),
    "quote": ("a sample quote", "replace it with a real one"),
    "team": ("a sample team", "replace it with your real team"),
    "pricing": ("sample prices", "replace them with your real prices"),
    "menu": ("sample prices", "replace them with your real prices"),
    "stats": ("sample figures", "replace them with your real figures"),
    "logo_cloud": ("sample client logos", "replace them with real ones"),
}


@dataclass(frozen=True)
class SampleBlock:
    """One sample block: where it is and what it is."""

    page_slug: str
    page_title: str
    block_id: str
    block_type: str

    @property
    def page_name(self) -> str:
        return "The home page" if self.page_slug == "" else f"The {self.page_title} page"

    @property
    def message(self) -> str:
        what, fix = _WORDING.get(self.block_type, (f"a sample {self.block_type.replace('_', ' ')} section",
                                                   "replace it with your own content"))
        return f"{self.page_name} has {what}: {fix} or remove the section."

    @property
    def where(self) -> str:
        """Short form for notes: ``home: testimonials (b_1)``."""
        return f"{self.page_slug or 'home'}: {self.block_type} ({self.block_id})"


def _plain(site: Any) -> list[tuple[str, str, list]]:
    if hasattr(site, "pages") and not isinstance(site, dict):
        return [(p.slug, p.title, [b.model_dump(include={"id", "type", "sample"}) for b in p.doc.content])
                for p in site.pages]
    return [(p.get("slug") or "", p.get("title") or "", (p.get("doc") or {}).get("content") or [])
            for p in site.get("pages") or [] if isinstance(p, dict)]


def sample_blocks(site: Any) -> list[SampleBlock]:
    """Every sample block of a site document (a dict as stored, or a ``SiteDocument``), in page order."""
    return [SampleBlock(slug, title, block.get("id", ""), block.get("type", ""))
            for slug, title, content in _plain(site)
            for block in content if isinstance(block, dict) and block.get("sample")]


def without_samples(doc: dict) -> dict:
    """A new page document (stored shape) without its sample blocks; the input is untouched."""
    return {**doc, "content": [b for b in doc.get("content") or [] if not b.get("sample")]}
