"""The beacon on published pages and its endpoint: allowed by the page's CSP, counted once per
view, only its fields, bots and prefetches not counted, cross-site posts and big bodies refused."""

from __future__ import annotations

import re

from bubblegum.render.scripts import BEACON_SCRIPT, csp_hash

from .conftest import IPHONE, beacon, client_at, flushed_views, host


def test_published_page_carries_the_beacon_allowed_by_hash(published, site_client):
    page = site_client.get("/about/", headers=host())
    [(endpoint, script)] = re.findall(r'<script data-e="([^"]+)">(.*?)</script>', page.text)
    assert endpoint == "/_bg/view" and script == BEACON_SCRIPT
    assert len(script.encode()) <= 600
    assert csp_hash(script) in page.headers["content-security-policy"]
    assert "sendBeacon" in script and "cookie" not in script and "Storage" not in script
    assert "/_bg/" in site_client.get("/robots.txt", headers=host()).text


def test_a_view_is_counted_once_with_only_what_the_beacon_sent(published):
    client = client_at("203.0.113.9")
    answer = beacon(client, {"p": "/about/", "r": "https://www.google.com/search?q=roofers", "w": "390",
                             "s": "newsletter", "m": "email", "c": "spring"}, agent=IPHONE)
    assert answer.status_code == 204 and "set-cookie" not in answer.headers
    [view] = flushed_views()
    assert (view.project_id, view.path, view.referrer) == (published, "/about/", "google.com")
    assert (view.utm_source, view.utm_medium, view.utm_campaign) == ("newsletter", "email", "spring")
    assert (view.device, view.browser, view.os) == ("mobile", "Mobile Safari", "iOS")
    assert re.fullmatch(r"[0-9a-f]{16}", view.visitor)
    assert flushed_views() == [view]  # flushing again writes nothing twice


def test_same_visitor_same_hash_other_address_other_hash(published):
    beacon(client_at("203.0.113.9"), {"p": "/"})
    beacon(client_at("203.0.113.9"), {"p": "/about/", "r": "http://harbor-pine.localhost:3000/"})
    beacon(client_at("198.51.100.4"), {"p": "/"})
    first, second, other = flushed_views()
    assert first.visitor == second.visitor != other.visitor
    assert second.referrer == ""  # a link from the site itself is no referrer
    assert "203.0.113.9" not in repr([first, second, other])


def test_bots_prefetches_and_previews_are_answered_but_not_counted(published):
    client = client_at("203.0.113.9")
    for agent in ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 "
                  "Safari/537.36", "curl/8.5.0", ""):
        assert beacon(client, {"p": "/"}, agent=agent).status_code == 204
    assert beacon(client, {"p": "/"}, **{"sec-purpose": "prefetch;prerender"}).status_code == 204
    assert flushed_views() == []


def test_only_the_beacons_fields_from_the_sites_own_pages(published):
    client = client_at("203.0.113.9")
    assert beacon(client, {"p": "/", "email": "x@example.com"}).status_code == 400
    assert beacon(client, {"r": "https://example.com/"}).status_code == 400
    assert beacon(client, "p=/&p=/again").status_code == 400
    assert beacon(client, {"p": "/"}, **{"sec-fetch-site": "cross-site"}).status_code == 403
    assert beacon(client, "p=/&r=" + "x" * 5000).status_code == 413
    assert flushed_views() == []


def test_views_are_rate_limited_per_client(published):
    client = client_at("203.0.113.9")
    answers = [beacon(client, {"p": "/"}).status_code for _ in range(125)]
    assert answers.count(204) == 120 and answers[-1] == 429
    assert len(flushed_views()) == 120


def test_path_based_sites_count_paths_relative_to_the_site(published, site_client):
    from bubblegum.services.analytics.ingest import site_path

    assert site_path("/sites/harbor-pine/about/index.html", "/sites/harbor-pine/") == "/about/"
    assert site_path("/sites/harbor-pine", "/sites/harbor-pine/") == "/"
    assert site_path("/caf%C3%A9/", "/") == "/café/"
    assert beacon(site_client, {"p": "/"}, host="unpublished.localhost:3000").status_code == 404


def test_pages_read_without_javascript_count_through_the_noscript_image(published, site_client):
    page = site_client.get("/about/", headers=host())
    assert '<noscript><img src="/_bg/view?p=/about/" alt="" width="1" height="1" hidden></noscript>' in page.text
    client = client_at("203.0.113.9")
    answer = client.get("/_bg/view?p=/about/", headers={**host(), "user-agent": IPHONE, "sec-fetch-site": "same-origin"})
    assert answer.status_code == 204
    assert [view.path for view in flushed_views()] == ["/about/"]
    assert client.get("/_bg/view?p=/", headers={**host(), "user-agent": IPHONE,
                                                "sec-fetch-site": "cross-site"}).status_code == 403
