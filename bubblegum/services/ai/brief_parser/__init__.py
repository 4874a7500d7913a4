"""The offline brief extractor: ``extract_brief(prompt) -> Brief``, deterministic, pure
Python (stdlib + pydantic), about a millisecond or two a description once loaded.

One module per fact: language, name, place (+ places, places_data), contact, money,
hours (+ days), offerings, differentiators, kind (+ lexicon, categories_data: category and
audience), constraints, facts (founded, people, tone). ``request`` cuts "I need a website
for my …" first; ``text`` and ``vocabulary`` hold the shared helpers and word lists.
Each finds what the person wrote and returns "" or [] when they did not say it: nothing
here guesses.
"""

from __future__ import annotations

from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.brief_parser.constraints import find_constraints
from bubblegum.services.ai.brief_parser.contact import find_address, find_email, find_phone, find_website
from bubblegum.services.ai.brief_parser.differentiators import find_differentiators
from bubblegum.services.ai.brief_parser.facts import find_founded, find_people, find_tone
from bubblegum.services.ai.brief_parser.hours import find_hours
from bubblegum.services.ai.brief_parser.kind import find_audience, find_audience_type, find_category, find_kind
from bubblegum.services.ai.brief_parser.language import detect_language
from bubblegum.services.ai.brief_parser.lexicon import business_word_languages
from bubblegum.services.ai.brief_parser.money import find_currency
from bubblegum.services.ai.brief_parser.name import find_name, find_self_introduction
from bubblegum.services.ai.brief_parser.offerings import find_offerings
from bubblegum.services.ai.brief_parser.place import find_place
from bubblegum.services.ai.brief_parser.request import strip_request

__all__ = ["extract_brief"]


def extract_brief(prompt: str, *, business_type: str | None = None) -> Brief:
    """The facts of ``prompt``; ``business_type`` (the CLI's --business-type) replaces the
    kind and decides the category. The language is read twice: the place named tips a
    close call ("Pianoles in Rotterdam, €35 per les")."""
    prompt = (prompt or "").strip()[:2000]
    text = strip_request(prompt)  # "Need a site: Green Thumb Gardening …" is about Green Thumb Gardening
    lang = detect_language(prompt, business_words=business_word_languages())  # "Ich brauche …" is German too
    name = find_name(text, lang)
    place = find_place(text, lang, name)
    lang = detect_language(prompt, business_words=business_word_languages(), country=place.country)
    given = (business_type or "").replace("_", " ").strip()[:80]  # the CLI's --business-type ("food_truck")
    kind = given or find_kind(text, name, place.town, lang)
    category = find_category([kind] if given else [kind, name, text], lang)
    constraints = find_constraints(text)
    audience_type = find_audience_type(text, category, bool(place.town))
    if audience_type == "online" and category in {"shop", "food", "local_service", "creative"}:
        category = "online_shop"
    hours, hours_text = find_hours(text, "open_24_7" in constraints)
    differentiators = find_differentiators(text, name, kind)
    offerings = find_offerings(text, name=name, places=[place.town, *place.service_area], kind=kind, lang=lang,
                               differentiators=differentiators)
    return Brief(
        prompt=prompt, language=lang, name=name, kind=kind, category=category, audience_type=audience_type,
        town=place.town, region=place.region, country=place.country, service_area=place.service_area,
        currency=find_currency(text, place.country), phone=find_phone(prompt), email=find_email(text),
        website=find_website(text), address=find_address(text), hours=hours, hours_text=hours_text,
        offerings=offerings, audience=find_audience(text, lang), differentiators=differentiators,
        constraints=constraints, founded=find_founded(text),
        people=find_people(text, find_self_introduction(text, lang)), tone=find_tone(text, category),
    )
