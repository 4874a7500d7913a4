"""Small closed word lists shared by several extractors, in the seven languages."""

from __future__ import annotations

# before a place: "in Leeds", "aus Köln", "en Madrid", "à Bordeaux", "em Lisboa", "a Napoli", "te Gent"
PLACE_PREPOSITIONS = ("in", "near", "nr.", "outside", "around", "across", "from", "based in", "located in", "serving",
                      "aus", "bei", "nahe", "nähe", "nahe bei", "im", "in der", "en", "cerca de", "junto a", "desde",
                      "à", "a", "au", "aux", "près de", "pres de", "proche de", "dans", "em", "no", "na", "perto de",
                      "ad", "vicino a", "nei pressi di", "presso", "te", "bij", "nabij", "vlakbij", "rond", "uit",
                      "minutes from", "km from", "miles from", "outside of", "north of", "south of", "east of", "west of",
                      "in the heart of", "in the centre of", "in the center of", "au cœur de", "au cœur d'", "au coeur de",
                      "au coeur d'", "près d'", "en el corazón de", "en pleno centro de", "im herzen von", "mitten in",
                      "no coração de", "nel cuore di", "nel centro di", "in het hart van", "in het centrum van")
# connectors inside a name: "Kettle & Tap", "Sucrerie du Rang 4", "Physiotherapie am Rheinufer"
NAME_CONNECTORS = {"&", "+", "and", "of", "the", "on", "de", "del", "della", "delle", "dei", "di", "da", "do", "dos",
                   "das", "du", "des", "la", "le", "les", "el", "los", "las", "am", "an", "im", "zum", "zur", "von",
                   "van", "der", "den", "het", "y", "e", "et", "und", "en", "'n", "upon", "sur", "sul", "al", "alla",
                   "au", "aux", "a", "d'", "l'", "'s", "dal", "ter", "te", "op", "aan"}
# words that join two names but may also join two places ("Minneapolis and St. Paul")
COORDINATORS = {"and", "y", "e", "et", "und", "en", "&", "+"}
ARTICLES = {"the", "a", "an", "der", "die", "das", "ein", "eine", "el", "la", "los", "las", "un", "una", "le", "les",
            "une", "o", "os", "as", "um", "uma", "il", "lo", "gli", "i", "de", "het", "een"}
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
          "nombre:", "nom :", "nom:", "nome:")
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
