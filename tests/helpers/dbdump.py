"""Read a database the way a second program would: a fresh read-only connection (SQLite or server)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from checkin.db import Database
from checkin.errors import Rejected


def dump(source: Path | Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (alembic_version included), sorted, from a fresh connection.

    ``source`` is a database file, or an open ``Database`` (its file, or its server database).
    """
    if isinstance(source, Database):
        if source.engine.dialect.name != "sqlite":
            return _dump_server(source)
        source = source.path
    db_path = source
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables
        }


def _dump_server(database: Database) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(database.engine.url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            tables = [
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
                )
            ]
            return {
                table: sorted(
                    (tuple(row) for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"')), key=repr
                )
                for table in tables
            }
    finally:
        engine.dispose()


def counts(db_path: Path | Database) -> dict[str, int]:
    return {table: len(rows) for table, rows in dump(db_path).items()}


@contextlib.contextmanager
def rejected_unchanged(database: Database, phrase: str) -> Iterator[pytest.ExceptionInfo[Rejected]]:
    """The block must raise ``Rejected`` whose Dutch message contains ``phrase``, and change nothing
    that another connection can see."""
    before = dump(database)
    with pytest.raises(Rejected) as info:
        yield info
    assert phrase in info.value.message, info.value.message
    assert str(info.value) == info.value.message
    assert dump(database) == before


def reopen(database: Database) -> Database:
    """The same database opened anew (as after a restart of the app): its file, or its server database."""
    url = None
    if database.engine.dialect.name != "sqlite":
        url = database.engine.url.render_as_string(hide_password=False)
    return Database.open(database.data_dir, url=url)
