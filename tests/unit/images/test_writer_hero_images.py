"""Common kinds of business get a hero photo that shows their trade, not a wallpaper:
the writer's subject words (kind, offerings, category) meet the library's tags."""

import pytest

from bubblegum.render.assets import collection_index
from bubblegum.services.ai.brief import Brief, Offering
from bubblegum.services.ai.writer.images import pick_images, subjects

CASES = [  # kind, category, offerings, subjects one of which the hero must be tagged with
    ("family Italian restaurant", "food", ["Handmade pasta", "Wood-fired pizza"], {"restaurant", "kitchen", "chef"}),
    ("plumber", "trades", ["Boiler repair", "Emergency call-outs"], {"plumber", "tools", "handyman"}),
    ("hair salon", "beauty", ["Cut and blow-dry", "Colour"], {"hair salon", "hairdresser", "hair"}),
    ("invoicing software", "software", ["Starter plan", "Team plan"], {"software", "saas", "laptop", "code"}),
    ("yoga studio", "fitness", ["Morning flow", "Beginners' course"], {"yoga", "meditation"}),
    ("wedding photographer", "creative", ["Full-day coverage", "Engagement shoot"], {"photographer", "photography"}),
    ("bakery", "food", ["Sourdough", "Croissants"], {"bakery", "croissant", "bread", "pastry"}),
    ("coffee shop", "food", ["Espresso", "Flat white"], {"coffee", "cafe", "coffee shop"}),
    ("guitar teacher", "music", ["Guitar lessons"], {"guitar", "music"}),
    ("car repair garage", "automotive", ["MOT", "Servicing"], {"car", "garage", "mechanic"}),
    ("accountant", "professional", ["Tax returns", "Bookkeeping"], {"office", "accountant", "consulting"}),
]


@pytest.mark.parametrize("kind,category,offerings,fitting", CASES, ids=[c[0] for c in CASES])
def test_hero_shows_the_trade(kind, category, offerings, fitting):
    brief = Brief(prompt=kind, kind=kind, category=category, offerings=[Offering(name=o) for o in offerings])
    index = collection_index("library")
    for seed in range(5):
        key = pick_images(brief, 1, seed)[0]["src"].removeprefix("asset:library/")
        assert set(index[key]["subjects"]) & fitting, (kind, seed, key)


def test_several_fitting_photos_per_common_category():
    index = collection_index("library")
    for subjects in [{"restaurant", "cafe"}, {"tools"}, {"salon"}, {"software", "laptop"}, {"office"},
                     {"music"}, {"photographer", "studio"}, {"hotel"}, {"shop"}]:
        assert sum(bool(set(e["subjects"]) & subjects) for e in index.values()) >= 2, subjects


def test_filler_words_are_not_subjects():
    brief = Brief(prompt="x", kind="heating engineer", category="trades",
                  offerings=[Offering(name="Furnace and AC repair"), Offering(name="Service plans")])
    words = subjects(brief)
    assert words[:3] == ["heating", "engineer", "furnace"] and not {"and", "service", "plans"} & set(words)
