"""Opening hours as table rows in the site's language, for the ``opening_hours`` block:

    hours_rows("de", [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:00", "closes": "18:00"}])
    # [{"days": "Mo–Fr", "hours": "08:00–18:00"}, {"days": "Sa–So", "hours": "Geschlossen"}]

Days with the same hours in a row share one row; days no span names are closed; 00:00–24:00
is "open 24 hours". Spans are dicts or objects with ``days`` (mon…sun, or Mo…Su as in
``Business.hours``), ``opens`` and ``closes`` (HH:MM).
"""

from __future__ import annotations

from typing import Any

from bubblegum.render.i18n import strings

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = {day[:2]: day for day in DAYS}  # the brief's "mon" and the site document's "Mo" alike


def _field(span: Any, name: str) -> Any:
    return span[name] if isinstance(span, dict) else getattr(span, name)


def _day_hours(spans: list[Any], text: dict[str, str]) -> list[str]:
    """Each day's hours as text (several spans on one day are joined: 09:00–12:00, 14:00–18:00)."""
    per_day: dict[str, list[tuple[str, str]]] = {day: [] for day in DAYS}
    for span in spans:
        for day in _field(span, "days"):
            per_day[_DAY[day.lower()[:2]]].append((_field(span, "opens"), _field(span, "closes")))
    out = []
    for day in DAYS:
        times = sorted(per_day[day])
        if not times:
            out.append(text["closed"])
        elif times == [("00:00", "24:00")]:
            out.append(text["open_24h"])
        else:
            out.append(", ".join(f"{opens}–{closes}" for opens, closes in times))
    return out


def hours_rows(language: str, spans: list[Any]) -> list[dict[str, str]]:
    """Rows (``days``, ``hours``) for the week, Monday first, in ``language``."""
    text = strings(language)
    hours = _day_hours(spans, text)
    rows: list[dict[str, str]] = []
    start = 0
    for i in range(1, len(DAYS) + 1):
        if i < len(DAYS) and hours[i] == hours[start]:
            continue
        first, last = text[f"day_{DAYS[start]}"], text[f"day_{DAYS[i - 1]}"]
        rows.append({"days": first if start == i - 1 else f"{first}–{last}", "hours": hours[start]})
        start = i
    return rows
