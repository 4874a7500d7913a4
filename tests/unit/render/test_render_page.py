"""The renderer: one code path for canvas and bundle, markers only in edit mode."""

import re


from bubblegum.blocks.document import load_site
from bubblegum.render import render_block, render_page
from bubblegum.render.renderer import SiteRenderer, render_form_result_page


def test_edit_mode_differs_only_by_markers_css_and_script_publish_by_the_beacon(showcase):
    site = load_site(showcase)
    pub = render_page(site, "services", base_url="https://ex.com/")
    edit = render_page(site, "services", mode="edit", base_url="https://ex.com/")
    assert "data-block-id" not in pub and "<script>" not in pub.replace('<script type="application/ld+json">', "")
    assert pub.count('<script data-e="/_bg/view">') == 1 and "_bg/view" not in edit
    assert '<noscript><img src="/_bg/view?p=/services/"' in pub
    ids = [b.id for b in site.page("services").doc.content]
    for bid in ids:
        assert f'data-block-id="{bid}"' in edit
    strip = lambda h: re.sub(r"<style>.*?</style>|<script( data-e=\"[^\"]*\")?>.*?</script>(<noscript>.*?</noscript>)?\n?", "", re.sub(r' data-block-id="[^"]*"', "", h))
    assert strip(pub) == strip(edit)


def test_render_block_matches_page_fragment(showcase):
    site = load_site(showcase)
    page = site.page("services")
    full = render_page(site, page, mode="edit")
    for block in page.doc.content:
        html = render_block(site, block, page=page, mode="edit")
        assert html.startswith("<")
        assert f'data-block-id="{block.id}"' in html
        assert html in full


def test_heading_order(showcase):
    site = load_site(showcase)
    home = render_page(site, "")
    assert home.count("<h1") == 1
    levels = [int(x) for x in re.findall(r"<h([1-6])", home)]
    for a, b in zip(levels, levels[1:]):
        assert b <= a + 1, levels
    about = render_page(site, "about")  # no hero: first section title is promoted to h1
    assert about.count("<h1") == 1


def test_links_and_assets_follow_base_path(showcase):
    site = load_site(showcase)
    html = render_page(site, "", base_url="http://localhost:3000/sites/harbor-pine/")
    assert 'href="/sites/harbor-pine/about/"' in html
    assert 'action="/sites/harbor-pine/_forms/' not in html  # no form on home
    contact = render_page(site, "contact", base_url="http://localhost:3000/sites/harbor-pine/")
    assert 'action="/sites/harbor-pine/_forms/contact"' in contact
    assert 'src="/sites/harbor-pine/_assets/' in render_page(site, "about", base_url="http://localhost:3000/sites/harbor-pine/")
    assert '<link rel="canonical" href="http://localhost:3000/sites/harbor-pine/contact/">' in contact
    sub = render_page(site, "contact", base_url="http://harbor-pine.localhost:3000/")
    assert 'action="/_forms/contact"' in sub
    custom = render_page(site, "contact", form_action="https://forms.example/{kind}")
    assert 'action="https://forms.example/contact"' in custom


def test_forms_have_honeypot_labels_and_limits(showcase):
    site = load_site(showcase)
    html = render_page(site, "contact")
    hp = re.search(r"<input[^>]*_hp[^>]*>", html).group(0)
    assert "tabindex=-1" in hp.replace('"', "") and "autocomplete=off" in hp.replace('"', "")
    assert re.search(r'<label for="([^"]+)-hp">', html)
    for field in ("name", "email", "message"):
        assert re.search(rf'name="?{field}"?[ >][^>]*required|required[^>]*name="?{field}"?[ >]', html), field
    assert "maxlength=5000" in html.replace('"', "")


def test_text_is_escaped(showcase):
    showcase["pages"][0]["doc"]["content"][1]["props"]["title"] = '<script>alert("x")</script>'
    showcase["site"]["name"] = "</script><script>alert(1)</script>"
    html = render_page(showcase, "")
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "</" not in ld and "<" not in ld


def test_jsonld_local_business(showcase):
    import json

    html = render_page(showcase, "", base_url="https://ex.com/")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "HomeAndConstructionBusiness"
    assert data["address"]["addressLocality"] == "Portsmouth"
    assert data["openingHoursSpecification"][0]["dayOfWeek"][0] == "Monday"
    assert data["url"] == "https://ex.com/"


def test_images_have_dimensions_and_srcset(showcase):
    html = render_page(showcase, "about")
    imgs = re.findall(r"<img [^>]*>", html)
    assert imgs
    for tag in imgs:
        assert "width=" in tag and "height=" in tag and "alt=" in tag, tag
    assert any("srcset=" in t and "sizes=" in t for t in imgs)


def test_custom_image_resolver(showcase):
    from bubblegum.render.assets import ResolvedImage

    seen = []

    def resolver(src):
        seen.append(src)
        return ResolvedImage(src="https://cdn.example/x.webp", width=10, height=5,
                             srcset=(("https://cdn.example/x-5.webp", 5), ("https://cdn.example/x.webp", 10)))

    html = render_page(showcase, "about", image_resolver=resolver)
    assert seen and "https://cdn.example/x-5.webp 5w" in html


def test_video_is_a_facade_without_third_party_requests(showcase):
    html = render_page(showcase, "about")
    seg = html[html.index("b-video"):]
    seg = seg[: seg.index("</section>")]
    assert "<iframe" not in seg and "youtube.com/embed" not in seg
    for src in re.findall(r'src="([^"]+)"', seg):
        assert src.startswith("/"), src


def test_form_result_page(showcase):
    ok = render_form_result_page(showcase, True, "We got your message.", base_url="http://localhost:3000/sites/harbor-pine/")
    assert "Thank you" in ok and "We got your message." in ok and 'href="/sites/harbor-pine/"' in ok
    bad = render_form_result_page(showcase, False, "<b>oops</b>")
    assert "Something went wrong" in bad and "&lt;b&gt;oops" in bad


def test_not_found_page(showcase):
    r = SiteRenderer(load_site(showcase))
    html = r.render_not_found()
    assert "Page not found" in html
    # served with status 404, which keeps it out of search results: no canonical URL, and no
    # noindex either (Lighthouse would count the page as blocked from crawling)
    assert 'rel="canonical"' not in html and 'name="robots"' not in html
    assert "b-navbar" in html and "b-footer" in html


def test_page_weight_budget(showcase):
    for p in showcase["pages"]:
        assert len(render_page(showcase, p["slug"]).encode()) < 30_000, p["slug"]


def test_more_than_three_links_fold_into_a_menu_without_javascript(showcase):
    import copy

    site = copy.deepcopy(showcase)
    navbar = next(b for b in site["pages"][0]["doc"]["content"] if b["type"] == "navbar")
    navbar["props"]["links"] = [{"label": f"Page {n}", "href": f"/p{n}"} for n in range(4)]
    html = render_page(load_site(site), "")
    assert re.search(r'<details class="?fold"?><summary>Menu</summary><nav aria-label="?Main"?>', html)
    assert 'class="inline"' in html or "class=inline" in html  # the same links inline from 768 px
    navbar["props"]["links"] = navbar["props"]["links"][:3]
    assert "<details" not in render_page(load_site(site), "")


def test_long_words_wrap_instead_of_widening_the_page(showcase):
    html = render_page(load_site(showcase), "")
    assert "overflow-wrap:anywhere" in html
