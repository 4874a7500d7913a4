"""Database engine and sessions (SQLite by default, PostgreSQL by DATABASE_URL)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Session, create_engine

from bubblegum.config import get_settings
from bubblegum.private_files import private_file

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    """Aware UTC; SQLModel's UTCDateTime keeps it aware on SQLite and PostgreSQL alike."""
    return datetime.now(UTC)


def json_column(nullable: bool = False) -> sa.Column:
    return sa.Column(JSONType, nullable=nullable)


_engines: dict[str, sa.Engine] = {}
_engines_lock = threading.Lock()


def get_engine(url: str | None = None) -> sa.Engine:
    """The one engine (and connection pool) per database URL of this process."""
    url = url or get_settings().effective_database_url
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = _create_engine(url)
        return engine


def dispose_engines() -> None:
    """Close every pool (their connections too) and forget the engines: after a settings
    change, or a database replaced underneath (restore, tests)."""
    with _engines_lock:
        engines = list(_engines.values())
        _engines.clear()
    for engine in engines:
        engine.dispose()


def _create_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        get_settings().ensure_data_dir()
        _private_sqlite_file(sa.engine.make_url(url).database)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _private_sqlite_file(database: str | None) -> None:
    """Create the database file 0600 before SQLite opens it: SQLite gives its -wal and -shm
    files the database file's mode, so all three stay readable by the service user only."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for suffix in ("", "-wal", "-shm"):
        private_file(Path(f"{path}{suffix}"))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def database_status(url: str | None = None) -> dict:
    try:
        with get_engine(url).connect() as connection:
            connection.execute(sa.text("SELECT 1"))
        return {"ok": True, "dialect": get_engine(url).dialect.name}
    except Exception as error:  # reported, not raised: this feeds the health check
        return {"ok": False, "error": type(error).__name__}
