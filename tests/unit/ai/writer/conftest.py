"""Briefs built by hand for the writer tests: many kinds, all seven languages."""

from bubblegum.services.ai.brief import Brief, Offering, OpeningHours

WEEK = ["mon", "tue", "wed", "thu", "fri"]


def brief(**kw) -> Brief:
    return Brief(**kw)


BRIEFS = {
    "cafe_en": brief(prompt="Willow & Whisk, a 100% gluten-free café in York: brunch, pancakes, toasties and traybakes, all safe for coeliacs. Dog-friendly, open daily 8:30am–4pm.",
                     language="en", name="Willow & Whisk", kind="gluten-free café", category="food", town="York", country="GB",
                     currency="GBP", offerings=[Offering(name="Brunch"), Offering(name="Pancakes", price="£8.50", amount=8.5),
                                                Offering(name="Toasties"), Offering(name="Traybakes")],
                     hours=[OpeningHours(days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"], opens="08:30", closes="16:00")],
                     differentiators=["100% gluten-free", "safe for coeliacs"], constraints=["gluten_free", "dog_friendly"]),
    "plumber_en": brief(prompt="Mendez Plumbing & Heating — 24/7 emergency plumber in Denver. Burst pipes, water heaters and drain cleaning. Call (303) 555-0142.",
                        language="en", name="Mendez Plumbing & Heating", kind="emergency plumber", category="trades", town="Denver",
                        region="Colorado", country="US", currency="USD", phone="(303) 555-0142",
                        offerings=[Offering(name="Burst pipes"), Offering(name="Water heaters"), Offering(name="Drain cleaning", price="$89", amount=89)],
                        constraints=["open_24_7", "emergency"], service_area=["Aurora", "Lakewood"]),
    "baeckerei_de": brief(prompt="Backstube Lindner, vegane Bäckerei in Leipzig: Sauerteigbrot, Zimtschnecken und Torten. Mo–Fr 7–18 Uhr. Telefon 0341 555 1234.",
                          language="de", name="Backstube Lindner", kind="vegane Bäckerei", category="food", town="Leipzig", country="DE",
                          currency="EUR", phone="0341 555 1234",
                          offerings=[Offering(name="Sauerteigbrot", price="4,50 €", amount=4.5), Offering(name="Zimtschnecken", amount=2.8, price="2,80 €"),
                                     Offering(name="Torten")],
                          hours=[OpeningHours(days=WEEK, opens="07:00", closes="18:00")], constraints=["vegan"],
                          differentiators=["alles vegan", "Sauerteig mit 48 Stunden Reifezeit"]),
    "yoga_es": brief(prompt="Estudio Prana, yoga en Sevilla: clases de hatha y vinyasa para principiantes, 12 € la clase. Escríbenos a hola@prana.es.",
                     language="es", name="Estudio Prana", kind="estudio de yoga", category="fitness", town="Sevilla", country="ES",
                     currency="EUR", email="hola@prana.es", audience="principiantes",
                     offerings=[Offering(name="Clases de hatha", price="12 €", amount=12, unit="clase"), Offering(name="Vinyasa")]),
    "photo_fr": brief(prompt="Atelier Lumière, photographe de mariage à Lyon. Reportages, portraits et séances en extérieur.",
                      language="fr", name="Atelier Lumière", kind="photographe de mariage", category="creative", town="Lyon",
                      country="FR", currency="EUR", offerings=[Offering(name="Reportages"), Offering(name="Portraits"),
                                                                Offering(name="Séances en extérieur")]),
    "salon_pt": brief(prompt="Salão Flor de Lis em Curitiba: corte, escova e manicure. Corte R$ 60. Agende pelo (41) 99999-1234.",
                      language="pt", name="Salão Flor de Lis", kind="salão de beleza", category="beauty", town="Curitiba", country="BR",
                      currency="BRL", phone="(41) 99999-1234",
                      offerings=[Offering(name="Corte", price="R$ 60", amount=60), Offering(name="Escova"), Offering(name="Manicure")],
                      constraints=["by_appointment"]),
    "pizza_it": brief(prompt="Pizzeria Da Gino a Napoli: pizza napoletana cotta nel forno a legna, fritti e dolci. Aperti dalle 19 alle 23.",
                      language="it", name="Pizzeria Da Gino", kind="pizzeria", category="food", town="Napoli", country="IT", currency="EUR",
                      offerings=[Offering(name="Pizza napoletana"), Offering(name="Fritti"), Offering(name="Dolci")],
                      hours=[OpeningHours(days=["tue", "wed", "thu", "fri", "sat", "sun"], opens="19:00", closes="23:00")],
                      differentiators=["forno a legna"]),
    "saas_nl": brief(prompt="Factuurly: software voor het automatisch afstemmen van facturen voor mkb-boekhouders in Nederland.",
                     language="nl", name="Factuurly", kind="software voor factuurafstemming", category="software", audience_type="b2b",
                     country="NL", currency="EUR", audience="mkb-boekhouders",
                     offerings=[Offering(name="Automatisch afstemmen van facturen"), Offering(name="Koppeling met uw bank")]),
    "unnamed_en": brief(prompt="dog grooming in Leeds", language="en", kind="dog grooming", category="pets", town="Leeds", country="GB"),
}
