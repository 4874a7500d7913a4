"""Integration fixtures: every database test runs on SQLite, and on PostgreSQL and Redis
when BUBBLEGUM_TEST_POSTGRES_URL / BUBBLEGUM_TEST_REDIS_URL are set (CI sets both)."""

from __future__ import annotations

import os
import shutil

import pytest
import sqlalchemy as sa

POSTGRES_URL = os.environ.get("BUBBLEGUM_TEST_POSTGRES_URL")
REDIS_URL = os.environ.get("BUBBLEGUM_TEST_REDIS_URL")
BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


def _reset_caches() -> None:
    from bubblegum.config import get_settings
    from bubblegum.db import dispose_engines
    from bubblegum.services.redis_client import get_redis

    from bubblegum.services.publishing.serving import forget_everything

    dispose_engines()  # closes their pools: PostgreSQL allows 100 connections in all
    for cached in (get_settings, get_redis):
        cached.cache_clear()
    forget_everything()  # ids restart with every test database


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> str:
    from bubblegum.services.migrations import upgrade

    from bubblegum.db import get_engine

    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade("head", url=f"sqlite:///{path}")
    get_engine(f"sqlite:///{path}").dispose()  # closing checkpoints the WAL into the file we copy
    return str(path)


@pytest.fixture(scope="session")
def postgres_migrated() -> str:
    from bubblegum.services.migrations import upgrade

    engine = sa.create_engine(POSTGRES_URL)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
    except sa.exc.OperationalError as error:
        pytest.exit(f"BUBBLEGUM_TEST_POSTGRES_URL is set but PostgreSQL does not answer: {error}", 3)
    finally:
        engine.dispose()
    upgrade("head", url=POSTGRES_URL)
    return POSTGRES_URL


def _truncate_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        tables = [name for name in sa.inspect(connection).get_table_names() if name != "alembic_version"]
        quoted = ", ".join(f'"{name}"' for name in tables)
        connection.execute(sa.text(f"TRUNCATE TABLE {quoted} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request, monkeypatch, tmp_path) -> str:
    """A migrated, empty database that the app's settings point at for this test."""
    if request.param == "sqlite":
        path = tmp_path / "bubblegum.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("postgres_migrated")
        _truncate_postgres(url)
    monkeypatch.setenv("DATABASE_URL", url)
    _reset_caches()
    yield url
    from bubblegum.db import get_engine

    get_engine(url).dispose()
    _reset_caches()


@pytest.fixture
def redis_url(monkeypatch) -> str:
    """Redis db 15, emptied; skipped only when the Redis tier is not configured."""
    if not REDIS_URL:
        pytest.skip("BUBBLEGUM_TEST_REDIS_URL not set")
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.RedisError as error:
        pytest.exit(f"BUBBLEGUM_TEST_REDIS_URL is set but Redis does not answer: {error}", 3)
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    _reset_caches()
    yield REDIS_URL
    client.flushdb()
    _reset_caches()
