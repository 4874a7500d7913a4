"""Settings: embedded defaults, environment overrides, and a secret that is never a known value."""

from __future__ import annotations

import stat

from bubblegum.config import Settings


def test_defaults_need_no_external_service(tmp_path, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'bubblegum.db'}"
    assert settings.redis_url is None
    assert settings.s3_bucket is None
    assert settings.anthropic_api_key is None
    assert settings.stripe_secret_key is None


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@db/bg")
    monkeypatch.setenv("REDIS_URL", "redis://cache:6379/0")
    monkeypatch.setenv("ANTHROPIC_MODEL", "claude-test")
    settings = Settings()
    assert settings.effective_database_url == "postgresql+psycopg://u@db/bg"
    assert settings.redis_url == "redis://cache:6379/0"
    assert settings.anthropic_model == "claude-test"


def test_secret_key_generated_once_and_private(tmp_path, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path))
    first = Settings().effective_secret_key
    second = Settings().effective_secret_key
    assert first == second and len(first) >= 40
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600


def test_each_install_gets_its_own_secret(tmp_path, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "a"))
    a = Settings().effective_secret_key
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path / "b"))
    b = Settings().effective_secret_key
    assert a != b


def test_configured_secret_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BUBBLEGUM_SECRET_KEY", "s" * 50)
    assert Settings().effective_secret_key == "s" * 50
    assert not (tmp_path / "secret_key").exists()


def test_sites_base_url(tmp_path, monkeypatch):
    monkeypatch.setenv("BUBBLEGUM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BUBBLEGUM_APP_URL", "https://app.example.com")
    assert Settings().effective_sites_base_url == "https://{slug}.app.example.com/"  # an origin per site
    monkeypatch.setenv("BUBBLEGUM_SITES_BASE_URL", "https://{slug}.sites.example.net/")
    assert Settings().effective_sites_base_url == "https://{slug}.sites.example.net/"
    # without {slug} the URL is a prefix, so two sites never share an address
    monkeypatch.setenv("BUBBLEGUM_SITES_BASE_URL", "https://example.net/sites")
    assert Settings().effective_sites_base_url == "https://example.net/sites/{slug}/"
