"""Small closed word lists shared by several extractors, in the seven languages."""

from __future__ import annotations

import re

# before a place: "in Leeds", "aus Köln", "en Madrid", "à Bordeaux", "em Lisboa", "a Napoli", "te Gent"
PLACE_PREPOSITIONS = ("in", "near", "nr.", "outside", "around", "across", "from", "based in", "located in", "serving",
                      "aus", "bei", "nahe", "nähe", "nahe bei", "im", "in der", "en", "cerca de", "junto a", "desde",
                      "à", "a", "au", "aux", "près de", "pres de", "proche de", "dans", "em", "no", "na", "perto de",
                      "ad", "vicino a", "nei pressi di", "presso", "te", "bij", "nabij", "vlakbij", "rond", "uit",
                      "minutes from", "km from", "miles from", "outside of", "north of", "south of", "east of", "west of",
                      "in the heart of", "in the centre of", "in the center of", "au cœur de", "au cœur d'", "au coeur de",
                      "au coeur d'", "près d'", "en el corazón de", "en pleno centro de", "im herzen von", "mitten in",
                      "no coração de", "nel cuore di", "nel centro di", "in het hart van", "in het centrum van",
                      "an der", "am", "auf der", "aan de", "aan het", "sur", "sur la", "sul", "sulla", "on the",
                      # forms: "Location: Bath", "Ort: Köln"
                      "location:", "located:", "based:", "town:", "city:", "area:", "ort:", "stadt:", "standort:",
                      "ubicación:", "ciudad:", "lieu:", "ville:", "localização:", "cidade:", "località:", "città:",
                      "locatie:", "plaats:", "stad:")
# connectors inside a name: "Kettle & Tap", "Sucrerie du Rang 4", "Physiotherapie am Rheinufer"
NAME_CONNECTORS = {"&", "+", "and", "of", "the", "on", "de", "del", "della", "delle", "dei", "di", "da", "do", "dos",
                   "das", "du", "des", "la", "le", "les", "el", "los", "las", "am", "an", "im", "zum", "zur", "von",
                   "van", "der", "den", "het", "y", "e", "et", "und", "en", "'n", "upon", "sur", "sul", "al", "alla",
                   "au", "aux", "a", "d'", "l'", "'s", "'t", "’t", "dal", "ter", "te", "op", "aan",
                   "with", "mit", "met", "con", "avec", "com"}  # "Yoga met Sanne", "Cooking with Anna"
# words that join two names but may also join two places ("Minneapolis and St. Paul")
COORDINATORS = {"and", "y", "e", "et", "und", "en", "&", "+"}
ARTICLES = {"the", "a", "an", "der", "die", "das", "ein", "eine", "el", "la", "los", "las", "un", "una", "le", "les",
            "une", "o", "os", "as", "um", "uma", "il", "lo", "gli", "i", "de", "het", "een"}
# company forms after a name: "Ferreira & Filhos, Lda.", "Panificio F.lli Rossi s.n.c."
LEGAL_FORMS = {"ltd", "llc", "inc", "plc", "llp", "gmbh", "ag", "kg", "ohg", "e.k", "ug", "sl", "s.l", "sa", "s.a", "sarl",
               "sas", "eurl", "lda", "ltda", "srl", "s.r.l", "snc", "s.n.c", "sas", "spa", "s.p.a", "bv", "b.v", "nv",
               "n.v", "vof"}
# what follows a name at the start of a description: a verb ("Crux Collective is …")
NAME_VERBS = {"is", "are", "was", "has", "have", "sells", "offers", "runs", "makes", "builds", "provides", "serves",
              "brings", "helps", "creates", "designs", "delivers", "specialises", "specializes", "teaches", "hosts",
              "bakes", "brews", "roasts", "organises", "organizes", "repairs", "installs", "cleans", "supplies",
              "ist", "sind", "bietet", "verkauft", "macht", "hilft", "liefert", "backt", "braut",
              "es", "son", "ofrece", "vende", "hace", "organiza", "ayuda",
              "est", "sont", "propose", "offre", "vend", "fait", "organise", "aide",
              "é", "são", "oferece", "vende", "faz", "ajuda",
              "è", "sono", "offre", "vende", "fa", "organizza", "aiuta",
              "biedt", "verkoopt", "maakt", "helpt", "levert", "verzorgt", "organiseert"}
# introductions: "We are X", "Wir sind X", "Somos X", "I'm X", "Sou o X"
INTRODUCTIONS = ("we are", "we're", "were", "we’re", "this is", "i am", "i'm", "i’m", "my name is", "hi, i'm",
                 "wir sind", "ich bin", "ich heiße", "mein name ist", "das ist",
                 "somos", "soy", "me llamo", "mi nombre es", "nous sommes", "je suis", "je m'appelle", "je m’appelle",
                 "c'est", "somos", "sou", "eu sou", "me chamo", "o meu nome é", "meu nome é", "siamo", "sono",
                 "mi chiamo", "wij zijn", "we zijn", "ik ben", "mijn naam is", "dit is")
CALLED = ("called", "named", "known as", "heißt", "heisst", "namens", "se llama", "llamado", "llamada", "s'appelle",
          "s’appelle", "appelé", "appelée", "nommé", "nommée", "chama-se", "chamado", "chamada", "se chama",
          "si chiama", "chiamato", "chiamata", "di nome", "heet", "genaamd", "met de naam", "business name is", "our name is", "the name is", "name:",
          "nombre:", "nom :", "nom:", "nome:",
          "business name:", "business name is", "company name:", "brand name:", "shop name:", "my business:",
          "firmenname:", "nombre del negocio:", "nom de l'entreprise:", "nome da empresa:", "nome dell'attività:",
          "bedrijfsnaam:", "welcome to", "willkommen bei", "willkommen im", "willkommen in der", "bienvenido a",
          "bienvenidos a", "bienvenue chez", "bienvenue à", "bem-vindo à", "bem-vindo ao", "bem-vindos à",
          "benvenuti da", "benvenuti a", "benvenuti al", "welkom bij", "introducing", "meet")
MONTHS = set("january february march april may june july august september october november december jan feb mar apr "
             "jun jul aug sep sept oct nov dec januar februar märz april mai juni juli august oktober dezember "
             "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
             "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
             "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
             "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
             "januari februari maart april mei juni juli augustus september oktober november december".split())
LANGUAGE_NAMES = set("english german spanish french portuguese italian dutch deutsch englisch spanisch französisch "
                     "español inglés alemán francés français anglais allemand espagnol italien português inglês "
                     "italiano inglese tedesco francese spagnolo nederlands engels duits frans spaans arabic "
                     "chinese mandarin japanese polish russian turkish hindi punjabi urdu greek".split())
# a clause that says what a product does ("Connects to Xero and QuickBooks", "flags duplicate
# payments"): a feature, not something sold
FEATURE = re.compile(
    r"^(?:connects|integrates|syncs|flags|tracks|automates|reconciles|detects|monitors|alerts|imports|exports|"
    r"matches|catches|sends|generates|schedules|works with|plugs into|pulls|pushes|backs up|encrypts|"
    r"verbindet|synchronisiert|erkennt|importiert|exportiert|conecta|sincroniza|detecta|automatiza|concilia|"
    r"connecte|synchronise|détecte|automatise|sincroniza|concilia|collega|sincronizza|rileva|automatizza|"
    r"koppelt|synchroniseert|herkent|automatiseert)\s", re.I)
# proper adjectives: written with a capital in English ("a family Italian restaurant")
NATIONALITIES = set("italian french spanish german mexican indian thai chinese japanese greek turkish portuguese "
                    "brazilian dutch english british american irish scottish welsh korean vietnamese lebanese "
                    "moroccan ethiopian persian polish russian caribbean jamaican peruvian argentinian cuban "
                    "nepalese punjabi sicilian neapolitan tuscan cantonese szechuan".split())
# words that describe rather than name ("Best Vegan Bakery", "Mobile Dog Grooming" are no names)
DESCRIPTIVE = ("best, new, small, little, local, independent, family, family-run, family-owned, friendly, cosy, cozy, "
               "modern, traditional, artisan, artisanal, handmade, organic, vegan, vegetarian, halal, kosher, gluten-free, "
               "mobile, emergency, 24/7, 24-hour, affordable, cheap, premium, luxury, boutique, professional, "
               "certified, licensed, online, italian, french, spanish, german, mexican, indian, thai, chinese, "
               "japanese, greek, turkish, portuguese, brazilian, dutch, english, british, american, irish, "
               "authentic, fresh, quality, creative, digital, private, public, home, house, residential, commercial, "
               "city, town, village, country, north, south, east, west, central, downtown, old, great, good, my, our, "
               "website, site, page, landing, a, an, the, el, la, le, les, los, las, der, die, das, de, het, il, lo, "
               "o, os, um, uma, un, une, ein, eine, een, uno, una, frische, frisch, neue, kleine, beste, bio, "
               "pequeño, pequeña, mejor, petit, petite, meilleur, pequeno, melhor, piccolo, piccola, migliore, klein, "
               "kleine, beste, nieuwe, vers, verse, we, wir, nous, somos, siamo, wij, i, ich, je, eu, io, ik, "
               # everyday nouns that name what a business works with, not the business
               "dog, dogs, cat, cats, pet, pets, horse, car, cars, bike, bikes, kids, children, baby, babies, wedding, "
               "weddings, party, parties, hair, window, windows, carpet, carpets, computer, computers, phone, phones, "
               "garden, gardens, tree, trees, home, homes, kitchen, kitchens, bathroom, bathrooms, office, offices, "
               "art, wine, beer, bread, cake, cakes, flowers, plants, books, coffee, tea, food, pizza, burger, "
               "hund, hunde, katze, katzen, auto, autos, fahrrad, kinder, hochzeit, haare, garten, küche, wein, "
               "perro, perros, gato, coche, coches, niños, boda, bodas, pelo, jardín, cocina, vino, "
               "chien, chiens, chat, voiture, vélo, enfants, mariage, cheveux, jardin, vin, "
               "cão, cães, cachorro, carro, crianças, casamento, cabelo, vinho, "
               "cane, cani, gatto, bambini, matrimonio, capelli, giardino, "
               "hond, honden, kat, fiets, kinderen, bruiloft, haar, tuin, wijn")
