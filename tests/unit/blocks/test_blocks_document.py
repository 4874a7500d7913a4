"""Page and site documents: loading, upgrades and errors that name page/block/field."""

import copy
import json
from pathlib import Path

import pytest

from bubblegum.blocks.document import DocumentError, SiteDocument, load_page, load_site
from bubblegum.blocks.migrations import PAGE_VERSION, upgrade_page

SHOWCASE = Path(__file__).parents[3] / "examples" / "showcase.json"


def site():
    return json.loads(SHOWCASE.read_text())


def page(*blocks, title="T"):
    return {"schema_version": 1, "root": {"title": title}, "content": list(blocks)}


def test_showcase_loads_and_round_trips():
    s = load_site(site())
    assert isinstance(s, SiteDocument)
    assert s.pages[0].slug == ""
    dumped = json.loads(s.model_dump_json())
    again = load_site(dumped)
    assert again.model_dump() == s.model_dump()


def test_theme_round_trips():
    d = site()
    d["site"]["theme"] = {"preset": "warm", "primary": "#AA3300", "radius": "small"}
    s = load_site(d)
    assert s.site.theme.model_dump(exclude_none=True) == {"preset": "warm", "primary": "#aa3300", "radius": "small"}


def test_error_names_page_block_and_field():
    d = site()
    blk = d["pages"][1]["doc"]["content"][3]  # services page, pricing
    assert blk["type"] == "pricing"
    blk["props"]["tiers"][0]["price"] = "x" * 50
    with pytest.raises(DocumentError) as info:
        load_site(d)
    err = info.value
    assert (err.page, err.block, err.block_type, err.field) == ("services", blk["id"], "pricing", "tiers.0.price")
    assert "services" in str(err) and blk["id"] in str(err) and "tiers.0.price" in str(err)


def test_unknown_block_type():
    with pytest.raises(DocumentError) as info:
        load_page(page({"id": "b_1", "type": "marquee", "props": {}}), page="about")
    assert info.value.page == "about" and info.value.block == "b_1" and "marquee" in str(info.value)


def test_unknown_prop_is_an_error():
    with pytest.raises(DocumentError) as info:
        load_page(page({"id": "b_1", "type": "cta", "props": {"title": "x", "colour": "red"}}))
    assert info.value.field == "colour"


def test_duplicate_ids_and_anchors():
    b = {"id": "b_1", "type": "cta", "props": {"title": "x"}}
    with pytest.raises(DocumentError, match="duplicate block id"):
        load_page(page(b, dict(b)))
    a1 = {"id": "b_1", "type": "cta", "props": {"title": "x", "anchor": "go"}}
    a2 = {"id": "b_2", "type": "cta", "props": {"title": "y", "anchor": "go"}}
    with pytest.raises(DocumentError, match="anchor"):
        load_page(page(a1, a2))


def test_site_needs_home_page_and_unique_slugs():
    d = site()
    d["pages"] = d["pages"][1:]
    with pytest.raises(DocumentError, match="home page"):
        load_site(d)
    d = site()
    d["pages"][2]["slug"] = "services"
    with pytest.raises(DocumentError, match="slug"):
        load_site(d)


def test_index_slug_is_home():
    d = site()
    d["pages"][0]["slug"] = "index"
    assert load_site(d).pages[0].slug == ""


def test_bad_page_slug_named():
    d = site()
    d["pages"][2]["slug"] = "Bad Slug!"
    with pytest.raises(DocumentError) as info:
        load_site(d)
    assert info.value.field and "slug" in info.value.field


def test_upgrade_from_version_0():
    old = {"title": "Old page", "content": [{"id": "b_1", "type": "cta", "data": {"title": "Hi"}}]}
    before = copy.deepcopy(old)
    up = upgrade_page(old)
    assert old == before, "upgrades must not modify their input"
    assert up["schema_version"] == PAGE_VERSION
    doc = load_page(old)
    assert doc.root.title == "Old page"
    assert doc.content[0].props.title == "Hi"


def test_newer_version_refused():
    with pytest.raises(DocumentError, match="newer"):
        load_page({"schema_version": 99, "root": {"title": "x"}, "content": []})


def test_site_upgrade_from_version_0():
    d = site()
    del d["schema_version"]
    del d["format"]
    for p in d["pages"]:
        p["doc"].pop("schema_version")
    assert load_site(d).schema_version == 1


def test_og_image_values():
    assert load_page({"root": {"title": "x", "og_image": "auto"}, "schema_version": 1}).root.og_image == "auto"
    with pytest.raises(DocumentError):
        load_page({"root": {"title": "x", "og_image": "javascript:alert(1)"}, "schema_version": 1})


def test_props_cache_validates_repeated_blocks_once_and_still_refuses_bad_props():
    nav = {"id": "n", "type": "navbar", "props": site()["pages"][0]["doc"]["content"][0]["props"]}
    assert site()["pages"][0]["doc"]["content"][0]["type"] == "navbar"
    cache: dict = {}
    a = load_page(page(nav), props_cache=cache)
    b = load_page(page(copy.deepcopy(nav)), props_cache=cache)
    assert a.content[0].props is b.content[0].props  # validated once, shared
    assert a.model_dump() == load_page(page(nav)).model_dump()
    bad = copy.deepcopy(nav)
    bad["props"]["links"] = [{"label": "x", "href": "javascript:alert(1)"}]
    for _ in range(2):  # a refused block is never cached
        with pytest.raises(DocumentError) as err:
            load_page(page(bad), page="p", props_cache=cache)
        assert err.value.block == "n" and err.value.page == "p"
