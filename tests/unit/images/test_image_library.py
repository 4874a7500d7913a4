"""The shipped image library: real photos chosen by subject, deterministic, with licence
and alt text per photo."""

from bubblegum.render.assets import COLLECTIONS, collection_index
from bubblegum.services.images.library import LibraryProvider, choose

KINDS = [["bakery", "bread", "food"], ["plumber", "tools", "trades"], ["photographer", "camera"],
         ["software", "laptop", "office"], ["yoga"], ["hair salon"], ["hotel room"], ["pizza", "restaurant"],
         ["coffee", "café"], ["dentist"], ["gym"], ["boat"], ["ski"], ["garden"], ["dog"]]


def _key(image: dict) -> str:
    return image["src"].removeprefix("asset:library/")


def test_every_entry_is_shipped_with_licence_alt_and_subjects():
    index = collection_index("library")
    assert len(index) >= 40
    licences = (COLLECTIONS["library"] / "LICENSES.md").read_text()
    for key, entry in index.items():
        assert entry["alt"] and entry["subjects"] and entry["author"] and entry["licence_url"].startswith("https://")
        assert key in licences
        assert len({name for name, _, _ in entry["variants"]}) == len(entry["variants"])
        for name, width, height in entry["variants"]:
            assert (COLLECTIONS["library"] / name).is_file() and abs(width / height - 1.5) < 0.02


def test_subjects_pick_fitting_photos_with_their_own_alt_text():
    index = collection_index("library")
    assert _key(choose(["photographer", "camera"], 1, 7)[0]) in {"photographer-tripod", "vintage-cameras"}
    assert _key(choose(["boat"], 1, 7)[0]) == "rowing-boats-lake"
    assert _key(choose(["dog"], 1, 7)[0]) == "spaniels-window"
    assert "cafe" in index[_key(choose(["Cafés"], 1, 7)[0])]["subjects"]  # accents, case and plural folded
    assert "plumber" in index[_key(choose(["plumber", "tools", "trades"], 1, 3)[0])]["subjects"]
    assert "flower" in index[_key(choose(["florists"], 1, 3)[0])]["subjects"]  # plural folded
    for image in choose(["bakery", "bread", "food"], 6, 11):
        assert image["alt"] == index[_key(image)]["alt"]


def test_unknown_business_falls_back_to_general_subjects():
    chosen = choose(["dentist"], 3, 5)
    subjects = {s for image in chosen for s in collection_index("library")[_key(image)]["subjects"]}
    assert subjects & {"calm", "interior"}
    assert len(choose(["xylophone repair"], 4, 1)) == 4


def test_same_business_same_images_and_different_kinds_different_heroes():
    assert choose(["garden"], 5, 42) == choose(["garden"], 5, 42)
    assert choose(["garden"], 5, 42) != choose(["garden"], 5, 43)
    heroes = [_key(choose(kind, 1, 1)[0]) for kind in KINDS]
    assert len(set(heroes)) >= len(KINDS) - 3, heroes
    for kind in KINDS:
        keys = [_key(image) for image in choose(kind, 8, 2)]
        assert len(keys) == len(set(keys)) == 8


def test_library_search_finds_by_subject_and_pages():
    provider = LibraryProvider()
    flowers = provider.search("flower", count=3, page=1)
    more = provider.search("flower", count=3, page=2)
    assert len(flowers) == 3 and not {r.id for r in flowers} & {r.id for r in more}
    assert all(r.id.startswith("asset:library/") and r.preview_url.startswith("/api/canvas/_assets/") for r in flowers)
    assert provider.search("zzzz nothing") == []
