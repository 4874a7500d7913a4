"""The offline provider: the default, deterministic, no network.

Site generation is ``analysis`` + ``compose``; block operations reuse the same section
builders so a generated block reads like the rest of the site.
"""

from __future__ import annotations

import json
import random

from bubblegum.services.ai import sections as s
from bubblegum.services.ai.analysis import DEFAULT_TYPE, analyse_prompt, detect_type, find_noun, seed_for
from bubblegum.services.ai.base import Finding, Progress, Usage, check_prompt
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.copy import fit
from bubblegum.services.ai.rewrite import rewrite

BUILDERS = {
    "navbar": s.navbar, "hero": lambda c: _hero_as(c, "hero"), "hero_split": lambda c: _hero_as(c, "hero_split"),
    "hero_cover": lambda c: _hero_as(c, "hero_cover"), "feature_grid": s.features, "steps": s.steps,
    "testimonials": s.testimonials, "faq": s.faq, "cta": s.cta, "gallery": s.gallery, "rich_text": s.story,
    "contact_form": s.contact_form, "footer": s.footer,
}


def _hero_as(ctx: s.Ctx, kind: str) -> s.Section:
    for _ in range(12):
        t, p = s.hero_home(ctx)
        if t == kind:
            return t, p
    return s.hero_home(ctx) if kind == "hero" else (kind, {**s.hero_home(ctx)[1], "image": {"src": "asset:sample/hero", "alt": "Inside " + ctx.values["name"]}})


def site_context(site: dict | None) -> dict:
    """What block operations need to know about a site document: name, town, type."""
    info = (site or {}).get("site", site or {})
    business = info.get("business") or {}
    town = ((business.get("address") or {}).get("locality")) or info.get("town", "")
    text = " ".join(str(info.get(k, "")) for k in ("business_type", "description", "name"))
    name, description = info.get("name", ""), info.get("description", "")
    about = description.removeprefix(name).lstrip(" ,:;–-") if name else description  # "X, your friendly <noun>..."
    # a site's type comes from the site, never from a section's or page's words ("Gallery" is
    # not a reason to write like an art gallery): unknown means the generic local business
    return {"name": name, "town": town, "business_type": info.get("business_type") or detect_type(text) or DEFAULT_TYPE,
            "noun": find_noun(about, name), "email": business.get("email", ""), "phone": business.get("phone", "")}


class OfflineProvider:
    name = "offline"

    def __init__(self) -> None:
        self.usage: list[Usage] = []

    def _ctx(self, hint: str, site_context: dict | None, salt: str = "") -> s.Ctx:
        from bubblegum.services.ai.compose import make_ctx

        sc = site_context or {}
        prompt = " ".join(p for p in (f'"{sc["name"]}"' if sc.get("name") else "", hint, f"in {sc['town']}" if sc.get("town") else "") if p)
        brief = analyse_prompt(prompt or "small business", business_type=sc.get("business_type") or None)
        brief.email, brief.phone = sc.get("email", "") or brief.email, sc.get("phone", "") or brief.phone
        brief.town, brief.noun = sc.get("town") or brief.town, sc.get("noun") or brief.noun  # the site's, not re-read
        brief.seed = seed_for(prompt, salt)
        ctx = make_ctx(brief)
        ctx.rng = random.Random(brief.seed)
        ctx.page_kinds = ["home"]
        ctx.home_anchors = {"contact"}
        return ctx

    def extract_brief(self, prompt: str, *, business_type: str | None = None) -> Brief:
        """The facts of a description, read by the offline parser (``brief_parser``)."""
        from bubblegum.services.ai.brief_parser import extract_brief

        brief = extract_brief(check_prompt(prompt), business_type=business_type)
        self.usage.append(Usage("extract_brief"))
        return brief

    def generate_site(self, prompt: str, business_type: str | None = None, style: str | None = None,
                      pages: int | None = None, progress: Progress | None = None) -> dict:
        from bubblegum.services.ai.compose import build_site
        from bubblegum.services.ai.validate import clean_site

        prompt = check_prompt(prompt)
        if progress:
            progress("Reading your description", 0.0)
        site = build_site(analyse_prompt(prompt, business_type, style, pages), progress)
        self.usage.append(Usage("generate_site"))
        return clean_site(site)

    def generate_block(self, block_type: str, hint: str, site_context: dict | None = None, *, salt: str = "") -> dict:
        from bubblegum.blocks.registry import get_block
        from bubblegum.services.ai.validate import clean_block

        spec = get_block(block_type)
        ctx = self._ctx(hint, site_context, salt)
        builder = _builder(block_type, ctx)
        props = builder(ctx)[1] if builder else json.loads(json.dumps(spec.example))
        block = clean_block({"id": "b_" + format(seed_for(block_type, hint, salt) % 16**8, "08x"), "type": block_type, "props": props})
        self.usage.append(Usage("generate_block"))
        return block

    def regenerate_block(self, block: dict, site_context: dict | None = None) -> dict:
        hint = _text_of(block.get("props", {}))[:300]
        new = self.generate_block(block["type"], hint, site_context, salt=json.dumps(block.get("props"), sort_keys=True))
        self.usage[-1].operation = "regenerate_block"
        return {**new, "id": block.get("id", new["id"])}

    def rewrite_text(self, text: str, tone: str = "friendly", length: str = "same") -> str:
        self.usage.append(Usage("rewrite_text"))
        return rewrite(text, tone, length)

    def seo_meta(self, page: dict, site: dict) -> tuple[str, str]:
        self.usage.append(Usage("seo_meta"))
        return seo_meta_for(page, site)

    def alt_text(self, block: dict, site_context: dict | None = None) -> list[dict]:
        self.usage.append(Usage("alt_text"))
        return alt_suggestions(block, site_context)

    def suggestions(self, site: dict) -> list[Finding]:
        self.usage.append(Usage("suggestions"))
        return sample_content_findings(site)


def _builder(block_type: str, ctx: s.Ctx):
    r = ctx.record
    if block_type == "menu" and r.get("offerings"):
        return lambda c: s.offer_list(c)
    if block_type == "pricing" and r.get("tiers"):
        return s.pricing
    if block_type == "stats" and r.get("stats"):
        return s.stats
    if block_type == "team" and r.get("team"):
        return s.team
    if block_type == "opening_hours" and r.get("hours"):
        return s.hours
    if block_type == "contact_details" and s.contact_details(ctx):
        return s.contact_details
    return BUILDERS.get(block_type)


def _text_of(value) -> str:
    if isinstance(value, str):
        return value if not value.startswith(("asset:", "http", "#", "/")) else ""
    if isinstance(value, dict):  # fields read as sentences: "in Somerset. The Curd Nerd", not one long place
        return ". ".join(t for t in (_text_of(v) for v in value.values()) if t)
    if isinstance(value, list):
        return ". ".join(t for t in (_text_of(v) for v in value) if t)
    return ""


def _first_text(doc: dict) -> str:
    for block in doc.get("content", []):
        props = block.get("props", {})
        for key in ("subtitle", "text", "tagline"):
            if isinstance(props.get(key), str) and len(props[key]) > 40:
                return props[key]
    return ""


def seo_meta_for(page: dict, site: dict) -> tuple[str, str]:
    """(title ≤ 60, description ≤ 155) for a site page {slug, title, doc}."""
    info = site.get("site", site)
    name = info.get("name", "")
    label = page.get("title") or "Home"
    title = fit(name if page.get("slug") == "" and len(name) > 30 else (f"{name} – {label}" if page.get("slug") == "" else f"{label} | {name}"), 60)
    desc = _first_text(page.get("doc", {})) or info.get("description", "") or f"{label} – {name}."
    return title, fit(desc, 155)


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
    """Content still marked as a sample (reviews, team profiles, built-in photos)."""
    from bubblegum.services.ai.knowledge import common

    found = []
    for page in site.get("pages", []):
        for block in page.get("doc", {}).get("content", []):
            text = json.dumps(block.get("props", {}), ensure_ascii=False)
            if common.SAMPLE_NOTE in text or common.TEAM_NOTE in text:
                found.append(Finding("sample-content", "info", "Sample reviews or profiles: replace them with real ones before publishing.",
                                     page=page.get("slug"), block=block.get("id"), source="suggestion"))
            elif "asset:sample/" in text and block.get("type") not in ("testimonials", "quote"):
                found.append(Finding("sample-images", "info", "Built-in sample images: upload your own photos.",
                                     page=page.get("slug"), block=block.get("id"), source="suggestion"))
    return found
