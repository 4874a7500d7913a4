"""The business's own name, exactly as written, across phrasings and the seven languages;
no name when none is given (never the kind or the town)."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief


@pytest.mark.parametrize("prompt, name", [
    # "Name, description" / "Name: …" / "Name — …" / "Name is a …"
    ("Rise & Crumb, a sourdough bakery in Leeds with vegan options", "Rise & Crumb"),
    ("Mendez Plumbing & Heating: licensed plumbers serving Phoenix and Tempe", "Mendez Plumbing & Heating"),
    ("Marco's Pizzeria — wood-fired pizza in Naples, Florida", "Marco's Pizzeria"),
    ("Studio Prana is a yoga studio in Brooklyn", "Studio Prana"),
    ("Blue Door Dental offers family dentistry in Austin", "Blue Door Dental"),
    ("The Copper Kettle, a tea room in Harrogate", "The Copper Kettle"),
    ("O'Malley's Bar & Grill in Boston: burgers, wings and live music", "O'Malley's Bar & Grill"),
    ("Café Lumière, a French bistro in Montréal", "Café Lumière"),
    ("Kraftwerk 24 – Fitnessstudio in Hamburg", "Kraftwerk 24"),
    ("No. 9 Barbers, Shoreditch: skin fades and hot towel shaves", "No. 9 Barbers"),
    # introductions
    ("We are Northwind Analytics and we build dashboards for logistics teams", "Northwind Analytics"),
    ("We're Greenleaf Landscaping, serving Denver since 2009", "Greenleaf Landscaping"),
    ("Wir sind die Bäckerei Müller in Freiburg, seit 1952 backen wir Brot", "Bäckerei Müller"),
    ("Somos La Buena Mesa, un restaurante familiar en Sevilla", "La Buena Mesa"),
    ("Nous sommes Atelier Bleu, une agence de design à Lyon", "Atelier Bleu"),
    ("Siamo Forno Antico, panificio artigianale a Bologna", "Forno Antico"),
    ("Wij zijn Fietsenmakerij Spaak, dé fietsenmaker van Utrecht", "Fietsenmakerij Spaak"),
    # called / named / heißt / se llama / s'appelle / chama-se / si chiama / heet
    ("A dog grooming salon in Bristol called Pampered Paws", "Pampered Paws"),
    ("My bakery is named Crumbs & Co and it is in Cardiff", "Crumbs & Co"),
    ("Unser Café heißt Kaffeeklatsch und liegt in Bremen", "Kaffeeklatsch"),
    ("Mi tienda se llama Zapatos Lola y está en Valencia", "Zapatos Lola"),
    ("Mon salon s'appelle Belle Mèche, à Lille", "Belle Mèche"),
    ("A minha loja chama-se Flor de Sal e fica no Porto", "Flor de Sal"),
    ("La mia enoteca si chiama Vino Vivo, a Verona", "Vino Vivo"),
    ("Onze bakkerij heet De Gouden Korst en zit in Delft", "De Gouden Korst"),
    # quoted names
    ('A vegan bakery in Leeds called "Green Crumb"', "Green Crumb"),
    ("Website for «La Petite Ourse», crèche à Nantes", "La Petite Ourse"),
    # a person presenting themselves
    ("I'm Rafael Costa, personal trainer in Curitiba", "Rafael Costa"),
    ("Sou a Ana Ribeiro, nutricionista em Braga", "Ana Ribeiro"),
    ("Ich bin Jana Weber, Fotografin in Dresden", "Jana Weber"),
    ("Je suis Claire Dubois, ostéopathe à Nantes", "Claire Dubois"),
    ("Sono Giulia Bianchi, architetto a Torino", "Giulia Bianchi"),
    ("Ik ben Pieter de Vries, fysiotherapeut in Zwolle", "Pieter de Vries"),
    # a kind word before the name
    ("Pizzeria Da Michele a Napoli: margherita e marinara", "Pizzeria Da Michele"),
    ("Hotel Alpenrose in Innsbruck, 24 Zimmer mit Bergblick", "Hotel Alpenrose"),
    ("Soutien scolaire Les Petits Génies à Bordeaux : cours de maths", "Les Petits Génies"),
])
def test_the_name_as_written(prompt, name):
    assert extract_brief(prompt).name == name


@pytest.mark.parametrize("prompt", [
    "shoes", "Shoes", "a bakery in Leeds", "vegan bakery selling cakes", "Tischlerei", "mudanzas", "jardinagem",
    "Bäckerei in Berlin", "Plumber, 24/7, in Leeds", "window cleaning Hobart", "Dog grooming in Bristol",
    "Mobile Dog Grooming", "Italian restaurant in Chicago with a big terrace", "Panadería artesanal en Madrid",
    "Boulangerie bio à Lyon", "Gelateria artigianale a Firenze", "Kapper in Rotterdam, ook op zondag",
    "Need a website for my yoga classes", "Hello! I teach piano to kids in Leeds",
    "Guide alpine certificate ad Alagna Valsesia: arrampicata e scialpinismo",
])
def test_no_name_when_none_is_given(prompt):
    brief = extract_brief(prompt)
    assert brief.name == ""
    assert "name" in brief.missing()


def test_the_business_a_person_runs_and_the_person():
    brief = extract_brief("Hi! My name is Sarah and I run Paws & Claws, a pet sitting service in Cork.")
    assert (brief.name, brief.people, brief.kind, brief.town) == ("Paws & Claws", ["Sarah"], "pet sitting service", "Cork")


def test_a_request_is_no_kind():
    brief = extract_brief("Looking for a website for my dog walking business in Brighton")
    assert (brief.name, brief.kind, brief.category, brief.town) == ("", "dog walking business", "pets", "Brighton")


def test_a_town_in_the_name_is_the_town():
    brief = extract_brief("Jim's Mowing Perth - lawn mowing, hedge trimming and green waste removal")
    assert (brief.name, brief.town, brief.country, brief.currency) == ("Jim's Mowing Perth", "Perth", "AU", "AUD")


@pytest.mark.parametrize("prompt, name, kind, town", [
    ("Need a site: Green Thumb Gardening (Bristol), lawn care, hedge cutting", "Green Thumb Gardening", "gardening", "Bristol"),
    ("Website for my photography business — I shoot weddings in Cornwall", "", "photography business", "Cornwall"),
    ("Ich brauche eine Website für meine Bäckerei in Köln", "", "Bäckerei", "Köln"),
    ("bakery in leeds called rise and crumb", "rise and crumb", "bakery", "leeds"),
    ("Hola, somos Café Brújula, una cafetería de especialidad en Barcelona", "Café Brújula", "cafetería de especialidad", "Barcelona"),
    ("'T Bakkertje in Leiden: brood en taarten", "'T Bakkertje", "bakkertje", "Leiden"),
    ("Agriturismo Il Poggio vicino a Siena: camere e piscina", "Agriturismo Il Poggio", "agriturismo", "Siena"),
    ("Smith & Sons Roofing, serving Dallas-Fort Worth since 1998", "Smith & Sons Roofing", "roofing", "Dallas-Fort Worth"),
])
def test_requests_lower_case_and_articles(prompt, name, kind, town):
    brief = extract_brief(prompt)
    assert (brief.name, brief.kind, brief.town) == (name, kind, town)


def test_a_number_makes_common_words_a_name_and_a_list_is_no_kind():
    brief = extract_brief("Studio 54 Hair & Beauty, Cheltenham: cuts from £30, colour from £60, balayage £120.")
    assert (brief.name, brief.town) == ("Studio 54 Hair & Beauty", "Cheltenham")
    assert [(o.name, o.price) for o in brief.offerings] == [("cuts", "£30"), ("colour", "£60"), ("balayage", "£120")]
    brief = extract_brief("Sweet Tooth Bakery — cupcakes, cookies and custom cakes in Tampa, FL. 813-555-0100.")
    assert (brief.name, brief.kind, brief.region, brief.phone) == ("Sweet Tooth Bakery", "bakery", "FL", "813-555-0100")
    assert extract_brief("Open 24 hours").name == ""


@pytest.mark.parametrize("prompt, name, town", [
    ("Name: Sunny Days Nursery. Type: nursery. Location: Bath. Phone: 01225 555 111.", "Sunny Days Nursery", "Bath"),
    ("My business: Bloom & Grow, florist in London", "Bloom & Grow", "London"),
    ("Firmenname: Malerbetrieb Krause. Ort: Kassel. Leistungen: Innenanstrich, Fassaden.", "Malerbetrieb Krause", "Kassel"),
])
def test_form_like_descriptions(prompt, name, town):
    brief = extract_brief(prompt)
    assert (brief.name, brief.town) == (name, town)


@pytest.mark.parametrize("prompt, name", [
    ("Frische Pasta und Pizza in Köln", ""),               # German capitalises nouns: no name in that
    ("Hausgemachte Kuchen und Torten aus Freiburg", ""),
    ("Günstige Umzüge in Berlin und Umgebung", ""),
    ("Goldene Krone, Gasthof in Bamberg", "Goldene Krone"),
    ("Best tacos in town, Austin TX", ""),
])
def test_german_descriptions_are_no_names(prompt, name):
    assert extract_brief(prompt).name == name


@pytest.mark.parametrize("prompt, name", [
    ("Welcome to Sunshine Daycare! We care for children aged 1-5 in Bolton.", "Sunshine Daycare"),
    ("At Green Leaf Dental, we offer gentle dentistry in Portland, Maine.", "Green Leaf Dental"),
    ("Introducing Bloom Studio, a floral design studio in Melbourne.", "Bloom Studio"),
    ("Willkommen bei Blumen Meyer in Hannover!", "Blumen Meyer"),
    ("Bienvenue chez Les Délices de Léa, pâtisserie à Reims.", "Les Délices de Léa"),
    ("In Leeds, we bake sourdough every morning.", ""),
    ("In Bloom Florist, Leeds: bouquets and wreaths", "In Bloom Florist"),
    ("A Casa do Pão, padaria artesanal em Braga.", "A Casa do Pão"),
])
def test_welcomes_and_opening_prepositions(prompt, name):
    assert extract_brief(prompt).name == name


@pytest.mark.parametrize("prompt, name, town", [
    ("Panificio F.lli Rossi s.n.c. - Viterbo - tel. 0761 555 123", "Panificio F.lli Rossi", "Viterbo"),
    ("Ferreira & Filhos, Lda. — serralharia em Aveiro desde 1972", "Ferreira & Filhos", "Aveiro"),
    ("Pastelaria Versailles, Avenida da República 15A, Lisboa", "Pastelaria Versailles", "Lisboa"),
    ("Hôtel du Lac ★★★ à Annecy, vue sur le lac", "Hôtel du Lac", "Annecy"),
    ("Café 't Smalle, bruin café aan de Egelantiersgracht 12 in Amsterdam.", "Café 't Smalle", "Amsterdam"),
    ("Plumber Manchester", "", "Manchester"),
])
def test_legal_forms_symbols_streets_and_places_in_names(prompt, name, town):
    brief = extract_brief(prompt)
    assert (brief.name, brief.town) == (name, town)


@pytest.mark.parametrize("prompt, name, town, phone, lang", [
    ("Call or text 555.867.5309 — Jenny's Cleaning, Tulsa OK. Homes from $99.", "Jenny's Cleaning", "Tulsa", "555.867.5309", "en"),
    ("Tel.: +41 44 668 18 00 · Rosengarten Café, Zürich · Kaffee ab CHF 4.50", "Rosengarten Café", "Zürich", "+41 44 668 18 00", "de"),
    ("Telefono 02-12345678, Pizzeria Roma, Milano, pizza da 7 euro", "Pizzeria Roma", "Milano", "02-12345678", "it"),
    ("Bel ons: 030 - 123 45 67 — Kapsalon Mooi, Utrecht, knippen €25", "Kapsalon Mooi", "Utrecht", "030 - 123 45 67", "nl"),
    ("Llama al 91 123 45 67 · Peluquería Ana · Madrid · corte 15€", "Peluquería Ana", "Madrid", "91 123 45 67", "es"),
    ("Appelez le 01 23 45 67 89 — Salon Belle, Paris 15e, coupe 35 €", "Salon Belle", "Paris", "01 23 45 67 89", "fr"),
    ("Ligue 11 3456-7890 — Barbearia do Zé, São Paulo, corte R$40", "Barbearia do Zé", "São Paulo", "11 3456-7890", "pt"),
])
def test_descriptions_that_open_with_the_phone(prompt, name, town, phone, lang):
    brief = extract_brief(prompt)
    assert (brief.name, brief.town, brief.phone, brief.language) == (name, town, phone, lang)
