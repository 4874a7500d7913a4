"""The description's language among en de es fr pt it nl, English when nothing tips it."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief
from bubblegum.services.ai.brief_parser.language import detect_language


@pytest.mark.parametrize("prompt, lang", [
    ("A family bakery in Leeds with sourdough and cakes", "en"),
    ("Se habla español — family law in El Paso, call us today", "en"),
    ("Wir sind eine kleine Bäckerei in Freiburg und backen seit 1952 mit Liebe", "de"),
    ("Friseursalon in Wien, Termine nur nach Vereinbarung", "de"),
    ("Somos una escuela de idiomas en Salamanca con clases para todos los niveles", "es"),
    ("Taller de bicicletas en Bilbao: reparaciones y alquiler", "es"),
    ("Nous sommes une boulangerie artisanale à Lyon, ouverte tous les jours", "fr"),
    ("Cabinet d'ostéopathie à Genève, uniquement sur rendez-vous", "fr"),
    ("Somos uma padaria no Porto com pão de fermentação natural", "pt"),
    ("Oficina de bicicletas em Curitiba, com peças e acessórios", "pt"),
    ("Siamo una gelateria artigianale a Firenze con gusti di stagione", "it"),
    ("Studio dentistico a Torino, aperto dal lunedì al venerdì", "it"),
    ("Wij zijn een fietsenwinkel in Utrecht met een eigen werkplaats", "nl"),
    ("Kapsalon in Gent, ook op zondag open", "nl"),
    ("Tischlerei", "de"),
    ("mudanzas", "es"),
    ("jardinagem", "pt"),
    ("boulangerie", "fr"),
    ("pasticceria", "it"),
    ("schoonmaakbedrijf", "nl"),
    ("shoes", "en"),
    ("Pianoles in Rotterdam, €35 per les, bel 06-12345678", "nl"),   # the place tips a close call
    ("Sushi restaurant in Paris", "en"),                                # but not a clear one
    ("Bella Vista Ristorante - Italian restaurant in Chicago's Little Italy. Open Tue-Sun 5pm-10pm.", "en"),
    ("", "en"),
])
def test_language(prompt, lang):
    assert detect_language(prompt) == lang or extract_brief(prompt or "x").language == lang
    if prompt:
        assert extract_brief(prompt).language == lang
