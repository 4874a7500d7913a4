"""The offline provider end to end: description -> Brief -> written site, and the block
operations that write for an existing site from the Brief rebuilt from its settings."""

from __future__ import annotations

import json

import pytest

from bubblegum.services.ai.base import AIError, PromptTooLong
from bubblegum.services.ai.offline import OfflineProvider, site_context

PROMPTS = [
    ("en", "Rise & Crumb, a sourdough bakery in Leeds: loaves, croissants and cinnamon buns. Call 0113 496 0123.", "Rise & Crumb"),
    ("de", "Backhaus Kornblume, vegane Bäckerei in Leipzig: Sauerteigbrot, Zimtschnecken und Torten.", "Backhaus Kornblume"),
    ("es", "Estudio Prana es un estudio de yoga en Sevilla con clases de hatha y vinyasa para principiantes.", "Estudio Prana"),
    ("fr", "Atelier Lumière est un photographe de mariage à Lyon : reportages, portraits et séances en extérieur.", "Atelier Lumière"),
    ("pt", "O Salão Flor de Lis é um salão de beleza em Curitiba com corte, escova e manicure.", "Flor de Lis"),
    ("it", "La Pizzeria Da Gino è una pizzeria a Napoli con pizza napoletana cotta nel forno a legna, fritti e dolci.", "Da Gino"),
    ("nl", "Het Bonenhuis is een koffiebranderij in Utrecht met verse koffiebonen, espresso en workshops.", "Bonenhuis"),
]


@pytest.mark.parametrize("language,prompt,name", PROMPTS)
def test_a_description_becomes_a_site_in_its_language_with_its_name(language, prompt, name):
    site = OfflineProvider().generate_site(prompt)
    assert site["site"]["language"] == language
    home = site["pages"][0]["doc"]["content"]
    assert name in home[0]["props"]["brand"]
    assert 3 <= len(site["pages"]) <= 5


@pytest.mark.parametrize("pages", [1, 3, 5])
def test_page_count_is_respected(pages):
    site = OfflineProvider().generate_site(PROMPTS[0][1], pages=pages)
    assert len(site["pages"]) == pages


def test_same_prompt_same_site_and_progress_is_reported():
    steps = []
    one = OfflineProvider().generate_site(PROMPTS[1][1], progress=lambda message, done: steps.append(done))
    assert one == OfflineProvider().generate_site(PROMPTS[1][1])
    assert steps[0] == 0.0 and steps[-1] == 1.0


def test_oversized_and_empty_prompts_are_refused():
    with pytest.raises(PromptTooLong):
        OfflineProvider().generate_site("x" * 2001)
    with pytest.raises(AIError):
        OfflineProvider().generate_site("   ")


def test_new_and_regenerated_sections_are_written_for_the_site_in_its_language():
    provider = OfflineProvider()
    site = provider.generate_site(PROMPTS[1][1])
    context = site_context(site)
    assert context["language"] == "de" and context["name"] == site["site"]["name"]
    hero = provider.generate_block("hero", "Galerie", context)
    assert provider.generate_block("hero", "Galerie", context) == hero  # deterministic
    assert context["name"] in json.dumps(hero["props"], ensure_ascii=False)
    form = provider.generate_block("contact_form", "Kontakt", context)
    assert form["props"]["submit_label"] == "Nachricht senden"
    block = next(b for b in site["pages"][0]["doc"]["content"] if b["type"].startswith("hero"))
    again = provider.regenerate_block(block, context)
    assert again["id"] == block["id"] and again["type"] == block["type"]


def test_sections_only_the_owner_can_fill_are_sample_content_and_suggested_for_replacement():
    provider = OfflineProvider()
    review = provider.generate_block("testimonials", "Reviews", {"name": "Rise & Crumb", "language": "en"})
    assert review["sample"] is True
    site = provider.generate_site(PROMPTS[3][1])  # a photographer: the portfolio is the owner's to fill
    findings = provider.suggestions(site)
    assert findings and all(f.rule == "sample-content" for f in findings)


def test_seo_title_keeps_name_kind_and_place_and_never_cuts_a_phrase():
    provider = OfflineProvider()
    site = provider.generate_site(PROMPTS[1][1])
    title, description = provider.seo_meta(site["pages"][0], site)
    assert title == "Backhaus Kornblume – Vegane Bäckerei in Leipzig" and 40 < len(description) <= 155
    long = provider.generate_site("The Extraordinarily Wonderful Sourdough Company of Leeds, a bakery in Leeds")
    for page in long["pages"]:
        title, _ = provider.seo_meta(page, long)
        assert "The Extraordinarily Wonderful Sourdough Company of Leeds" in title and len(title) <= 60


@pytest.mark.parametrize("language,prompt,name", PROMPTS)
def test_generated_sites_pass_the_audit(language, prompt, name):
    from bubblegum.services.ai.audit import audit_site

    rules = {f.rule for f in audit_site(OfflineProvider().generate_site(prompt))}
    # alt text comes with the image library, not the writer; a photographer's portfolio is sample content to replace
    assert not rules - {"missing-alt", "sample-content"}


def test_a_new_menu_section_lists_the_sites_own_items_and_prices():
    provider = OfflineProvider()
    site = provider.generate_site("Backstube Lindner, vegane Bäckerei in Leipzig: Sauerteigbrot 4,50 €, Zimtschnecken 2,80 €.")
    block = provider.generate_block("menu", "Angebot", site_context(site))
    items = [item for section in block["props"]["sections"] for item in section["items"]]
    assert "sample" not in block and {"Sauerteigbrot", "Zimtschnecken"} <= {item["name"] for item in items}
    assert "4,50 €" in [item["price"] for item in items]
