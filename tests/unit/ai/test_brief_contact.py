"""Phone, email, website and street address exactly as written; a phone is never a price,
a year, a time range or a postcode."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief


@pytest.mark.parametrize("prompt, phone", [
    ("Call (612) 555-0175 any time.", "(612) 555-0175"),
    ("Plumber in Berlin, Tel. +49 30 1234567", "+49 30 1234567"),
    ("Ostéopathe à Lyon, appelez le 06 12 34 56 78", "06 12 34 56 78"),
    ("Florist in London — ring 020 7946 0958", "020 7946 0958"),
    ("Diagnostic fee $89, call 303-555-0199", "303-555-0199"),
    ("Haircut £25, open 9-17, phone 0161 496 0000", "0161 496 0000"),
    ("Since 1978. Tel: 02 5555 0134. Prices from 1,200 €", "02 5555 0134"),
    ("Llámanos al 912 345 678, menú del día 12,50 €", "912 345 678"),
    ("Bel ons op 020-5551234 voor een afspraak", "020-5551234"),
    ("WhatsApp +55 11 91234-5678", "+55 11 91234-5678"),
    ("Telefone 21 123 4567, almoço a R$ 25", "21 123 4567"),
    ("Chiamaci allo 06.1234.5678", "06.1234.5678"),
    ("Open 1998–2024, rooms from $1,400, 10115 Berlin", ""),
    ("Open Mon–Fri 08:30–17:30, day pass ₹7,500", ""),
    ("Family-run since 1921, 365 days a year, ages 3 to 12", ""),
    ("Mitgliedschaft ab 24,90 € im Monat, 10er-Karte 180 €", ""),
    ("Open 1000-1800 daily, since 12.05.2024", ""),                  # 24-hour times, a date
    ("Roofers, ABN 12 345 678 901, call 02 9876 5432", "02 9876 5432"),  # a company number is no phone
    ("Bakkerij, KvK 12345678", ""),
    ("Sartoria, P.IVA 01234567890", ""),
])
def test_phone(prompt, phone):
    assert extract_brief(prompt).phone == phone


def test_email_and_website():
    brief = extract_brief("Rise & Crumb, bakery in Leeds. Orders: hello@riseandcrumb.co.uk or www.riseandcrumb.co.uk")
    assert brief.email == "hello@riseandcrumb.co.uk" and brief.website == "www.riseandcrumb.co.uk"
    brief = extract_brief("Bäckerei Sonne, Infos unter https://baeckerei-sonne.de/brot und info@baeckerei-sonne.de")
    assert brief.website == "https://baeckerei-sonne.de/brot" and brief.email == "info@baeckerei-sonne.de"
    brief = extract_brief("Summit ski school at Mt. Norquay near St. Paul. Dr. Vogel")
    assert brief.website == "" and brief.email == ""


@pytest.mark.parametrize("prompt, address", [
    ("Bakery at Hauptstraße 12, 10115 Berlin", "Hauptstraße 12, 10115 Berlin"),
    ("Bar de tapas en Calle Mayor 5, Madrid", "Calle Mayor 5"),
    ("Librairie au 12 rue de la Paix, Paris", "12 rue de la Paix"),
    ("Loja na Rua Augusta 100, Lisboa", "Rua Augusta 100"),
    ("Enoteca in Via Roma 3 a Verona", "Via Roma 3"),
    ("Café aan de Keizersgracht 12, Amsterdam", "Keizersgracht 12"),
    ("Detective agency at 221B Baker Street, London", "221B Baker Street"),
    ("Diner at 1600 Main Street, Dallas", "1600 Main Street"),
    ("A bakery in Leeds, 20 years on the high street", ""),
])
def test_address(prompt, address):
    assert extract_brief(prompt).address == address
