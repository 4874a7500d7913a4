"""Schema rules that every table keeps: indexed foreign keys and slugs, JSONB on PostgreSQL."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql
from sqlmodel import SQLModel

import bubblegum.models  # noqa: F401

EXPECTED_TABLES = {
    "user", "organization", "membership", "invitation", "authsession", "passwordreset",
    "project", "page", "pageversion", "asset", "deployment", "job", "auditlog", "submission",
}


def indexed_columns(table) -> set[str]:
    columns = {index.columns[0].name for index in table.indexes}
    for constraint in table.constraints:
        if constraint.__class__.__name__ in {"UniqueConstraint", "PrimaryKeyConstraint"} and constraint.columns:
            columns.add(list(constraint.columns)[0].name)
    return columns


def test_all_tables_exist():
    assert EXPECTED_TABLES <= set(SQLModel.metadata.tables)


def test_every_foreign_key_and_slug_is_indexed():
    missing = []
    for table in SQLModel.metadata.tables.values():
        indexed = indexed_columns(table)
        for column in table.columns:
            if (column.foreign_keys or column.name == "slug") and column.name not in indexed:
                missing.append(f"{table.name}.{column.name}")
    assert missing == []


def test_json_columns_compile_to_jsonb_on_postgres():
    dialect = postgresql.dialect()
    for name, column in (("pageversion", "document"), ("project", "theme"), ("job", "payload")):
        compiled = SQLModel.metadata.tables[name].c[column].type.compile(dialect=dialect)
        assert compiled == "JSONB"
