"""Block builders for the offline generator: each returns (type, props) for one section,
written from the business type's knowledge and the brief. ``Ctx`` carries what every
builder needs: the brief, its knowledge record, the seeded rng, copy values and link
targets."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from markupsafe import Markup

from bubblegum.services.ai.copy import fit, fill, pick, sample
from bubblegum.services.ai.currency import in_currency
from bubblegum.services.ai.knowledge import common

Section = tuple[str, dict]
PHOTOS = [f"asset:sample/photo-{i}" for i in range(1, 7)]


@dataclass
class Ctx:
    brief: object
    record: dict
    rng: random.Random
    values: dict[str, str]
    page_kinds: list[str]
    home_anchors: set[str] = field(default_factory=set)
    current: str = "home"

    def fmt(self, pattern: str, limit: int = 10_000) -> str:
        return fit(fill(pattern, self.values), limit)

    def pick(self, patterns: list[str], limit: int = 10_000) -> str:
        return pick(self.rng, patterns, self.values, limit)

    def target(self, kind: str) -> str | None:
        """Where a link to ``kind`` goes: its page, else an anchor on home, else None."""
        if kind in self.page_kinds and kind != "home":
            return "/" + kind
        if kind in self.home_anchors:
            return ("#" if self.current == "home" else "/#") + kind
        return None

    def price(self, amount: str) -> str:
        return in_currency(amount, self.brief.currency)  # type: ignore[attr-defined]

    def primary(self) -> dict:
        return {"label": fit(self.record["cta"], 60), "href": self.target("contact") or "#contact", "style": "primary"}

    def secondary(self) -> dict | None:
        label, kind = self.record.get("cta2") or (None, None)
        href = self.target(kind) if kind else None
        if not label or not href or kind == self.current:
            return None
        return {"label": fit(label, 60), "href": href, "style": "secondary"}


def navbar(ctx: Ctx) -> Section:
    links = [{"label": page_title(ctx, k), "href": "/" + k} for k in ctx.page_kinds if k not in ("home", "contact")]
    if "contact" in ctx.page_kinds:
        links.append({"label": page_title(ctx, "contact"), "href": "/contact"})
    return "navbar", {"brand": fit(ctx.values["name"], 60), "links": links[:8], "cta": ctx.primary()}


def page_title(ctx: Ctx, kind: str) -> str:
    return ctx.record.get("page_titles", {}).get(kind) or common.PAGE_TITLES[kind]


def hero_home(ctx: Ctx) -> Section:
    buttons = [b for b in (ctx.primary(), ctx.secondary()) if b]
    props = {"eyebrow": ctx.pick(ctx.record["eyebrows"], 60), "title": ctx.pick(ctx.record["headlines"], 120),
             "subtitle": ctx.pick(ctx.record["subtitles"], 400), "buttons": buttons}
    variant = ctx.rng.choice(["hero", "hero_split", "hero_cover"] if ctx.record["local"] else ["hero", "hero_split"])
    alt = fit((ctx.record.get("gallery") or [(f"Inside {ctx.values['name']}", "")])[0][0], 300)
    if variant == "hero_split":
        bullets = [fit(f[1], 100) for f in sample(ctx.rng, ctx.record["features"], 3)]
        return "hero_split", {**props, "bullets": bullets, "image": {"src": "asset:sample/hero", "alt": alt}}
    if variant == "hero_cover":
        return "hero_cover", {**props, "image": {"src": "asset:sample/cover", "alt": alt}, "height": "tall"}
    return "hero", {**props, "note": fit(ctx.record["features"][0][1], 120)}


def hero_page(ctx: Ctx, kind: str, title: str, subtitle: str) -> Section:
    button = ctx.primary()
    if kind == "contact":
        button = {"label": "Send us a message", "href": "#contact", "style": "primary"}
    return "hero", {"eyebrow": fit(f"{page_title(ctx, kind)} · {ctx.values['name']}", 60), "title": fit(title, 120),
                    "subtitle": fit(subtitle, 400), "buttons": [button]}


def features(ctx: Ctx, count: int = 6, title: str | None = None) -> Section:
    items = [{"icon": icon, "title": fit(t, 80), "text": fit(ctx.fmt(x), 300)} for icon, t, x in ctx.record["features"]]
    offered = [{"icon": "star", "title": fit(o, 80), "text": fit(f"{o} from {ctx.values['name']}, made with the same care as everything we do.", 300)}
               for o in ctx.brief.offerings[:3]]
    items = (offered + sample(ctx.rng, items, max(count - len(offered), 3)))[:max(count, 3)]
    return "feature_grid", {"eyebrow": fit(f"Why {ctx.values['name']}", 60),
                            "title": fit(title or ctx.rng.choice(["What makes us different", "Why people choose us", "What you can expect"]), 120),
                            "columns": 3, "items": items, "anchor": "features"}


def offer_list(ctx: Ctx, groups: list | None = None, anchor: str = "services") -> Section:
    sections = []
    for group, items in (groups or ctx.record["offerings"]):
        rows = []
        for item in items:
            name, desc, price, *tag = item
            rows.append({"name": fit(name, 100), "description": fit(desc, 300), "price": fit(ctx.price(price), 20),
                         "tag": fit(tag[0] if tag else "", 24)})
        sections.append({"name": fit(group, 80), "items": rows})
    title = fit(ctx.record.get("offer_title") or "What we offer", 120)
    if len(sections) == 1 and sections[0]["name"] == title:  # a lone group named like the section
        sections[0]["name"] = ""
    return "menu", {"eyebrow": fit(ctx.values["name"], 60), "title": title,
                    "subtitle": "Ask us about anything you don't see here.", "sections": sections, "anchor": anchor}


def pricing(ctx: Ctx) -> Section:
    tiers = []
    for i, (name, price, period, desc, feats) in enumerate(ctx.record["tiers"]):
        tiers.append({"name": fit(name, 40), "price": fit(ctx.price(price), 20), "period": fit(period, 20), "description": fit(desc, 200),
                      "features": [fit(f, 120) for f in feats][:12], "featured": i == 1,
                      "button": {**ctx.primary(), "label": fit(f"Choose {name}", 60)}})
    return "pricing", {"eyebrow": "Pricing", "title": fit(ctx.record.get("offer_title") or "Simple pricing", 120),
                       "subtitle": "Clear prices with no hidden extras.", "tiers": tiers[:4], "anchor": "pricing"}


def gallery(ctx: Ctx, limit: int = 6) -> Section:
    items = ctx.record.get("gallery") or [(f"{f[1]} at {ctx.values['name']}", f[1]) for f in ctx.record["features"]]
    rows = [{"image": {"src": PHOTOS[i % len(PHOTOS)], "alt": fit(alt, 300)}, "caption": fit(cap, 200)} for i, (alt, cap) in enumerate(items[:limit])]
    return "gallery", {"title": fit(ctx.record.get("page_titles", {}).get("gallery") or "A look inside", 120), "columns": 3, "items": rows, "anchor": "gallery"}


def steps(ctx: Ctx) -> Section:
    rows = ctx.record.get("steps") or common.GENERIC_STEPS
    return "steps", {"eyebrow": "How it works", "title": fit(ctx.rng.choice(["Simple from start to finish", "Three easy steps", "Here's how it works"]), 120),
                     "steps": [{"title": fit(ctx.fmt(t), 80), "text": fit(ctx.fmt(x), 300)} for t, x in rows][:8]}


def stats(ctx: Ctx) -> Section:
    return "stats", {"stats": [{"value": fit(v, 20), "label": fit(label, 80)} for v, label in ctx.record["stats"]][:6], "tone": "alt"}


def testimonials(ctx: Ctx) -> Section:
    quotes = [ctx.fmt(q) for q in common.TESTIMONIALS[ctx.record["category"]]]
    names = sample(ctx.rng, common.SAMPLE_NAMES, len(quotes))
    items = [{"quote": fit(q, 600), "name": n, "role": common.SAMPLE_NOTE, "rating": 5} for q, n in zip(quotes, names)]
    return "testimonials", {"eyebrow": "Reviews", "title": "What people say",
                            "subtitle": "Sample reviews to show the layout: replace them with real words from your customers.", "items": items}


def faq(ctx: Ctx, count: int | None = None) -> Section:
    rows = ctx.record.get("faq") or []
    rows = rows if count is None else sample(ctx.rng, rows, count)
    return "faq", {"title": "Frequently asked questions", "items": [{"question": fit(q, 200), "answer": fit(ctx.fmt(a), 1500)} for q, a in rows], "anchor": "faq"}


def hours(ctx: Ctx) -> Section:
    rows = [{"days": fit(d, 40), "hours": fit(h, 60)} for d, h, *_ in ctx.record["hours"]]
    return "opening_hours", {"title": "Opening hours", "rows": rows, "note": "Hours may change on public holidays.", "anchor": "hours"}


def team(ctx: Ctx) -> Section:
    roles = ctx.record.get("team") or []
    members = [{"name": common.TEAM_NAMES[i % len(common.TEAM_NAMES)], "role": fit(role, 80),
                "bio": fit(f"{bio} {common.TEAM_NOTE}", 300),
                "photo": {"src": f"asset:sample/team-{i % 4 + 1}", "alt": fit(f"Portrait of our {role.lower()}", 300)}}
               for i, (role, bio) in enumerate(roles)]
    return "team", {"eyebrow": "Our team", "title": "The people you'll meet", "members": members, "anchor": "team"}


def story(ctx: Ctx) -> Section:
    paragraphs = Markup("").join(Markup("<p>{}</p>").format(ctx.fmt(p)) for p in ctx.record["story"])
    if ctx.values.get("town"):
        paragraphs += Markup("<p>You'll find us in {}, and we'd love to welcome you.</p>").format(ctx.values["town"])
    return "rich_text", {"title": fit(f"The story of {ctx.values['name']}", 120), "body": str(paragraphs)}


def cta(ctx: Ctx) -> Section:
    title = ctx.rng.choice(["Ready when you are", "Let's get started", "We'd love to hear from you", f"Say hello to {ctx.values['name']}"])
    text = ctx.pick(ctx.record["subtitles"], 300)
    return "cta", {"title": fit(title, 120), "text": text, "buttons": [ctx.primary()]}


def contact_details(ctx: Ctx) -> Section | None:
    b = ctx.brief
    if not (b.town or b.phone or b.email):
        return None
    props = {"title": "Find us", "address": fit(b.town, 300), "phone": b.phone, "email": b.email}
    if b.town:
        props["map_url"] = "https://www.openstreetmap.org/search?query=" + _q(f"{ctx.values['name']} {b.town}")
    return "contact_details", props


def _q(text: str) -> str:
    from urllib.parse import quote

    return quote(text)


def contact_form(ctx: Ctx) -> Section:
    return "contact_form", {"eyebrow": "Contact", "title": fit(f"Send {ctx.values['name']} a message", 120),
                            "subtitle": "We reply within one working day.", "anchor": "contact",
                            "message_placeholder": fit(f"How can {ctx.values['name']} help?", 120)}


def footer(ctx: Ctx) -> Section:
    links = [{"label": page_title(ctx, k), "href": "/" if k == "home" else "/" + k} for k in ctx.page_kinds]
    columns = [{"title": "Pages", "links": links[:8]}]
    contact = []
    if ctx.brief.email:
        contact.append({"label": ctx.brief.email[:80], "href": "mailto:" + ctx.brief.email})
    if ctx.brief.phone:
        contact.append({"label": ctx.brief.phone, "href": "tel:" + "".join(c for c in ctx.brief.phone if c.isdigit() or c == "+")})
    if contact:
        columns.append({"title": "Contact", "links": contact})
    return "footer", {"brand": fit(ctx.values["name"], 60), "tagline": ctx.pick(ctx.record["eyebrows"], 200),
                      "columns": columns, "copyright": fit(f"© {ctx.values['name']}. All rights reserved.", 200)}
