"""One block written for an existing site (the editor's "new section" and "regenerate"):
a Brief is rebuilt from the site's own settings, and the same builders write the block."""

from __future__ import annotations

import copy
import random

from bubblegum.services.ai.brief import LANGUAGES, Brief
from bubblegum.services.ai.writer import facts, frame, showcase
from bubblegum.services.ai.writer.context import Ctx, fit
from bubblegum.services.ai.writer.formats import page_title
from bubblegum.services.ai.writer.phrases import phrases
from bubblegum.services.ai.writer.site import SCHEMA_TYPES

_CATEGORY_OF = {schema: category for category, schema in reversed(SCHEMA_TYPES.items())}


def site_context(site: dict | None) -> dict:
    """What block operations need to know about a site document: name, kind, place, contact, language."""
    info = (site or {}).get("site", site or {})
    business = info.get("business") or {}
    address = business.get("address") or {}
    footer = next((b["props"] for p in (site or {}).get("pages", [])[:1] for b in p["doc"]["content"] if b["type"] == "footer"), {})
    kind = (footer.get("tagline") or "").split(" · ")[0] if footer.get("tagline") else info.get("kind", "")
    menu = next((b["props"] for p in (site or {}).get("pages", []) for b in p["doc"]["content"] if b["type"] == "menu"), {})
    offerings = [{"name": item["name"][:120], "price": (item.get("price") or "")[:40], "note": (item.get("description") or "")[:200]}
                 for section in menu.get("sections", []) for item in section.get("items", [])][:24]
    return {"name": info.get("name", ""), "kind": kind, "offerings": offerings, "town": address.get("locality") or info.get("town", ""),
            "address": address.get("street", ""), "language": info.get("language", "en"),
            "category": info.get("category") or _CATEGORY_OF.get(business.get("type", ""), "local_service"),
            "email": business.get("email", ""), "phone": business.get("phone", "")}


def brief_from_context(context: dict | None, hint: str = "") -> Brief:
    c = context or {}
    language = (c.get("language") or "en")[:2]
    return Brief(prompt=(hint or c.get("name") or "")[:2000] or "-", language=language if language in LANGUAGES else "en",
                 name=c.get("name", "")[:80], kind=c.get("kind", "")[:80], town=c.get("town", "")[:80],
                 address=c.get("address", "")[:200], category=c.get("category") or "local_service",
                 phone=c.get("phone", "")[:40], email=c.get("email", "")[:254], offerings=c.get("offerings", []))


def _hero(ctx: Ctx, kind: str) -> dict:
    for _ in range(24):
        block = frame.hero_home(ctx)
        if block["type"] == kind:
            return block
    return block


BUILDERS = {
    "navbar": frame.navbar, "footer": frame.footer, "cta": frame.cta,
    "hero": lambda c: _hero(c, "hero"), "hero_split": lambda c: _hero(c, "hero_split"), "hero_cover": lambda c: _hero(c, "hero_cover"),
    "rich_text": facts.intro, "feature_grid": lambda c: facts.why(c) or facts.offer(c), "menu": facts.offer,
    "opening_hours": facts.hours, "contact_details": facts.contact_details, "contact_form": facts.contact_form,
    "faq": facts.faq, "steps": facts.steps, "gallery": showcase.portfolio, "pricing": showcase.pricing,
    "feature_rows": showcase.offer_rows,
}


def write_block(block_type: str, hint: str, context: dict | None, seed: int) -> dict:
    """{"type", "props"[, "sample"]} for ``block_type``; a type that needs the owner's own content
    (reviews, team, figures) or a fact the site lacks gets its example, marked as sample."""
    from bubblegum.blocks.registry import get_block

    ctx = Ctx(brief=brief_from_context(context, hint), rng=random.Random(seed), pages=["home"])
    builder = BUILDERS.get(block_type)
    block = builder(ctx) if builder else None
    if block and block["type"] == block_type:
        return block
    return frame.section(block_type, copy.deepcopy(get_block(block_type).example), sample=True)


def seo_meta(page: dict, site: dict) -> tuple[str, str]:
    """(title ≤ 60, description ≤ 155) for a page {slug, title, doc}: the name always, then the kind
    and the place as far as they fit, whole words only (never a cut phrase)."""
    info, context = site.get("site", site), site_context(site)
    name, label = info.get("name", ""), page.get("title") or ""
    if page.get("slug") == "":
        town = context["town"]
        where = phrases(context["language"])["in_place"].format(town=town) if town else ""
        title = page_title(name, kind=context["kind"], where=where, town=town)
    else:
        title = page_title(name, label=label)
    desc = next((b["props"][k] for b in page.get("doc", {}).get("content", []) for k in ("subtitle", "text")
                 if isinstance(b.get("props", {}).get(k), str) and len(b["props"][k]) > 40), "") or info.get("description", "") or name
    return fit(title, 60), fit(desc, 155)
