"""The writer's rules, held on hand-built briefs: faithful, nothing invented, their language,
the kind decides sections, sample content marked, and two of a kind differ."""

import json
import re

import pytest

from bubblegum.services.ai.validate import clean_site
from bubblegum.services.ai.writer import write_site
from tests.unit.ai.writer.conftest import BRIEFS, brief

INVENTED = re.compile(r"\d(?:[.,]\d)?\s*/\s*5\b|★|\bstars?\b|\d+\s*\+\s*(?:years|jahre|años|ans|anos|anni|jaar)|"
                      r"\b(?:since|seit|desde|depuis|dal|sinds)\s+\d{4}|\d[\d,.]*\+?\s+(?:happy|satisfied)\b|award|certified|"
                      r"guarantee|lorem|placeholder|sample|replace", re.I)
STOPWORDS = {"en": {"the", "and", "you", "we", "our", "with", "for"}, "de": {"und", "wir", "sie", "uns", "der", "die", "für"},
             "es": {"y", "los", "las", "el", "nuestro", "te", "para"}, "fr": {"et", "nous", "vous", "les", "des", "pour"},
             "pt": {"e", "os", "você", "nosso", "para", "com"}, "it": {"e", "di", "il", "siamo", "per", "da"},
             "nl": {"en", "het", "een", "we", "u", "voor", "bij"}}


SETTINGS = {"href", "src", "map_url", "icon", "tone", "style", "anchor", "height", "align", "image_side", "width"}


def texts(value) -> list[str]:
    if isinstance(value, str):
        return [] if value.startswith(("asset:", "http", "/", "#", "tel:", "mailto:")) else [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() if k not in SETTINGS for t in texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    return []


def blocks(site, slug=None):
    return [b for p in site["pages"] if slug is None or p["slug"] == slug for b in p["doc"]["content"]]


def page_text(site, slug=None) -> str:
    return " ".join(t for b in blocks(site, slug) for t in texts(b["props"]))


@pytest.fixture(scope="module")
def sites():
    return {key: clean_site(write_site(b)) for key, b in BRIEFS.items()}


@pytest.mark.parametrize("key", list(BRIEFS))
def test_valid_in_the_briefs_language_with_four_or_five_pages(sites, key):
    site = sites[key]
    assert site["site"]["language"] == BRIEFS[key].language
    assert 3 <= len(site["pages"]) <= 5
    assert site["pages"][0]["slug"] == ""


@pytest.mark.parametrize("key", [k for k in BRIEFS if BRIEFS[k].name])
def test_name_in_navigation_hero_titles_and_footer(sites, key):
    site, name = sites[key], BRIEFS[key].name
    hero = next(b for b in blocks(site, "") if b["type"].startswith("hero"))
    assert name in hero["props"]["title"] + hero["props"]["subtitle"]
    for page in site["pages"]:
        assert name in page["doc"]["root"]["title"]
        types = {b["type"]: b for b in page["doc"]["content"]}
        assert types["navbar"]["props"]["brand"] == name and types["footer"]["props"]["brand"] == name


@pytest.mark.parametrize("key", [k for k in BRIEFS if BRIEFS[k].phone])
def test_phone_in_contact_block_and_structured_data(sites, key):
    site, phone = sites[key], BRIEFS[key].phone
    assert site["site"]["business"]["phone"] == phone
    assert any(b["type"] == "contact_details" and b["props"]["phone"] == phone for b in blocks(site))


@pytest.mark.parametrize("key", list(BRIEFS))
def test_invents_no_facts_and_writes_no_placeholders(sites, key):
    text = " ".join(page_text(sites[key]).split())
    assert not INVENTED.search(text), INVENTED.search(text).group(0)
    assert not {b["type"] for b in blocks(sites[key])} & {"testimonials", "team", "stats", "quote", "logo_cloud"}


def test_24_7_shows_no_closing_times_or_weekday_ranges(sites):
    text = page_text(sites["plumber_en"])
    assert "open 24 hours, 7 days" in text.lower()
    assert not re.search(r"\d\s*(?:am|pm|:\d\d)\s*[–-]|Monday|Friday", text)
    assert sites["plumber_en"]["site"]["business"]["hours"][0]["closes"] == "24:00"


@pytest.mark.parametrize("key,prices", [("cafe_en", ["£8.50"]), ("plumber_en", ["$89"]), ("baeckerei_de", ["4,50 €", "2,80 €"]),
                                        ("yoga_es", ["12 € / clase"]), ("salon_pt", ["R$ 60,00"])])
def test_prices_exactly_as_given_in_the_briefs_currency(sites, key, prices):
    text = page_text(sites[key])
    for price in prices:
        assert price in text
    assert "$" not in text.replace("R$", "") or BRIEFS[key].currency == "USD"


@pytest.mark.parametrize("key", [k for k in BRIEFS if BRIEFS[k].language != "en"])
def test_home_is_written_in_the_briefs_language(sites, key):
    words = re.findall(r"[^\W\d_]+", page_text(sites[key], "").lower())
    lang = BRIEFS[key].language
    own = sum(w in STOPWORDS[lang] for w in words)
    assert own > 3 * sum(w in STOPWORDS["en"] for w in words)


def test_every_offering_shown_and_the_owners_words_used(sites):
    text = page_text(sites["baeckerei_de"])
    for name in ("Sauerteigbrot", "Zimtschnecken", "Torten", "alles vegan"):
        assert name in text.replace("Alles", "alles")


def test_kind_decides_sections_and_sample_content_is_marked(sites):
    saas = blocks(sites["saas_nl"])
    assert any(b["type"] == "pricing" and b.get("sample") for b in saas)
    assert any(b["type"] == "gallery" and b.get("sample") for b in blocks(sites["photo_fr"]))
    assert any(b["type"] == "menu" for b in blocks(sites["pizza_it"]))
    assert any(b["type"] == "opening_hours" for b in blocks(sites["pizza_it"]))
    assert not any(b.get("sample") for b in blocks(sites["pizza_it"]))


def test_no_name_means_no_invented_name():
    site = clean_site(write_site(BRIEFS["unnamed_en"]))
    assert site["site"]["name"] == "Dog grooming"


def test_pages_option_and_style_hint():
    one = clean_site(write_site(BRIEFS["cafe_en"], pages=1, style="dark"))
    assert len(one["pages"]) == 1 and one["site"]["theme"]["preset"] == "dark"
    assert any(b["type"] == "contact_form" for b in blocks(one))
    assert len(write_site(BRIEFS["plumber_en"], pages=6)["pages"]) == 5  # every page it has content for, no empty ones


def test_home_has_enough_real_words(sites):
    for key, site in sites.items():
        assert len(page_text(site, "").split()) >= 120, key


def trigrams(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def test_two_businesses_of_a_kind_get_different_sites():
    a = BRIEFS["cafe_en"]
    b = brief(**{**a.model_dump(), "prompt": "Crumb & Co, a gluten-free bakery café in Bath: sourdough, cakes and coffee.",
                 "name": "Crumb & Co", "town": "Bath", "kind": "gluten-free bakery café",
                 "offerings": [{"name": "Sourdough"}, {"name": "Cakes"}, {"name": "Coffee"}], "differentiators": ["baked every morning"]})
    sa, sb = write_site(a), write_site(b)
    x, y = trigrams(page_text(sa, "")), trigrams(page_text(sb, ""))
    assert len(x & y) / len(x | y) < 0.3
    layout = lambda s: ([b["type"] for b in blocks(s, "")], s["site"]["theme"]["preset"])  # noqa: E731
    assert layout(sa) != layout(sb)
    assert json.dumps(write_site(a)) == json.dumps(sa)  # the same description always gives the same site


def test_an_unnamed_business_is_not_addressed_by_its_kind_as_if_it_were_a_name():
    site = clean_site(write_site(brief(prompt="mudanzas", language="es", kind="mudanzas", category="trades")))
    text = page_text(site)
    assert "Bienvenidos a Mudanzas" not in text and "Pregunta a Mudanzas" not in text
    assert site["pages"][0]["doc"]["content"][0]["props"]["brand"] == "Mudanzas"


CATEGORIES = ["food", "shop", "online_shop", "trades", "health", "beauty", "fitness", "creative", "music", "professional",
              "software", "hospitality", "education", "events", "community", "pets", "automotive", "local_service"]


@pytest.mark.parametrize("language", list(STOPWORDS))
def test_every_kind_in_every_language_is_a_valid_faithful_site(language):
    for category in CATEGORIES:
        b = brief(prompt=f"Nova {category}, Porto. Alpha, Beta. Tel 0123 456 789.", language=language, name="Nova",
                  kind=category.replace("_", " "), category=category, town="Porto", phone="0123 456 789",
                  offerings=[{"name": "Alpha"}, {"name": "Beta", "price": "9", "amount": 9.0}], currency="EUR")
        site = clean_site(write_site(b))
        assert site["site"]["language"] == language and site["site"]["business"]["phone"] == "0123 456 789"
        text = page_text(site)
        assert "Nova" in page_text(site, "") and "Porto" in text and "Alpha" in text
        assert ("9 €" if language != "en" else "€9") in text, (language, category)
        assert not INVENTED.search(text), (language, category, INVENTED.search(text).group(0))


def test_a_hero_never_repeats_its_title_as_its_subtitle():
    site = write_site(brief(prompt="Tischlerei", language="de", kind="Tischlerei", category="trades"))
    hero = blocks(site, "")[1]["props"]
    assert hero["title"] == "Tischlerei" and hero["subtitle"].rstrip(".") != "Tischlerei"
