"""Copying all of a place's data between the two engines: moving, and backups of a server.

One function, ``copy_tables``, copies every table of the app (``checkin.models``) from one
database to another, parents before children, ids kept, in the receiving side's one transaction:
it first deletes what the receiving side holds, copies, sets PostgreSQL's id sequences past the
copied ids, and verifies per table the count and a checksum of every row as read back. Any
failure rolls the receiving side back: it is left as it was. The source is only read (on a server
in one REPEATABLE READ snapshot).

On top of it:

- ``move``: the data of one database onto another that holds no families, mornings or visits
  (``checkin move``); the source is kept unchanged;
- ``server_backup``: the portable backup file of a server database, an SQLite file at the head
  revision (encrypted with this laptop's key when there is one), the same as ``checkin backup``
  makes of the file;
- ``restore_to_server``: a backup file (any engine's) into a server database, replacing its data
  but keeping its coordinator PIN, as ``checkin.db.restore_database`` does for the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlmodel import SQLModel

from checkin import engines, models, paths
from checkin.db import PIN_SETTINGS, SCHEMA_REVISION, Database, copy_database, current_revision
from checkin.errors import Rejected
from checkin.i18n import N_

assert models.Family is not None  # the tables are registered in SQLModel.metadata

BATCH_ROWS = 2000
SQLITE_URL = "sqlite://"
"""The URL of a data folder's own SQLite file (``checkin.engines.target``)."""
HOLDS_DATA_TABLES = ("family", "morning", "visit")
"""A receiving database with a row in one of these holds a place's data: a move refuses it."""

NOT_EMPTY = N_(
    "De database {target} bevat al gegevens (gezinnen, ochtenden of bezoeken); verhuizen kan alleen "
    "naar een lege database. Er is niets veranderd."
)
SAME_DATABASE = N_("Bron en doel zijn dezelfde database ({target}); er is niets veranderd.")
FAILED = N_("Het overzetten naar {target} is mislukt; daar is niets veranderd ({detail}).")
MISMATCH = N_("De gegevens in tabel {table} kwamen na het overzetten niet overeen; er is niets veranderd.")
NO_SOURCE = N_("Er is geen database in {path} om te verhuizen.")
OLD_SOURCE = N_(
    "De bron {source} heeft een andere versie van de database; open hem eerst met deze versie van de app."
)


@dataclass(frozen=True)
class Copied:
    """What was copied: rows per table (every table of the app, dependency order)."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


KEPT_LAST = ("morningfigures",)
"""Tables the database's triggers write while the others are copied (the kept figures count the
visits copied): emptied again and copied last, so they end as the source has them."""


def tables() -> list[Table]:
    """The app's tables, parents before children, the ``KEPT_LAST`` ones last."""
    ordered = list(SQLModel.metadata.sorted_tables)
    return [t for t in ordered if t.name not in KEPT_LAST] + [t for t in ordered if t.name in KEPT_LAST]


def _row_digest(row: tuple[Any, ...]) -> int:
    return int.from_bytes(hashlib.blake2b(repr(row).encode(), digest_size=8).digest(), "big")


def _checksum(connection: Connection, table: Table) -> tuple[int, int]:
    """(rows, order-free checksum of every row's values) as the engine gives them back."""
    count, total = 0, 0
    for row in connection.execute(select(table).execution_options(yield_per=BATCH_ROWS)):
        count += 1
        total = (total + _row_digest(tuple(row))) % 2**64
    return count, total


def _copy_table(source: Connection, target: Connection, table: Table) -> tuple[int, int]:
    count, total = 0, 0
    order = list(table.primary_key.columns)
    rows = source.execute(select(table).order_by(*order).execution_options(yield_per=BATCH_ROWS))
    for batch in rows.partitions(BATCH_ROWS):
        values = [row._asdict() for row in batch]
        for row in batch:
            total = (total + _row_digest(tuple(row))) % 2**64
        count += len(values)
        target.execute(table.insert(), values)
    return count, total


def _reset_sequences(target: Connection) -> None:
    """After explicit ids, a server's next id must come after the highest copied one."""
    if engines.is_sqlite(target):
        return  # SQLite's next id is the highest present plus one
    for table in tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        highest = f'SELECT MAX("{key[0].name}") FROM "{table.name}"'  # noqa: S608 - the app's own names
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(({highest}), 0) + 1, false)"
            ),
            {"table": f'"{table.name}"', "column": key[0].name},
        )


def holds_data(connection: Connection) -> bool:
    return any(
        connection.execute(select(func.count()).select_from(SQLModel.metadata.tables[name])).scalar_one()
        for name in HOLDS_DATA_TABLES
    )


def copy_tables(
    source: Connection,
    target: Connection,
    *,
    require_empty: bool,
    target_name: str,
    keep_settings: tuple[str, ...] = (),
) -> Copied:
    """Replace every row of ``target`` (in its open transaction) by the rows of ``source``.

    ``require_empty``: refuse (``Rejected``) a target that holds a place's data. ``keep_settings``:
    these settings of the target stay as they were (the PIN of a restore). The caller commits.
    """
    if not engines.is_sqlite(target):  # no desk writes while the data is replaced
        names = ", ".join(f'"{table.name}"' for table in tables())
        target.exec_driver_sql(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")
    if require_empty and holds_data(target):
        raise Rejected(NOT_EMPTY, target=target_name)
    setting = SQLModel.metadata.tables["setting"]
    kept = [row._asdict() for row in target.execute(select(setting).where(setting.c.key.in_(keep_settings)))]
    for table in reversed(tables()):
        target.execute(table.delete())
    rows: dict[str, int] = {}
    for table in tables():
        if table.name in KEPT_LAST:
            target.execute(table.delete())
        count, total = _copy_table(source, target, table)
        if _checksum(target, table) != (count, total):
            raise Rejected(MISMATCH, table=table.name)
        rows[table.name] = count
    _reset_sequences(target)
    if keep_settings:
        target.execute(setting.delete().where(setting.c.key.in_(keep_settings)))
        if kept:
            target.execute(setting.insert(), kept)
    return Copied(rows)


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that reads one consistent state of ``engine``'s database."""
    options: dict[str, Any] = {}
    if not engines.is_sqlite(engine):
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect() as connection, connection.execution_options(**options).begin():
        yield connection


def copy_between(
    source: Database,
    target: Database,
    *,
    require_empty: bool,
    target_name: str,
    keep_settings: tuple[str, ...] = (),
) -> Copied:
    """``copy_tables`` from ``source`` into ``target``, committed on the target or not at all."""
    try:
        with _snapshot(source.engine) as reading, target.engine.begin() as writing:
            return copy_tables(
                reading,
                writing,
                require_empty=require_empty,
                target_name=target_name,
                keep_settings=keep_settings,
            )
    except Rejected:
        raise
    except (DBAPIError, SQLAlchemyError) as error:
        original = getattr(error, "orig", None) or error
        detail = (str(original).strip().splitlines() or [type(original).__name__])[0][:200]
        raise Rejected(FAILED, target=target_name, detail=detail) from None


def _same(source: engines.Target, target: engines.Target) -> bool:
    if source.url is None or target.url is None:
        return source.url is None and target.url is None and source.sqlite_path == target.sqlite_path
    keys = ("host", "port", "database")
    return all(getattr(source.url, key) == getattr(target.url, key) for key in keys) and (
        source.url.query.get("host") == target.url.query.get("host")
    )


def move(
    data_dir: Path, *, to: str, source_url: str | None = None
) -> tuple[Copied, engines.Target, engines.Target]:
    """Copy the data of ``data_dir``'s database (``source_url``, else the configured one, else its
    file) into the database ``to`` (a URL, or ``sqlite://`` for the data folder's file), which must
    hold no place's data. Returns what was copied, the source and the target."""
    source = engines.target(data_dir, source_url)
    target = engines.target(data_dir, to)
    if _same(source, target):
        raise Rejected(SAME_DATABASE, target=target.shown())
    if source.url is None and not source.sqlite_path.exists():
        raise Rejected(NO_SOURCE, path=source.shown())
    source_db = Database.open(data_dir, url=_url_of(source), migrate=False, encrypt_plain=False)  # read
    try:
        if current_revision(source_db.engine) != SCHEMA_REVISION:
            raise Rejected(OLD_SOURCE, source=source.shown())
        target_db = Database.open(data_dir, url=_url_of(target))
        try:
            copied = copy_between(source_db, target_db, require_empty=True, target_name=target.shown())
        finally:
            target_db.dispose()
    finally:
        source_db.dispose()
    return copied, source, target


def _url_of(target: engines.Target) -> str:
    return SQLITE_URL if target.url is None else target.url.render_as_string(hide_password=False)


def server_backup(database: Database, out: Path, *, data_write: bool = False) -> Copied:
    """Write the portable backup file of ``database`` (a server) to ``out``: an SQLite file at the
    head revision, encrypted with this laptop's key when there is one, verified before it takes
    its name (``checkin.db.copy_database``). Its temporary copy stays inside the data folder."""
    with tempfile.TemporaryDirectory(dir=database.data_dir, prefix="backup-") as folder:
        file_db = Database.open(Path(folder), url=SQLITE_URL)
        try:
            copied = copy_between(database, file_db, require_empty=False, target_name=str(out))
        finally:
            file_db.dispose()
        copy_database(paths.database_path(Path(folder)), out, data_write=data_write)
    return copied


def restore_to_server(
    backup: Path, database: Database, *, source_key: str | None = None
) -> tuple[Copied, Path]:
    """Replace the data of ``database`` (a server) by the backup file ``backup`` in one transaction,
    keeping its coordinator PIN settings. The backup is checked, re-keyed and upgraded in a
    temporary copy in the data folder first; the server's data before is kept as a backup
    ``voor-terugzetten`` in the data folder, whose path is returned with what was copied."""
    from checkin.db import restore_database

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = paths.backup_dir(database.data_dir) / f"checkin-{stamp}-voor-terugzetten.sqlite"
    with tempfile.TemporaryDirectory(dir=database.data_dir, prefix="restore-") as folder:
        restore_database(backup, Path(folder), source_key=source_key)  # checked, with this laptop's key
        file_db = Database.open(Path(folder), url=SQLITE_URL)  # upgraded to the head revision
        try:
            server_backup(database, kept, data_write=True)
            copied = copy_between(
                file_db,
                database,
                require_empty=False,
                target_name=engines.redacted(database.engine.url),
                keep_settings=PIN_SETTINGS,
            )
        finally:
            file_db.dispose()
    return copied, kept
