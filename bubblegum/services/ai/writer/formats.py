"""Facts formatted for a language: lists, prices in the brief's currency, opening hours, slugs."""

from __future__ import annotations

import re

from bubblegum.services.ai.brief import DAYS, Brief, Offering
from bubblegum.services.ai.brief_parser.money import SYMBOL_OF
from bubblegum.services.ai.copy import fit

_COMMA_DECIMAL = {"de", "fr", "es", "it", "pt", "nl"}


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
    if currency in SYMBOL_OF:
        symbol = SYMBOL_OF[currency]
        return symbol + (" " if symbol[-1].isalpha() or symbol == "R$" else "") + number
    return f"{number} {currency}".strip()


def price_text(offering: Offering, brief: Brief, *, unit: bool = True) -> str:
    """The offering's price as given, in the brief's currency, with its unit; "" when none was given."""
    if offering.amount is not None and brief.currency:
        text = money(offering.amount, brief.currency, brief.language)
    else:
        text = offering.price
    if text and unit and offering.unit:
        text += " / " + offering.unit
    return text


def hours_rows(brief: Brief) -> list[dict]:
    """Rows for the opening-hours block in the brief's language: {"days", "hours"}; 24/7 is one
    row with no times; hours written as text are kept as written."""
    from bubblegum.render.i18n.hours import hours_rows as rows_for

    if brief.has("open_24_7"):
        return rows_for(brief.language, [{"days": list(DAYS), "opens": "00:00", "closes": "24:00"}])
    if brief.hours:
        return rows_for(brief.language, brief.hours)
    rows = [_split_row(part.strip()) for part in re.split(r"[;,]", brief.hours_text) if part.strip()]
    return rows[:14] if rows and all(rows) else []


def _split_row(text: str) -> dict | None:
    """ "Mo–Fr 7–18 Uhr" -> {"days": "Mo–Fr", "hours": "7–18 Uhr"}; None when it has no days and times."""
    match = re.match(r"^(\D{2,40}?)\s*:?\s+(\d.{0,59})$", text)
    return {"days": match.group(1), "hours": match.group(2)} if match else None


def hours_summary(brief: Brief, p: dict) -> str:
    """Opening hours as one phrase ("Mon–Fri 08:00–18:00, Sat–Sun closed"); "" if unknown."""
    if brief.has("open_24_7"):
        return p["open_24_7"]
    return ", ".join(f"{r['days']} {r['hours']}" for r in hours_rows(brief))


def page_title(name: str, *, kind: str = "", where: str = "", town: str = "", label: str = "") -> str:
    """A page title of at most 60 characters that never drops the name: "Name – kind in Town" for home,
    "Label | Name" for other pages, shortened by whole phrases (kind, then place), never cut mid-phrase."""
    kind = kind if kind.lower() != name.lower() else ""
    if label:
        options = [f"{label} | {name}"]
    else:
        options = [f"{name} – {kind} {where}" if kind and where else "", f"{name} – {kind}" if kind else "",
                   f"{name} – {town}" if town else ""]
    return next((t.strip() for t in options if t and len(t.strip()) <= 60), fit(name, 60))

