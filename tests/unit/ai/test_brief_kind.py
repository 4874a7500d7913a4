"""What the business is (in its own words), its category and audience, constraints,
founding year, named people and tone; --business-type overrides the kind."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief


@pytest.mark.parametrize("prompt, kind, category", [
    ("Willow & Whisk, a gluten-free café in York", "gluten-free café", "food"),
    # the kind before the name: "A … called Name"
    ("A yoga studio in Leeds called Still Point, classes for beginners", "yoga studio", "fitness"),
    ("A family Italian restaurant in Bristol called Nonna Lucia, handmade pasta since 1987",
     "family Italian restaurant", "food"),
    ("Una panadería en Sevilla llamada La Espiga, pan de masa madre", "panadería", "food"),
    ("Polar Air — 24/7 emergency plumber in Denver", "24/7 emergency plumber", "trades"),
    ("Crux Collective is a bouldering gym in Boise", "bouldering gym", "fitness"),
    ("Summit Tracks Ski School in Banff", "ski school", "fitness"),
    ("Marula Ridge Safari Lodge near Hoedspruit", "safari lodge", "hospitality"),
    ("Bäckerei Schmidt in Köln", "Bäckerei", "food"),
    ("Escuela de Surf Ola Salada en Somo", "escuela de surf", "fitness"),
    ("Soy Lucía Ferrer, fotógrafa de bodas en Mallorca", "fotógrafa de bodas", "creative"),
    ("Sucrerie du Rang 4, cabane à sucre familiale à Saint-Hippolyte", "cabane à sucre familiale", "food"),
    ("Kleine Kast is een webshop in tweedehands kinderkleding", "webshop", "online_shop"),
    ("Delgado Family Law in Albuquerque", "family law", "professional"),
    ("The Jazz Cats, a jazz trio from New Orleans", "jazz trio", "music"),
    ("Pawfect Grooming, mobile dog grooming in Leeds", "mobile dog grooming", "pets"),
    ("Smile Studio, family dentist in Phoenix", "family dentist", "health"),
    ("Nail Bar Lola, manicure e pedicure a Roma", "manicure e pedicure", "beauty"),
    ("Van Dijk Fotografie, bruiloftsfotograaf in Utrecht", "bruiloftsfotograaf", "creative"),
    ("Hartley & Sons Garage, MOT and car repairs in Derby", "MOT and car repairs", "automotive"),
    ("Ledgerly is invoicing software for freelancers", "invoicing software", "software"),
    ("shoes", "shoes", "shop"),
    ("Tischlerei", "Tischlerei", "trades"),
    ("window cleaning Hobart", "window cleaning", "trades"),
    ("bouncy castle hire", "bouncy castle hire", "events"),
    ("something for my neighbours", "something", "local_service"),
    ("Tapri Works, a coworking space in HITEC City, Hyderabad: day pass ₹499", "coworking space", "professional"),
    ("Ubuntu Code Club runs free after-school coding classes for children", "code club", "education"),
])
def test_kind_and_category(prompt, kind, category):
    brief = extract_brief(prompt)
    assert (brief.kind, brief.category) == (kind, category)


@pytest.mark.parametrize("business_type, kind, category", [
    ("bakery", "bakery", "food"), ("food_truck", "food truck", "food"), ("law_firm", "law firm", "professional"),
    ("saas", "saas", "software"), ("wedding", "wedding", "events"), ("pet_care", "pet care", "pets"),
    ("photographer", "photographer", "creative"), ("local_service", "local service", "local_service"),
])
def test_business_type_overrides_kind_and_category(business_type, kind, category):
    brief = extract_brief("Rise & Crumb in Leeds, a shoe shop", business_type=business_type)
    assert (brief.kind, brief.category, brief.name, brief.town) == (kind, category, "Rise & Crumb", "Leeds")


@pytest.mark.parametrize("prompt, audience_type", [
    ("Golden Comb sells honey. Online store only — we ship nationwide.", "online"),
    ("Kleine Kast is een webshop in tweedehands kinderkleding, alleen online", "online"),
    ("Tienda online de cosmética natural con envíos a toda España", "online"),
    ("Handgemachte Seifen mit Versand in ganz Deutschland", "online"),
    ("Ledgerly is SaaS for small businesses to reconcile invoices", "b2b"),
    ("A branding agency for startups in Berlin", "b2b"),
    ("Conservas do Tejo, loja em Lisboa, envio para todo o país", "local"),
    ("A bakery in Leeds", "local"),
])
def test_audience_type(prompt, audience_type):
    assert extract_brief(prompt).audience_type == audience_type


@pytest.mark.parametrize("prompt, constraints", [
    ("100% vegan bakery in Leeds", ["vegan"]),
    ("Panadería vegana y sin gluten en Madrid", ["vegan", "gluten_free"]),
    ("Boulangerie sans gluten à Lyon", ["gluten_free"]),
    ("Pizzeria a Napoli, anche senza glutine", ["gluten_free"]),
    ("Glutenvrije bakkerij in Utrecht", ["gluten_free"]),
    ("Halal butcher in Bradford", ["halal"]),
    ("Friseur in Wien, nur nach Vereinbarung", ["by_appointment"]),
    ("Fisioterapia en Bilbao con cita previa", ["by_appointment"]),
    ("Ostéopathe à Lyon, sur rendez-vous", ["by_appointment"]),
    ("Tatuagens no Porto, com marcação", ["by_appointment"]),
    ("Sartoria a Milano, solo su appuntamento", ["by_appointment"]),
    ("Massagepraktijk in Gent, op afspraak", ["by_appointment"]),
    ("Family-run pub in Devon, dog-friendly and wheelchair accessible", ["family_run", "wheelchair_accessible", "dog_friendly"]),
    ("Women only gym in Leeds", ["women_only"]),
    ("Mobile dog grooming — we come to you", ["mobile_service"]),
    ("Physiotherapie in Köln, Hausbesuche möglich", ["home_visits"]),
    ("Pizza with delivery and takeaway in Leeds", ["delivery", "takeaway"]),
    ("We ship worldwide from Dublin", ["ships_worldwide"]),
    ("A bakery in Leeds", []),
])
def test_constraints(prompt, constraints):
    assert extract_brief(prompt).constraints == constraints


@pytest.mark.parametrize("prompt, founded", [
    ("Funeral directors in Ipswich since 1921", 1921), ("Bäckerei Müller, seit 1952", 1952),
    ("Taberna en Madrid desde 1978", 1978), ("Fromagerie depuis 1898 à Lyon", 1898),
    ("Sartoria Bellotti. Dal 1978.", 1978), ("Koffiebranderij, sinds 2011", 2011),
    ("Founded in 2015 in Austin", 2015), ("Est. 1990", 1990), ("Open 9-17, 1,400 guests", None),
])
def test_founded(prompt, founded):
    assert extract_brief(prompt).founded == founded


@pytest.mark.parametrize("prompt, people", [
    ("Trattoria in Leeds with chef Marco Rossi at the stove", ["Marco Rossi"]),
    ("A bakery run by Anna and Tom in Bath", ["Anna", "Tom"]),
    ("Praxis Dr. Lena Vogel in Bonn", ["Dr. Lena Vogel"]),
    ("I'm Rafael Costa, personal trainer in Curitiba", ["Rafael Costa"]),
    ("A bakery in Leeds with love", []),
])
def test_people(prompt, people):
    assert extract_brief(prompt).people == people


@pytest.mark.parametrize("prompt, tone", [
    ("A luxury spa hotel in Bath", "luxury"), ("Fun kids' party entertainer in Leeds", "playful"),
    ("A calm, peaceful yoga retreat", "calm"), ("Bold streetwear brand", "bold"),
    ("Chartered accountants in Leeds", "professional"), ("A bakery in Leeds", "friendly"),
])
def test_tone(prompt, tone):
    assert extract_brief(prompt).tone == tone


@pytest.mark.parametrize("prompt, name, kind, category, town", [
    ("Harbour Lights Fish & Chips, Whitby: fresh haddock and cod", "Harbour Lights Fish & Chips", "fish & chips", "food", "Whitby"),
    ("Copper Pot Coffee Roasters — small-batch specialty coffee roasted in Bend, Oregon", "Copper Pot Coffee Roasters",
     "coffee roasters", "food", "Bend"),
    ("Bloom Yoga Studio Mumbai — Hatha and prenatal yoga in Bandra West", "Bloom Yoga Studio Mumbai", "Hatha and prenatal yoga",
     "fitness", "Mumbai"),
    ("Weingut Kessler an der Mosel: Riesling und Weinproben", "Weingut Kessler", "Weingut", "food", "Mosel"),
    ("Casa da Quinta, turismo rural em Sintra com 5 quartos", "Casa da Quinta", "turismo rural", "hospitality", "Sintra"),
    ("Osteria da Gigi a Trastevere, Roma: cacio e pepe", "Osteria da Gigi", "osteria", "food", "Roma"),
    ("Yoga met Sanne in Utrecht: vinyasa en yin yoga", "Yoga met Sanne", "yoga", "fitness", "Utrecht"),
    ("Frituur 't Hoekske in Antwerpen: friet en snacks", "Frituur 't Hoekske", "frituur", "food", "Antwerpen"),
    ("Oficina do Zé em Porto Alegre: mecânica geral e troca de óleo", "Oficina do Zé", "oficina", "automotive", "Porto Alegre"),
])
def test_more_ways_of_naming(prompt, name, kind, category, town):
    brief = extract_brief(prompt)
    assert (brief.name, brief.kind, brief.category, brief.town) == (name, kind, category, town)


@pytest.mark.parametrize("prompt, kind", [
    ("Call us on 0800 123 4567 for a free quote – roofing in Leeds", "roofing"),
    ("Open 7 days, 10am–6pm. Bike shop in Oxford. Repairs from £15.", "bike shop"),
    ("Weddings 2024-2025 fully booked; we're a wedding planner in the Cotswolds", "wedding planner"),
])
def test_the_kind_is_the_phrase_that_says_what_it_is(prompt, kind):
    assert extract_brief(prompt).kind == kind
