"""Opening hours as rows in the site's language: grouped days, closed days, open 24 hours."""

from bubblegum.blocks.ops import insert_block
from bubblegum.render import render_page
from bubblegum.render.i18n.hours import hours_rows

WEEKDAYS = {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:00", "closes": "18:00"}


def test_weekdays_grouped_and_the_weekend_closed_in_german():
    assert hours_rows("de", [WEEKDAYS]) == [{"days": "Mo–Fr", "hours": "08:00–18:00"},
                                            {"days": "Sa–So", "hours": "Geschlossen"}]


def test_split_days_and_single_days_in_spanish():
    spans = [WEEKDAYS, {"days": ["sat"], "opens": "09:00", "closes": "13:00"},
             {"days": ["sat"], "opens": "16:00", "closes": "19:00"}]
    assert hours_rows("es", spans) == [{"days": "Lun–Vie", "hours": "08:00–18:00"},
                                       {"days": "Sáb", "hours": "09:00–13:00, 16:00–19:00"},
                                       {"days": "Dom", "hours": "Cerrado"}]


def test_always_open_reads_as_24_hours_and_document_day_codes_work():
    every_day = {"days": ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"], "opens": "00:00", "closes": "24:00"}
    assert hours_rows("en", [every_day]) == [{"days": "Mon–Sun", "hours": "Open 24 hours"}]
    assert hours_rows("fr", [every_day]) == [{"days": "Lun–Dim", "hours": "Ouvert 24 h/24"}]


def test_rows_fit_the_opening_hours_block():
    doc = {"schema_version": 1, "root": {"title": "Uren"}, "content": []}
    doc = insert_block(doc, "opening_hours", props={"title": "Openingstijden", "rows": hours_rows("nl", [WEEKDAYS])})
    site = {"format": "bubblegum.site", "schema_version": 1,
            "site": {"name": "Bakkerij", "slug": "bakkerij", "language": "nl"},
            "pages": [{"slug": "", "title": "Home", "doc": doc}]}
    html = render_page(site, "")
    assert "Ma–Vr" in html and "Gesloten" in html
