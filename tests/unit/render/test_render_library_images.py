"""Library photos (``asset:library/<key>``) are published as hashed files with srcset, a
bundle carries only those its pages use, and a page credits the photos whose licence asks."""

import copy
import re

from bubblegum.render import build_bundle, render_page
from bubblegum.render.assets import collection_index


def test_bundle_carries_exactly_the_library_files_a_page_uses_and_credits_them(showcase):
    site = copy.deepcopy(showcase)
    home = next(page for page in site["pages"] if page["slug"] == "")
    home["doc"]["content"].append({"id": "b_libimg", "type": "image",
                                   "props": {"image": {"src": "asset:library/mountain-trail", "alt": "Trail"}}})
    bundle = build_bundle(site, base_url="https://ex.com/")
    shipped = [path for path in bundle.files if re.match(r"_assets/mountain-trail-\d+\.[0-9a-f]+\.webp$", path)]
    assert len(shipped) == len(collection_index("library")["mountain-trail"]["variants"])
    assert not any(path.startswith("_assets/espresso-") for path in bundle.files)
    html = bundle.files["index.html"].decode()
    assert 'srcset="/_assets/mountain-trail-480.' in html and 'width="1600" height="1067"' in html
    assert "Photo: Aitzol Berasategi, " in html and 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    about = render_page(site, "about")
    assert "photo-credits" not in about
