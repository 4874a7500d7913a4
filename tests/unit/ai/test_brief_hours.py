"""Opening hours in seven languages into OpeningHours; 24/7 is a constraint with no hours;
what cannot be read as times stays as written in hours_text."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.brief_parser import extract_brief

WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MON_FRI = WEEK[:5]


def hours(prompt: str) -> list[tuple[list[str], str, str]]:
    return [(h.days, h.opens, h.closes) for h in extract_brief(prompt).hours]


@pytest.mark.parametrize("prompt, expected", [
    ("Café in York, open daily 8:30am–4pm.", [(WEEK, "08:30", "16:00")]),
    ("Barber in Leeds. Mon–Fri 9am-6pm, Sat 8am-2pm.", [(MON_FRI, "09:00", "18:00"), (["sat"], "08:00", "14:00")]),
    ("Open Tuesday to Sunday 10am-10pm", [(WEEK[1:], "10:00", "22:00")]),
    ("Hours: weekdays 7:30-15:00, weekends 9-14", [(MON_FRI, "07:30", "15:00"), (["sat", "sun"], "09:00", "14:00")]),
    ("Open every day from 9 to 5, closed Mondays", [(WEEK[1:], "09:00", "17:00")]),
    ("Praxis in Bonn. Mo-Fr 9-18 Uhr, Sa 9-13 Uhr.", [(MON_FRI, "09:00", "18:00"), (["sat"], "09:00", "13:00")]),
    ("Café in Wien, täglich 8-20 Uhr, montags Ruhetag", [(WEEK[1:], "08:00", "20:00")]),
    ("Abierto de lunes a viernes de 9 a 14 y de 17 a 20", [(MON_FRI, "09:00", "14:00"), (MON_FRI, "17:00", "20:00")]),
    ("Bar en Sevilla, todos los días de 12:00 a 24:00, cerrado los lunes", [(WEEK[1:], "12:00", "24:00")]),
    ("Ouvert du lundi au vendredi de 9h à 18h", [(MON_FRI, "09:00", "18:00")]),
    ("Boulangerie, ouverte tous les jours 7h-19h sauf le mercredi, fermé le mercredi", [(["mon", "tue", "thu", "fri", "sat", "sun"], "07:00", "19:00")]),
    ("Horário: de segunda a sexta das 8h às 18h", [(MON_FRI, "08:00", "18:00")]),
    ("Aperto dal lunedì al sabato dalle 9 alle 19, chiuso la domenica", [(WEEK[:6], "09:00", "19:00")]),
    ("Geopend ma t/m vr 9-17, za 10-16", [(MON_FRI, "09:00", "17:00"), (["sat"], "10:00", "16:00")]),
    ("Dagelijks open van 10.00 tot 18.00", [(WEEK, "10:00", "18:00")]),
    ("Öffnungszeiten: Mo.–Fr. 8.00–18.00 Uhr", [(MON_FRI, "08:00", "18:00")]),
    ("Brunch Sat/Sun 10-16", [(["sat", "sun"], "10:00", "16:00")]),
    ("Orari: lun-sab 9:00-13:00 e 15:30-19:30", [(WEEK[:6], "09:00", "13:00"), (WEEK[:6], "15:30", "19:30")]),
    ("Abierto L-V de 9 a 18", [(MON_FRI, "09:00", "18:00")]),
    ("Open Monday-Friday: 8 a.m. - 5 p.m.", [(MON_FRI, "08:00", "17:00")]),
    ("Open M-F 9-5, Mon, Wed, Fri evenings 18-21", [(MON_FRI, "09:00", "17:00"), (["mon", "wed", "fri"], "18:00", "21:00")]),
])
def test_hours(prompt, expected):
    assert hours(prompt) == expected


@pytest.mark.parametrize("prompt", [
    "Emergency plumber in Denver, 24/7, call (303) 555-0199",
    "Locksmith available around the clock in Leeds",
    "Schlüsseldienst Berlin, rund um die Uhr erreichbar",
    "Cerrajero en Madrid 24 horas",
    "Serrurier à Paris 24h/24, 7j/7",
    "Fabbro a Milano 24 ore su 24",
    "Slotenmaker in Utrecht, dag en nacht bereikbaar",
    "Gym in Leeds open 24/7, Mon-Fri 6am-10pm staffed",
    "Kea Backpackers in Queenstown: dorms, free breakfast and a 24-hour reception",
    "24h Notdienst für Heizung und Sanitär in Köln",
])
def test_open_24_7_is_a_constraint_without_hours(prompt):
    brief = extract_brief(prompt)
    assert brief.has("open_24_7") and brief.hours == [] and brief.hours_text == ""


@pytest.mark.parametrize("prompt, text", [
    ("Deli in Skokie. Closed Saturdays for Shabbat.", "Closed Saturdays for Shabbat"),
    ("Taberna en Madrid. Cerramos los lunes.", "Cerramos los lunes"),
    ("Grotto a Locarno. Aperto da marzo a novembre.", "Aperto da marzo a novembre"),
    ("Brewery taproom in Namur, open Thursday to Sunday", "open Thursday to Sunday"),
])
def test_unreadable_hours_stay_as_written(prompt, text):
    brief = extract_brief(prompt)
    assert brief.hours == [] and brief.hours_text == text


def test_hours_ahead_are_no_24_7():
    assert not extract_brief("Cakes to order in Leeds, 24 hours ahead please").has("open_24_7")


def test_no_hours_from_ages_prices_or_phone_numbers():
    brief = extract_brief("Coding camp for kids aged 9 to 14, $395 a week, call 519-555-0101")
    assert brief.hours == [] and brief.hours_text == ""
