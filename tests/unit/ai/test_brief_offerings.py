"""Offerings in the description's words, with the price, amount and unit when given; no
fragments, no duplicates, at most twelve."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief


def names(prompt: str) -> list[str]:
    return [o.name for o in extract_brief(prompt).offerings]


@pytest.mark.parametrize("prompt, expected", [
    ("Willow & Whisk, a café in York: brunch, pancakes, toasties and traybakes.", ["brunch", "pancakes", "toasties", "traybakes"]),
    ("Delgado Family Law in Albuquerque: divorce, child custody, and adoption.", ["divorce", "child custody", "adoption"]),
    ("Golden Comb sells raw honey, comb honey and beeswax candles from our hives in Texas.",
     ["raw honey", "comb honey", "beeswax candles"]),
    ("We offer haircuts, beard trims, hot towel shaves and more.", ["haircuts", "beard trims", "hot towel shaves"]),
    ("Wir bieten Welpenkurse, Alltagstraining und Einzelstunden in Leipzig an.", ["Welpenkurse", "Alltagstraining", "Einzelstunden"]),
    ("Ofrecemos clases de surf, alquiler de tablas y campamentos de verano.", ["clases de surf", "alquiler de tablas", "campamentos de verano"]),
    ("Nous proposons des croissants, des baguettes et des tartes aux fruits.", ["croissants", "baguettes", "tartes aux fruits"]),
    ("Oferecemos treinos personalizados, avaliação física e planos online.", ["treinos personalizados", "avaliação física", "planos online"]),
    ("Offriamo pizza al taglio, focacce e supplì.", ["pizza al taglio", "focacce", "supplì"]),
    ("Wij bieden knippen, kleuren en föhnen.", ["knippen", "kleuren", "föhnen"]),
    ("Bakery in Leeds: bread, bread, cakes and much more", ["bread", "cakes"]),
    ("Fleur de Lys Florist in Harrogate – wedding flowers, funeral tributes and same-day local delivery.",
     ["wedding flowers", "funeral tributes"]),
    ("Metzgerei Huber – seit 1932 in Rosenheim. Weißwürste, Leberkäs und Partyservice.", ["Weißwürste", "Leberkäs", "Partyservice"]),
    ("Peluquería Marta en Granada: cortes, mechas y tratamientos de keratina. Horario: de martes a sábado de 10:00 a 20:00.",
     ["cortes", "mechas", "tratamientos de keratina"]),
    ("A Padaria do Bairro, em Coimbra, faz pão de forma tradicional desde 1950.", ["pão de forma tradicional"]),
])
def test_offerings(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("prompt, name, price, amount, unit", [
    ("Furnace repair in Denver, an $89 diagnostic fee waived if we do the repair.", "diagnostic fee", "$89", 89, ""),
    ("Yoga in Leeds: drop-in classes €15, monthly pass €60", "drop-in classes", "€15", 15, ""),
    ("Restaurante em Recife: buffet por quilo a R$ 25 o quilo", "buffet por quilo", "R$ 25", 25, "quilo"),
    ("Nachhilfe in Köln, Einzelstunde 60 € pro Stunde", "Einzelstunde", "60 €", 60, "Stunde"),
    ("Climbing gym in Boise. Day pass $20, monthly memberships.", "Day pass", "$20", 20, ""),
    ("Escuela de surf en Somo. Clase de 2 horas: 35 €.", "Clase de 2 horas", "35 €", 35, ""),
    ("Coworking in Pune: dedicated desk ₹7,500 a month", "dedicated desk", "₹7,500", 7500, "month"),
    ("Mitgliedschaft ab 24,90 € im Monat", "Mitgliedschaft", "24,90 €", 24.9, "Monat"),
    ("Safari lodge, fully inclusive from R6,500 per person per night", "fully inclusive", "R6,500", 6500, "person per night"),
    ("Taller en Valencia. Alquilamos bicis eléctricas desde 15 € al día.", "bicis eléctricas", "15 €", 15, "día"),
    ("TaskFlow - project software. Free plan, Pro $12/user/month.", "Pro", "$12", 12, "user/month"),
])
def test_prices(prompt, name, price, amount, unit):
    offering = next(o for o in extract_brief(prompt).offerings if o.price)
    assert (offering.name, offering.price, offering.amount, offering.unit) == (name, price, amount, unit)


def test_at_most_twelve_and_no_fragments():
    prompt = "Deli in Leeds: " + ", ".join(f"sandwich number {i}" for i in range(20)) + " and more"
    offerings = extract_brief(prompt).offerings
    assert len(offerings) == 12 and all("more" not in o.name for o in offerings)


def test_differentiators_are_their_own_facts():
    brief = extract_brief("Polar Air — 24/7 furnace repair in Minneapolis. Same-day service, upfront flat-rate pricing, "
                          "financing available, and an $89 diagnostic fee. Dog-friendly office.")
    assert brief.differentiators[:3] == ["Same-day service", "Upfront flat-rate pricing", "Financing available"]
    assert "Dog-friendly office" in brief.differentiators
    assert [o.name for o in brief.offerings] == ["diagnostic fee"]


@pytest.mark.parametrize("prompt, expected", [
    ("Sparkle Cleaning Co. provides residential and commercial cleaning in Columbus, Ohio.", ["residential and commercial cleaning"]),
    ("Pet sitter in Lisbon, I look after cats and dogs while you travel. €20 per visit.", ["pet sitter"]),
    ("Dr. Emily Chen, DDS - gentle family dentistry in Seattle. New patients welcome!", []),
])
def test_no_items_from_clauses_or_split_adjectives(prompt, expected):
    assert [o.name for o in extract_brief(prompt).offerings] == expected


@pytest.mark.parametrize("prompt, expected", [
    ("Kettle & Tap Plumbing — Gas Safe plumbers in Nottingham: boiler servicing, leaks and blocked drains.",
     ["boiler servicing", "leaks", "blocked drains"]),                         # the colon's list, not the dash's
    ("Golden Comb sells raw honey and beeswax candles. Online store only — we ship nationwide.", ["raw honey", "beeswax candles"]),
    ("Chorale des Quais à Nantes. Répétitions le mardi soir, deux concerts par an, nouvelles voix bienvenues.",
     ["Répétitions le mardi soir", "deux concerts par an"]),                    # a noun in -ons is no verb
    ("Sanjeevani Kendra in Kochi: Abhyanga massage and consultations with Dr. Anil Varma.",
     ["Abhyanga massage", "consultations with Dr. Anil Varma"]),
    ("Kleine Kast, webshop, met gratis verzending in heel Nederland vanaf €40.", []),
])
def test_service_terms_and_verbs_are_no_items(prompt, expected):
    assert [o.name for o in extract_brief(prompt).offerings] == expected


def test_a_bare_phrase_after_the_name_lists_offerings_without_the_founding_year():
    brief = extract_brief("A family Italian restaurant in Bristol called Nonna Lucia, handmade pasta and "
                          "wood-fired pizza since 1987")
    assert [(o.name, o.note) for o in brief.offerings] == [("handmade pasta", ""), ("wood-fired pizza", "")]
    assert brief.founded == 1987
    assert names("Bella Vista, a family restaurant in Leeds") == []  # an apposition says what it is


def test_what_a_product_does_is_a_differentiator_not_an_offering():
    brief = extract_brief("LedgerLoop: invoice matching software for mid-size accounting teams. Connects to Xero "
                          "and QuickBooks, flags duplicate payments, $49 per user per month.")
    assert [o.name for o in brief.offerings] == ["invoice matching software"]
    assert brief.offerings[0].price == "$49"
    assert brief.differentiators[:2] == ["Connects to Xero and QuickBooks", "Flags duplicate payments"]


def test_hours_and_phone_in_a_list_are_no_offerings():
    brief = extract_brief("Mützenmanufaktur Huber in Wien: Kapitänsmützen, Matrosenhüte und Reparaturen, "
                          "Mo-Fr 9-17 Uhr, Tel. 01 234 5678.")
    assert [o.name for o in brief.offerings] == ["Kapitänsmützen", "Matrosenhüte", "Reparaturen"]
    assert brief.phone == "01 234 5678" and brief.hours
