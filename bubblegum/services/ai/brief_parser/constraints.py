"""Constraints the site must honour (vegan, halal, 24/7, by appointment…), from keywords
in the seven languages. A constraint is said plainly; its negation ("not vegan") is rare
enough in a description to ignore."""

from __future__ import annotations

import re

_RULES: dict[str, str] = {
    "vegan": r"vegan[a-z]*|végétalien\w*|100\s?% plant[- ]based|plant-based|rein pflanzlich|plantaardig",
    "vegetarian": r"vegetarian|vegetarisch\w*|vegetarian[oa]s?|végétarien\w*|vegetarian[oa]|pure[- ]veg|veggie",
    "halal": r"halal|zabiha",
    "kosher": r"kosher|koscher|kosjer|casher|cacher|glatt",
    "gluten_free": r"gluten[- ]?free|glutenfrei\w*|ohne gluten|sin gluten|sans gluten|sem gl[uú]ten|senza glutine|"
                   r"glutenvrij\w*|coeliac|celiac|zöliak\w*",
    "dairy_free": r"dairy[- ]free|lactose[- ]free|laktosefrei|sin lactosa|sans lactose|sem lactose|senza lattosio|lactosevrij",
    "organic": r"organic|bio-?qualität|\bbio\b|ökologisch|ecológic[oa]s?|orgánic[oa]s?|biologique|orgânic[oa]s?|"
               r"biologic[oa]|biologisch",
    "open_24_7": r"24\s?/\s?7|24-7|24 hours a day|24 hours, 7|around the clock|round the clock|open 24 hours|"
                 r"rund um die uhr|24 stunden|24 horas|24h\s?/\s?24|24 heures sur 24|24 ore su 24|h24|dag en nacht|"
                 r"24 uur per dag|day and night|365 days a year|365 tage im jahr|"
                 r"24[- ]?(?:hours?|hrs?|h|std\.?|stunden|horas|heures|ore|uur)\b(?!\s+(?:notice|ahead|in advance|before|"
                 r"vorher|im voraus|de antelación|à l'avance|de antecedência|prima|van tevoren|a week|a day))",
    "by_appointment": r"by appointment|appointment only|appointments only|nur nach vereinbarung|nach vereinbarung|"
                      r"nur mit termin|con cita previa|cita previa|solo con cita|sur rendez-vous|uniquement sur rendez-vous|"
                      r"com marcação|mediante marcação|por agendamento|com agendamento|su appuntamento|"
                      r"solo su prenotazione|op afspraak|alleen op afspraak",
    "online_only": r"online only|only online|online store only|online shop only|nur online|solo online|"
                   r"uniquement en ligne|apenas online|só online|alleen online|exclusivamente online",
    "ships_nationwide": r"ship(?:s|ping)? nationwide|deliver(?:ed|y|s)? (?:anywhere|across|throughout|nationwide|to all)|"
                        r"ship(?:s|ping)? (?:across|throughout|anywhere in)|deutschlandweit|bundesweit|"
                        r"envíos? a toda|envío a todo|livraison (?:partout|dans toute)|envio para todo|"
                        r"spedizion[ei] in tutta|verzending in heel|(?:in|door) heel nederland|heel belgië",
    "ships_worldwide": r"ship(?:s|ping)? worldwide|ship(?:s|ping)? internationally|weltweit|envíos? internacionales|"
                       r"a todo el mundo|dans le monde entier|para todo o mundo|in tutto il mondo|wereldwijd",
    "delivery": r"deliver(?:y|ies|s|ed)?\b|lieferservice|lieferung|liefern|a domicilio|reparto|livraison|livrons|"
                r"entrega|entregas|consegna|consegne|bezorg\w*|levering|thuisbezorgd",
    "takeaway": r"takeaway|take-away|take away|takeout|to go|zum mitnehmen|para llevar|à emporter|para levar|"
                r"da asporto|asporto|afhaal\w*",
    "mobile_service": r"mobile (?:service|dog|groom|mechanic|massage|hair|bar|unit)|we come to you|mobiler? |"
                      r"servicio a domicilio|à domicile|ao domicílio|a domicilio|aan huis|we komen bij u",
    "home_visits": r"home visits?|house calls?|hausbesuch\w*|visitas a domicilio|visites à domicile|chez vous|"
                   r"visitas ao domicílio|visite a domicilio|huisbezoek\w*",
    "family_run": r"family[- ]run|family[- ]owned|family business|familienbetrieb|familiengeführt\w*|"
                  r"(?:negocio|empresa|restaurante|bar|hotel|panadería|bodega) familiar|de gestión familiar|"
                  r"entreprise familiale|(?:cabane|ferme|boulangerie|maison|auberge) (?:à sucre )?familiale|en famille|"
                  r"(?:empresa|negócio|restaurante|quinta) familiar|a conduzione familiare|gestione familiare|"
                  r"azienda (?:di famiglia|familiare)|familiebedrijf",
    "wheelchair_accessible": r"wheelchair|step-free|barrierefrei|rollstuhl\w*|accesible|accessible en fauteuil|"
                             r"acessível|accessibile|rolstoel\w*",
    "dog_friendly": r"dog[- ]friendly|dogs welcome|dogs are welcome|hundefreundlich|hunde willkommen|"
                    r"se admiten perros|pet[- ]friendly|chiens (?:sont )?bienvenus|cães são bem-vindos|"
                    r"cani (?:sono )?benvenuti|honden welkom|hondvriendelijk",
    "kid_friendly": r"kid[- ]friendly|child[- ]friendly|family[- ]friendly|kinderfreundlich|familienfreundlich|"
                    r"para niños|adapté aux enfants|para crianças|per bambini|kindvriendelijk",
    "women_only": r"women only|women-only|ladies only|for women only|nur für frauen|solo mujeres|"
                  r"réservé aux femmes|só para mulheres|solo donne|alleen voor vrouwen",
    "emergency": r"emergenc\w*|notdienst|notfall\w*|urgencias|urgence\w*|urgência\w*|emergência\w*|urgenz\w*|"
                 r"pronto intervento|spoed\w*",
}
_COMPILED = [(name, re.compile(r"(?<![\w-])(?:" + pattern + r")", re.I)) for name, pattern in _RULES.items()]
_NOT = re.compile(r"(?:\bno|\bnot|\bkein\w*|\bsin\b|\bsans\b|\bsem\b|\bsenza\b|\bgeen\b)\s+$", re.I)


def find_constraints(prompt: str) -> list[str]:
    found = []
    for name, pattern in _COMPILED:
        m = pattern.search(prompt)
        if m and not (name in {"delivery", "emergency"} and _NOT.search(prompt[max(0, m.start() - 8):m.start()])):
            found.append(name)
    if "vegan" in found and "vegetarian" in found:
        found.remove("vegetarian")
    if "ships_worldwide" in found and "ships_nationwide" in found:
        found.remove("ships_nationwide")
    return found
