"""A published German site answers form posts and unknown addresses in German."""

from __future__ import annotations

import copy

import pytest

from bubblegum.services.publishing.deploy import publish

from .conftest import SHOWCASE, host


@pytest.fixture
def showcase() -> dict:
    site = copy.deepcopy(SHOWCASE)
    site["site"]["language"] = "de"
    return site


def test_form_results_and_404_are_in_the_site_language(project_id, site_client):
    publish(project_id)
    sent = site_client.post("/_forms/contact", data={"name": "Ada", "email": "ada@example.com", "message": "Hallo"},
                            headers=host())
    assert sent.status_code == 200
    assert '<html lang="de"' in sent.text and "Vielen Dank! Ihre Nachricht wurde gesendet." in sent.text
    refused = site_client.post("/_forms/contact", data={"email": "ada@example.com", "message": "Hallo"},
                               headers=host())
    assert refused.status_code == 422 and "Ihr Name ist ein Pflichtfeld." in refused.text
    missing = site_client.get("/gibt-es-nicht/", headers=host())
    assert missing.status_code == 404 and "Seite nicht gefunden" in missing.text
    assert "Zum Inhalt springen" in site_client.get("/", headers=host()).text
