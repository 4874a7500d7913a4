"""The API's documentation is off in production unless enabled; /api/health tells anonymous
callers only whether the app is up."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bubblegum.api import create_api
from bubblegum.config import get_settings

DOC_PATHS = ("/api/docs", "/api/redoc", "/api/openapi.json", "/docs", "/redoc")


@pytest.fixture
def settings_env(monkeypatch):
    def apply(**values):
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
    yield apply
    get_settings.cache_clear()


def test_docs_are_off_in_production(settings_env):
    settings_env(BUBBLEGUM_ENV="prod")
    client = TestClient(create_api())
    assert [client.get(path).status_code for path in DOC_PATHS] == [404] * len(DOC_PATHS)


def test_docs_on_by_setting_or_in_development(settings_env):
    settings_env(BUBBLEGUM_ENV="prod", BUBBLEGUM_API_DOCS="1")
    client = TestClient(create_api())
    assert [client.get(path).status_code for path in DOC_PATHS[:3]] == [200, 200, 200]
    settings_env(BUBBLEGUM_ENV="dev", BUBBLEGUM_API_DOCS="0")
    assert TestClient(create_api()).get("/api/openapi.json").status_code == 200


def test_anonymous_health_is_up_or_down_only(database_url, settings_env):
    settings_env(BUBBLEGUM_OPERATOR_TOKEN="operator-secret-1234")
    remote = TestClient(create_api(), client=("203.0.113.9", 40000))
    assert remote.get("/api/health").json() == {"status": "ok"}
    assert remote.get("/api/health", headers={"Authorization": "Bearer wrong"}).json() == {"status": "ok"}
    detailed = remote.get("/api/health", headers={"Authorization": "Bearer operator-secret-1234"}).json()
    assert detailed["database"]["ok"] is True and "version" in detailed


def test_loopback_through_a_proxy_is_anonymous(database_url):
    local = TestClient(create_api(), client=("127.0.0.1", 40000))
    assert "database" in local.get("/api/health").json()
    assert local.get("/api/health", headers={"X-Forwarded-For": "203.0.113.9"}).json() == {"status": "ok"}
