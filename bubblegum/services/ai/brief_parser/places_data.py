"""The one table of places: countries (names in the seven languages), their currencies,
regions and towns. The brief parser recognises places with it and ``currency.py`` prices
in the country's money. Lower-case, comma-separated; looked up accent-insensitively.
"""

from __future__ import annotations

# ISO 3166-1 alpha-2 -> (ISO 4217, names in en/de/es/fr/pt/it/nl and common short forms)
COUNTRIES: dict[str, tuple[str, str]] = {
    "US": ("USD", "usa, u.s., u.s.a., us, united states, united states of america, america, vereinigte staaten, "
                  "estados unidos, états-unis, etats-unis, stati uniti, verenigde staten, ee. uu., eeuu"),
    "GB": ("GBP", "uk, u.k., united kingdom, britain, great britain, england, scotland, wales, northern ireland, "
                  "großbritannien, grossbritannien, england, reino unido, inglaterra, escocia, royaume-uni, angleterre, "
                  "écosse, reino unido, regno unito, inghilterra, scozia, verenigd koninkrijk, engeland, schotland"),
    "IE": ("EUR", "ireland, irland, irlanda, irlande, ierland, éire"),
    "CA": ("CAD", "canada, kanada, canadá"),
    "AU": ("AUD", "australia, australien, australie, austrália, australië"),
    "NZ": ("NZD", "new zealand, neuseeland, nueva zelanda, nouvelle-zélande, nova zelândia, nuova zelanda, nieuw-zeeland, aotearoa"),
    "DE": ("EUR", "germany, deutschland, alemania, allemagne, alemanha, germania, duitsland"),
    "AT": ("EUR", "austria, österreich, autriche, áustria, oostenrijk"),
    "CH": ("CHF", "switzerland, schweiz, suiza, suisse, suíça, svizzera, zwitserland"),
    "ES": ("EUR", "spain, spanien, españa, espagne, espanha, spagna, spanje"),
    "MX": ("MXN", "mexico, méxico, mexiko, mexique, messico"),
    "AR": ("ARS", "argentina, argentinien, argentine, argentinië"),
    "CO": ("COP", "colombia, kolumbien, colombie, colômbia"),
    "CL": ("CLP", "chile, chili"),
    "PE": ("PEN", "peru, perú, pérou"),
    "FR": ("EUR", "france, frankreich, francia, frança, frankrijk"),
    "BE": ("EUR", "belgium, belgien, bélgica, belgique, belgio, belgië"),
    "LU": ("EUR", "luxembourg, luxemburg, luxemburgo, lussemburgo"),
    "PT": ("EUR", "portugal, portogallo"),
    "BR": ("BRL", "brazil, brasilien, brasil, brésil, brasile, brazilië"),
    "IT": ("EUR", "italy, italien, italia, italie, itália, italië"),
    "NL": ("EUR", "netherlands, the netherlands, holland, niederlande, países bajos, pays-bas, países baixos, paesi bassi, nederland"),
    "FI": ("EUR", "finland, finnland, finlandia, finlande"),
    "GR": ("EUR", "greece, griechenland, grecia, grèce, grécia, griekenland"),
    "MT": ("EUR", "malta, malte"),
    "CY": ("EUR", "cyprus, zypern, chipre, chypre, cipro"),
    "EE": ("EUR", "estonia, estland"),
    "LV": ("EUR", "latvia, lettland, letonia"),
    "LT": ("EUR", "lithuania, litauen, lituania"),
    "SI": ("EUR", "slovenia, slowenien, eslovenia"),
    "SK": ("EUR", "slovakia, slowakei, eslovaquia"),
    "HR": ("EUR", "croatia, kroatien, croacia, croatie, croácia, croazia, kroatië"),
    "DK": ("DKK", "denmark, dänemark, dinamarca, danemark, danimarca, denemarken"),
    "SE": ("SEK", "sweden, schweden, suecia, suède, suécia, svezia, zweden"),
    "NO": ("NOK", "norway, norwegen, noruega, norvège, norvegia, noorwegen"),
    "PL": ("PLN", "poland, polen, polonia, pologne, polônia"),
    "CZ": ("CZK", "czechia, czech republic, tschechien, chequia, tchéquie"),
    "IN": ("INR", "india, indien, inde, índia"),
    "ZA": ("ZAR", "south africa, südafrika, sudáfrica, afrique du sud, áfrica do sul, sudafrica, zuid-afrika"),
    "JP": ("JPY", "japan, japón, japon, japão, giappone"),
    "SG": ("SGD", "singapore, singapur, singapour"),
    "AE": ("AED", "uae, united arab emirates, emirates"),
}

# ISO -> regions (states, provinces, counties, Länder, cantons, comunidades) as written
REGIONS: dict[str, str] = {
    "US": "alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, georgia, hawaii, "
          "idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, "
          "minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, "
          "north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, "
          "south dakota, tennessee, texas, utah, vermont, virginia, washington state, west virginia, wisconsin, wyoming, "
          "new york state, hill country, bay area, "
          "al, ak, az, ar, ca, co, ct, de, dc, fl, ga, hi, id, il, in, ia, ks, ky, la, me, md, ma, mi, mn, ms, mo, mt, "
          "ne, nv, nh, nj, nm, ny, nc, nd, oh, ok, or, pa, ri, sc, sd, tn, tx, ut, vt, va, wa, wv, wi, wy",
    "CA": "alberta, british columbia, manitoba, new brunswick, newfoundland, nova scotia, ontario, quebec, québec, "
          "saskatchewan, yukon, prince edward island, bc, on, qc, ab",
    "AU": "new south wales, nsw, victoria, vic, queensland, qld, western australia, wa, south australia, tasmania, "
          "northern territory, act",
    "NZ": "otago, canterbury, waikato, northland, bay of plenty, hawke's bay, marlborough, nelson",
    "GB": "cornwall, devon, kent, yorkshire, north yorkshire, surrey, sussex, east sussex, west sussex, somerset, dorset, "
          "essex, suffolk, norfolk, hampshire, berkshire, oxfordshire, gloucestershire, wiltshire, cumbria, lancashire, "
          "lake district, cotswolds, highlands, scottish highlands, county antrim, antrim, county down, derbyshire, "
          "lincolnshire, cheshire, shropshire, herefordshire, worcestershire, northumberland, fife, the peak district",
    "IE": "county kerry, kerry, county cork, county clare, clare, connemara, county galway, county donegal, donegal, "
          "county wicklow, wicklow, mayo, sligo, kilkenny county, wexford",
    "DE": "bayern, bavaria, baden-württemberg, berlin-brandenburg, brandenburg, hessen, niedersachsen, nordrhein-westfalen, "
          "nrw, rheinland-pfalz, saarland, sachsen, sachsen-anhalt, schleswig-holstein, thüringen, mecklenburg-vorpommern, "
          "schwarzwald, black forest, allgäu, ruhrgebiet, eifel, sylt, rügen",
    "AT": "tirol, tyrol, vorarlberg, salzburger land, kärnten, steiermark, niederösterreich, oberösterreich, burgenland",
    "CH": "zürich canton, bern canton, ticino, tessin, graubünden, valais, wallis, vaud, waadt, luzern canton, "
          "aargau, st. gallen canton, basel-land, engadin",
    "ES": "andalucía, andalucia, cataluña, catalunya, cataluna, galicia, asturias, cantabria, país vasco, euskadi, "
          "navarra, aragón, aragon, castilla y león, castilla-la mancha, extremadura, murcia, comunidad valenciana, "
          "baleares, islas baleares, illes balears, canarias, islas canarias, la rioja, costa brava, costa del sol, "
          "mallorca, menorca, ibiza, tenerife, gran canaria, lanzarote, fuerteventura",
    "MX": "jalisco, oaxaca, yucatán, yucatan, quintana roo, nuevo león, chiapas, puebla, baja california, "
          "baja california sur, guanajuato, veracruz, sonora, chihuahua, estado de méxico, cdmx",
    "AR": "buenos aires province, mendoza province, patagonia, córdoba province, salta province",
    "FR": "provence, normandie, normandy, bretagne, brittany, alsace, bourgogne, burgundy, occitanie, dordogne, "
          "île-de-france, ile-de-france, corse, corsica, côte d'azur, cote d'azur, savoie, haute-savoie, auvergne, "
          "pays basque, loire, vallée de la loire, aquitaine, nouvelle-aquitaine, champagne, languedoc, périgord",
    "BE": "wallonie, wallonia, vlaanderen, flanders, flandre, ardennes, ardennen, brabant",
    "PT": "algarve, alentejo, minho, douro, madeira, açores, azores, trás-os-montes, beira",
    "BR": "são paulo state, rio grande do sul, santa catarina, paraná, parana, minas gerais, bahia, pernambuco, ceará, "
          "goiás, amazonas, pará, espírito santo, mato grosso, rio de janeiro state",
    "IT": "toscana, tuscany, lombardia, lombardy, piemonte, piedmont, veneto, liguria, sicilia, sicily, sardegna, "
          "sardinia, puglia, apulia, campania, calabria, emilia-romagna, lazio, umbria, marche, abruzzo, trentino, "
          "alto adige, südtirol, valle d'aosta, friuli, valsesia, costiera amalfitana, amalfi coast, dolomiti, dolomites",
    "NL": "noord-holland, zuid-holland, utrecht province, gelderland, overijssel, friesland, fryslân, groningen province, "
          "drenthe, flevoland, zeeland, noord-brabant, brabant, limburg, veluwe, waddeneilanden",
    "IN": "kerala, goa, rajasthan, maharashtra, karnataka, tamil nadu, gujarat, punjab, telangana, uttar pradesh, "
          "himachal pradesh, west bengal",
    "ZA": "western cape, eastern cape, gauteng, kwazulu-natal, limpopo, mpumalanga, greater kruger, garden route",
}

# ISO -> towns and cities (and a few well-known districts) as written
TOWNS: dict[str, str] = {
    "GB": "london, manchester, leeds, liverpool, birmingham, bristol, sheffield, newcastle, nottingham, leicester, "
          "brighton, oxford, cambridge, york, exeter, plymouth, portsmouth, southampton, norwich, edinburgh, glasgow, "
          "aberdeen, dundee, inverness, cardiff, swansea, belfast, "
          "bath, newquay, st andrews, harrogate, chester, durham, canterbury, winchester, reading, milton keynes, "
          "coventry, derby, stoke, hull, sunderland, bournemouth, hay-on-wye, stratford-upon-avon, ipswich, portrush, "
          "colchester, cheltenham, salisbury, truro, falmouth, st ives, whitby, scarborough, lancaster, preston, "
          "bolton, wigan, stockport, huddersfield, bradford, wakefield, halifax, kendal, keswick, windermere, "
          "ambleside, carlisle, lincoln, peterborough, luton, watford, guildford, woking, croydon, richmond, "
          "stirling, perth and kinross, derry, bangor, wolverhampton, "
          "walsall, dudley, swindon, gloucester, worcester, hereford, shrewsbury, telford, wrexham, aberystwyth, "
          "tenby, margate, whitstable, folkestone, dover, hastings, eastbourne, worthing, chichester, torquay",
    "US": "new york, new york city, nyc, brooklyn, chicago, boston, austin, "
          "dallas, houston, san antonio, denver, seattle, portland, san francisco, oakland, los angeles, san diego, "
          "miami, atlanta, nashville, philadelphia, washington, washington dc, las vegas, minneapolis, st. paul, "
          "saint paul, st paul, detroit, new orleans, phoenix, tucson, salt lake city, honolulu, anchorage, charlotte, "
          "raleigh, pittsburgh, cleveland, columbus, cincinnati, st louis, st. louis, kansas city, milwaukee, "
          "indianapolis, baltimore, sacramento, san jose, orlando, tampa, albuquerque, santa fe, boise, skokie, "
          "dearborn, naples, asheville, savannah, charleston, burlington, madison, ann arbor, boulder, "
          "fort collins, spokane, tacoma, eugene, bend, santa barbara, santa cruz, palo alto, berkeley, "
          "pasadena, long beach, fresno, reno, el paso, fort worth, jacksonville, st. petersburg, key west, "
          "memphis, louisville, richmond va, omaha, des moines, buffalo, rochester, albany, providence, hartford, "
          "new haven, princeton, jersey city, hoboken, newark, scottsdale, sedona, flagstaff, aspen, "
          "jackson hole, bozeman, missoula, anchorage, juneau, maui, st. paul",
    "CA": "toronto, vancouver, montreal, montréal, calgary, ottawa, edmonton, winnipeg, quebec city, québec, halifax, "
          "victoria, banff, whistler, canmore, jasper, waterloo, kitchener, hamilton, london ontario, mississauga, "
          "brampton, markham, saskatoon, regina, kelowna, saint-hippolyte, sherbrooke, trois-rivières, gatineau, "
          "laval, moncton, fredericton, charlottetown, st. john's, tofino, squamish, mont-tremblant",
    "AU": "sydney, melbourne, brisbane, perth, adelaide, hobart, canberra, gold coast, darwin, cairns, byron bay, "
          "newcastle nsw, wollongong, geelong, ballarat, bendigo, launceston, townsville, sunshine coast, noosa, "
          "fremantle, margaret river, mudgee, orange, toowoomba, alice springs",
    "NZ": "auckland, wellington, christchurch, queenstown, dunedin, hamilton nz, tauranga, napier, nelson, rotorua, "
          "wanaka, taupo, new plymouth, palmerston north",
    "IE": "dublin, cork, galway, limerick, kilkenny, waterford, killarney, sligo, athlone, dingle, kinsale, westport, "
          "drogheda, dundalk, bray, howth, ennis, tralee, letterkenny, wexford town",
    "DE": "berlin, hamburg, münchen, munich, köln, cologne, frankfurt, frankfurt am main, stuttgart, düsseldorf, "
          "dortmund, essen, leipzig, bremen, dresden, hannover, nürnberg, nuremberg, duisburg, bochum, wuppertal, "
          "bielefeld, bonn, münster, karlsruhe, mannheim, augsburg, wiesbaden, mönchengladbach, gelsenkirchen, "
          "aachen, braunschweig, kiel, chemnitz, halle, magdeburg, freiburg, freiburg im breisgau, krefeld, mainz, "
          "lübeck, erfurt, rostock, kassel, potsdam, heidelberg, regensburg, würzburg, ingolstadt, ulm, göttingen, "
          "tübingen, konstanz, jena, weimar, bamberg, passau, lüneburg, flensburg, oldenburg, osnabrück, "
          "darmstadt, trier, koblenz, garmisch-partenkirchen, "
          "baden-baden, rosenheim, "
          "landshut, bayreuth, erlangen, fürth, pforzheim, reutlingen, heilbronn, esslingen, ludwigsburg, sindelfingen, "
          "offenburg, ravensburg, friedrichshafen, lindau, kempten, füssen, berchtesgaden, bad tölz, starnberg, "
          "dachau, freising, straubing, schweinfurt, aschaffenburg, fulda, gießen, marburg, siegen, hagen, hamm, "
          "paderborn, gütersloh, detmold, herford, minden, solingen, remscheid, leverkusen, neuss, moers, "
          "oberhausen, mülheim, recklinghausen, bottrop, witten, iserlohn, wolfsburg, salzgitter, hildesheim, celle, "
          "wilhelmshaven, emden, cuxhaven, stade, lüdenscheid, zwickau, plauen, görlitz, bautzen, cottbus, "
          "frankfurt (oder), schwerin, wismar, stralsund, greifswald, neubrandenburg, dessau, wittenberg, gotha, "
          "eisenach, ilmenau, saarbrücken, kaiserslautern, ludwigshafen, speyer, worms, landau, neustadt, "
          "bad homburg, offenbach, hanau, rüsselsheim, bensheim, ottobrunn, garching, unterföhring",
    "AT": "wien, vienna, graz, linz, salzburg, innsbruck, klagenfurt, villach, wels, st. pölten, dornbirn, bregenz, "
          "kitzbühel, hallstatt, leoben, steyr, krems, baden bei wien, mödling, wiener neustadt, feldkirch, "
          "zell am see, bad ischgl, ischgl, st. anton, lienz, gmunden, bad ischl",
    "CH": "zürich, zurich, genève, geneva, genf, ginevra, basel, bâle, bern, berne, lausanne, luzern, lucerne, "
          "lugano, locarno, st. gallen, winterthur, zug, biel, thun, chur, sion, neuchâtel, fribourg, montreux, "
          "interlaken, zermatt, davos, st. moritz, bellinzona, ascona, aarau, baden ch, olten, solothurn, "
          "schaffhausen, frauenfeld, rapperswil, uster, wädenswil, kloten, dübendorf, emmen, kriens, yverdon, nyon, "
          "vevey, morges, martigny, sierre, la chaux-de-fonds, delémont, grindelwald, wengen, crans-montana, verbier",
    "ES": "madrid, barcelona, valencia, sevilla, seville, zaragoza, málaga, malaga, murcia, palma, palma de mallorca, "
          "las palmas, bilbao, alicante, córdoba, valladolid, vigo, gijón, granada, a coruña, la coruña, vitoria, "
          "santander, san sebastián, donostia, pamplona, salamanca, toledo, cádiz, cadiz, marbella, ibiza town, "
          "girona, tarragona, sitges, oviedo, león, burgos, cáceres, segovia, ávila, cuenca, santiago de compostela, "
          "somo, benidorm, jerez, almería, huelva, logroño, "
          "tenerife, lanzarote, sóller, pollença, mahón, tarifa, nerja, ronda, zarautz, getxo, san fernando, "
          "torremolinos, fuengirola, estepona, sotogrande, lloret de mar, tossa de mar, cadaqués, figueres, reus, "
          "lleida, huesca, teruel, soria, albacete, ciudad real, guadalajara es, jaén, linares, úbeda, mérida es, "
          "badajoz, plasencia, ponferrada, lugo, ourense, pontevedra, ferrol, avilés, torrelavega, castro urdiales, "
          "sanxenxo, comillas, laredo, elche, alcoy, dénia, jávea, altea, calpe, gandía, castellón, sagunto, "
          "alcalá de henares, getafe, móstoles, leganés, alcobendas, las rozas, pozuelo, majadahonda, aranjuez, "
          "sabadell, terrassa, badalona, hospitalet, mataró, granollers, vic, manresa, igualada, puerto de la cruz, "
          "santa cruz de tenerife, arrecife, corralejo, maspalomas",
    "MX": "ciudad de méxico, ciudad de mexico, mexico city, cdmx, guadalajara, monterrey, puebla, oaxaca, mérida, "
          "merida, cancún, cancun, playa del carmen, tulum, querétaro, san miguel de allende, puerto vallarta, "
          "tijuana, león guanajuato, morelia, acapulco, san cristóbal de las casas",
    "AR": "buenos aires, córdoba argentina, rosario, mendoza, bariloche, salta, mar del plata, ushuaia, palermo",
    "CO": "bogotá, bogota, medellín, medellin, cali, cartagena",
    "CL": "santiago de chile, valparaíso",
    "PE": "lima, cusco, arequipa",
    "FR": "paris, marseille, lyon, toulouse, nice, nantes, strasbourg, montpellier, bordeaux, lille, rennes, reims, "
          "le havre, saint-étienne, toulon, grenoble, dijon, angers, nîmes, villeurbanne, clermont-ferrand, "
          "aix-en-provence, brest, tours, amiens, limoges, annecy, perpignan, metz, besançon, orléans, rouen, "
          "mulhouse, caen, nancy, avignon, la rochelle, biarritz, bayonne, pau, cannes, antibes, saint-malo, "
          "chamonix, arles, colmar, carcassonne, versailles, vannes, quimper, "
          "lorient, poitiers, troyes, calais, dunkerque, ajaccio, bastia, saint-tropez, menton, vichy, evian, "
          "angoulême, niort, cognac, saintes, périgueux, bergerac, sarlat, agen, montauban, albi, castres, rodez, "
          "cahors, tarbes, lourdes, auch, foix, béziers, sète, narbonne, carcassonne, perpignan, collioure, "
          "valence, montélimar, orange fr, carpentras, cavaillon, apt, gordes, salon-de-provence, martigues, "
          "aubagne, la ciotat, cassis, hyères, fréjus, saint-raphaël, grasse, vence, chambéry, aix-les-bains, "
          "albertville, megève, morzine, thonon-les-bains, bourg-en-bresse, mâcon, chalon-sur-saône, beaune, "
          "auxerre, sens, nevers, bourges, châteauroux, blois, chartres, le mans, laval, saint-nazaire, la baule, "
          "cholet, la roche-sur-yon, les sables-d'olonne, saint-brieuc, lannion, morlaix, concarneau, dinan, "
          "dinard, cherbourg, granville, bayeux, deauville, honfleur, étretat, dieppe, fécamp, évreux, beauvais, "
          "compiègne, soissons, laon, saint-quentin, arras, lens, douai, valenciennes, cambrai, boulogne-sur-mer, "
          "le touquet, roubaix, tourcoing, charleville-mézières, épinal, colmar, sélestat, haguenau, thionville, "
          "bar-le-duc, verdun, chaumont, belfort, montbéliard, dole, lons-le-saunier, pontarlier, vienne, "
          "roanne, annonay, le puy-en-velay, aurillac, montluçon, moulins, riom, thiers, brive, tulle, guéret",
    "BE": "bruxelles, brussels, brussel, antwerpen, anvers, antwerp, gent, gand, ghent, brugge, bruges, liège, luik, "
          "namur, namen, leuven, louvain, mons, bergen, charleroi, mechelen, malines, hasselt, ostende, oostende, "
          "ostend, kortrijk, courtrai, tournai, doornik, aalst, genk, wavre, arlon, durbuy, dinant, spa",
    "LU": "luxembourg city, esch-sur-alzette",
    "PT": "lisboa, lisbon, lissabon, porto, oporto, braga, coimbra, faro, funchal, aveiro, évora, evora, sintra, "
          "cascais, setúbal, guimarães, viseu, leiria, lagos, albufeira, tavira, portimão, nazaré, ericeira, "
          "peniche, óbidos, matosinhos, vila nova de gaia, amadora, almada, "
          "barreiro, seixal, odivelas, loures, oeiras, estoril, mafra, torres vedras, caldas da rainha, alcobaça, "
          "santarém, tomar, abrantes, castelo branco, covilhã, guarda, bragança, chaves, vila real, lamego, "
          "viana do castelo, ponte de lima, barcelos, famalicão, póvoa de varzim, vila do conde, espinho, "
          "ovar, figueira da foz, portalegre, elvas, estremoz, beja, sines, vila real de santo antónio, olhão, "
          "loulé, quarteira, vilamoura, silves, ponta delgada, angra do heroísmo",
    "BR": "são paulo, sao paulo, rio de janeiro, rio, brasília, brasilia, salvador, fortaleza, belo horizonte, "
          "manaus, curitiba, recife, porto alegre, belém, goiânia, florianópolis, florianopolis, campinas, natal, "
          "vitória, santos, joão pessoa, maceió, niterói, paraty, búzios, ouro preto, foz do iguaçu, "
          "balneário camboriú, gramado, ilhabela, jericoacoara, "
          "guarulhos, são bernardo do campo, santo andré, osasco, sorocaba, ribeirão preto, são josé dos campos, "
          "jundiaí, piracicaba, bauru, londrina, maringá, ponta grossa, cascavel, joinville, blumenau, "
          "chapecó, itajaí, caxias do sul, pelotas, santa maria, uberlândia, juiz de fora, contagem, "
          "montes claros, feira de santana, vitória da conquista, ilhéus, porto seguro, aracaju, teresina, "
          "são luís, campina grande, caruaru, olinda, petrolina, cuiabá, campo grande, porto velho, macapá, "
          "boa vista, palmas, anápolis, petrópolis, angra dos reis, cabo frio, arraial do cabo, trancoso, "
          "morro de são paulo, bonito, pipa, fernando de noronha",
    "IT": "roma, rome, milano, milan, napoli, naples italy, torino, turin, palermo, genova, genoa, bologna, firenze, "
          "florence, bari, catania, venezia, venice, verona, messina, padova, padua, trieste, taranto, brescia, "
          "parma, prato, modena, reggio calabria, reggio emilia, perugia, livorno, ravenna, cagliari, foggia, "
          "rimini, salerno, ferrara, sassari, latina, monza, siracusa, pescara, bergamo, trento, bolzano, vicenza, "
          "lecce, pisa, siena, lucca, como, sorrento, amalfi, positano, capri, cortina d'ampezzo, matera, "
          "alagna, alagna valsesia, aosta, courmayeur, cinque terre, portofino, taormina, cefalù, assisi, "
          "san gimignano, montepulciano, locarno, novara, alessandria, asti, cuneo, "
          "alba, biella, vercelli, varese, lecco, sondrio, pavia, cremona, mantova, lodi, piacenza, "
          "treviso, belluno, rovigo, udine, pordenone, gorizia, imola, faenza, forlì, cesena, riccione, "
          "cattolica, arezzo, grosseto, pistoia, massa, carrara, viareggio, forte dei marmi, volterra, cortona, "
          "orvieto, spoleto, terni, foligno, gubbio, ancona, pesaro, urbino, macerata, ascoli piceno, "
          "l'aquila, teramo, chieti, campobasso, isernia, caserta, benevento, avellino, pozzuoli, ercolano, "
          "ischia, procida, ravello, brindisi, monopoli, polignano a mare, alberobello, ostuni, gallipoli, "
          "otranto, trani, barletta, andria, altamura, potenza, cosenza, catanzaro, tropea, crotone, "
          "agrigento, trapani, marsala, ragusa, modica, noto, enna, caltanissetta, olbia, alghero, nuoro, "
          "oristano, merano, bressanone, rovereto, riva del garda, sirmione, bardolino, bellagio, stresa, "
          "valsesia, varallo, domodossola, viterbo, rieti, frosinone, latina, civitavecchia, tivoli, frascati",
    "NL": "amsterdam, rotterdam, den haag, the hague, 's-gravenhage, utrecht, eindhoven, groningen, tilburg, almere, "
          "breda, nijmegen, apeldoorn, haarlem, arnhem, enschede, amersfoort, zaandam, den bosch, 's-hertogenbosch, "
          "zwolle, leiden, maastricht, dordrecht, zoetermeer, delft, alkmaar, deventer, hilversum, leeuwarden, "
          "gouda, hoorn, venlo, zandvoort, texel, scheveningen, volendam, edam, kampen, "
          "middelburg, vlissingen, den helder, assen, emmen, lelystad, helmond, oss, roermond, sittard, heerlen, "
          "weert, venray, uden, veghel, boxtel, waalwijk, oosterhout, roosendaal, bergen op zoom, goes, terneuzen, "
          "schiedam, vlaardingen, maassluis, spijkenisse, capelle aan den ijssel, gorinchem, alphen aan den rijn, "
          "katwijk, noordwijk, wassenaar, rijswijk, westland, naaldwijk, purmerend, hoofddorp, haarlemmermeer, "
          "heemstede, bloemendaal, velsen, ijmuiden, beverwijk, heerhugowaard, enkhuizen, medemblik, schagen, "
          "bussum, naarden, huizen, hilversum, zeist, nieuwegein, houten, veenendaal, ede, wageningen, "
          "barneveld, harderwijk, ermelo, nunspeet, zutphen, doetinchem, winterswijk, tiel, culemborg, "
          "hengelo, almelo, oldenzaal, hardenberg, steenwijk, meppel, hoogeveen, coevorden, drachten, heerenveen, "
          "sneek, harlingen, franeker, dokkum, veendam, winschoten, stadskanaal, delfzijl, ameland, terschelling, "
          "vlieland, schiermonnikoog",
    "IN": "mumbai, delhi, new delhi, bangalore, bengaluru, chennai, hyderabad, pune, kolkata, jaipur, kochi, cochin, "
          "ahmedabad, goa, udaipur, jodhpur, agra, varanasi, lucknow, chandigarh, mysore, mysuru, "
          "thiruvananthapuram, rishikesh, amritsar, indore, bhopal, coimbatore, pondicherry, puducherry, gurgaon, "
          "gurugram, noida",
    "ZA": "cape town, johannesburg, durban, pretoria, port elizabeth, gqeberha, bloemfontein, stellenbosch, "
          "franschhoek, knysna, hoedspruit, khayelitsha, hermanus, plettenberg bay",
    "JP": "tokyo, osaka, kyoto, yokohama, nagoya, sapporo, fukuoka, kobe, nara, hiroshima",
    "SG": "singapore",
    "AE": "dubai, abu dhabi, sharjah",
    "DK": "copenhagen, københavn, aarhus, odense",
    "SE": "stockholm, gothenburg, göteborg, malmö, uppsala",
    "NO": "oslo, bergen norway, trondheim, stavanger, tromsø",
    "FI": "helsinki, tampere, turku",
    "GR": "athens, athen, atenas, athènes, thessaloniki, santorini, mykonos, crete, corfu, rhodes",
    "PL": "warsaw, warschau, kraków, krakow, gdańsk, wrocław, poznań",
    "CZ": "prague, prag, praha, brno",
    "HR": "zagreb, split, dubrovnik, zadar, rovinj, pula",
    "MT": "valletta, sliema",
    "CY": "nicosia, limassol, paphos",
    "EE": "tallinn",
    "LV": "riga",
    "LT": "vilnius",
    "SI": "ljubljana, bled",
    "SK": "bratislava",
}

# districts of a city: known (they give the country), but "Trastevere, Roma" is in Rome
DISTRICTS: dict[str, str] = {
    "GB": "hackney, shoreditch, camden, islington, brixton, peckham, clapham, dalston, greenwich",
    "US": "manhattan, queens, the bronx, harlem",
    "AU": "bondi, manly, fitzroy, st kilda",
    "DE": "prenzlauer berg, kreuzberg, neukölln, friedrichshain, schwabing, altona, st. pauli, ehrenfeld, sachsenhausen",
    "MX": "coyoacán, polanco, condesa",
    "FR": "montmartre, le marais, belleville",
    "PT": "alfama, chiado, bairro alto",
    "BR": "pinheiros, vila madalena, copacabana, ipanema",
    "IT": "trastevere, brera, navigli",
    "NL": "de pijp, jordaan",
    "ZA": "sandton, soweto",
}

# town names that are everyday words too: they count only after a place preposition
# ("a nice cafe", "reading glasses", "we split the bill", "rio" in Portuguese text)
EVERYDAY_WORDS = {"bath", "reading", "nice", "split", "derby", "hull", "charlotte", "georgia", "phoenix", "columbus",
                  "durham", "chester", "wellington", "victoria", "orlando", "virginia", "rio", "spa", "orange",
                  "natal", "mons", "bergen", "tours", "essen", "halle", "lagos", "regina", "bend", "santos", "león",
                  "leon", "lima", "cali", "nelson", "richmond", "madison", "providence", "salvador", "oss",
                  "como", "sion", "zug", "thun", "pau", "rennes", "tours",
                  "buffalo", "concord", "kiel", "vitória", "manly", "albany", "la rochelle",
                  "us", "ca", "ny", "fl", "il", "wa", "or", "co", "az", "ma", "mn", "mi", "ga", "nc", "nj", "pa", "oh",
                  "on", "qc", "ab", "bc", "vic", "qld", "act", "cdmx", "beira", "champagne", "marche",
                  "al", "ak", "ar", "ct", "de", "dc", "hi", "id", "in", "ia", "ks", "ky", "la", "me", "md", "ms", "mo",
                  "mt", "ne", "nv", "nh", "nm", "nd", "ok", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wv", "wi",
                  "wy",
                  "loire", "limburg", "brabant", "kent", "essex", "down", "clare", "america", "holland", "turkey"}
