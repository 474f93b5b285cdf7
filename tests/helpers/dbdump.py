"""Read a database file the way a second program would: a fresh read-only SQLite connection."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.db import Database
from checkin.errors import Rejected


def dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (alembic_version included), sorted, from a fresh connection."""
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


def counts(db_path: Path) -> dict[str, int]:
    return {table: len(rows) for table, rows in dump(db_path).items()}


@contextlib.contextmanager
def rejected_unchanged(database: Database, phrase: str) -> Iterator[pytest.ExceptionInfo[Rejected]]:
    """The block must raise ``Rejected`` whose Dutch message contains ``phrase``, and change nothing
    that another connection can see."""
    before = dump(database.path)
    with pytest.raises(Rejected) as info:
        yield info
    assert phrase in info.value.message, info.value.message
    assert str(info.value) == info.value.message
    assert dump(database.path) == before
