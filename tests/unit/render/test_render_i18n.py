"""Published pages write their fixed strings in the site's language: one table per language
with identical keys and placeholders, picked by ``site.language``."""

import string

import pytest
from markupsafe import escape

from bubblegum.blocks.registry import BLOCKS
from bubblegum.render import build_bundle, render_page
from bubblegum.render.i18n import LANGUAGES, phrase, strings
from bubblegum.render.renderer import render_form_result_page
from bubblegum.services.errors import InvalidInput, RateLimited
from bubblegum.services.publishing.forms import clean_submission, result_message

from conftest import nu_check

# a few strings per language, written out here so a wrong table entry or a missed template fails
EXPECTED = {
    "en": ["Skip to content", "Your name", "Email address", "Most popular", "Open in maps", "Rated 5 out of 5"],
    "de": ["Zum Inhalt springen", "Ihr Name", "E-Mail-Adresse", "Am beliebtesten", "In Karten öffnen",
           "Bewertet mit 5 von 5"],
    "es": ["Saltar al contenido", "Tu nombre", "Correo electrónico", "El más elegido", "Abrir en mapas",
           "Valoración: 5 de 5"],
    "fr": ["Aller au contenu", "Votre nom", "Adresse e-mail", "Le plus choisi", "Ouvrir dans Plans", "Noté 5 sur 5"],
    "pt": ["Ir para o conteúdo", "O seu nome", "Endereço de e-mail", "O mais escolhido", "Abrir no mapa",
           "Avaliação: 5 de 5"],
    "it": ["Vai al contenuto", "Il tuo nome", "Indirizzo email", "Il più scelto", "Apri nelle mappe",
           "Valutazione: 5 su 5"],
    "nl": ["Naar de inhoud", "Je naam", "E-mailadres", "Meest gekozen", "Openen in kaarten",
           "Beoordeeld met 5 van de 5"],
}
ENGLISH_ONLY = ["Skip to content", "Your name", "Most popular", "Open in maps", "Leave this field empty",
                "Page not found", "Rated 5 out of 5"]
EVERY_TYPE = [{"id": f"b_{name}", "type": name, "props": spec.example} for name, spec in BLOCKS.items()]


def _site(language, content=EVERY_TYPE):
    return {
        "format": "bubblegum.site", "schema_version": 1,
        "site": {"name": "Casa Rosa", "slug": "casa", "language": language, "theme": {"preset": "modern"}},
        "pages": [{"slug": "", "title": "Home", "doc": {"schema_version": 1, "root": {"title": "Home"},
                                                        "content": content}}],
    }


def _fields(text):
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def test_every_language_has_the_same_keys_and_placeholders():
    english = strings("en")
    for language in LANGUAGES:
        table = strings(language)
        assert set(table) == set(english), language
        for key, text in table.items():
            assert _fields(text) == _fields(english[key]), (language, key)
            assert text.strip(), (language, key)


def test_unknown_languages_fall_back_to_english_and_regions_use_their_language():
    assert strings("ja") is strings("en")
    assert strings("pt-BR") is strings("pt")
    assert phrase("de", "form_back", name="Casa Rosa") == "Zurück zu Casa Rosa"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_writes_its_fixed_strings_in_the_site_language(language):
    html = render_page(_site(language), "")
    assert f'<html lang="{language}"' in html
    for text in EXPECTED[language]:
        assert text in html, (language, text)
    if language != "en":
        for text in ENGLISH_ONLY:
            assert text not in html, (language, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_and_form_results_are_localised(language):
    bundle = build_bundle(_site(language, EVERY_TYPE[:1]), base_url="https://example.com/")
    not_found = bundle.files["404.html"].decode()
    assert f'<html lang="{language}"' in not_found
    assert escape(strings(language)["not_found_title"]) in not_found
    assert escape(phrase(language, "not_found_home", name="Casa Rosa")) in not_found
    ok = render_form_result_page(_site(language), True, result_message(language, "contact"))
    assert f'<html lang="{language}"' in ok
    assert escape(strings(language)["form_ok_title"]) in ok
    assert escape(strings(language)["form_sent_contact"]) in ok
    assert escape(phrase(language, "form_back", name="Casa Rosa")) in ok
    bad = render_form_result_page(_site(language), False, "x")
    assert escape(strings(language)["form_error_title"]) in bad


def test_form_problems_are_told_in_the_site_language():
    with pytest.raises(InvalidInput) as missing:
        clean_submission("contact", {"email": "a@example.com", "message": "Hallo"})
    assert result_message("de", "contact", missing.value) == "Ihr Name ist ein Pflichtfeld."
    with pytest.raises(InvalidInput) as bad_email:
        clean_submission("newsletter", {"email": "kein-email"})
    assert result_message("fr", "newsletter", bad_email.value) == "Veuillez saisir une adresse e-mail valide."
    with pytest.raises(InvalidInput) as too_long:
        clean_submission("contact", {"name": "x" * 101, "email": "a@example.com", "message": "Hola"})
    assert result_message("es", "contact", too_long.value) == \
        "El campo «Tu nombre» es demasiado largo (máximo 100 caracteres)."
    assert result_message("nl", "newsletter", RateLimited()).startswith("Te veel berichten")
    assert result_message("it", "newsletter") == "Grazie! Sei nella lista."


def test_comparison_understands_yes_and_no_in_the_site_language():
    block = {"id": "b_c", "type": "comparison", "props": {
        "columns": ["Wir", "Andere"], "rows": [{"feature": "Lieferung", "values": ["Ja", "Nein"]}]}}
    html = render_page(_site("de", [block]), "")
    assert "class=vh>Ja</span>" in html and "class=vh>Nein</span>" in html
    assert ">Ja</td>" not in html


def test_localised_pages_pass_nu(tmp_path):
    files = []
    for language in ("de", "fr"):
        bundle = build_bundle(_site(language), base_url="https://example.com/")
        for path in ("index.html", "404.html"):
            files.append(tmp_path / f"{language}-{path}")
            files[-1].write_bytes(bundle.files[path])
        files.append(tmp_path / f"{language}-form.html")
        files[-1].write_text(render_form_result_page(_site(language), False, result_message(language, "contact",
                                                                                          RateLimited())))
    assert nu_check(files) == {}


def test_a_reworded_string_changes_the_renderer_fingerprint(monkeypatch):
    from bubblegum.render.renderer import renderer_fingerprint

    before = renderer_fingerprint()
    renderer_fingerprint.cache_clear()
    monkeypatch.setitem(strings("nl"), "skip_link", "Direct naar de inhoud")
    try:
        assert renderer_fingerprint() != before
    finally:
        renderer_fingerprint.cache_clear()
