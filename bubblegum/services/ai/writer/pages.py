"""Which pages a business gets (its category decides) and the sections on each."""

from __future__ import annotations

from bubblegum.services.ai.writer import facts, frame, showcase
from bubblegum.services.ai.writer.context import Ctx, fit
from bubblegum.services.ai.writer.formats import page_title

PLANS = {
    "software": ["home", "offer", "pricing", "about", "contact", "faq"],
    "creative": ["home", "offer", "about", "contact", "faq"],
    "music": ["home", "offer", "about", "contact", "faq"],
}
DEFAULT_PLAN = ["home", "offer", "about", "faq", "contact"]
ROWS_FIRST = {"software", "hospitality", "education", "fitness"}  # offerings shown as rows with pictures
MIN_HOME_WORDS = 140


def plan(ctx: Ctx, pages: int | None) -> list[str]:
    """Page keys in navigation order: the category's plan minus pages without content."""
    b = ctx.brief
    keys = PLANS.get(b.category, DEFAULT_PLAN)
    if not any(o.price or o.amount is not None for o in b.offerings):
        keys = [k for k in keys if k != "pricing"]  # plans without prices are sample content on the offer page
    if not b.offerings and b.category != "creative":
        keys = [k for k in keys if k != "offer"]
    if pages:
        return keys[:max(1, min(6, pages))]
    if len(facts.faq_items(ctx)) < 3:
        keys = [k for k in keys if k != "faq"]
    return keys[:5]


_SETTINGS = {"href", "src", "map_url", "icon", "tone", "style", "anchor", "height", "align", "image_side", "width", "columns"}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() if k not in _SETTINGS for t in _strings(v)]
    return [t for v in value for t in _strings(v)] if isinstance(value, list) else []


def _words(sections: list[dict]) -> int:
    """Visible words of ``sections`` (navigation aside), as a reader counts them."""
    return sum(len(t.split()) for s in sections if s["type"] != "navbar" for t in _strings(s["props"]))


def home(ctx: Ctx) -> list[dict]:
    middle = [facts.intro(ctx), facts.why(ctx), _offer_section(ctx)]
    ctx.rng.shuffle(middle)
    tail = [facts.hours(ctx), facts.contact_details(ctx)]
    tail.append(facts.contact_form(ctx) if "contact" not in ctx.pages else frame.cta(ctx))
    body = [frame.hero_home(ctx)] + middle + tail
    body = [s for s in body if s]
    extras = [lambda: facts.faq(ctx), lambda: ctx.brief.category != "software" and facts.steps(ctx),
              lambda: "contact" in ctx.pages and facts.contact_form(ctx)]
    for extra in extras:  # a thin brief still gets a home page of real content, never padding
        if _words(body) >= MIN_HOME_WORDS:
            break
        if more := extra():
            body.insert(-1, more)
    return body


def _offer_section(ctx: Ctx) -> dict | None:
    """The offerings: rows with pictures for kinds shown best that way (unless priced), else the list."""
    b = ctx.brief
    if b.category in ROWS_FIRST and not any(o.price or o.amount is not None for o in b.offerings):
        return showcase.offer_rows(ctx)
    return facts.offer(ctx)


def offer_page(ctx: Ctx) -> list[dict]:
    b = ctx.brief
    out = [frame.hero_page(ctx, ctx.title("offer"), ctx.say("offer_intro"))]
    if b.category == "creative":
        out.append(showcase.portfolio(ctx))
    out.append(_offer_section(ctx))
    if b.category == "food":
        out.append(facts.hours(ctx))
    if b.category == "software" and "pricing" not in ctx.pages:
        out.append(showcase.pricing(ctx))  # sample plans for the owner to fill in; never published as they are
    return out + [frame.cta(ctx)]


def about_page(ctx: Ctx) -> list[dict]:
    return [frame.hero_page(ctx, ctx.say("about_title")), facts.intro(ctx), facts.why(ctx), frame.cta(ctx)]


def contact_page(ctx: Ctx) -> list[dict]:
    return [frame.hero_page(ctx, ctx.say("contact_page_title"), ctx.say("contact_sub")), facts.contact_details(ctx, on_contact_page=True),
            facts.hours(ctx), facts.contact_form(ctx)]


def faq_page(ctx: Ctx) -> list[dict]:
    return [frame.hero_page(ctx, ctx.say("faq_page_title")), facts.faq(ctx), frame.cta(ctx)]


def pricing_page(ctx: Ctx) -> list[dict]:
    return [frame.hero_page(ctx, ctx.p["pricing_title"], ctx.say("pricing_sub")), showcase.pricing(ctx), frame.cta(ctx)]


BUILDERS = {"home": home, "offer": offer_page, "about": about_page, "contact": contact_page, "faq": faq_page,
            "pricing": pricing_page}


def page(ctx: Ctx, key: str) -> dict:
    ctx.current = key
    body = [frame.navbar(ctx)] + [s for s in BUILDERS[key](ctx) if s] + [frame.footer(ctx)]
    content = [{"id": f"b_{key}_{i + 1}", **s} for i, s in enumerate(body)]
    v = ctx.values
    title = page_title(v["brand"], label=ctx.title(key)) if key != "home" else \
        page_title(v["brand"], kind=v["kind"], where=v["where"], town=v["town"])
    return {"slug": ctx.slug(key), "title": fit(ctx.title(key), 120),
            "doc": {"schema_version": 1, "root": {"title": title, "description": fit(frame.lead(ctx), 155)},
                    "content": content}}
