"""Facts formatted for a language: lists, prices in the brief's currency, opening hours, slugs."""

from __future__ import annotations

import re
import unicodedata

from bubblegum.services.ai.brief import DAYS, Brief, Offering

_SYMBOL_FIRST = {"USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "MXN": "$", "GBP": "£", "INR": "₹", "JPY": "¥",
                 "BRL": "R$ ", "CHF": "CHF ", "ZAR": "R "}
_COMMA_DECIMAL = {"de", "fr", "es", "it", "pt", "nl"}
_TWELVE_HOUR = {"US", "CA", "AU", "NZ", "PH", "IN", ""}  # English sites: 12-hour clock unless the country uses 24


def join_list(items: list[str], and_word: str) -> str:
    items = [i for i in items if i]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {and_word} " + items[-1]


def money(amount: float, currency: str, language: str) -> str:
    """``amount`` written the way the language writes prices: "$89", "£8.50", "12,50 €", "R$ 25,00", "CHF 30"."""
    decimals = 2 if currency == "BRL" or amount != int(amount) else 0
    number = f"{amount:,.{decimals}f}"
    if language in _COMMA_DECIMAL:
        number = number.replace(",", " ").replace(".", ",").replace(" ", ".")
    if currency == "EUR":
        return f"€{number}" if language == "en" else f"{number} €"
    if currency in _SYMBOL_FIRST:
        return _SYMBOL_FIRST[currency] + number
    return f"{number} {currency}".strip()


def price_text(offering: Offering, brief: Brief, per: str = " / ") -> str:
    """The offering's price as given, in the brief's currency, with its unit; "" when none was given."""
    if offering.amount is not None and brief.currency:
        text = money(offering.amount, brief.currency, brief.language)
    else:
        text = offering.price
    if text and offering.unit:
        text += per + offering.unit
    return text


def clock(hhmm: str, language: str, country: str) -> str:
    hour, minute = (int(x) for x in hhmm.split(":"))
    if language == "en" and country in _TWELVE_HOUR:
        suffix = "am" if hour < 12 or hour == 24 else "pm"
        h = hour % 12 or 12
        return f"{h}:{minute:02d} {suffix}" if minute else f"{h} {suffix}"
    return f"{hour}:{minute:02d}"


def _day_span(days: list[str], names: list[str]) -> str:
    idx = sorted(DAYS.index(d) for d in days)
    if len(idx) == 7:
        return ""
    if len(idx) >= 3 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{names[idx[0]]} – {names[idx[-1]]}"
    return ", ".join(names[i] for i in idx)


def hours_rows(brief: Brief, p: dict) -> list[dict]:
    """Rows for the opening-hours block: {"days", "hours"}; 24/7 is one row and no times."""
    if brief.has("open_24_7"):
        return [{"days": p["every_day"], "hours": p["open_24h"]}]
    rows = []
    for stretch in brief.hours:
        span = _day_span(stretch.days, p["days"]) or p["every_day"]
        times = f"{clock(stretch.opens, brief.language, brief.country)} – {clock(stretch.closes, brief.language, brief.country)}"
        rows.append({"days": span[:40], "hours": times})
    if not rows and brief.hours_text:  # as written, in pieces that fit a row
        rows = [{"days": part.strip()[:40], "hours": ""} for part in re.split(r"[;,]", brief.hours_text) if part.strip()][:14]
    return rows


def hours_summary(brief: Brief, p: dict) -> str:
    """Opening hours as one phrase ("Monday – Friday 8 am – 4 pm, Saturday 9 am – 1 pm"); "" if unknown."""
    if brief.has("open_24_7"):
        return p["open_24_7"]
    parts = [f"{r['days']} {r['hours']}".strip() for r in hours_rows(brief, p)]
    text = ", ".join(parts)
    return text[:1].lower() + text[1:] if text.startswith(p["every_day"]) else text


def slugify(text: str, limit: int = 60) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("&", " and ")).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].strip("-") or "page"
