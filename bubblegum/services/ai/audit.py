"""The improvement audit: rule checks on a site document, each finding with a severity
(error | warning | info) and, where one exists, a one-click fix.

    findings = audit_site(site)                 # list[Finding]
    site = apply_fix(site, finding)             # a new, fixed document (input untouched)

Rules: no call to action in the first screen, missing / too-long meta title and
description, heading order, low contrast in theme overrides, missing alt text, overlong
paragraphs, no contact details for a local business, broken internal links, duplicate
page titles, sample content (never published; fix: remove the section). ``audit_with_suggestions`` adds a provider's suggestions.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from bubblegum.services.ai.base import Finding
from bubblegum.services.ai.copy import fit

HEROES = {"hero", "hero_split", "hero_cover"}
TITLE_MAX, DESC_MAX, WORDS_MAX = 60, 155, 120
LOCAL_TYPES = {"LocalBusiness", "Restaurant", "Bakery", "CafeOrCoffeeShop", "BarOrPub", "Store", "HomeAndConstructionBusiness",
               "HealthAndBeautyBusiness", "MedicalBusiness", "Dentist", "LegalService", "FinancialService", "AutomotiveBusiness",
               "LodgingBusiness", "SportsActivityLocation", "ExerciseGym", "RealEstateAgent", "TravelAgency"}


def _main_blocks(doc: dict) -> list[dict]:
    return [b for b in doc.get("content", []) if b.get("type") not in ("navbar", "footer")]


def _hrefs(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "href" and isinstance(v, str):
                yield path + k, v
            else:
                yield from _hrefs(v, f"{path}{k}.")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _hrefs(v, f"{path}{i}.")
    if isinstance(value, str) and "<a " in value:
        for m in re.finditer(r'href="([^"]*)"', value):
            yield path.rstrip("."), m.group(1)


def _anchors(doc: dict) -> set[str]:
    return {b["props"]["anchor"] for b in doc.get("content", []) if b.get("props", {}).get("anchor")}


def _broken(href: str, slug: str, pages: dict[str, dict]) -> bool:
    if href.startswith("#"):
        return bool(href[1:]) and href[1:] not in _anchors(pages[slug])
    if not href.startswith("/") or href.startswith("//"):
        return False
    path, _, frag = href[1:].partition("#")
    path = path.split("?")[0].strip("/")
    if path not in pages:
        return True
    return bool(frag) and frag not in _anchors(pages[path])


def _words(html_or_text: str) -> list[str]:
    return [p for p in re.split(r"</p>|<br\s*/?>|\n\n", html_or_text or "") if len(re.sub(r"<[^>]+>", " ", p).split()) > WORDS_MAX]


def audit_site(site: dict) -> list[Finding]:
    """Run every rule over a (validated) site document."""
    found: list[Finding] = []
    pages = {p["slug"]: p["doc"] for p in site.get("pages", [])}
    info = site.get("site", {})
    titles: dict[str, str] = {}
    for page in site.get("pages", []):
        slug, doc = page["slug"], page["doc"]
        root = doc.get("root", {})
        main = _main_blocks(doc)
        first = main[0] if main else None
        navbar_cta = any(b["type"] == "navbar" and b["props"].get("cta") for b in doc.get("content", []))
        if not first or not (first["props"].get("buttons") or first["type"] in ("contact_form", "newsletter")):
            found.append(Finding("cta-first-screen", "warning" if navbar_cta else "error",
                                 "No call to action in the first screen: add a button to the first section.",
                                 page=slug, block=first["id"] if first else None, fix="add-hero-button" if first and first["type"] in HEROES | {"cta"} else None))
        title, desc = root.get("title", ""), root.get("description", "")
        if len(title) > TITLE_MAX:
            found.append(Finding("meta-title-length", "warning", f"Page title is {len(title)} characters; search results show about {TITLE_MAX}.", page=slug, fix="seo-meta"))
        if not desc:
            found.append(Finding("meta-description-missing", "warning", "No meta description: search engines will pick random text.", page=slug, fix="seo-meta"))
        elif len(desc) > DESC_MAX:
            found.append(Finding("meta-description-length", "warning", f"Meta description is {len(desc)} characters; keep it under {DESC_MAX}.", page=slug, fix="seo-meta"))
        if title.strip().lower() in titles:
            found.append(Finding("duplicate-title", "warning", f"Same title as page '{titles[title.strip().lower()] or '/'}'.", page=slug, fix="seo-meta"))
        titles.setdefault(title.strip().lower(), slug)
        heroes = [b for b in main if b["type"] in HEROES]
        if not heroes or main[0]["type"] not in HEROES:
            found.append(Finding("heading-order", "warning", "The page does not start with a main heading (a hero section).", page=slug))
        elif len(heroes) > 1:
            found.append(Finding("heading-order", "warning", "More than one hero: a page should have one main heading.", page=slug, block=heroes[1]["id"]))
        for b in main:
            if b["type"] == "rich_text" and not b["props"].get("title") and re.search(r"<h3", b["props"].get("body", "")) and not re.search(r"<h2", b["props"].get("body", "")):
                found.append(Finding("heading-order", "warning", "A sub-heading (h3) without a section heading above it.", page=slug, block=b["id"]))
        for b in doc.get("content", []):
            from bubblegum.services.ai.offline import alt_suggestions

            if alt_suggestions(b):
                found.append(Finding("missing-alt", "warning", "Image without alt text: describe it for people using screen readers.", page=slug, block=b["id"], fix="alt-text"))
            long = [v for k, v in b["props"].items() if isinstance(v, str) and k in ("body", "text", "subtitle") and _words(v)]
            if long or any(_words(i.get("answer", "")) for i in b["props"].get("items", []) if isinstance(i, dict)):
                found.append(Finding("long-paragraph", "info", f"A paragraph over {WORDS_MAX} words: split it or trim it for easier reading.", page=slug, block=b["id"]))
            for field, href in _hrefs(b["props"]):
                if _broken(href, slug, pages):
                    found.append(Finding("broken-link", "error", f"Link to '{href}' goes nowhere on this site.", page=slug, block=b["id"], fix="fix-link", extra={"href": href}))
    business = info.get("business") or {}
    if business.get("type") in LOCAL_TYPES:
        has_contact = bool(business.get("phone") or business.get("email") or business.get("address"))
        has_contact = has_contact or any(b["type"] in ("contact_details", "contact_form") for d in pages.values() for b in d.get("content", []))
        if not has_contact:
            found.append(Finding("contact-details", "warning", "A local business with no way to contact it: add your address, phone or a contact form.", fix="add-contact"))
    found.extend(_contrast(info.get("theme") or {}))
    found.extend(_samples(site))
    return found


def _samples(site: dict) -> list[Finding]:
    from bubblegum.blocks.samples import sample_blocks

    return [Finding("sample-content", "warning", f"{s.message} Sample sections are never published.",
                    page=s.page_slug, block=s.block_id, fix="remove-sample")
            for s in sample_blocks(site)]


def _contrast(theme: dict) -> list[Finding]:
    from bubblegum.blocks.theme import PRESETS
    from bubblegum.render.themes import contrast

    preset = PRESETS.get(theme.get("preset", "modern"), PRESETS["modern"])
    colors = {k: theme.get(k) or getattr(preset, k) for k in ("primary", "background", "text", "surface")}
    out = []
    for fg, bg in (("text", "background"), ("text", "surface")):
        ratio = contrast(colors[fg], colors[bg])
        if ratio < 4.5:
            out.append(Finding("low-contrast", "warning", f"Theme {fg} on {bg} has a contrast of {ratio:.1f}:1 (needs 4.5:1); the renderer will adjust it.", fix="reset-colors"))
    return out


def _find(site: dict, slug: str | None, block_id: str | None):
    for page in site["pages"]:
        if page["slug"] == slug:
            for block in page["doc"]["content"]:
                if block["id"] == block_id:
                    return page, block
            return page, None
    return None, None


def _fix_hero_button(site, f):
    page, block = _find(site, f.page, f.block)
    target = "/contact" if any(p["slug"] == "contact" for p in site["pages"]) else "#contact"
    block["props"]["buttons"] = (block["props"].get("buttons") or []) + [{"label": "Get in touch", "href": target, "style": "primary"}]
    if target == "#contact" and "contact" not in _anchors(page["doc"]):
        page["doc"]["content"].insert(-1 if page["doc"]["content"][-1]["type"] == "footer" else len(page["doc"]["content"]),
                                      {"id": f"b_fix_contact_{len(page['doc']['content'])}", "type": "contact_form", "props": {"anchor": "contact"}})


def _fix_seo(site, f):
    from bubblegum.services.ai.offline import seo_meta_for

    page, _ = _find(site, f.page, None)
    title, desc = seo_meta_for(page, site)
    if f.rule == "duplicate-title":
        title = fit(f"{page['title']} | {site['site']['name']}", 60)
    page["doc"]["root"].update(title=title, description=desc)


def _fix_alt(site, f):
    from bubblegum.services.ai.offline import alt_suggestions, site_context

    _, block = _find(site, f.page, f.block)
    for s in alt_suggestions(block, site_context(site)):
        target = block["props"]
        *path, last = s["field"].split(".")
        for key in path:
            target = target[int(key)] if key.isdigit() else target[key]
        target[last] = s["alt"]


def _fix_link(site, f):
    _, block = _find(site, f.page, f.block)

    def walk(v):
        if isinstance(v, dict):
            if v.get("href") == f.extra.get("href"):
                v["href"] = "/"
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(block["props"])


def _fix_contact(site, f):
    home = next(p for p in site["pages"] if p["slug"] == "")
    content = home["doc"]["content"]
    at = len(content) - 1 if content and content[-1]["type"] == "footer" else len(content)
    content.insert(at, {"id": "b_fix_contact_form", "type": "contact_form", "props": {"anchor": "contact"}})


def _fix_sample(site, f):
    page, block = _find(site, f.page, f.block)
    page["doc"]["content"].remove(block)


def _fix_colors(site, f):
    theme = site["site"].setdefault("theme", {})
    for key in ("primary", "accent", "background", "text", "surface"):
        theme.pop(key, None)


FIXES: dict[str, Callable[[dict, Finding], None]] = {
    "add-hero-button": _fix_hero_button, "seo-meta": _fix_seo, "alt-text": _fix_alt, "fix-link": _fix_link,
    "add-contact": _fix_contact, "reset-colors": _fix_colors, "remove-sample": _fix_sample,
}


def apply_fix(site: dict, finding: Finding) -> dict:
    """The document with ``finding``'s one-click fix applied, validated like any edit."""
    from bubblegum.services.ai.validate import clean_site

    if not finding.fix or finding.fix not in FIXES:
        raise ValueError(f"finding {finding.rule!r} has no one-click fix")
    fixed = copy.deepcopy(site)
    FIXES[finding.fix](fixed, finding)
    return clean_site(fixed)


def audit_with_suggestions(site: dict, provider=None) -> list[Finding]:
    findings = audit_site(site)
    if provider is not None:
        findings.extend(provider.suggestions(site))
    return findings
