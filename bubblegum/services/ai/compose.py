"""The offline generator's composer: a ``Brief`` -> a site document (plain dict).

Home gets the sections that fit the business type (menu and hours for a restaurant,
pricing for SaaS, a gallery for a photographer, a price list for a salon...), each other
page its own set. Everything is chosen by an rng seeded from the input, so the same prompt
always gives the same site and two businesses of the same type get different copy.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bubblegum.services.ai import sections as s
from bubblegum.services.ai.analysis import Brief
from bubblegum.services.ai.copy import fit, slugify
from bubblegum.services.ai.knowledge import common

Progress = Callable[[str, float], None]


def page_kinds(brief: Brief) -> list[str]:
    record = brief.record
    kinds = ["home"]
    for kind in list(record.get("pages", [])) + common.FALLBACK_PAGES:
        if len(kinds) >= brief.pages:
            break
        if kind in kinds or (kind == "team" and not record.get("team")) or (kind == "pricing" and not record.get("tiers")):
            continue
        if kind == "menu" and record["offer"] != "menu":
            continue
        if kind == "services" and not record.get("offerings") and not record.get("services_from"):
            continue
        kinds.append(kind)
    return kinds


def make_ctx(brief: Brief) -> s.Ctx:
    rng = random.Random(brief.seed)
    record = brief.record
    name = brief.name or rng.choice([n for n in record["names"] if "{town}" not in n or brief.town]).format(town=brief.town)
    values = {"name": name, "town": brief.town, "in_town": f" in {brief.town}" if brief.town else "",
              "audience": brief.audience,
              "noun": brief.noun if record.get("noun_from_prompt") and brief.noun else record["noun"]}
    return s.Ctx(brief=brief, record=record, rng=rng, values=values, page_kinds=page_kinds(brief))


def _home(ctx: s.Ctx) -> list:
    r, kinds = ctx.record, ctx.page_kinds
    out = [s.navbar(ctx), s.hero_home(ctx)]
    if r.get("stats") and ctx.rng.random() < 0.6:
        out.append(s.stats(ctx))
    out.append(s.features(ctx, ctx.rng.choice([3, 6])))
    offer = r["offer"]
    if offer == "menu":
        out.append(s.offer_list(ctx, r["offerings"][:2], anchor="menu"))
    elif offer == "services" and r.get("offerings"):
        out.append(s.offer_list(ctx, anchor="services"))
    elif offer == "pricing":
        out.append(s.pricing(ctx))
    elif offer == "gallery" or (r.get("gallery") and "gallery" not in kinds and ctx.rng.random() < 0.5):
        out.append(s.gallery(ctx, 6))
    if r.get("steps") or offer == "none":
        out.append(s.steps(ctx))
    out.append(s.testimonials(ctx))
    if "faq" not in kinds and r.get("faq"):
        out.append(s.faq(ctx, 3))
    if "contact" not in kinds:
        if r.get("hours"):
            out.append(s.hours(ctx))
        details = s.contact_details(ctx)
        if details:
            out.append(details)
        out.append(s.contact_form(ctx))
    else:
        out.append(s.cta(ctx))
    return out


def _about(ctx):
    r = ctx.record
    out = [s.hero_page(ctx, "about", f"About {ctx.values['name']}", ctx.pick(r["subtitles"])), s.story(ctx)]
    out.append(s.stats(ctx) if r.get("stats") else s.features(ctx, 3, "What we care about"))
    if r.get("team") and "team" not in ctx.page_kinds:
        out.append(s.team(ctx))
    out.append(s.testimonials(ctx))
    return out


def _services(ctx):
    r = ctx.record
    title = r.get("offer_title") if r["offer"] in ("services", "menu") else s.page_title(ctx, "services")
    out = [s.hero_page(ctx, "services", title or "What we offer", ctx.pick(r["subtitles"]))]
    out.append(s.offer_list(ctx) if r.get("offerings") else s.features(ctx, 6, "What we offer"))
    out.append(s.steps(ctx))
    if r.get("faq"):
        out.append(s.faq(ctx, 3))
    return out


def _menu(ctx):
    out = [s.hero_page(ctx, "menu", ctx.record.get("offer_title") or "Menu", ctx.pick(ctx.record["subtitles"])), s.offer_list(ctx, anchor="menu")]
    if ctx.record.get("hours"):
        out.append(s.hours(ctx))
    return out


def _pricing(ctx):
    out = [s.hero_page(ctx, "pricing", ctx.record.get("offer_title") or "Pricing", "Clear prices, no surprises. Pick what suits you and change any time."), s.pricing(ctx)]
    if ctx.record.get("faq"):
        out.append(s.faq(ctx, 3))
    return out


def _gallery(ctx):
    return [s.hero_page(ctx, "gallery", s.page_title(ctx, "gallery"), f"A look at recent work and everyday moments at {ctx.values['name']}."),
            s.gallery(ctx, 12), s.testimonials(ctx)]


def _team(ctx):
    return [s.hero_page(ctx, "team", f"Meet the {ctx.values['name']} team", "Friendly, experienced people who care about doing things properly."), s.team(ctx)]


def _faq(ctx):
    return [s.hero_page(ctx, "faq", "Questions and answers", f"Everything you might want to know before you get in touch with {ctx.values['name']}."), s.faq(ctx)]


def _features(ctx):
    r = ctx.record
    title = s.page_title(ctx, "features")
    out = [s.hero_page(ctx, "features", f"{title} · {ctx.values['name']}", ctx.pick(r["subtitles"]))]
    rows_src = [(f"{ep}", title2, "") for ep, title2 in r.get("episodes", [])] or [(t, t, x) for _, t, x in r["features"][:3]]
    rows = [{"eyebrow": fit(eyebrow, 60) if eyebrow != head else "", "title": fit(head, 120), "text": fit(ctx.fmt(text) if text else ctx.pick(r["subtitles"]), 600),
             "image": {"src": s.PHOTOS[i % 6], "alt": fit(head, 300)}} for i, (eyebrow, head, text) in enumerate(rows_src)]
    out.append(("feature_rows", {"title": fit(title, 120), "rows": rows}))
    out.append(s.features(ctx, 6, "And much more"))
    if r.get("steps"):
        out.append(s.steps(ctx))
    return out


def _contact(ctx):
    out = [s.hero_page(ctx, "contact", f"Get in touch with {ctx.values['name']}", "Send a message and we'll get back to you within one working day.")]
    details = s.contact_details(ctx)
    if details:
        out.append(details)
    if ctx.record.get("hours"):
        out.append(s.hours(ctx))
    out.append(s.contact_form(ctx))
    return out


BUILDERS = {"about": _about, "services": _services, "menu": _menu, "pricing": _pricing, "gallery": _gallery,
            "team": _team, "faq": _faq, "features": _features, "contact": _contact}


def _page(ctx: s.Ctx, kind: str) -> dict:
    ctx.current = kind
    if kind == "home":
        body = _home(ctx)
    else:
        body = [s.navbar(ctx)] + BUILDERS[kind](ctx)
        if kind not in ("contact",) and body[-1][0] != "cta":
            body.append(s.cta(ctx))
    body = [sec for sec in body if sec] + [s.footer(ctx)]
    if kind == "home":
        body.insert(0, body.pop(0))  # navbar first
    content = [{"id": f"b_{kind}_{i + 1}", "type": t, "props": p} for i, (t, p) in enumerate(body)]
    name = ctx.values["name"]
    page_title = s.page_title(ctx, kind)
    title = fit(f"{name} – {ctx.pick(ctx.record['eyebrows'])}" if kind == "home" else f"{page_title} | {name}", 60)
    description = ctx.pick(ctx.record["seo"], 155) if kind == "home" else fit(_page_description(ctx, kind), 155)
    return {"slug": "" if kind == "home" else kind, "title": page_title,
            "doc": {"schema_version": 1, "root": {"title": title, "description": description}, "content": content}}


def _page_description(ctx: s.Ctx, kind: str) -> str:
    name, where = ctx.values["name"], ctx.values["in_town"]
    return {
        "about": f"The story of {name}{where}: who we are, what we care about and the people behind it.",
        "services": f"{ctx.record.get('offer_title') or 'Services'} at {name}{where}, with clear prices and answers to common questions.",
        "menu": f"The menu at {name}{where}: what's cooking, prices and opening hours.",
        "pricing": f"Pricing for {name}: compare plans and pick the one that suits you.",
        "gallery": f"Photos of recent work and everyday moments at {name}{where}.",
        "team": f"Meet the team at {name}{where}.",
        "faq": f"Answers to common questions about {name}: booking, prices and what to expect.",
        "features": f"Everything {name} offers, in detail.",
        "contact": f"Contact {name}{where}: send a message, find us and see our opening hours.",
    }[kind]


def _business(ctx: s.Ctx) -> dict:
    b, r = ctx.brief, ctx.record
    facts: dict = {"type": r["schema"] if r["local"] or r["schema"] == "Organization" else "Organization"}
    if b.town:
        facts["address"] = {"locality": fit(b.town, 100)}
    if b.phone:
        facts["phone"] = b.phone
    if b.email:
        facts["email"] = b.email
    facts["hours"] = [{"days": days, "opens": o, "closes": c} for _, _, days, o, c in r.get("hours", []) if days][:14]
    return facts


def build_site(brief: Brief, progress: Progress | None = None) -> dict:
    """Compose a whole site document for ``brief``."""
    ctx = make_ctx(brief)
    record = brief.record
    # anchors on home that other pages may link to
    ctx.home_anchors = {"contact"} if "contact" not in ctx.page_kinds else set()
    offer_anchor = {"menu": "menu", "services": "services", "pricing": "pricing"}.get(record["offer"])
    if offer_anchor:
        ctx.home_anchors.add(offer_anchor)
    pages = []
    for n, kind in enumerate(ctx.page_kinds):
        if progress:
            progress(f"Writing the {s.page_title(ctx, kind).lower()} page", n / len(ctx.page_kinds))
        pages.append(_page(ctx, kind))
    preset = brief.style if brief.style else ctx.rng.choice(record["presets"])
    site = {"name": fit(ctx.values["name"], 80), "slug": slugify(ctx.values["name"]), "language": "en",
            "theme": {"preset": _preset(preset)}, "description": ctx.pick(record["seo"], 300), "business": _business(ctx)}
    if progress:
        progress("Site ready", 1.0)
    return {"format": "bubblegum.site", "schema_version": 1, "site": site, "pages": pages}


def _preset(name: str) -> str:
    from bubblegum.render.themes import PRESETS

    return name if name in PRESETS else "modern"
