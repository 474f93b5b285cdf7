"""Copying all of a place's data between the two engines: moving, and backups of a server.

One function, ``copy_tables``, copies every table of the app (``checkin.models``) from one
database to another, parents before children, ids kept, in the receiving side's one transaction:
it first deletes what the receiving side holds, copies, sets PostgreSQL's id sequences past the
copied ids, and verifies per table the count and a checksum of every row as read back. Any
failure rolls the receiving side back: it is left as it was. The source is only read (on a server
in one REPEATABLE READ snapshot).

On top of it:

- ``move``: the data of one database onto another (``checkin move``); the source is kept
  unchanged. Onto a database that holds no families, mornings or visits: every table, ids kept
  (as above). Onto one that holds another place's data (a second place moving onto the server):
  ``append_tables`` adds the source's rows with new ids, every foreign key remapped, its places
  kept as places of their own, family codes that are taken there renumbered, the receiving
  side's settings and PIN kept, and verifies per table the count and checksum of what it added;
  a place whose name is taken there is refused, unless it is the very same place moved before
  (then nothing changes);
- ``server_backup``: the portable backup file of a server database, an SQLite file at the head
  revision (encrypted with this laptop's key when there is one), the same as ``checkin backup``
  makes of the file; ``export_backup`` writes it (or the file's copy) where the window's
  "Backup maken naar..." asks;
- ``restore_to_server``: a backup file (any engine's) into a server database, replacing its data
  but keeping its coordinator PIN, as ``checkin.db.restore_database`` does for the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlmodel import SQLModel

from checkin import engines, models, paths, rules
from checkin.db import PIN_SETTINGS, SCHEMA_REVISION, Database, copy_database, current_revision
from checkin.errors import Rejected
from checkin.files import refuse_over_data, remove_partial_copies
from checkin.i18n import N_
from checkin.text import fold

assert models.Family is not None  # the tables are registered in SQLModel.metadata

BATCH_ROWS = 2000
SQLITE_URL = "sqlite://"
"""The URL of a data folder's own SQLite file (``checkin.engines.target``)."""
HOLDS_DATA_TABLES = ("family", "morning", "visit")
"""A receiving database with a row in one of these holds a place's data: a move adds beside it."""

SAME_DATABASE = N_("Bron en doel zijn dezelfde database ({target}); er is niets veranderd.")
FAILED = N_("Het overzetten naar {target} is mislukt; daar is niets veranderd ({detail}).")
MISMATCH = N_("De gegevens in tabel {table} kwamen na het overzetten niet overeen; er is niets veranderd.")
NO_SOURCE = N_("Er is geen database in {path} om te verhuizen.")
PLACE_TAKEN = N_(
    "Op {target} staat al een locatie met de naam {name}. Geef een van beide "
    "eerst een andere naam (Instellingen) en verhuis dan opnieuw. Er is niets veranderd."
)
NOT_APPENDED = ("setting", "undoentry", "desk", "journalapplied")
"""Tables whose rows an append leaves out: the receiving side keeps its own settings and PIN, and
the open mornings' undo list (whose entries hold ids of the source) stays behind, as do the
source's desks and the journal actions it applied (ids of desks and of rows of the source: the
receiving side numbers its own desks, and those actions are in the copied rows already)."""
ALREADY_THERE = N_(
    "{places} staat al op {target}, met precies deze gegevens (eerder verhuisd). Er is niets veranderd."
)
OLD_SOURCE = N_(
    "De bron {source} heeft een andere versie van de database; open hem eerst met deze versie van de app."
)


@dataclass(frozen=True)
class Copied:
    """What was copied: rows per table (every table of the app, dependency order).

    After an append (``appended``): the rows added per table, the family codes that were taken on
    the receiving side and got a new one (``renumbered``), and the rows left out (``left_out``:
    list entries the receiving side already has, the undo list). ``already_there``: the places
    were moved there before, the very same data: nothing was added.
    """

    rows: dict[str, int]
    appended: bool = False
    renumbered: int = 0
    left_out: dict[str, int] = field(default_factory=dict)
    already_there: tuple[str, ...] = ()

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


def _checksum(connection: Connection, table: Table, where: Any = None) -> tuple[int, int]:
    """(rows, order-free checksum of every row's values) as the engine gives them back."""
    count, total = 0, 0
    query = select(table) if where is None else select(table).where(where)
    for row in connection.execute(query.execution_options(yield_per=BATCH_ROWS)):
        count += 1
        total = (total + _row_digest(tuple(row))) % 2**64
    return count, total


Remap = Callable[[dict[str, Any]], "dict[str, Any] | None"]
"""A source row as it goes into the receiving side (new ids), or None when it stays behind."""


def _copy_table(
    source: Connection, target: Connection, table: Table, remap: Remap | None = None
) -> tuple[int, int]:
    """Insert every row of ``table`` in ``source`` into ``target`` (through ``remap`` when given).
    Returns (rows inserted, checksum of the rows inserted)."""
    count, total = 0, 0
    order = list(table.primary_key.columns)
    rows = source.execute(select(table).order_by(*order).execution_options(yield_per=BATCH_ROWS))
    for batch in rows.partitions(BATCH_ROWS):
        values = [row._asdict() for row in batch]
        if remap is not None:
            values = [changed for changed in map(remap, values) if changed is not None]
        for row in values:
            total = (total + _row_digest(tuple(row[column.name] for column in table.columns))) % 2**64
        count += len(values)
        if values:
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
    target_name: str,
    keep_settings: tuple[str, ...] = (),
    append: bool = False,
) -> Copied:
    """Replace every row of ``target`` (in its open transaction) by the rows of ``source``.

    ``append``: a target that holds a place's data keeps it, and the source's data is added
    beside it (``append_tables``) instead. ``keep_settings``: these settings of the target stay
    as they were (the PIN of a restore). The caller commits.
    """
    if not engines.is_sqlite(target):  # no desk writes while the data is replaced
        names = ", ".join(f'"{table.name}"' for table in tables())
        target.exec_driver_sql(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")
    if append and holds_data(target):
        return append_tables(source, target, target_name=target_name)
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


def _place_fingerprint(connection: Connection, location_id: int) -> int:
    """A checksum of a place as it is on either engine, without ids: its own row, and per morning
    (by day) the morning's row with its numbers of visits, children on visits and drinks. The
    same place moved twice has the same fingerprint on both sides; its family codes may differ
    (renumbered), so they are not part of it."""
    location, morning = SQLModel.metadata.tables["location"], SQLModel.metadata.tables["morning"]
    visit, drink = SQLModel.metadata.tables["visit"], SQLModel.metadata.tables["consumption"]
    visit_child = SQLModel.metadata.tables["visitchild"]
    own = [column for column in location.columns if column.name != "id"]
    total = _row_digest(tuple(connection.execute(select(*own).where(location.c.id == location_id)).one()))
    skipped = {"id", "location_id", "activity_id", "changes"}
    columns = [column for column in morning.columns if column.name not in skipped]
    visits = select(func.count()).where(visit.c.morning_id == morning.c.id).scalar_subquery()
    children = (
        select(func.count())
        .select_from(visit_child.join(visit, visit_child.c.visit_id == visit.c.id))
        .where(visit.c.morning_id == morning.c.id)
        .scalar_subquery()
    )
    drinks = select(func.count()).where(drink.c.morning_id == morning.c.id).scalar_subquery()
    query = select(*columns, visits, children, drinks).where(morning.c.location_id == location_id)
    for row in connection.execute(query.order_by(morning.c.day)):
        total = (total * 31 + _row_digest(tuple(row))) % 2**64
    return total


def _new_ids(source: Connection, target: Connection, table: Table) -> tuple[dict[int, int], int]:
    """The receiving side's id of each source row of ``table`` (after the highest id there, in
    the source's order; the tables are locked, so no desk takes one meanwhile), and that highest
    id (0 when the table is empty)."""
    key = table.c.id
    highest = int(target.execute(select(func.coalesce(func.max(key), 0))).scalar_one())
    ids = source.execute(select(key).order_by(key)).scalars()
    return {old: highest + number for number, old in enumerate(ids, start=1)}, highest


def _free_code(taken: set[str]) -> str:
    """A family code that is in ``taken`` neither (which then holds it too)."""
    while True:
        code = "".join(secrets.choice(rules.CODE_ALPHABET) for _ in range(rules.CODE_LENGTH))
        if code not in taken:
            taken.add(code)
            return code


def _recoded_key(key: str, old: str, new: str) -> str:
    """A family's search key (``services.families.search_key``: its names, then its code) with
    the code ``old`` replaced by ``new``."""
    old_part = f" {fold(old)} "
    kept = key[: -len(old_part)] if key.endswith(old_part) else key.rstrip()
    return f"{kept} {fold(new)} " if kept.strip() else f" {fold(new)} "


def append_tables(source: Connection, target: Connection, *, target_name: str) -> Copied:
    """Add the data of ``source`` to ``target``, which holds another place's data (in its open
    transaction, its tables locked by ``copy_tables``; the caller commits).

    Every row gets a new id after the highest there, and every foreign key follows it. The
    source's places stay places of their own: a place whose name is taken on the receiving side
    is refused (``Rejected``), unless every place of the source is there already with the very
    same data (``_place_fingerprint``): then nothing is added (``Copied.already_there``).
    Families are added as families of their own (two files know nothing of each other's
    families); a code that is taken there, or the codes of an erased family (none), gets a new
    code (and the search key with it). List entries (villages, drinks, themes...) the receiving
    side lacks are added after its own; its settings and PIN stay; the undo list stays behind.
    Verified per table: the count and checksum of the rows added, read back."""
    location = SQLModel.metadata.tables["location"]
    theirs = {name: ident for ident, name in target.execute(select(location.c.id, location.c.name))}
    ours = {name: ident for ident, name in source.execute(select(location.c.id, location.c.name))}
    shared = sorted(set(theirs) & set(ours))
    if shared:
        same = [
            name
            for name in shared
            if _place_fingerprint(source, ours[name]) == _place_fingerprint(target, theirs[name])
        ]
        if len(same) == len(ours):
            return Copied(rows={}, appended=True, already_there=tuple(sorted(ours)))
        differing = [name for name in shared if name not in same]
        raise Rejected(PLACE_TAKEN, target=target_name, name=(differing or shared)[0])

    family, list_item = SQLModel.metadata.tables["family"], SQLModel.metadata.tables["listitem"]
    taken_codes = {code for code in target.execute(select(family.c.code)).scalars() if code}
    source_codes = {code for code in source.execute(select(family.c.code)).scalars() if code}
    all_codes = taken_codes | source_codes
    known_items = {
        (kind, value) for kind, value in target.execute(select(list_item.c.kind, list_item.c.value))
    }
    last_position: dict[str, int] = dict(
        target.execute(
            select(list_item.c.kind, func.max(list_item.c.position)).group_by(list_item.c.kind)
        ).all()
    )
    renumbered = 0
    ids: dict[str, dict[int, int]] = {}
    rows: dict[str, int] = {}
    left_out: dict[str, int] = {}

    for table in tables():
        if table.name in KEPT_LAST:
            continue  # the receiving side's triggers write the added mornings' figures as the visits come
        if table.name in NOT_APPENDED:
            if table.name != "setting":  # the receiving side's settings stay: nothing is lost
                left_out[table.name] = source.execute(select(func.count()).select_from(table)).scalar_one()
            continue
        ids[table.name], highest = _new_ids(source, target, table)
        references = [
            (fk.parent.name, fk.column.table.name) for fk in table.foreign_keys if fk.column.table.name in ids
        ]
        skipped = 0

        def remap(
            row: dict[str, Any], table: Table = table, references: list[tuple[str, str]] = references
        ) -> dict[str, Any] | None:
            nonlocal renumbered, skipped
            if table is list_item:
                if (row["kind"], row["value"]) in known_items:
                    skipped += 1
                    return None
                row["position"] = last_position.get(row["kind"], -1) + 1 + row["position"]
            row["id"] = ids[table.name][row["id"]]
            for column, parent in references:
                if row[column] is not None:
                    row[column] = ids[parent][row[column]]
            if table is family and row["code"] in taken_codes:
                new = _free_code(all_codes)
                row["search_key"] = _recoded_key(row["search_key"] or "", row["code"], new)
                row["code"] = new
                renumbered += 1
            return row

        count, total = _copy_table(source, target, table, remap)
        if _checksum(target, table, table.c.id > highest) != (count, total):
            raise Rejected(MISMATCH, table=table.name)
        rows[table.name] = count
        if skipped:
            left_out[table.name] = skipped
    _reset_sequences(target)
    return Copied(
        rows=rows, appended=True, renumbered=renumbered, left_out={k: v for k, v in left_out.items() if v}
    )


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
    target_name: str,
    keep_settings: tuple[str, ...] = (),
    append: bool = False,
) -> Copied:
    """``copy_tables`` from ``source`` into ``target``, committed on the target or not at all."""
    try:
        with _snapshot(source.engine) as reading, target.engine.begin() as writing:
            return copy_tables(
                reading,
                writing,
                target_name=target_name,
                keep_settings=keep_settings,
                append=append,
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
    file) into the database ``to`` (a URL, or ``sqlite://`` for the data folder's file): all of it
    into one that holds no place's data yet, else added beside the data there (``append_tables``).
    Returns what was copied, the source and the target."""
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
            copied = copy_between(source_db, target_db, append=True, target_name=target.shown())
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
            copied = copy_between(database, file_db, target_name=str(out))
        finally:
            file_db.dispose()
        copy_database(paths.database_path(Path(folder)), out, data_write=data_write)
    return copied


def export_backup(database: Database, target: Path) -> Path:
    """The portable backup file of ``database`` at ``target`` (a USB stick), on either engine, made
    now and verified before it takes its name: of the file SQLite's copy (``Database.backup``), of
    a server ``server_backup``. Refused on the data itself; what a killed copy left in that folder
    is removed first."""
    if engines.is_sqlite(database.engine):
        return database.backup(target=target)
    refuse_over_data(target, database.data_dir)
    remove_partial_copies(target.parent)
    server_backup(database, target)
    return target


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
                target_name=engines.redacted(database.engine.url),
                keep_settings=PIN_SETTINGS,
            )
        finally:
            file_db.dispose()
    return copied, kept


def make_backup(database: Database, *, reason: str = "backup", now: datetime | None = None) -> Path:
    """An automatic backup into the data folder's backups, then thinning (``checkin.backups``).

    Of the file: SQLite's verified copy (``backups.make_backup``). Of a database on a server: the
    portable backup file (``server_backup``: SQLite, encrypted with this laptop's key when it has
    one, verified before it takes its name), named and thinned like the file's backups.
    """
    from checkin import backups

    if engines.is_sqlite(database.engine):
        return backups.make_backup(database, reason=reason, now=now)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backup_dir(database.data_dir) / f"checkin-{stamp}-{reason}.sqlite"
    server_backup(database, target, data_write=True)
    backups.thin(database.data_dir, now=now)
    return target
