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
