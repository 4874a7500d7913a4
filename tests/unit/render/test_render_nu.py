"""Every block's example renders into a page with 0 errors from the W3C Nu HTML checker,
in publish and edit mode, and so does the whole showcase bundle (one vnu run)."""

import json

from bubblegum.blocks.registry import BLOCKS
from bubblegum.render import build_bundle, render_page
from bubblegum.render.renderer import render_form_result_page

from conftest import SHOWCASE, nu_check


def _site(content, title="Example"):
    return {
        "format": "bubblegum.site", "schema_version": 1,
        "site": {"name": "Example Co", "slug": "example", "language": "en", "theme": {"preset": "modern"}},
        "pages": [{"slug": "", "title": title, "doc": {"schema_version": 1, "root": {"title": title, "description": "d"}, "content": content}}],
    }


def test_every_block_and_bundle_passes_nu(tmp_path):
    files = {}
    for name, spec in BLOCKS.items():
        site = _site([{"id": f"b_{name}", "type": name, "props": spec.example}], title=spec.label)
        for mode in ("publish", "edit"):
            html = render_page(site, "", mode=mode)
            assert f'b-{name.replace("_", "-")}' in html
            assert ("data-block-id" in html) == (mode == "edit")
            path = tmp_path / f"{name}-{mode}.html"
            path.write_text(html)
            files[path.name] = path
    bundle = build_bundle(json.loads(SHOWCASE.read_text()), base_url="https://example.com/")
    for path, data in bundle.files.items():
        if path.endswith(".html"):
            p = tmp_path / ("bundle-" + path.replace("/", "_"))
            p.write_bytes(data)
            files[p.name] = p
    form = tmp_path / "form-result.html"
    form.write_text(render_form_result_page(_site([]), True, "Thanks, we'll reply soon."))
    files[form.name] = form
    errors = nu_check(list(files.values()))
    assert errors == {}, json.dumps(errors, indent=1)
