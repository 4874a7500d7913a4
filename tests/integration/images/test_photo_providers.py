"""Unsplash and Pexels through their REST APIs, against a local fake that speaks their wire
format: the official headers, the result fields, the credit, download tracking, errors."""

from __future__ import annotations

import pytest

from bubblegum.config import Settings
from bubblegum.services.errors import UpstreamError
from bubblegum.services.images.library import LibraryProvider
from bubblegum.services.images.pexels import PexelsProvider
from bubblegum.services.images.provider import image_provider
from bubblegum.services.images.unsplash import UnsplashProvider
from tests.integration.images.fake_photo_apis import FakePhotoApis


@pytest.fixture
def fake():
    with FakePhotoApis() as server:
        yield server


def test_unsplash_search_sends_its_headers_and_reads_results(fake):
    results = UnsplashProvider("key-123", fake.url).search("bakery", count=4, page=2)
    request = fake.requests[-1]
    assert request["path"] == "/search/photos"
    assert request["query"] == {"query": "bakery", "per_page": "4", "page": "2"}
    assert request["headers"]["Authorization"] == "Client-ID key-123"
    assert request["headers"]["Accept-Version"] == "v1"
    assert len(results) == 4
    first = results[0]
    assert (first.id, first.width, first.height, first.alt) == ("u0", 5245, 3497, "a bakery on a table")
    assert first.full_url.endswith("/files/u0-regular.jpg") and first.preview_url.endswith("/files/u0-small.jpg")
    assert first.credit == "Photo by Joe Example on Unsplash"
    assert first.author_url == "https://unsplash.com/@exampleuser?utm_source=bubblegum&utm_medium=referral"
    assert first.source_url == "https://unsplash.com/?utm_source=bubblegum&utm_medium=referral"


def test_unsplash_download_tracking_calls_download_location_with_the_key(fake):
    provider = UnsplashProvider("key-123", fake.url)
    result = provider.search("bread", count=1)[0]
    provider.track_download(result)
    request = fake.requests[-1]
    assert request["path"] == "/photos/u0/download" and request["query"] == {"ixid": "abc"}
    assert request["headers"]["Authorization"] == "Client-ID key-123"


def test_pexels_search_sends_its_header_and_reads_results(fake):
    results = PexelsProvider("pexels-key", fake.url).search("plumber", count=3)
    request = fake.requests[-1]
    assert request["path"] == "/v1/search"
    assert request["query"] == {"query": "plumber", "per_page": "3", "page": "1"}
    assert request["headers"]["Authorization"] == "pexels-key"
    first = results[0]
    assert (first.id, first.width, first.height, first.alt) == ("2014422", 3024, 3024, "plumber in warm light")
    assert first.full_url.endswith("/files/p0-large2x.jpg") and first.preview_url.endswith("/files/p0-medium.jpg")
    assert first.credit == "Photo by Joey Farina on Pexels"
    assert first.author_url == "https://www.pexels.com/@joey" and first.licence == "Pexels License"


@pytest.mark.parametrize("provider", [lambda url: UnsplashProvider("bad", url), lambda url: PexelsProvider("bad", url)])
def test_a_refused_key_is_a_clear_error(fake, provider):
    fake.status = 401
    with pytest.raises(UpstreamError, match="refused the configured API key"):
        provider(fake.url).search("x")


def test_a_provider_that_is_down_is_a_clear_error():
    with pytest.raises(UpstreamError, match="did not answer"):
        PexelsProvider("k", "http://127.0.0.1:9").search("x")


def test_configuration_chooses_the_provider():
    assert isinstance(image_provider(Settings()), LibraryProvider)
    assert isinstance(image_provider(Settings(UNSPLASH_ACCESS_KEY="u")), UnsplashProvider)
    assert isinstance(image_provider(Settings(PEXELS_API_KEY="p")), PexelsProvider)
    chosen = image_provider(Settings(UNSPLASH_ACCESS_KEY="u", PEXELS_API_KEY="p", BUBBLEGUM_IMAGE_PROVIDER="pexels",
                                     PEXELS_API_BASE="http://127.0.0.1:1"))
    assert isinstance(chosen, PexelsProvider) and chosen.api_base == "http://127.0.0.1:1"
    assert isinstance(image_provider(Settings(BUBBLEGUM_IMAGE_PROVIDER="unsplash")), LibraryProvider)  # no key
