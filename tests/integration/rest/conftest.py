"""An organization "a" with people, a site, and API keys of each scope; organization "b"
(the outsider's) with a site and a key of its own. The API under test is the app's own
(`create_api`), through TestClient."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from bubblegum.api import create_api
from bubblegum.db import session_scope
from bubblegum.services import api_keys, projects, rate_limit

from ..people import org_with_people


@dataclass
class World:
    org_id: int
    site_id: int
    home_id: int
    foreign_site_id: int
    keys: dict[str, str]  # read, write, publish, foreign (org b, publish), editor_write (made by... an editor's role)


@pytest.fixture
def world(database_url, monkeypatch, tmp_path) -> World:
    from bubblegum.config import get_settings
    from bubblegum.services.pages import list_pages

    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    rate_limit.reset_all()
    with session_scope() as db:
        org, people = org_with_people(db)
        owner, outsider = people["owner"].id, people["outsider"].id
        site = projects.create_blank(db, owner, org.id, "Harbor Bakery")
        foreign = projects.create_blank(db, outsider, org.id + 1, "Other Site")
        keys = {scope: api_keys.create(db, owner, org.id, scope, scope)[1] for scope in ("read", "write", "publish")}
        keys["foreign"] = api_keys.create(db, outsider, org.id + 1, "theirs", "publish")[1]
        home = list_pages(db, owner, site.id)[0]
        return World(org.id, site.id, home.id, foreign.id, keys)


@pytest.fixture
def client() -> TestClient:
    with TestClient(create_api()) as test_client:
        yield test_client


def auth(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}
