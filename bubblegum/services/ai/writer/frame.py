"""The sections every page has or shares: navigation, heroes, call to action, footer."""

from __future__ import annotations

from bubblegum.services.ai.writer.context import Ctx, cap, fit
from bubblegum.services.ai.writer.images import pick_images
from bubblegum.services.ai.writer.owner import owner_words

Section = dict  # {"type", "props"[, "sample"]}


def section(kind: str, props: dict, sample: bool = False) -> Section:
    return {"type": kind, "props": props, **({"sample": True} if sample else {})}


def tel(phone: str) -> str:
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


def primary_button(ctx: Ctx) -> dict:
    if ctx.brief.phone and (ctx.brief.category in ("trades", "automotive") or ctx.brief.has("emergency") or ctx.brief.has("open_24_7")):
        return {"label": fit(ctx.say("button_call"), 60), "href": tel(ctx.brief.phone), "style": "primary"}
    return {"label": ctx.p["button_contact"], "href": ctx.link("contact"), "style": "primary"}


def navbar(ctx: Ctx) -> Section:
    links = [{"label": ctx.title(k), "href": "/" + ctx.slug(k)} for k in ctx.pages if k != "home"]
    return section("navbar", {"brand": fit(ctx.values["brand"], 60), "links": links[:8], "cta": primary_button(ctx)})


def lead(ctx: Ctx, *, offers: bool = True) -> str:
    """One or two sentences saying what the business is, where, and (unless ``offers`` is off:
    a list beside it shows them) what it offers."""
    first = owner_words(ctx)[:1] or [ctx.values["brand"]]
    parts = [ctx.say("hero_lead", kind=cap(ctx.values["kind"])) if ctx.has("kind") else fit("".join(first), 250)]
    if offers and ctx.has("offers"):
        parts.append(ctx.say("hero_offers"))
    if ctx.brief.has("open_24_7") and ctx.has("phone"):
        parts.append(ctx.say("hero_24_7"))
    return fit(" ".join(p for p in parts if p), 400)


def hero_home(ctx: Ctx) -> Section:
    b, p = ctx.brief, ctx.p
    town = ctx.values["town"] if ctx.values["town"].lower() not in b.kind.lower() else ""
    eyebrow = fit(" · ".join(x for x in (cap(b.kind), town) if x), 60) if b.name else ""  # unnamed: the kind is the title
    buttons = [primary_button(ctx)]
    if "offer" in ctx.pages or b.offerings:
        buttons.append({"label": p["button_offer"], "href": ctx.link("offer"), "style": "secondary"})
    title = ctx.say("hero_title", 120, named=True) or fit(cap(b.kind) or ctx.values["brand"], 120)
    labels = [p["labels"][c] for c in b.constraints][:5]
    variant = ctx.rng.choice(["hero", "hero_split", "hero_cover"])
    offers = [o.name[:100] for o in b.offerings[:4] if o.name.lower() != b.kind.lower()]  # not the kind again
    bullets = labels or (offers if len(offers) > 1 else [])
    subtitle = lead(ctx, offers=not (variant == "hero_split" and not labels and bullets))
    if subtitle.rstrip(".").lower() == title.lower():  # "Mudanzas" / "Mudanzas.": ask instead of repeating
        subtitle = p["form_sub"]
    props = {"eyebrow": eyebrow, "title": title, "subtitle": subtitle, "buttons": buttons}
    image = pick_images(b, 1, ctx.rng.randrange(1 << 30))[0]
    if variant == "hero_split":
        return section("hero_split", {**props, "bullets": bullets, "image": image,
                                      "image_side": ctx.rng.choice(["right", "left"])})
    if variant == "hero_cover":
        return section("hero_cover", {**props, "image": image, "height": ctx.rng.choice(["medium", "tall"]),
                                      "align": ctx.rng.choice(["center", "left"])})
    return section("hero", {**props, "note": fit(" · ".join(labels), 120), "image": image})


def hero_page(ctx: Ctx, title: str, subtitle: str = "") -> Section:
    return section("hero", {"title": fit(title or ctx.title(ctx.current), 120), "subtitle": fit(subtitle or lead(ctx), 400),
                            "buttons": [primary_button(ctx) if ctx.current != "contact"  # the contact page: to its form
                                        else {"label": ctx.p["button_contact"], "href": "#contact", "style": "primary"}]})


def cta(ctx: Ctx) -> Section:
    text = ctx.say("cta_phone") if ctx.has("phone") else ctx.say("cta_text")
    return section("cta", {"title": ctx.say("cta_title", 120), "text": fit(text, 300), "buttons": [primary_button(ctx)]})


def footer(ctx: Ctx) -> Section:
    b, p = ctx.brief, ctx.p
    columns = [{"title": p["footer_pages"], "links": [{"label": ctx.title(k), "href": "/" + ctx.slug(k)} for k in ctx.pages][:8]}]
    contact = []
    if b.phone:
        contact.append({"label": b.phone, "href": tel(b.phone)})
    if b.email:
        contact.append({"label": b.email[:80], "href": "mailto:" + b.email})
    if contact:
        columns.append({"title": p["footer_contact"], "links": contact})
    tagline = " · ".join(x for x in (cap(b.kind), b.address or ctx.values["town"]) if x)
    return section("footer", {"brand": fit(ctx.values["brand"], 60), "tagline": fit(tagline, 200), "columns": columns,
                              "copyright": fit(ctx.say("footer_rights", name=ctx.values["brand"]), 200)})
