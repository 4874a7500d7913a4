"""The offline provider: the default, deterministic, no network.

A site is ``brief_parser.extract_brief`` (the facts of the description) then
``writer.write_site``; block operations rebuild a Brief from the site's settings and use the
same writer, so a new block reads like the rest of the site and states no fact the site lacks.
"""

from __future__ import annotations

import json

from bubblegum.services.ai.base import Finding, Progress, Usage, check_prompt
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.rewrite import rewrite
from bubblegum.services.ai.copy import fit
from bubblegum.services.ai.writer.context import seed_for
from bubblegum.services.ai.writer.single import seo_meta as seo_meta_for
from bubblegum.services.ai.writer.single import site_context, write_block

__all__ = ["OfflineProvider", "alt_suggestions", "sample_content_findings", "seo_meta_for", "site_context"]


class OfflineProvider:
    name = "offline"

    def __init__(self) -> None:
        self.usage: list[Usage] = []

    def extract_brief(self, prompt: str, *, business_type: str | None = None) -> Brief:
        """The facts of a description, read by the offline parser (``brief_parser``)."""
        from bubblegum.services.ai.brief_parser import extract_brief

        brief = extract_brief(check_prompt(prompt), business_type=business_type)
        self.usage.append(Usage("extract_brief"))
        return brief

    def generate_site(self, prompt: str, business_type: str | None = None, style: str | None = None,
                      pages: int | None = None, progress: Progress | None = None, *, brief: Brief | None = None) -> dict:
        from bubblegum.services.ai.brief_parser import extract_brief
        from bubblegum.services.ai.validate import clean_site
        from bubblegum.services.ai.writer import write_site

        prompt = check_prompt(prompt)
        if progress:
            progress("Reading your description", 0.0)
        brief = brief or extract_brief(prompt, business_type=business_type)
        if progress:
            progress("Writing the pages", 0.5)
        site = write_site(brief, pages=pages, style=style)
        self.usage.append(Usage("generate_site"))
        if progress:
            progress("Site ready", 1.0)
        return clean_site(site)

    def generate_block(self, block_type: str, hint: str, site_context: dict | None = None, *, salt: str = "",
                       operation: str = "generate_block") -> dict:
        from bubblegum.services.ai.validate import clean_block

        seed = seed_for(block_type, hint, salt)
        written = write_block(block_type, hint, site_context, seed)
        block = clean_block({"id": "b_" + format(seed % 16**8, "08x"), "type": block_type, "props": written["props"]})
        if written.get("sample"):
            block["sample"] = True
        self.usage.append(Usage(operation))
        return block

    def regenerate_block(self, block: dict, site_context: dict | None = None) -> dict:
        hint = _text_of(block.get("props", {}))[:300]
        new = self.generate_block(block["type"], hint, site_context, salt=json.dumps(block.get("props"), sort_keys=True),
                                  operation="regenerate_block")
        return {**new, "id": block.get("id", new["id"])}

    def rewrite_text(self, text: str, tone: str = "friendly", length: str = "same", *, role: str = "body",
                     language: str = "en", facts: list[str] | tuple[str, ...] = ()) -> str:
        self.usage.append(Usage("rewrite_text"))
        return rewrite(text, tone, length, role=role, language=language, facts=facts)

    def seo_meta(self, page: dict, site: dict) -> tuple[str, str]:
        self.usage.append(Usage("seo_meta"))
        return seo_meta_for(page, site)

    def alt_text(self, block: dict, site_context: dict | None = None) -> list[dict]:
        self.usage.append(Usage("alt_text"))
        return alt_suggestions(block, site_context)

    def suggestions(self, site: dict) -> list[Finding]:
        self.usage.append(Usage("suggestions"))
        return sample_content_findings(site)


def _text_of(value) -> str:
    if isinstance(value, str):
        return value if not value.startswith(("asset:", "http", "#", "/")) else ""
    if isinstance(value, dict):  # fields read as sentences: "in Somerset. The Curd Nerd", not one long place
        return ". ".join(t for t in (_text_of(v) for v in value.values()) if t)
    if isinstance(value, list):
        return ". ".join(t for t in (_text_of(v) for v in value) if t)
    return ""


ALT_FIELDS = {"hero_split": ["image"], "hero_cover": ["image"], "image": ["image"], "feature_rows": ["rows.*.image"],
              "gallery": ["items.*.image"], "team": ["members.*.photo"], "video": ["poster"]}


def _images(props: dict, path: str):
    head, _, rest = path.partition(".")
    if head == "*" and isinstance(props, list):
        for i, item in enumerate(props):
            yield from ((f"{i}.{p}", img, item) for p, img, _ in _images(item, rest))
        return
    value = props.get(head) if isinstance(props, dict) else None
    if rest:
        yield from ((f"{head}.{p}", img, ctx) for p, img, ctx in _images(value, rest)) if value is not None else ()
    elif isinstance(value, dict):
        yield head, value, props


def alt_suggestions(block: dict, site_context: dict | None = None) -> list[dict]:
    """For each image of the block without alt text: {"field": dotted path, "alt": suggestion}."""
    out = []
    props = block.get("props", {})
    name = (site_context or {}).get("name", "")
    for path in ALT_FIELDS.get(block.get("type"), []):
        for field, image, owner in _images(props, path):
            if image.get("alt"):
                continue
            words = (owner.get("caption") or owner.get("title") or (f"Portrait of {owner['name']}" if owner.get("name") else "")
                     or props.get("title") or props.get("caption") or (f"Photo from {name}" if name else "Photo"))
            out.append({"field": field + ".alt", "alt": fit(str(words), 300)})
    return out


def sample_content_findings(site: dict) -> list[Finding]:
    """Blocks marked as sample content: the owner replaces or removes them before publishing."""
    return [Finding("sample-content", "info", "Sample content: replace it with your own or remove it before publishing.",
                    page=page.get("slug"), block=block.get("id"), source="suggestion")
            for page in site.get("pages", []) for block in page.get("doc", {}).get("content", []) if block.get("sample")]
