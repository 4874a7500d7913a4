"""Day names, abbreviations and "every day" words in the seven languages."""

from __future__ import annotations

from bubblegum.services.ai.brief import DAYS

# one line per day, mon..sun: every way of writing it (folded: no accents, lower case)
_DAY_WORDS = (
    "mon monday mondays mo montag montags lun lunes lundi lundis seg segunda segundas segunda-feira lunedi lunedì ma maandag maandags",
    "tue tues tuesday tuesdays di dienstag dienstags mar martes mardi mardis ter terca terça terca-feira terça-feira martedi martedì dinsdag dinsdags",
    "wed weds wednesday wednesdays mi mittwoch mittwochs mie mier miercoles miércoles mer mercredi mercredis qua quarta quarta-feira mercoledi mercoledì wo woensdag woensdags",
    "thu thur thurs thursday thursdays do donnerstag donnerstags jue jueves jeu jeudi jeudis qui quinta quinta-feira gio giovedi giovedì donderdag donderdags",
    "fri friday fridays fr freitag freitags vie viernes ven vendredi vendredis sex sexta sextas sexta-feira venerdi venerdì vr vrijdag vrijdags",
    "sat saturday saturdays sa samstag samstags sonnabend sab sabado sábado sabados sam samedi samedis sabato za zaterdag zaterdags",
    "sun sunday sundays so sonntag sonntags dom domingo domingos dim dimanche dimanches domenica zo zondag zondags",
)
DAY_OF = {word: DAYS[i] for i, line in enumerate(_DAY_WORDS) for word in line.split()}
# one-letter days, only in ranges: Spanish "L-V", "L-S", "L-D"; English "M-F"
DAY_OF.update({"l": "mon", "x": "wed", "j": "thu", "v": "fri", "s": "sat", "d": "sun", "m": "mon", "f": "fri"})
# abbreviations that are everyday words too ("do", "so", "ma", "mar", "sam"): days only in a day context
AMBIGUOUS = {"l", "x", "j", "v", "s", "d", "m", "f", "mo", "di", "mi", "do", "fr", "sa", "so", "ma", "wo", "vr", "za", "zo", "mar", "mer", "sam", "dim", "dom",
             "ven", "gio", "sex", "qui", "qua", "ter", "seg", "sab", "jeu", "lun", "mie", "jue", "vie", "sun", "sat", "wed"}
EVERY_DAY = ("daily", "every day", "everyday", "7 days a week", "seven days a week", "täglich", "taeglich", "jeden tag",
             "todos los días", "todos los dias", "a diario", "tous les jours", "7j/7", "7 jours sur 7", "todos os dias",
             "diariamente", "tutti i giorni", "ogni giorno", "7 giorni su 7", "dagelijks", "elke dag", "7 dagen per week")
WEEKDAYS = ("weekdays", "werktags", "wochentags", "montag bis freitag", "entre semana", "en semaine", "dias úteis",
            "dias uteis", "feriali", "giorni feriali", "werkdagen", "doordeweeks")
WEEKENDS = ("weekends", "at weekends", "on weekends", "am wochenende", "wochenende", "fines de semana", "fin de semana",
            "le week-end", "week-end", "fins de semana", "fim de semana", "nel weekend", "fine settimana", "weekend",
            "in het weekend")
