"""Sections written from the brief's facts: the owner's own words, what sets them apart,
what they offer (with exactly the prices given), hours, where and how to reach them, FAQ."""

from __future__ import annotations

from markupsafe import Markup

from bubblegum.services.ai.writer.context import Ctx, cap, fit
from bubblegum.services.ai.writer.formats import hours_rows, price_text
from bubblegum.services.ai.writer.frame import Section, section
from bubblegum.services.ai.writer.owner import owner_contact_lines, owner_words

ICONS = ["check", "star", "heart", "leaf", "sparkles", "shield", "zap", "smile", "award", "globe", "users", "clock"]
# facts that hold for every offering (never "for landlords" pinned on an item the owner said nothing about)
_FACT_KEYS = ("fact_phone", "fact_area", "fact_hours", "fact_24_7", "fact_email", "fact_where", "fact_form")


def intro(ctx: Ctx) -> Section | None:
    words = owner_words(ctx)
    if not words:
        return None
    body = str(Markup("").join(Markup("<p>{}</p>").format(s) for s in words))
    return section("rich_text", {"title": ctx.say("intro_title", 120), "body": body})


def consequences(ctx: Ctx, count: int) -> list[str]:
    """Up to ``count`` short sentences, each adding a different fact (phone, area, hours...)."""
    keys = [k for k in _FACT_KEYS if ctx.usable(ctx.p[k])]
    if ctx.brief.has("open_24_7"):
        keys = [k for k in keys if k != "fact_hours"]
    else:
        keys = [k for k in keys if k != "fact_24_7"]
    out = [ctx.say(k) for k in keys]
    return (out * (1 + count // max(1, len(out))))[:count] if out else [""] * count


def why(ctx: Ctx) -> Section | None:
    items = ctx.brief.differentiators[:6]
    if not items:
        return None
    texts = consequences(ctx, len(items))
    texts = [text if text not in texts[:i] else "" for i, text in enumerate(texts)]  # each fact said once
    if len(items) == 1:  # one card alone in a grid looks like a gap: a short paragraph instead
        line = Markup("<p><strong>{}.</strong> {}</p>").format(cap(items[0]).rstrip("."), texts[0])
        return section("rich_text", {"title": ctx.say("why_title", 120), "body": str(line)})
    icons = ctx.rng.sample(ICONS, len(items))
    cards = [{"icon": icons[i], "title": fit(cap(d), 80), "text": fit(texts[i], 300)} for i, d in enumerate(items)]
    return section("feature_grid", {"title": ctx.say("why_title", 120), "columns": 2 if len(cards) in (2, 4) else 3,
                                    "items": cards, "tone": ctx.rng.choice(["default", "alt"])})


def offer(ctx: Ctx) -> Section | None:
    """The offerings: a menu or price list when any price was given (exactly as given), else cards."""
    b = ctx.brief
    if not b.offerings:
        return None
    title = ctx.title("offer")
    if b.category == "food" or any(price_text(o, b) for o in b.offerings):
        items = [{"name": fit(cap(o.name), 100), "description": fit(o.note, 300), "price": price_text(o, b)[:20]} for o in b.offerings]
        if b.category != "food":
            title = ctx.say("prices_title", 120)
        return section("menu", {"title": title, "subtitle": ctx.say("offer_intro", 300),
                                "sections": [{"name": fit(cap(b.kind) or title, 80), "items": items}], "anchor": "offer"})
    cards = [{"icon": ICONS[i % len(ICONS)], "title": fit(cap(o.name), 80), "text": fit(o.note, 300)}
             for i, o in enumerate(b.offerings[:12])]
    return section("feature_grid", {"title": title, "subtitle": ctx.say("offer_intro", 300),
                                    "columns": 2 if len(cards) in (2, 4) else 3, "items": cards, "anchor": "offer"})


def hours(ctx: Ctx) -> Section | None:
    rows = hours_rows(ctx.brief)
    if not rows:
        return None
    note = ctx.p["hours_note_24_7"] if ctx.brief.has("open_24_7") else ""
    return section("opening_hours", {"title": ctx.say("hours_title", 120), "rows": rows, "note": note, "anchor": "hours"})


def contact_details(ctx: Ctx, *, on_contact_page: bool = False) -> Section | None:
    b = ctx.brief
    online = b.has("online_only") or b.audience_type == "online"
    place = "" if online else ", ".join(x for x in (b.address, b.town if b.town not in b.address else "", b.region) if x)
    if not (place or b.phone or b.email):
        return None
    subtitle = " ".join(x for x in (owner_contact_lines(ctx), ctx.say("contact_area")) if x) \
        or ("" if on_contact_page else ctx.say("contact_sub"))
    title = ctx.p["contact_title"][1 if online else 0] if on_contact_page else ctx.say("contact_title", 120)  # the page's hero names it
    props = {"title": title, "subtitle": fit(subtitle, 300), "address": fit(place, 300),
             "phone": b.phone, "email": b.email}
    if place:
        from urllib.parse import quote

        props["map_url"] = "https://www.openstreetmap.org/search?query=" + quote(f"{place}")
    return section("contact_details", props)


def contact_form(ctx: Ctx) -> Section:
    return section("contact_form", {"eyebrow": ctx.p["form_eyebrow"], "title": ctx.say("form_title", 120),
                                    "subtitle": ctx.p["form_sub"], "message_placeholder": ctx.p["form_placeholder"],
                                    "submit_label": ctx.p["form_submit"], "privacy_note": ctx.p["form_privacy"],
                                    "anchor": "contact", "show_phone": True})


def faq_items(ctx: Ctx) -> list[dict]:
    """Questions this brief can answer, each answer built only from its facts."""
    b, items = ctx.brief, []
    where = [ctx.say("faq_address_a") if b.address else ctx.say("faq_where_a"), ctx.say("faq_area_a")]
    if any(where):
        items.append((ctx.say("faq_where_q"), where))
    if b.has("open_24_7"):
        items.append((ctx.say("faq_when_q"), [ctx.say("faq_24_7_a")]))
    elif ctx.has("hours"):
        items.append((ctx.say("faq_when_q"), [ctx.say("faq_when_a")]))
    elif ctx.brief.hours_text:  # as the owner wrote it ("Cerramos los lunes.")
        items.append((ctx.say("faq_when_q"), [cap(ctx.brief.hours_text.rstrip(".")) + "."]))
    book = [ctx.say("faq_book_phone"), ctx.say("faq_book_email")]
    book.append(ctx.p["faq_book_also"] if any(book) else ctx.p["faq_book_form"])
    items.append((ctx.say("faq_book_q"), book))
    if ctx.has("prices"):
        items.append((ctx.say("faq_cost_q"), [ctx.say("faq_cost_a")]))
    if ctx.has("labels"):
        items.append((ctx.say("faq_special_q"), [ctx.say("faq_special_a")]))
    return [{"question": q, "answer": fit(" ".join(a for a in answer if a), 1500)} for q, answer in items]


def faq(ctx: Ctx) -> Section | None:
    items = faq_items(ctx)
    if len(items) < 2:
        return None
    return section("faq", {"title": ctx.say("faq_title", 120), "items": items, "anchor": "faq"})


def steps(ctx: Ctx) -> Section:
    """How getting in touch works here (no promise beyond replying), for businesses people book."""
    p = ctx.p
    ask = ctx.say("step_ask_phone") if ctx.has("phone") else p["step_ask_form"]  # what to say, so one message is enough
    items = [{"title": p["step_ask"], "text": ask}, {"title": p["step_reply"], "text": p["step_reply_text"]},
             {"title": p["step_agree"], "text": p["step_agree_text"]}]
    return section("steps", {"title": ctx.say("steps_title", 120), "steps": items})
