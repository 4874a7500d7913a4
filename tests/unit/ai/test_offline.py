"""The offline generator: every business type generates, validates, renders and audits
clean; deterministic; specific; never placeholder text."""

from __future__ import annotations

import json
import re

import pytest

from bubblegum.blocks.document import load_site
from bubblegum.render import render_page
from bubblegum.services.ai.analysis import analyse_prompt
from bubblegum.services.ai.audit import audit_site
from bubblegum.services.ai.base import AIError, PromptTooLong
from bubblegum.services.ai.knowledge import business_types
from bubblegum.services.ai.offline import OfflineProvider

TYPES = list(business_types())
BANNED = re.compile(r"lorem|ipsum|placeholder|\bTODO\b|\bTBD\b|your (?:business|company) name|\{[a-z_]+\}|xxx|example\.com", re.I)


def headlines(site: dict) -> set[str]:
    return {b["props"]["title"] for p in site["pages"] for b in p["doc"]["content"] if b["type"].startswith("hero")}


def test_at_least_thirty_business_types():
    assert len(TYPES) >= 30


@pytest.mark.parametrize("key", TYPES)
def test_every_type_generates_validates_renders_and_audits_clean(key):
    label = business_types()[key]["label"]
    site = OfflineProvider().generate_site(f"A {label.lower()} in Springfield called Northwind", business_type=key, pages=6)
    doc = load_site(site)
    assert 1 <= len(site["pages"]) <= 6
    html = render_page(doc, site["pages"][0]["slug"])
    assert "Northwind" in html and "<h1" in html
    assert [f.to_dict() for f in audit_site(site) if f.severity == "error"] == []
    text = json.dumps(site).replace('"message_placeholder"', '"message_hint"')
    assert not BANNED.search(text), BANNED.search(text)
    if site_has := [b for p in site["pages"] for b in p["doc"]["content"] if b["type"] == "testimonials"]:
        for item in site_has[0]["props"]["items"]:
            assert "sample" in item["role"].lower()


@pytest.mark.parametrize("pages", [1, 2, 4, 6])
def test_page_count_is_respected(pages):
    site = OfflineProvider().generate_site("A yoga studio in Bath", pages=pages)
    assert len(site["pages"]) == pages
    assert site["pages"][0]["slug"] == ""


def test_same_prompt_same_site():
    a = OfflineProvider().generate_site("Rise & Crumb, a sourdough bakery in Leeds")
    b = OfflineProvider().generate_site("Rise & Crumb, a sourdough bakery in Leeds")
    assert a == b


def test_two_bakeries_get_different_copy():
    a = OfflineProvider().generate_site("Rise & Crumb is a sourdough bakery in Leeds")
    b = OfflineProvider().generate_site("Butter Lane is a family bakery in Brighton")
    assert a["site"]["name"] == "Rise & Crumb" and b["site"]["name"] == "Butter Lane"
    assert headlines(a) != headlines(b)
    assert "Leeds" in json.dumps(a) and "Leeds" not in json.dumps(b)


def test_sections_fit_the_type():
    def types(site):
        return {b["type"] for p in site["pages"] for b in p["doc"]["content"]}

    p = OfflineProvider()
    assert {"menu", "opening_hours"} <= types(p.generate_site("An Italian restaurant in Turin", pages=5))
    assert "pricing" in types(p.generate_site("A SaaS tool for invoicing", pages=4))
    assert "gallery" in types(p.generate_site("A wedding photographer in Cornwall", pages=4))
    assert "team" in types(p.generate_site("A law firm in Manchester", pages=5))


@pytest.mark.parametrize("prompt,key,name,town", [
    ("Rise & Crumb is a sourdough bakery in Leeds", "bakery", "Rise & Crumb", "Leeds"),
    ("A dental practice in Austin, Texas called Bright Teeth", "dentist", "Bright Teeth", "Austin, Texas"),
    ('Landing page for "Flowdesk", a SaaS tool for remote teams', "saas", "Flowdesk", ""),
    ("Emergency plumber based in Bristol", "plumber", "", "Bristol"),
    ("A yoga studio named Still Waters in Brighton for busy parents", "yoga", "Still Waters", "Brighton"),
])
def test_prompt_analysis(prompt, key, name, town):
    brief = analyse_prompt(prompt)
    assert (brief.type_key, brief.name, brief.town) == (key, name, town)


def test_offerings_and_contact_are_used():
    site = OfflineProvider().generate_site("Bakery in York selling sourdough, bagels and rye bread. Call 01904 555 123 or hello@york-bread.co.uk")
    text = json.dumps(site)
    assert "Bagels" in text and "01904 555 123" in text and "hello@york-bread.co.uk" in text


def test_oversized_and_empty_prompts_are_refused():
    with pytest.raises(PromptTooLong):
        OfflineProvider().generate_site("x" * 2001)
    with pytest.raises(AIError):
        OfflineProvider().generate_site("   ")


def test_offerings_are_named_without_their_verbs():
    from bubblegum.services.ai.analysis import find_offerings

    assert find_offerings("A coffee roaster selling beans online and running a small cafe") == [
        "Beans online", "Small cafe"]
    assert find_offerings("A studio offering pottery classes and hosting workshops") == ["Pottery classes", "Workshops"]


@pytest.mark.parametrize("prompt,key", [
    ("A family-run bike repair shop in Portland called Spoke & Chain", "bike_shop"),
    ("Phone and laptop repair in Manchester, screen replacements while you wait", "repair_shop"),
    ("A dog walking and pet sitting service in Austin", "pet_care"),
    ("A locksmith in Dublin, 24/7 emergency callouts", "locksmith"),
    ("Moving company in Toronto for homes and offices", "removals"),
    ("Pest control in Sydney", "pest_control"),
    ("Boat tours in Amsterdam", "tours"),
    ("Plant nursery and garden centre in Kent", "landscaping"),
    ("Guitar teacher in Nashville", "tutor"),
    ("A coworking space in Lisbon", "local_service"),
    ("Car repair garage in Leeds", "auto_repair"),
    ("A cheese shop in Somerset", "local_shop"),        # a shop people walk into...
    ("An online shop selling handmade candles", "online_shop"),  # ...or one that ships
    ("An Italian gelato shop in Naples", "cafe"),
    ("A golf club in St Andrews", "gym"),
])
def test_everyday_businesses_get_their_own_type(prompt, key):
    assert analyse_prompt(prompt).type_key == key


def test_an_unknown_business_is_written_about_in_the_prompts_own_words():
    site = OfflineProvider().generate_site("Kids' birthday party entertainer in Bristol", pages=3)
    text = json.dumps(site)
    assert "birthday party entertainer" in text and "Bristol" in text
    assert not BANNED.search(text.replace('"message_placeholder"', '"message_hint"'))


@pytest.mark.parametrize("prompt,noun,town", [
    ("A family-run bike repair shop in Portland called Spoke & Chain", "bike repair shop", "Portland"),
    ("Spoke & Chain is a bike shop in Portland", "bike shop", "Portland"),
    ("Create a website for a vegan bakery", "vegan bakery", ""),
    ("Please make a site for my Thai restaurant", "Thai restaurant", ""),
    ("Florist in Paris delivering bouquets", "florist", "Paris"),
    ("A B&B in Stratford upon Avon", "B&B", "Stratford upon Avon"),
])
def test_the_business_noun_and_town_are_read_from_the_prompt(prompt, noun, town):
    brief = analyse_prompt(prompt)
    assert (brief.noun, brief.town) == (noun, town)


def test_a_bare_list_after_the_name_is_what_the_business_offers():
    brief = analyse_prompt("A bike repair shop in Portland called Spoke & Chain, tune-ups, wheel builds and used bikes")
    assert brief.offerings == ["Tune-ups", "Wheel builds", "Used bikes"]
    assert analyse_prompt("A dental practice in Austin, Texas called Bright Teeth").offerings == []


def test_rewritten_sections_keep_the_sites_own_words_and_town():
    from bubblegum.services.ai.offline import site_context

    provider = OfflineProvider()
    for prompt, noun, town in [("A cheese shop in Somerset called The Curd Nerd", "cheese shop", "Somerset"),
                               ("A coworking space in Lisbon called Casa Desk", "coworking space", "Lisbon")]:
        site = provider.generate_site(prompt, pages=2)
        context = site_context(site)
        assert (context["noun"], context["town"]) == (noun, town)
        for block in site["pages"][0]["doc"]["content"][1:4]:
            text = json.dumps(provider.regenerate_block(block, context)["props"])
            assert "local business" not in text and f"{town} {context['name']}" not in text


def test_a_new_page_is_written_for_the_site_not_for_its_title():
    from bubblegum.services.ai.analysis import DEFAULT_TYPE
    from bubblegum.services.ai.offline import site_context

    provider = OfflineProvider()
    context = site_context(provider.generate_site("A coworking space in Lisbon called Casa Desk", pages=2))
    assert context["business_type"] == DEFAULT_TYPE  # nothing in the site names a known type
    hero = provider.generate_block("hero", "Gallery", context)  # "gallery" is an art gallery's keyword
    assert provider.generate_block("hero", "Gallery", context) == hero
    text = json.dumps(hero["props"])
    assert "coworking space" in text or "Casa Desk" in text
    assert "live dates" not in text
