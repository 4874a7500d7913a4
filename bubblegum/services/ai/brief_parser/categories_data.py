"""Business words per category in the seven offline languages.

Each entry is a word start: "plumb" matches plumber, plumbing, plumbers; German and Dutch
entries also match inside compounds ("Hundeschule", "Koffiebranderij"). Lower case,
accents as written (matching folds them).
"""

from __future__ import annotations

KEYWORDS: dict[str, dict[str, str]] = {
    "food": {
        "en": "restaurant, café, cafe, coffee shop, coffee roaster, coffee, bakery, baker, bakehouse, patisserie, "
              "bistro, brasserie, diner, deli, delicatessen, pizzeria, pizza, taqueria, tacos, burger, sushi, ramen, "
              "noodle, bar, pub, gastropub, tavern, taproom, brewery, microbrewery, winery, vineyard, distillery, "
              "cidery, food truck, street food, catering, caterer, butcher, fishmonger, smokehouse, greengrocer, "
              "cheesemonger, ice cream, gelato, gelateria, juice bar, tea room, tearoom, teahouse, chocolatier, "
              "confectioner, cake, cupcake, donut, doughnut, kitchen, eatery, canteen, grill, steakhouse, "
              "barbecue, bbq, tapas, brunch, creperie, chippy, fish and chips, fish & chips, takeaway, apiary, honey, "
              "farm shop, dairy, cheese, sugar shack, roastery, meats, meal prep, dumpling, bagel, smoothie",
        "de": "restaurant, gaststätte, gasthaus, gasthof, wirtshaus, kneipe, bäckerei, bäcker, konditorei, "
              "metzgerei, fleischerei, metzger, café, kaffee, rösterei, brauerei, weingut, imbiss, pizzeria, "
              "eisdiele, eiscafé, feinkost, catering, biergarten, bistro, kantine, küche, brot, kuchen, "
              "hofladen, käserei, schokolade, frühstück, weinbar, brauhaus, dönerladen, döner, grill",
        "es": "restaurante, cafetería, cafeteria, café, panadería, pastelería, bar, taberna, tasca, cervecería, "
              "bodega, taquería, tacos, pizzería, heladería, churrería, marisquería, asador, arrocería, comida, "
              "cocina, carnicería, pescadería, frutería, catering, vinos, vermut, chiringuito, tapas, "
              "sidrería, mesón, fonda, pollería, charcutería, quesería, chocolatería",
        "fr": "restaurant, café, boulangerie, pâtisserie, bistrot, bistro, brasserie, crêperie, traiteur, "
              "boucherie, charcuterie, fromagerie, épicerie fine, microbrasserie, cave à vin, bar à vin, "
              "chocolaterie, glacier, salon de thé, cabane à sucre, sucrerie, cuisine, pizzeria, food truck, "
              "poissonnerie, rôtisserie, torréfaction, torréfacteur, estaminet, auberge, table d'hôtes",
        "pt": "restaurante, café, cafetaria, padaria, pastelaria, confeitaria, churrascaria, tasca, taberna, "
              "pizzaria, sorveteria, gelataria, lanchonete, comida, cozinha, talho, açougue, peixaria, catering, "
              "conservas, marisqueira, cervejaria, adega, doçaria, hamburgueria, marmitas, buffet, petiscos",
        "it": "ristorante, trattoria, osteria, pizzeria, pizza, caffè, bar, pasticceria, panetteria, panificio, "
              "forno, gelateria, enoteca, birrificio, cantina, salumeria, macelleria, pescheria, gastronomia, "
              "rosticceria, friggitoria, piadineria, agriturismo, cucina, grotto, catering, paninoteca, "
              "cioccolateria, caseificio, vineria",
        "nl": "restaurant, café, eetcafé, bakkerij, bakker, banketbakker, slagerij, slager, koffie, "
              "koffiebranderij, brouwerij, bierbrouwerij, kaaswinkel, kaas, ijssalon, snackbar, frituur, friet, "
              "lunchroom, brasserie, bistro, catering, traiteur, visboer, vishandel, proeflokaal, wijnbar, "
              "poffertjes, pannenkoeken, eetwinkel, delicatessen, branderij",
    },
    "shop": {
        "en": "shop, store, boutique, florist, flower, bookshop, bookstore, jeweller, jeweler, jewellery, jewelry, "
              "gift shop, hardware store, toy shop, record shop, pharmacy, optician, tailor, watchmaker, "
              "cobbler, shoes, shoe, fashion, clothing, vintage, antiques, homeware, furniture, stationery, "
              "market, grocery, supermarket, off-licence, wine shop, bottle shop, garden centre, nursery plants, "
              "bike shop, outfitter, tobacconist, newsagent, haberdashery, yarn",
        "de": "laden, geschäft, boutique, blumen, floristik, buchhandlung, juwelier, schmuck, schneiderei, "
              "schneider, uhrmacher, schuhe, schuh, mode, optiker, apotheke, möbel, antiquitäten, spielwaren, "
              "markt, supermarkt, weinhandlung, fahrradladen, kiosk, drogerie, goldschmied",
        "es": "tienda, boutique, floristería, librería, joyería, sastrería, sastre, relojería, zapatería, "
              "zapatos, moda, ropa, óptica, farmacia, muebles, antigüedades, juguetería, mercado, "
              "supermercado, vinoteca, ferretería, papelería, estanco, mercería, kiosco",
        "fr": "boutique, magasin, fleuriste, librairie, bijouterie, joaillerie, tailleur, horloger, horlogerie, "
              "cordonnerie, chaussures, mode, vêtements, opticien, pharmacie, meubles, antiquités, jouets, "
              "marché, supermarché, épicerie, caviste, quincaillerie, papeterie, friperie, mercerie, atelier horloger",
        "pt": "loja, boutique, florista, floricultura, livraria, joalharia, joalheria, alfaiate, alfaiataria, "
              "relojoaria, sapataria, sapatos, moda, roupa, ótica, óptica, farmácia, móveis, antiguidades, "
              "brinquedos, mercado, supermercado, garrafeira, papelaria, retrosaria, mercearia",
        "it": "negozio, boutique, fioraio, fioreria, libreria, gioielleria, sartoria, sarto, orologeria, "
              "orologiaio, calzoleria, scarpe, moda, abbigliamento, ottica, farmacia, mobili, antiquariato, "
              "giocattoli, mercato, supermercato, ferramenta, cartoleria, merceria, bottega",
        "nl": "winkel, boetiek, bloemist, bloemen, boekhandel, boekwinkel, juwelier, kleermaker, horlogemaker, "
              "schoenen, schoenmaker, mode, kleding, opticien, apotheek, meubels, antiek, speelgoed, markt, "
              "supermarkt, slijterij, drogisterij, kringloop, fietsenwinkel, tweedehands",
    },
    "online_shop": {
        "en": "online shop, online store, webshop, web shop, e-commerce, ecommerce, etsy shop, subscription box",
        "de": "onlineshop, online-shop, webshop, versandhandel", "es": "tienda online, tienda en línea, comercio electrónico",
        "fr": "boutique en ligne, e-boutique, vente en ligne", "pt": "loja online, loja virtual, e-commerce",
        "it": "negozio online, shop online, e-commerce", "nl": "webshop, webwinkel, online winkel",
    },
    "trades": {
        "en": "plumb, electrician, electrical, hvac, heating, cooling, air conditioning, furnace, boiler, builder, "
              "building, construction, roofer, roofing, locksmith, carpenter, carpentry, joiner, joinery, "
              "handyman, painter, decorator, plasterer, tiler, glazier, bricklayer, landscap, gardener, gardening, "
              "tree surgeon, fencing, paving, cleaner, cleaning, window cleaning, carpet cleaning, removals, "
              "removal, movers, moving company, pest control, solar, insulation, renovation, remodel, kitchen fitter, "
              "bathroom fitter, flooring, drains, drainage, gas engineer, gasfitter, welder, chimney sweep, "
              "scaffolding, skip hire, damp proofing, gutter, septic, pool cleaning, pressure washing, junk removal",
        "de": "installateur, klempner, sanitär, heizung, elektriker, elektro, dachdecker, schlüsseldienst, "
              "tischler, schreiner, zimmerei, zimmermann, maler, lackierer, fliesenleger, gärtner, "
              "garten- und landschaftsbau, landschaftsbau, gartenbau, reinigung, gebäudereinigung, "
              "fensterputzer, umzug, umzüge, kammerjäger, schädlingsbekämpfung, solar, photovoltaik, bau, "
              "bauunternehmen, handwerker, hausmeister, sanierung, renovierung, maurer, schornsteinfeger, "
              "glaser, bodenleger, trockenbau, metallbau, schlosserei",
        "es": "fontanero, fontanería, electricista, calefacción, climatización, aire acondicionado, albañil, "
              "construcción, reformas, tejados, cerrajero, cerrajería, carpintero, carpintería, pintor, "
              "jardinero, jardinería, paisajismo, limpieza, mudanzas, mudanza, control de plagas, plagas, "
              "solar, placas solares, fumigación, cristalero, soldador, persianas, parquet, manitas, gasfitero, plomero",
        "fr": "plombier, plomberie, électricien, chauffagiste, chauffage, climatisation, maçon, maçonnerie, "
              "couvreur, toiture, serrurier, serrurerie, menuisier, menuiserie, charpentier, peintre, "
              "jardinier, paysagiste, nettoyage, ménage, déménagement, déménageur, dératisation, solaire, "
              "rénovation, carreleur, plaquiste, vitrier, ramoneur, multiservices, bricolage, élagage",
        "pt": "canalizador, encanador, eletricista, electricista, aquecimento, ar condicionado, pedreiro, "
              "construção, obras, remodelações, reformas, telhados, serralheiro, serralharia, chaveiro, carpinteiro, "
              "carpintaria, marceneiro, pintor, jardineiro, jardinagem, paisagismo, limpeza, limpezas, "
              "mudanças, dedetização, solar, painéis solares, vidraceiro, faz-tudo, desentupimento",
        "it": "idraulico, elettricista, impianti, riscaldamento, climatizzazione, condizionatori, muratore, "
              "edilizia, impresa edile, costruzioni, ristrutturazioni, tetti, fabbro, serramenti, falegname, "
              "falegnameria, imbianchino, pittore edile, giardiniere, giardinaggio, paesaggista, pulizie, "
              "traslochi, trasloco, disinfestazione, fotovoltaico, piastrellista, vetraio, spazzacamino",
        "nl": "loodgieter, installateur, elektricien, verwarming, airco, cv-ketel, aannemer, bouwbedrijf, "
              "dakdekker, slotenmaker, timmerman, timmerbedrijf, schilder, schildersbedrijf, stukadoor, "
              "tegelzetter, hovenier, tuinman, tuinonderhoud, schoonmaak, schoonmaakbedrijf, glazenwasser, "
              "verhuizer, verhuizingen, verhuisbedrijf, ongediertebestrijding, zonnepanelen, klusjesman, "
              "klusbedrijf, renovatie, metselaar, glaszetter, rioolservice, ontstopping",
    },
    "health": {
        "en": "dentist, dental, orthodontist, physio, physiotherapy, physiotherapist, chiropractor, chiropractic, "
              "osteopath, clinic, doctor, gp, surgery, medical, therapist, therapy, counsellor, counselling, "
              "psychologist, psychotherapist, vet, veterinary, veterinarian, pharmacy, optometrist, podiatrist, "
              "chiropodist, midwife, doula, nutritionist, dietitian, acupuncture, acupuncturist, ayurveda, "
              "ayurvedic, naturopath, homeopath, hearing, audiologist, speech therapist, care home, hospice, "
              "nurse, nursing, dermatologist, occupational therapy, herbalist, reflexology",
        "de": "zahnarzt, zahnärztin, zahnarztpraxis, kieferorthopäde, physiotherapie, physiotherapeut, physio, "
              "krankengymnastik, praxis, arzt, ärztin, hausarzt, tierarzt, tierärztin, tierklinik, klinik, "
              "heilpraktiker, psychotherapie, psychologe, osteopathie, ergotherapie, logopädie, hebamme, "
              "apotheke, pflegedienst, pflege, ernährungsberatung, akupunktur, podologie, orthopädie",
        "es": "dentista, clínica dental, clínica, médico, fisioterapia, fisioterapeuta, fisio, quiropráctico, "
              "osteópata, psicólogo, psicóloga, psicología, terapeuta, terapia, veterinario, veterinaria, "
              "farmacia, óptica, podólogo, matrona, nutricionista, dietista, acupuntura, logopeda, enfermería, "
              "residencia de mayores, odontología, consultorio, consulta médica",
        "fr": "dentiste, cabinet dentaire, orthodontiste, kinésithérapeute, kiné, kinésithérapie, ostéopathe, "
              "chiropracteur, médecin, clinique, cabinet médical, psychologue, psychothérapeute, thérapeute, "
              "vétérinaire, pharmacie, opticien, podologue, sage-femme, nutritionniste, diététicienne, "
              "acupuncture, orthophoniste, infirmier, infirmière, naturopathe, sophrologue, ehpad",
        "pt": "dentista, clínica dentária, clínica, médico, fisioterapia, fisioterapeuta, quiropraxia, osteopata, "
              "psicólogo, psicóloga, psicologia, terapeuta, terapia, veterinário, veterinária, farmácia, "
              "podologia, parteira, nutricionista, acupuntura, fonoaudiologia, terapia da fala, enfermagem, ayurveda, "
              "consultório",
        "it": "dentista, studio dentistico, odontoiatra, fisioterapia, fisioterapista, osteopata, chiropratico, "
              "medico, clinica, ambulatorio, poliambulatorio, psicologo, psicologa, psicoterapeuta, terapeuta, "
              "veterinario, veterinaria, farmacia, podologo, ostetrica, nutrizionista, dietista, agopuntura, "
              "logopedista, infermiere, erboristeria",
        "nl": "tandarts, tandartspraktijk, orthodontist, fysiotherapie, fysiotherapeut, fysio, oefentherapie, "
              "osteopaat, chiropractor, huisarts, arts, kliniek, praktijk, psycholoog, psychotherapeut, "
              "therapeut, dierenarts, dierenkliniek, apotheek, podotherapeut, verloskundige, diëtist, "
              "acupunctuur, logopedist, thuiszorg, zorg, verpleging",
    },
    "beauty": {
        "en": "salon, hair salon, hairdresser, hairdressing, barber, barbershop, spa, day spa, nail, nails, "
              "manicure, beauty, beautician, aesthetics, tattoo, piercing, massage, makeup, make-up, lashes, "
              "brows, waxing, skincare, facial, tanning, hair stylist, stylist, cosmetic",
        "de": "friseur, friseurin, friseursalon, barbier, barbershop, kosmetik, kosmetikstudio, nagelstudio, "
              "nägel, massage, massagepraxis, tattoo, tätowierer, tattoostudio, wellness, spa, schönheit, "
              "haarstudio, wimpern, beauty",
        "es": "peluquería, peluquero, barbería, barbero, estética, centro de estética, belleza, uñas, manicura, "
              "spa, masajes, masaje, tatuajes, tatuaje, maquillaje, depilación, pestañas",
        "fr": "coiffeur, coiffeuse, salon de coiffure, barbier, esthétique, institut de beauté, esthéticienne, "
              "beauté, ongles, manucure, onglerie, spa, massage, massages, tatouage, tatoueur, maquillage, "
              "épilation, soins du visage",
        "pt": "cabeleireiro, cabeleireira, salão, salão de beleza, barbearia, barbeiro, estética, beleza, unhas, "
              "manicure, spa, massagem, massagens, tatuagem, tatuador, maquiagem, maquilhagem, depilação",
        "it": "parrucchiere, parrucchiera, acconciature, barbiere, barberia, estetica, centro estetico, "
              "estetista, bellezza, unghie, manicure, spa, massaggi, massaggio, tatuaggi, tatuatore, trucco",
        "nl": "kapper, kapsalon, barbier, barbershop, schoonheidssalon, schoonheidsspecialist, nagelstudio, "
              "nagels, manicure, spa, massage, massagepraktijk, tattoo, tatoeage, tattooshop, wimpers, beauty",
    },
    "fitness": {
        "en": "gym, fitness, yoga, pilates, personal trainer, personal training, trainer, crossfit, bootcamp, "
              "boxing, martial arts, karate, judo, jiu-jitsu, jiu jitsu, taekwondo, kickboxing, mma, climbing, "
              "bouldering, dance studio, dance school, swimming, swim school, spin, cycling studio, running club, "
              "tennis, golf, padel, squash, barre, calisthenics, strength, physique, surf school, ski school, "
              "ski, skiing, snowboard, surf, surfing",
        "de": "fitnessstudio, fitness, yoga, yogastudio, pilates, personal trainer, krafttraining, boxen, "
              "kampfsport, karate, judo, kletterhalle, bouldern, boulderhalle, tanzschule, tanzstudio, "
              "schwimmschule, sportverein, tennis, golf, padel, surfschule, skischule, turnverein",
        "es": "gimnasio, fitness, yoga, pilates, entrenador personal, entrenamiento, boxeo, artes marciales, "
              "karate, judo, escalada, rocódromo, academia de baile, baile, danza, natación, tenis, golf, "
              "pádel, padel, crossfit, escuela de surf, surf, escuela de esquí",
        "fr": "salle de sport, salle de fitness, fitness, yoga, pilates, coach sportif, coach, musculation, boxe, "
              "arts martiaux, karaté, judo, escalade, salle d'escalade, école de danse, danse, natation, tennis, "
              "golf, padel, crossfit, école de surf, surf, école de ski",
        "pt": "academia, ginásio, fitness, yoga, ioga, pilates, personal trainer, treinador, treino, treinos, "
              "musculação, boxe, artes marciais, karaté, judo, jiu-jitsu, escalada, escola de dança, dança, "
              "natação, ténis, tênis, golfe, padel, crossfit, escola de surf, surf",
        "it": "palestra, fitness, yoga, pilates, personal trainer, allenamento, boxe, arti marziali, karate, "
              "judo, arrampicata, scuola di danza, danza, nuoto, tennis, golf, padel, crossfit, scuola di sci, "
              "scuola di surf, scialpinismo",
        "nl": "sportschool, fitness, yoga, yogastudio, pilates, personal trainer, krachttraining, boksen, "
              "vechtsport, karate, judo, klimhal, boulderhal, klimmen, dansschool, dansstudio, zwemschool, "
              "tennis, golf, padel, crossfit, surfschool",
    },
    "creative": {
        "en": "photographer, photography, photo studio, videographer, videography, filmmaker, film production, "
              "designer, graphic design, web design, illustrator, illustration, artist, art studio, painter artist, "
              "sculptor, ceramic, ceramics, pottery, potter, architect, architects, architecture, interior design, "
              "interior designer, studio, printmaker, animator, animation, tattoo artist, calligraphy, gallery, "
              "podcast, author, writer, novelist",
        "de": "fotograf, fotografin, fotografie, fotostudio, videograf, filmproduktion, designer, designerin, "
              "grafikdesign, webdesign, illustrator, illustratorin, künstler, künstlerin, atelier, keramik, "
              "töpferei, architekt, architektin, architekturbüro, innenarchitekt, galerie, goldschmiede",
        "es": "fotógrafo, fotógrafa, fotografía, estudio de fotografía, videógrafo, productora, diseñador, "
              "diseñadora, diseño gráfico, diseño web, ilustrador, ilustradora, artista, taller, cerámica, "
              "alfarería, arquitecto, arquitecta, arquitectura, estudio de arquitectura, interiorismo, galería",
        "fr": "photographe, photographie, studio photo, vidéaste, réalisateur, graphiste, designer, webdesigner, "
              "illustrateur, illustratrice, artiste, atelier d'art, céramique, céramiste, poterie, architecte, "
              "architecture, architecte d'intérieur, décoratrice, galerie",
        "pt": "fotógrafo, fotógrafa, fotografia, estúdio fotográfico, videomaker, produtora, designer, design "
              "gráfico, ilustrador, ilustradora, artista, ateliê, atelier, cerâmica, olaria, arquiteto, arquiteta, "
              "arquitecto, arquitetura, arquitectura, design de interiores, galeria",
        "it": "fotografo, fotografa, fotografia, studio fotografico, videomaker, grafico, graphic designer, "
              "designer, illustratore, illustratrice, artista, atelier, ceramica, ceramiche, architetto, "
              "architettura, studio di architettura, interior designer, galleria",
        "nl": "fotograaf, fotografie, fotostudio, videograaf, filmmaker, ontwerper, grafisch ontwerp, "
              "webdesign, illustrator, kunstenaar, kunstenares, atelier, keramiek, pottenbakker, "
              "pottenbakkerij, architect, architectenbureau, interieurontwerper, galerie",
    },
    "music": {
        "en": "band, musician, singer, songwriter, dj, choir, orchestra, quartet, trio, jazz, music teacher, "
              "music lessons, piano teacher, piano lessons, guitar teacher, guitar lessons, music school, "
              "recording studio, composer, ensemble, brass band, drummer, violin",
        "de": "band, musiker, musikerin, sänger, sängerin, dj, chor, orchester, musikschule, musikunterricht, "
              "klavierunterricht, gitarrenunterricht, tonstudio, komponist, ensemble, blaskapelle",
        "es": "banda, grupo musical, músico, música, cantante, dj, coro, orquesta, escuela de música, "
              "clases de piano, clases de guitarra, estudio de grabación, compositor, conjunto, mariachi",
        "fr": "groupe de musique, musicien, musicienne, chanteur, chanteuse, dj, chorale, chœur, choeur, "
              "orchestre, école de musique, cours de piano, cours de guitare, studio d'enregistrement, fanfare",
        "pt": "banda, músico, música, cantor, cantora, dj, coro, coral, orquestra, escola de música, "
              "aulas de piano, aulas de guitarra, aulas de violão, estúdio de gravação, fado",
        "it": "band, gruppo musicale, musicista, cantante, dj, coro, corale, orchestra, scuola di musica, "
              "lezioni di piano, lezioni di chitarra, studio di registrazione, banda musicale",
        "nl": "band, muzikant, zanger, zangeres, dj, koor, orkest, muziekschool, muziekles, pianoles, gitaarles, "
              "opnamestudio, fanfare, harmonie",
    },
    "professional": {
        "en": "lawyer, law, law firm, family law, solicitor, attorney, barrister, legal, notary, accountant, "
              "accounting, bookkeeper, bookkeeping, tax advisor, tax adviser, consultant, consultancy, consulting, "
              "agency, marketing agency, digital agency, financial adviser, financial advisor, wealth management, "
              "insurance broker, insurance, estate agent, estate agency, real estate, realtor, property management, "
              "mortgage broker, recruitment, recruiter, translator, translation, coworking, co-working, "
              "coach, business coach, life coach, hr, payroll, architects firm, surveyor, virtual assistant, freelance, "
              "freelancer, copywriter",
        "de": "anwalt, anwältin, rechtsanwalt, rechtsanwältin, kanzlei, notar, steuerberater, steuerberatung, "
              "buchhaltung, wirtschaftsprüfer, unternehmensberatung, beratung, berater, agentur, werbeagentur, "
              "marketingagentur, versicherungsmakler, versicherung, immobilienmakler, immobilien, makler, "
              "übersetzer, übersetzungsbüro, coworking, coach, personalvermittlung, hausverwaltung",
        "es": "abogado, abogada, abogados, bufete, despacho, notaría, notario, asesoría, gestoría, contable, "
              "contabilidad, asesor fiscal, consultoría, consultor, agencia, agencia de marketing, seguros, "
              "corredor de seguros, inmobiliaria, agente inmobiliario, traductor, traducciones, coworking, coach",
        "fr": "avocat, avocate, cabinet d'avocats, notaire, expert-comptable, comptable, comptabilité, "
              "conseil, consultant, consultante, agence, agence de communication, agence web, assurance, courtier, "
              "agence immobilière, immobilier, traducteur, traductrice, traduction, coworking, coach",
        "pt": "advogado, advogada, advogados, escritório de advocacia, notário, cartório, contabilista, "
              "contador, contabilidade, consultoria, consultor, agência, agência de marketing, seguros, corretor, "
              "imobiliária, corretor de imóveis, tradutor, tradução, coworking, coach",
        "it": "avvocato, avvocata, studio legale, notaio, commercialista, consulente, consulenza, contabilità, "
              "agenzia, agenzia di comunicazione, agenzia web, assicurazioni, broker, agenzia immobiliare, "
              "immobiliare, traduttore, traduzioni, coworking, coach",
        "nl": "advocaat, advocatenkantoor, notaris, accountant, boekhouder, administratiekantoor, belastingadviseur, "
              "adviesbureau, adviseur, consultant, bureau, reclamebureau, marketingbureau, verzekeringen, "
              "makelaar, makelaardij, vertaler, vertaalbureau, coworking, coach",
    },
    "software": {
        "en": "saas, software, app, platform, api, developer tool, dev tool, sdk, plugin, startup, tool for, "
              "crm, erp, dashboard, analytics, monitoring, automation, ai, chatbot, cloud, web app, mobile app, "
              "integration, open source",
        "de": "software, app, plattform, saas, startup, anwendung, tool", "es": "software, aplicación, app, plataforma, saas, herramienta",
        "fr": "logiciel, application, appli, plateforme, saas, outil", "pt": "software, aplicativo, aplicação, app, plataforma, saas, ferramenta",
        "it": "software, applicazione, app, piattaforma, saas, gestionale", "nl": "software, app, platform, saas, applicatie, tool",
    },
    "hospitality": {
        "en": "hotel, motel, b&b, bed and breakfast, guest house, guesthouse, inn, hostel, backpackers, campsite, "
              "camping, glamping, holiday rental, holiday cottage, holiday let, cottage, cabin, chalet, lodge, "
              "safari lodge, resort, villa, apartments, aparthotel, retreat, farm stay",
        "de": "hotel, pension, gästehaus, ferienwohnung, ferienhaus, jugendherberge, hostel, campingplatz, "
              "camping, gasthof, berghütte, hütte, chalet, resort, landhotel, apartments",
        "es": "hotel, hostal, pensión, casa rural, albergue, camping, apartamentos, apartamento turístico, "
              "alojamiento, posada, parador, hacienda, cabaña, resort, finca",
        "fr": "hôtel, hotel, chambre d'hôtes, chambres d'hôtes, gîte, auberge de jeunesse, camping, "
              "résidence, location de vacances, chalet, cabane, glamping, maison d'hôtes",
        "pt": "hotel, pousada, hostel, alojamento local, casa de campo, turismo rural, parque de campismo, "
              "camping, apartamentos, chalé, resort, quinta, pensão",
        "it": "hotel, albergo, bed and breakfast, b&b, agriturismo, ostello, campeggio, affittacamere, "
              "casa vacanze, case vacanza, rifugio, chalet, resort, locanda, masseria",
        "nl": "hotel, pension, bed & breakfast, b&b, hostel, camping, vakantiehuis, vakantiewoning, "
              "vakantiepark, chalet, gastenverblijf, herberg, boerderijcamping",
    },
    "education": {
        "en": "school, tutor, tutoring, tuition, academy, language school, english courses, courses, course, "
              "classes, lessons, nursery, preschool, kindergarten, daycare, childcare, driving school, "
              "driving instructor, college, training, workshop, workshops, summer camp, day camp, camp, "
              "coding club, code club, cookery school, cooking classes, cookery classes, montessori, learning centre",
        "de": "schule, nachhilfe, sprachschule, kurse, kurs, unterricht, kita, kindergarten, fahrschule, "
              "akademie, seminare, weiterbildung, workshop, bildung, ferienlager",
        "es": "escuela, colegio, academia, clases particulares, clases, cursos, curso, autoescuela, guardería, "
              "escuela de idiomas, formación, taller, talleres, campamento, refuerzo escolar",
        "fr": "école, soutien scolaire, cours particuliers, cours, formation, auto-école, crèche, garderie, "
              "école de langues, académie, atelier, ateliers, stage, colonie de vacances, centre de formation",
        "pt": "escola, explicações, aulas particulares, aulas, cursos, curso, autoescola, escola de condução, "
              "creche, jardim de infância, escola de línguas, formação, workshop, reforço escolar",
        "it": "scuola, ripetizioni, lezioni private, lezioni, corsi, corso, autoscuola, asilo nido, asilo, "
              "scuola di lingue, formazione, laboratorio, laboratori, campus estivo, doposcuola, accademia",
        "nl": "school, bijles, huiswerkbegeleiding, lessen, cursus, cursussen, rijschool, kinderopvang, "
              "kinderdagverblijf, taalschool, opleiding, training, workshop, workshops, academie",
    },
    "events": {
        "en": "wedding planner, event planner, events, event, wedding, weddings, venue, wedding venue, party hire, kids parties, kids' parties, "
              "children's parties, birthday parties, bouncy castle, marquee, "
              "tours, tour, guided tours, kayak tours, boat tours, experiences, escape room, photo booth, "
              "entertainer, magician, florist events, boat rental, boat hire, mountain guide, guides, safari, "
              "adventure, outdoor activities, kayak, kayaking, rafting, canoe, paddleboard, party planner",
        "de": "hochzeitsplaner, hochzeitsplanerin, eventagentur, veranstaltungen, eventlocation, location, "
              "stadtführung, führungen, touren, bootsverleih, kanuverleih, escape room, erlebnis, bergführer, "
              "hüpfburg, partyservice",
        "es": "organizador de bodas, wedding planner, eventos, fincas para eventos, salón de eventos, tours, "
              "visitas guiadas, excursiones, alquiler de barcos, experiencias, escape room, guía de montaña, "
              "despedidas, animación infantil",
        "fr": "organisatrice de mariage, wedding planner, événementiel, événements, salle de réception, lieu de "
              "réception, visites guidées, excursions, location de bateaux, expériences, escape game, "
              "guide de montagne, animation",
        "pt": "organização de casamentos, wedding planner, eventos, espaço para eventos, quinta para eventos, "
              "passeios, tours, visitas guiadas, aluguer de barcos, aluguel de barcos, experiências, "
              "escape room, guia de montanha, animação",
        "it": "wedding planner, organizzazione eventi, eventi, location per eventi, sala ricevimenti, tour, "
              "visite guidate, escursioni, noleggio barche, esperienze, escape room, guide alpine, guida alpina, "
              "animazione",
        "nl": "weddingplanner, trouwplanner, evenementen, evenementenlocatie, feestlocatie, rondleidingen, "
              "rondvaart, sloepverhuur, bootverhuur, verhuur, excursies, escape room, belevenis, springkussen, "
              "feestverhuur",
    },
    "community": {
        "en": "charity, nonprofit, non-profit, club, church, mosque, synagogue, temple, islamic center, "
              "association, society, community centre, community center, care home, volunteer, volunteers, "
              "foundation, trust, theatre company, amateur theatre, food bank, food pantry, youth club, scouts, "
              "funeral director, funeral directors, funeral home, funeral, parish, allotment, library, museum",
        "de": "verein, kirche, gemeinde, moschee, synagoge, stiftung, ehrenamt, gemeinnützig, tafel, "
              "jugendzentrum, seniorenheim, altenheim, bestatter, bestattungen, bestattungsinstitut, theatergruppe, "
              "laientheater, museum, bibliothek, tagespflege",
        "es": "asociación, fundación, ong, club, iglesia, parroquia, mezquita, sinagoga, voluntarios, "
              "voluntariado, banco de alimentos, centro cultural, residencia, funeraria, teatro amateur, museo",
        "fr": "association, fondation, club, église, paroisse, mosquée, synagogue, bénévoles, bénévolat, "
              "banque alimentaire, maison de quartier, centre social, pompes funèbres, troupe de théâtre, "
              "théâtre amateur, chorale amateur, musée, bibliothèque",
        "pt": "associação, fundação, ong, clube, igreja, paróquia, mesquita, sinagoga, voluntários, "
              "voluntariado, banco alimentar, centro comunitário, lar de idosos, funerária, teatro amador, museu",
        "it": "associazione, fondazione, onlus, circolo, club, chiesa, parrocchia, moschea, sinagoga, volontari, "
              "volontariato, banco alimentare, centro sociale, casa di riposo, onoranze funebri, "
              "compagnia teatrale, teatro amatoriale, museo, biblioteca",
        "nl": "vereniging, stichting, club, kerk, parochie, moskee, synagoge, vrijwilligers, vrijwilligerswerk, "
              "voedselbank, buurthuis, wijkcentrum, verzorgingshuis, zorgboerderij, dagbesteding, "
              "uitvaartverzorging, uitvaart, toneelvereniging, museum, bibliotheek",
    },
    "pets": {
        "en": "dog grooming, dog groomer, groomer, grooming, dog walker, dog walking, pet sitter, pet sitting, "
              "kennels, boarding kennel, cattery, pet shop, dog trainer, dog training, puppy classes, pets, "
              "dog daycare, doggy daycare, equestrian, riding school, stables, horse riding, pet care",
        "de": "hundesalon, hundefriseur, hundepflege, gassiservice, tiersitter, hundepension, tierpension, "
              "katzenpension, zoohandlung, hundeschule, hundetrainer, welpenkurse, reitschule, reitstall, reiterhof",
        "es": "peluquería canina, paseador de perros, guardería canina, residencia canina, tienda de mascotas, "
              "adiestramiento canino, adiestrador, mascotas, escuela de equitación, hípica",
        "fr": "toilettage, toiletteur, toiletteuse, promeneur de chiens, pet-sitter, pension canine, pension pour "
              "chiens, animalerie, éducateur canin, éducation canine, dressage, centre équestre, poney club",
        "pt": "banho e tosa, tosquia, passeador de cães, hotel para cães, hotel canino, pet shop, loja de animais, "
              "adestramento, adestrador, treino canino, escola de equitação, hipismo, petshop",
        "it": "toelettatura, toelettatore, dog sitter, pet sitter, pensione per cani, pensione per animali, "
              "negozio di animali, educatore cinofilo, addestramento cani, centro cinofilo, maneggio, scuola di equitazione",
        "nl": "trimsalon, hondentrimsalon, hondenuitlaatservice, hondenuitlaat, oppas huisdieren, dierenpension, "
              "hondenpension, kattenpension, dierenwinkel, dierenspeciaalzaak, hondenschool, hondentraining, "
              "puppycursus, manege, ponyclub",
    },
    "automotive": {
        "en": "garage, mechanic, auto repair, car repair, car wash, valeting, detailing, mot, tyres, tires, "
              "body shop, bodywork, car dealer, dealership, bike repair, bicycle repair, cycle shop, "
              "motorcycle, auto electrician, windscreen, towing, breakdown recovery, driving range",
        "de": "autowerkstatt, kfz, werkstatt, autohaus, autowaschanlage, waschanlage, reifen, karosserie, "
              "lackiererei, fahrradwerkstatt, fahrradreparatur, motorrad, abschleppdienst, autopflege",
        "es": "taller mecánico, taller de coches, mecánico, lavado de coches, autolavado, neumáticos, "
              "chapa y pintura, concesionario, taller de bicicletas, motos, grúa",
        "fr": "garage, garagiste, mécanicien, mécanique auto, lavage auto, station de lavage, pneus, carrosserie, "
              "concessionnaire, réparation vélo, atelier vélo, moto, dépannage auto, contrôle technique",
        "pt": "oficina, oficina mecânica, mecânico, lava-rápido, lavagem auto, pneus, bate-chapas, funilaria, "
              "stand de automóveis, concessionária, oficina de bicicletas, motos, reboque",
        "it": "officina, autofficina, meccanico, autolavaggio, gommista, pneumatici, carrozzeria, "
              "concessionaria, ciclofficina, riparazione bici, moto, soccorso stradale, elettrauto",
        "nl": "garage, autogarage, monteur, autowasstraat, wasstraat, banden, bandenservice, autoschade, "
              "carrosserie, autobedrijf, fietsenmaker, fietsenreparatie, motoren, apk, sleepdienst",
    },
    "local_service": {
        "en": "service, services, hire, rental, repair, repairs, dry cleaner, laundrette, laundry, printing, "
              "print shop, key cutting, storage, courier, taxi, chauffeur, security, childminder, nanny, "
              "tailoring alterations, upholstery, photocopy",
        "de": "dienstleistung, service, verleih, vermietung, reparatur, reinigung textil, wäscherei, druckerei, "
              "kurierdienst, taxi, sicherheitsdienst, tagesmutter, änderungsschneiderei, polsterei",
        "es": "servicio, servicios, alquiler, reparación, reparaciones, tintorería, lavandería, imprenta, "
              "mensajería, taxi, seguridad, canguro, tapicería",
        "fr": "service, services, location, réparation, réparations, pressing, laverie, imprimerie, coursier, "
              "taxi, sécurité, nounou, tapissier, retouches",
        "pt": "serviço, serviços, aluguer, aluguel, reparação, reparações, conserto, lavandaria, lavanderia, "
              "gráfica, estafeta, táxi, segurança, babysitter, estofador",
        "it": "servizio, servizi, noleggio, riparazione, riparazioni, tintoria, lavanderia, tipografia, "
              "corriere, taxi, vigilanza, babysitter, tappezziere",
        "nl": "dienstverlening, diensten, verhuur, reparatie, reparaties, stomerij, wasserette, drukkerij, "
              "koerier, taxi, beveiliging, oppas, stoffeerder",
    },
}
