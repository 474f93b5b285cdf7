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

COUNTER = frozenset({"morning.changes", "morningfigures.*"})
"""The desks' change counter (``Morning.changes``) and the kept figures (``MorningFigures``, whose
version the database's triggers raise): bookkeeping that every door action changes, undo included,
so "undo restores exactly the state before" compares without them (a table.* skips the table)."""


def dump(
    source: Path | Database, *, skip: frozenset[str] = frozenset()
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (alembic_version included), sorted, from a fresh connection.

    ``source`` is a database file, or an open ``Database`` (its file, or its server database);
    ``skip`` names columns ("table.column") left out.
    """
    if skip:
        return _skipping(source, skip)
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


def _skipping(source: Path | Database, skip: frozenset[str]) -> dict[str, list[tuple[object, ...]]]:
    names = _columns(source)
    return {
        table: sorted(
            (
                tuple(v for name, v in zip(names[table], row, strict=True) if f"{table}.{name}" not in skip)
                for row in rows
            ),
            key=repr,
        )
        for table, rows in dump(source).items()
        if f"{table}.*" not in skip
    }


def _columns(source: Path | Database) -> dict[str, list[str]]:
    """The column names of every table, in the order ``SELECT *`` returns them."""
    if isinstance(source, Database) and source.engine.dialect.name != "sqlite":
        engine = create_engine(source.engine.url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                result: dict[str, list[str]] = {}
                for table, column in conn.exec_driver_sql(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
                ):
                    result.setdefault(table, []).append(column)
                return result
        finally:
            engine.dispose()
    db_path = source.path if isinstance(source, Database) else source
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
