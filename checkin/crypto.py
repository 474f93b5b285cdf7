"""Encryption at rest with SQLCipher: the key, and connections that use it.

When a key is set, the database and every backup are SQLCipher files (``sqlcipher3``); without
one they are plain SQLite files, as before. The key comes from ``CHECKIN_PASSPHRASE`` (scripts,
tests). Every raw connection of checkin.db and checkin.backups goes through ``connect`` so the
same code serves both.

Not done yet (see the report of issue 6): the key in the OS keyring by default, the recovery key
shown and printed at first start, and asking for it when a backup of another laptop is restored.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from checkin.errors import Rejected
from checkin.i18n import N_

ENV_PASSPHRASE = "CHECKIN_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
SQLITE_HEADER = b"SQLite format 3\x00"


def passphrase() -> str | None:
    """The key of this laptop's data, or None when the data is not encrypted."""
    return os.environ.get(ENV_PASSPHRASE) or None


def _driver() -> Any:
    try:
        import sqlcipher3
    except ImportError as error:
        raise Rejected(
            N_("Versleuteling is ingesteld, maar SQLCipher (het pakket sqlcipher3) is niet geïnstalleerd.")
        ) from error
    return sqlcipher3


def database_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The exception classes a database error can have (sqlite3's and, when used, SQLCipher's), and ``more``."""
    errors: list[type[Exception]] = [sqlite3.DatabaseError, *more]
    if passphrase() is not None:
        errors.append(_driver().DatabaseError)
    return tuple(errors)


def _quoted(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def connect(target: str | Path, *, uri: bool = False, key: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to ``target``, keyed with ``key`` (default: ``passphrase()``)."""
    key = key if key is not None else passphrase()
    if key is None:
        return sqlite3.connect(target, uri=uri, **kwargs)
    conn = _driver().connect(str(target), uri=uri, **kwargs)
    conn.execute(f"PRAGMA key = {_quoted(key)}")
    return conn


def is_plain(path: Path) -> bool:
    """True for a non-empty file with the header of an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def encrypt_copy(plain: Path, target: Path, *, key: str) -> None:
    """Write an encrypted copy of the unencrypted database ``plain`` to ``target`` (sqlcipher_export)."""
    conn = _driver().connect(str(plain))
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quoted(key)}", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def connect_existing(path: Path, *, readonly: bool = False, **kwargs: Any) -> Any:
    """A connection to an existing database file: unencrypted when its header says so, else keyed."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    if is_plain(path):
        return sqlite3.connect(target, uri=readonly, **kwargs)
    return connect(target, uri=readonly, **kwargs)
