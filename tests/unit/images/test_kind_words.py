"""Kinds of business named in another language still get subjects the library knows."""

from bubblegum.render.assets import collection_index
from bubblegum.services.ai.brief import Brief
from bubblegum.services.ai.writer.images import pick_images, subjects
from bubblegum.services.ai.writer.kind_words import english_subjects


def test_known_kind_words_and_compounds():
    assert english_subjects("pizzeria") == ["pizza", "restaurant"]
    assert english_subjects("Peluquería Ana") == ["hair salon"]
    assert english_subjects("Friseursalon") == ["hair salon"]  # first part of a compound
    assert english_subjects("koffiebranderij") == ["roaster", "coffee"]  # last part
    assert english_subjects("bar de tapas") == ["restaurant", "bar"]  # plural folded
    assert english_subjects("Sucrerie du Rang 4") == []


def test_foreign_kind_gets_a_fitting_hero_before_its_category():
    index = collection_index("library")
    for kind, language, category, fitting in [("Friseur", "de", "beauty", {"hair salon"}),
                                              ("koffiebranderij", "nl", "food", {"coffee"}),
                                              ("fotógrafa de bodas", "es", "creative", {"photographer"})]:
        brief = Brief(prompt=kind, kind=kind, language=language, category=category)
        assert subjects(brief)[0] in {"hair salon", "roaster", "photographer"}
        key = pick_images(brief, 1, 3)[0]["src"].removeprefix("asset:library/")
        assert set(index[key]["subjects"]) & fitting, (kind, key)
