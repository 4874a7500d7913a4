"""One Alembic history applies cleanly to an empty SQLite and PostgreSQL database, matches
the models exactly, and survives a downgrade/upgrade round trip."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import bubblegum.models  # noqa: F401
from bubblegum.services.migrations import current_revision, downgrade, upgrade

from ..conftest import POSTGRES_URL


@pytest.fixture(params=["sqlite"] + (["postgres"] if POSTGRES_URL else []))
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    name = f"bg_migrations_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    from bubblegum.db import dispose_engines

    dispose_engines()
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def schema_differences(url: str) -> list:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), SQLModel.metadata)
    engine.dispose()
    return diffs


def test_upgrade_from_empty_matches_models(empty_database):
    upgrade("head", url=empty_database)
    from alembic.script import ScriptDirectory

    from bubblegum.services.migrations import alembic_config

    assert current_revision(empty_database) == ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert schema_differences(empty_database) == []


def test_downgrade_upgrade_round_trip(empty_database):
    upgrade("head", url=empty_database)
    downgrade("base", url=empty_database)
    engine = sa.create_engine(empty_database)
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    upgrade("head", url=empty_database)
    assert schema_differences(empty_database) == []


def test_json_columns_are_jsonb_on_postgres(empty_database):
    upgrade("head", url=empty_database)
    engine = sa.create_engine(empty_database)
    columns = {c["name"]: c["type"] for c in sa.inspect(engine).get_columns("pageversion")}
    engine.dispose()
    expected = "JSONB" if empty_database.startswith("postgresql") else "JSON"
    assert type(columns["document"]).__name__ == expected
