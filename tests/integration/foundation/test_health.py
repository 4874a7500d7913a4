"""GET /api/health reports the database and Redis honestly."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bubblegum.api import create_api


def local_client() -> TestClient:
    """A caller on this machine: it gets the details."""
    return TestClient(create_api(), client=("127.0.0.1", 50000))


def test_health_with_default_services(database_url):
    response = local_client().get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["database"]["dialect"] in {"sqlite", "postgresql"}
    assert body["redis"] == {"ok": True, "configured": False}


def test_health_with_redis(database_url, redis_url):
    body = local_client().get("/api/health").json()
    assert body["redis"] == {"ok": True, "configured": True}


def test_health_reports_unreachable_redis(database_url, monkeypatch):
    from bubblegum.config import get_settings
    from bubblegum.services.redis_client import get_redis

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    get_settings.cache_clear()
    get_redis.cache_clear()
    response = local_client().get("/api/health")
    assert response.status_code == 503
    assert response.json()["redis"]["ok"] is False
    get_settings.cache_clear()
    get_redis.cache_clear()
