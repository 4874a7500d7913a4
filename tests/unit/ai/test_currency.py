"""Prices in the currency the prompt implies, and bare amounts when nothing says."""

from __future__ import annotations

import pytest

from bubblegum.services.ai.analysis import analyse_prompt
from bubblegum.services.ai.currency import find_currency, in_currency


@pytest.mark.parametrize("prompt, town, category, symbol", [
    ("Cakes from £3, made in Bath", "Bath", "food", "£"),      # a written symbol wins
    ("Prices in euros please", "", "food", "€"),                # then a currency's name
    ("A yoga studio", "Leeds", "wellness", "£"),                 # then the town
    ("A deli in New York City", "New York City", "food", "$"),   # two-word places
    ("A dentist in the U.K.", "", "health", "£"),
    ("Tapas bar in Madrid", "Madrid", "food", "€"),
    ("Invoicing software for freelancers", "", "tech", "$"),     # software: dollars by convention
    ("A barber shop", "", "beauty", ""),                         # nothing says: no guess
    ("Solar panels installed", "Arizona", "trades", "$"),        # a US state
    ("A nice cafe for readers", "", "food", ""),                 # "Nice" and "Reading" only as the town
    ("A tea room in Bath", "Bath", "food", "£"),
])
def test_find_currency(prompt, town, category, symbol):
    assert find_currency(prompt, town, category) == symbol


@pytest.mark.parametrize("amount, symbol, shown", [
    ("16", "£", "£16"), ("from 45", "€", "from €45"), ("5.50", "€", "€5.50"), ("0", "$", "$0"),
    ("on request", "£", "on request"), ("16", "", "16"), ("1.2% incl. tax", "£", "1.2% incl. tax"),
    ("from 1,500 per month", "£", "from £1,500 per month"),
])
def test_in_currency(amount, symbol, shown):
    assert in_currency(amount, symbol) == shown


def test_generated_prices_carry_the_currency():
    from bubblegum.services.ai.offline import OfflineProvider

    assert analyse_prompt("A yoga studio in Leeds with evening classes").currency == "£"
    site = OfflineProvider().generate_site("A yoga studio in Leeds with evening classes")
    prices = [tier["price"] for page in site["pages"] for block in page["doc"]["content"]
              if block["type"] == "pricing" for tier in block["props"]["tiers"]]
    assert prices and all(p.startswith("£") or not any(c.isdigit() for c in p) for p in prices)
