"""Prices as written ("$89", "12,50 €", "R$ 25", "CHF 30") and the currency they are in.

An explicit symbol or code wins; "$" alone is the country's dollar (CAD, AUD, NZD, MXN…)
or USD; then the country's currency; else "" (never a guess).
"""

from __future__ import annotations

import re

from bubblegum.services.ai.brief_parser.places import currency_of

_BEFORE = r"(?:R\$|US\$|C\$|CA\$|A\$|AU\$|NZ\$|MX\$|S\$|HK\$|\$|€|£|₹|¥|CHF|Fr\.|EUR|USD|GBP|CAD|AUD|NZD|INR|BRL|MXN|ZAR|JPY|Rs\.?|R(?=\s?\d))"
_AFTER = r"(?:€|£|\$|CHF|Fr\.|EUR|USD|GBP|CAD|AUD|NZD|BRL|MXN|INR|ZAR|euros?|Euro|dollars?|pounds?|reais|rupees|rand|kr|zł|Franken|francs?)"
_NUMBER = r"\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
PRICE = re.compile(rf"(?<![\w$])(?:{_BEFORE})\s?(?:{_NUMBER})(?:,-|\.-)?(?!\d)|(?<![\w.,])(?:{_NUMBER})\s?{_AFTER}(?!\w)")
_CODES = {"R$": "BRL", "US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "MX$": "MXN",
          "S$": "SGD", "HK$": "HKD", "€": "EUR", "£": "GBP", "₹": "INR", "RS": "INR", "RS.": "INR", "CHF": "CHF",
          "FR.": "CHF", "FRANKEN": "CHF", "EURO": "EUR", "EUROS": "EUR", "DOLLAR": "USD", "DOLLARS": "USD", "POUND": "GBP",
          "POUNDS": "GBP", "REAIS": "BRL", "RUPEES": "INR", "RAND": "ZAR"}
# how a price in each currency is written before its amount
SYMBOL_OF = {"USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "MXN": "$", "SGD": "S$", "HKD": "HK$", "ARS": "$",
             "CLP": "$", "COP": "$", "GBP": "£", "EUR": "€", "INR": "₹", "JPY": "¥", "BRL": "R$", "ZAR": "R",
             "CHF": "CHF ", "PEN": "S/ ", "DKK": "kr ", "SEK": "kr ", "NOK": "kr ", "PLN": "zł ", "CZK": "Kč ",
             "AED": "AED "}
_DOLLAR_COUNTRIES = {"CA", "AU", "NZ", "MX", "SG", "HK", "AR", "CL", "CO"}


def parse_amount(price: str) -> float | None:
    """The number in a written price: "1,400" -> 1400, "24,90" -> 24.9, "1.234,56" -> 1234.56."""
    m = re.search(r"\d[\d.,\s]*", price)
    if not m:
        return None
    number = m.group(0).strip().replace(" ", "").rstrip(".,")
    if "," in number and "." in number:
        decimal = max(number.rfind(","), number.rfind("."))
        number = re.sub(r"[.,]", "", number[:decimal]) + "." + number[decimal + 1:]
    elif "," in number or "." in number:
        sep = "," if "," in number else "."
        head, _, tail = number.rpartition(sep)
        number = re.sub(r"[.,]", "", head) + ("" if len(tail) == 3 else ".") + tail
    try:
        return float(number)
    except ValueError:
        return None


def _code_of(price: str, country: str) -> str:
    symbol = re.sub(r"[\d.,\s-]", "", price).upper()
    if symbol in {"$", "DOLLAR", "DOLLARS"}:
        native = currency_of(country)
        return native if country in _DOLLAR_COUNTRIES and native else "USD"
    if symbol == "R":
        return "ZAR"
    if symbol == "¥":
        return "CNY" if country == "CN" else "JPY"
    if symbol in {"KR"}:
        return currency_of(country) if country in {"DK", "SE", "NO"} else ""
    if symbol == "ZŁ":
        return "PLN"
    if re.fullmatch(r"[A-Z]{3}", symbol):
        return symbol
    return _CODES.get(symbol, "")


def find_currency(text: str, country: str = "") -> str:
    for m in PRICE.finditer(text):
        code = _code_of(m.group(0), country)
        if code == "ZAR" and country and country != "ZA":
            continue  # "R 25" means rand only in South Africa
        if code:
            return code
    return currency_of(country)
