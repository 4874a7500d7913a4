"""Sections that show rather than tell: a portfolio, product rows with images, pricing.
Content only the owner can give (their own work, plans without prices) is sample content."""

from __future__ import annotations

from bubblegum.services.ai.writer.context import Ctx, cap, fit
from bubblegum.services.ai.writer.formats import price_text
from bubblegum.services.ai.writer.frame import Section, primary_button, section
from bubblegum.services.ai.writer.images import pick_images


def portfolio(ctx: Ctx) -> Section:
    """Library pictures stand in for the owner's own work: sample until they upload theirs."""
    images = pick_images(ctx.brief, 6, ctx.rng.randrange(1 << 30))
    return section("gallery", {"title": ctx.say("gallery_title", 120), "columns": ctx.rng.choice([2, 3]),
                               "items": [{"image": img} for img in images]}, sample=True)


def offer_rows(ctx: Ctx) -> Section | None:
    """The first offerings as rows with a picture each (software features, rooms, courses)."""
    offers = ctx.brief.offerings[:4]
    if not offers:
        return None
    images = pick_images(ctx.brief, len(offers), ctx.rng.randrange(1 << 30))
    rows = [{"title": fit(cap(o.name), 120), "text": fit(o.note, 600), "eyebrow": fit(price_text(o, ctx.brief), 60),
             "image": images[i % len(images)]} for i, o in enumerate(offers)]
    return section("feature_rows", {"title": fit(ctx.title("offer"), 120), "rows": rows, "anchor": "offer"})


def pricing(ctx: Ctx) -> Section:
    """Plans: the owner's priced offerings as tiers, else sample tiers marked as such."""
    b, p = ctx.brief, ctx.p
    priced = [o for o in b.offerings if price_text(o, b)][:4]
    button = {"label": primary_button(ctx)["label"], "href": ctx.link("contact")}
    if priced:
        tiers = [{"name": fit(cap(o.name), 40), "price": price_text(o, b, unit=False)[:20], "period": ("/ " + o.unit)[:20] if o.unit else "",
                  "description": fit(o.note, 200), "button": button} for o in priced]
        return section("pricing", {"title": p["pricing_title"], "tiers": tiers, "anchor": "pricing"})
    features = [fit(o.name, 100) for o in b.offerings]
    tiers = [{"name": name, "price": p["pricing_on_request"][:20], "features": features[: 2 + i * 2][:12], "button": button,
              "featured": i == 1} for i, name in enumerate(p["pricing_tiers"])]
    return section("pricing", {"title": p["pricing_title"], "subtitle": ctx.say("pricing_sub", 300), "tiers": tiers,
                               "anchor": "pricing"}, sample=True)
