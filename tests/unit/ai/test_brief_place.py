"""Town, region, country and service area: after prepositions in seven languages, by the
table of places, never swallowing the words that follow; and the currency they imply."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief


@pytest.mark.parametrize("prompt, town, region, country", [
    ("Emergency plumber in Minneapolis and St. Paul", "Minneapolis", "", "US"),
    ("Marco's Pizzeria in Naples, Florida", "Naples", "Florida", "US"),
    ("A bakery in Leeds serving the whole of West Yorkshire", "Leeds", "", "GB"),
    ("Dog walker in Paris de France", "Paris", "", "FR"),
    ("Bike repairs in Stratford-upon-Avon", "Stratford-upon-Avon", "", "GB"),
    ("Hair salon in Salt Lake City, Utah", "Salt Lake City", "Utah", "US"),
    ("Ski school in Whistler, British Columbia", "Whistler", "British Columbia", "CA"),
    ("Café in Perth, Scotland, by the river", "Perth", "", "GB"),
    ("Yoga studio in Byron Bay", "Byron Bay", "", "AU"),
    ("Bäckerei aus Köln mit Filiale in Bonn", "Köln", "", "DE"),
    ("Kanzlei bei München, spezialisiert auf Erbrecht", "München", "", "DE"),
    ("Physiotherapie in Frankfurt am Main", "Frankfurt am Main", "", "DE"),
    ("Friseur in Graz, Österreich", "Graz", "", "AT"),
    ("Escuela de surf en Zarautz (Gipuzkoa)", "Zarautz", "", "ES"),
    ("Escuela de surf en Mundaka (Bizkaia)", "Mundaka", "", ""),       # unknown: no country guessed
    ("Zahnarztpraxis in Stuttgart-Degerloch", "Stuttgart-Degerloch", "", "DE"),
    ("Le Petit Four, pâtisserie à Lyon 6e : macarons", "Lyon", "", "FR"),
    ("Nachhilfe in Mathe und Physik für Schüler in Hamburg", "Hamburg", "", "DE"),
    ("Taquería en Guadalajara, Jalisco", "Guadalajara", "Jalisco", "MX"),
    ("Parrilla en Buenos Aires con vinos de Mendoza", "Buenos Aires", "", "AR"),
    ("Fromagerie à Annecy, près du lac", "Annecy", "", "FR"),
    ("Chambres d'hôtes près de Bruges", "Bruges", "", "BE"),
    ("Padaria no Porto com entregas", "Porto", "", "PT"),
    ("Pousada em Paraty, Rio de Janeiro", "Paraty", "", "BR"),
    ("Trattoria vicino a Siena con cucina toscana", "Siena", "", "IT"),
    ("Agriturismo ad Assisi in Umbria", "Assisi", "", "IT"),
    ("Bloemist te Leiden, ook bezorging", "Leiden", "", "NL"),
    ("Fietsenmaker in Den Bosch", "Den Bosch", "", "NL"),
    ("window cleaning Hobart", "Hobart", "", "AU"),
    ("Handgemachte Seifen in Handarbeit gefertigt", "", "", ""),
    ("Classes in English and Spanish, open in January", "", "", ""),
    ("shoes", "", "", ""),
])
def test_place(prompt, town, region, country):
    brief = extract_brief(prompt)
    assert (brief.town, brief.region, brief.country) == (town, region, country)


def test_service_area():
    assert extract_brief("Polar Air — HVAC repair in Minneapolis and St. Paul.").service_area == ["St. Paul"]
    assert extract_brief("Cleaners in Leeds, also serving Bradford, Wakefield and Harrogate").service_area == \
        ["Bradford", "Wakefield", "Harrogate"]


@pytest.mark.parametrize("prompt, currency", [
    ("Diagnostic fee $89, in Denver", "USD"),
    ("Classes from $25 in Toronto", "CAD"),
    ("Surf lessons $70 in Byron Bay", "AUD"),
    ("Tacos desde $45 en Monterrey", "MXN"),
    ("Brötchen ab 12,50 € in Berlin", "EUR"),
    ("Almoço a R$ 25 o quilo em Recife", "BRL"),
    ("Massage CHF 30 in Basel", "CHF"),
    ("Haircut £8 in Dublin", "GBP"),  # the written symbol wins over the place
    ("A bakery in Zürich", "CHF"),
    ("A bakery in Lisbon", "EUR"),
    ("A bakery in São Paulo", "BRL"),
    ("A bakery in Mumbai", "INR"),
    ("A bakery in Cape Town", "ZAR"),
    ("A bakery in Auckland", "NZD"),
    ("Prices $20 and up", "USD"),
    ("A bakery", ""),                 # never a guess
    ("Handmade candles, shipped", ""),
])
def test_currency(prompt, currency):
    assert extract_brief(prompt).currency == currency


@pytest.mark.parametrize("prompt, town, country", [
    ("Bella Vista Ristorante - Italian restaurant in Chicago's Little Italy", "Chicago", "US"),
    ("Boutique Hôtel Le Mistral, 12 chambres au cœur d'Avignon", "Avignon", "FR"),
    ("Tattoo studio Black Rose - Amsterdam Oost. Alleen op afspraak.", "Amsterdam Oost", "NL"),
    ("Kleine Kast is een webshop, met gratis verzending in heel Nederland", "", "NL"),
])
def test_possessives_elisions_and_districts(prompt, town, country):
    brief = extract_brief(prompt)
    assert (brief.town, brief.country) == (town, country)


@pytest.mark.parametrize("prompt, town, region, country", [
    ("Da Vinci's Pizza & Pasta, Hoboken NJ — (201) 555-0182", "Hoboken", "NJ", "US"),
    ("Yoga in Portland OR and Vancouver WA", "Portland", "OR", "US"),
    ("Plumber in Bath BA1", "Bath", "", "GB"),
])
def test_state_codes_and_postcodes(prompt, town, region, country):
    brief = extract_brief(prompt)
    assert (brief.town, brief.region, brief.country) == (town, region, country)


@pytest.mark.parametrize("prompt, name, town, people", [
    ("Tierheilpraxis Sonnenschein, Inh. Maria Koch, 80331 München, Tel. 089 1234567", "Tierheilpraxis Sonnenschein",
     "München", ["Maria Koch"]),
    ("Peak Peak Climbing Co, Boulder CO — guided rock climbing trips", "Peak Peak Climbing Co", "Boulder", []),
    ("Kinésithérapeute à domicile sur Marseille et environs, 06 11 22 33 44", "", "Marseille", []),
])
def test_a_known_town_beats_a_word_beside_the_name(prompt, name, town, people):
    brief = extract_brief(prompt)
    assert (brief.name, brief.town, brief.people) == (name, town, people)
