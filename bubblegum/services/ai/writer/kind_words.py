"""English subject words for common kinds of business named in the other languages the
writer speaks, so a 'pizzeria', 'Friseur' or 'koffiebranderij' gets a photo of its trade
and not only its category's. Keys are normalised words; a German or Dutch compound also
matches by its first or last part ('Friseursalon', 'Sportphysiotherapie')."""

from __future__ import annotations

import re

from bubblegum.services.images.subjects import normalise

_GROUPS = {
    "restaurant": "restaurante ristorante trattoria osteria taqueria grotto restaurant",
    "restaurant,bar": "taberna tapas brasserie",
    "pizza,restaurant": "pizzeria",
    "bakery": "panaderia boulangerie backerei padaria panetteria panificio bakkerij patisserie konditorei",
    "coffee,cafe": "cafeteria kaffee koffie caffe kaffeehaus",
    "roaster,coffee": "branderij torrefacteur tostadero",
    "bar,drink": "microbrasserie brauerei cerveceria birrificio brouwerij cervejaria",
    "deli,food": "boucherie carniceria metzgerei macelleria slagerij acougue",
    "hair salon": "friseur peluqueria coiffeur coiffure cabeleireiro parrucchiere kapper kapsalon",
    "photographer": "fotografa fotografo fotograf photographe fotografin",
    "plumber": "fontanero plombier encanador idraulico loodgieter klempner",
    "carpenter,tools": "tischlerei schreinerei carpinteria menuiserie falegnameria timmerman marcenaria",
    "gym,fitness": "fitnessstudio gimnasio palestra sportschool",
    "dog": "hundeschule hundesalon",
    "tailor,fashion": "sartoria schneiderei sastreria alfaiataria kleermaker",
    "watch,clock": "horloger horlogerie uhrmacher relojero relojoaria orologiaio",
    "music": "choeur chorale chor coro koor",
    "physio": "physiotherapie physio fisioterapia fysiotherapie kinesitherapie",
    "garden,gardening": "jardinagem jardineria jardinier giardiniere hovenier gartenbau",
    "hotel": "hotel albergo pousada hostal pension",
    "shop": "loja tienda boutique negozio winkel laden",
    "shop,online": "webshop",
    "mountains,hiking": "alpine alpin",
    "farm": "boerderij bauernhof granja fattoria",
    "boat": "sloepverhuur bootsverleih",
    "yoga": "yoga",
    "surf": "surf",
}
WORDS = {normalise(word): english.split(",") for english, words in _GROUPS.items() for word in words.split()}


def english_subjects(kind: str) -> list[str]:
    """English subjects for the known words of a kind written in another language, in order."""
    out: list[str] = []
    for word in (normalise(w) for w in re.findall(r"\w{4,}", kind)):
        parts = [k for k in WORDS if len(k) >= 5 and word.endswith(k)] or \
            [k for k in WORDS if len(k) >= 5 and word.startswith(k)]  # a compound's head is its last part
        english = WORDS.get(word) or (WORDS[parts[0]] if parts else [])
        out += [w for w in english if w not in out]
    return out
