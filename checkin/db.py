"""The SQLite file: opening it safely, migrating it, checking it, backing it up and restoring it.

One engine is made at start-up (``Database.open``) and passed down; sessions come from it.
Pragmas on every connection: WAL, foreign keys on, synchronous FULL, secure_delete (erased text
is overwritten with zeros rather than left in free pages).

A PostgreSQL server instead of the file is chosen by a URL (``checkin.engines``, the engine seam);
then only ``_open_server`` and the engine-neutral parts here apply.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from checkin import clean_close, crypto, engines, paths
from checkin.errors import Rejected
from checkin.files import (
    atomic_path,
    create_private,
    make_private,
    not_writable,
    private_folder,
    protect_data_folder,
    refuse_over_data,
    remove_partial_copies,
)
from checkin.i18n import N_

SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA_REVISION = "0010"
"""The newest migration (tests check it is alembic's single head). A database at this revision
opens without loading alembic, which keeps the start of the app fast."""


NEWER_VERSION = N_("Deze gegevens zijn gemaakt met een nieuwere versie van de app: werk de app bij.")
"""The problem of a database from a newer app (told as such; a restore is not the answer)."""
EMPTY_FILE = N_("Het databasebestand is leeg (0 bytes).")
"""The problem of a zero-length database file beside backups (a kill during its very first write)."""
HALF_UPGRADED = N_(
    "Een eerdere upgrade van de database is halverwege afgebroken; zet de backup van voor de upgrade terug."
)
"""The problem of a database left by an interrupted upgrade of an app version before upgrades
ran in one transaction (a ``_alembic_tmp_`` table of the batch mode is still there)."""


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    """An engine on ``db_path`` with the app's pragmas; statement parameters stay out of logs."""
    if not crypto.is_plain(db_path) and crypto.passphrase() is not None:  # plain: no keyring asked
        # A pool that keeps connections open: keying an SQLCipher connection costs ~0.1-0.2 s.
        engine = create_engine(
            "sqlite://",
            creator=lambda: crypto.connect(db_path, check_same_thread=False),
            poolclass=QueuePool,
            hide_parameters=True,
        )
    else:
        engine = create_engine(
            f"sqlite:///{db_path}",
            hide_parameters=True,
            connect_args={"check_same_thread": False},
        )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config(engine: Engine | None = None) -> Any:
    """Alembic's configuration for the migrations shipped in checkin/migrations."""
    from alembic.config import Config

    script_location = resources.files("checkin") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(script_location))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for a new, empty one)."""
    with engine.connect() as connection:
        if not engines.has_table(connection, "alembic_version"):
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def _ensure_writable(data_dir: Path) -> None:
    try:
        private_folder(data_dir)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as error:
        raise not_writable(data_dir, error) from error


def _has_wal(db_path: Path) -> bool:
    wal = Path(f"{db_path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _sqlite_header_ok(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def check_file(
    path: Path, *, quick: bool = False, key: str | None = None, pages: bool = True, ignore_wal: bool = False
) -> list[str]:
    """Problems found in the database file at ``path`` (empty list when it is sound).

    Opens the file read-only, so a damaged file is never written to; without a WAL beside it
    even ``immutable``, so SQLite creates no ``-wal`` or ``-shm`` beside it either (and a file on
    a read-only medium can be checked). ``ignore_wal``: immutable even with a WAL beside it, which
    SQLite then does not read (a suspect WAL, ``checkin.clean_close``). ``pages=False`` skips the
    scan of every page (about a second per 100 MB) and checks only that this is a sound database
    of this app at a known revision (no page scan, no foreign-key scan): enough for a command that
    only reads.
    """
    if not path.exists():
        return [N_("Er is geen database op {path}.").format(path=path)]
    encrypted = not crypto.is_plain(path) and (key or crypto.passphrase()) is not None
    if path.stat().st_size == 0 or not (encrypted or _sqlite_header_ok(path)):
        return [
            N_(
                "{path} is geen database van deze app, of het bestand is beschadigd, of het is versleuteld "
                "en deze computer kent de sleutel niet."
            ).format(path=path)
        ]
    try:
        immutable = ignore_wal or not _has_wal(path)
        with contextlib.closing(
            crypto.connect_existing(path, readonly=True, immutable=immutable, key=key)
        ) as conn:
            conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # damaged text is no crash
            pragma = "quick_check" if quick else "integrity_check"
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")] if pages else ["ok"]
            if rows != ["ok"]:
                return [N_("De database is beschadigd: {detail}").format(detail="; ".join(rows[:5]))]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "family" not in tables:
                return [N_("{path} is geen database van deze app.").format(path=path)]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or (revision[0] != SCHEMA_REVISION and revision[0] not in known_revisions()):
                return [NEWER_VERSION]
            if any(name.startswith("_alembic_tmp_") for name in tables):
                return [HALF_UPGRADED]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall() if pages else []
            if fk:
                return [N_("De database verwijst naar {n} ontbrekende rijen.").format(n=len(fk))]
    except crypto.database_errors(UnicodeDecodeError) as error:
        if encrypted and "not a database" in str(error):
            return [N_("De sleutel past niet bij {path}, of het bestand is beschadigd.").format(path=path)]
        return [N_("De database is beschadigd: {detail}").format(detail=str(error))]
    return []


def _open_server(target: engines.Target, *, migrate: bool) -> Engine:
    """The engine on a PostgreSQL server, its schema created or upgraded (one transaction)."""
    engine = engines.server_engine(target)
    try:
        revision = current_revision(engine)
        if revision is not None and revision != SCHEMA_REVISION and revision not in known_revisions():
            raise Rejected(NEWER_VERSION)
        if migrate and revision != SCHEMA_REVISION:
            from alembic import command

            command.upgrade(alembic_config(engine), "head")
    except Rejected:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        raise engines.unreachable(target, error) from None
    except Exception as error:  # the upgrade is one transaction: nothing changed
        engine.dispose()
        raise Rejected(
            N_(
                "De database kan niet worden bijgewerkt naar deze versie van de app; er is niets veranderd ({detail})."
            ),
            detail=type(error).__name__,
        ) from error
    return engine


@dataclass(frozen=True)
class Database:
    """The open database of one data folder."""

    data_dir: Path
    engine: Engine
    mark: clean_close.OpenMark | None = field(default=None, compare=False, repr=False)
    """The open marker (``checkin.clean_close``), released at the clean close (``dispose``)."""
    desk: str | None = None
    """This laptop's desk id on a server (``checkin.desks``): its sessions record their undo
    entries and journal entries with it. None on the SQLite file."""

    @property
    def path(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def wal_set_aside(self) -> Path | None:
        """Where a suspect WAL found at this open was moved (None: there was none)."""
        return None if self.mark is None else self.mark.wal_set_aside

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        migrate: bool = True,
        scan_pages: bool = True,
        empty_is_new: bool = False,
        encrypt_plain: bool = True,
        url: str | None = None,
    ) -> Database:
        """Open (or create) the database in ``data_dir``, upgrading an older schema after a backup.

        ``scan_pages=False`` (for commands that only read) skips the page-by-page quick check;
        SQLite still refuses any damaged page such a command reads. ``empty_is_new``: a zero-length
        file (without a WAL) becomes a new database rather than a refusal (the window, after it
        found no backup to offer for it). ``encrypt_plain=False`` leaves a plain file plain even
        when a passphrase is set (the command line's PIN check only reads before its command runs).

        ``url`` chooses a PostgreSQL server instead of the folder's file (``checkin.engines``;
        None: ``--database`` or ``CHECKIN_DATABASE_URL`` when set); the folder keeps logs and backups.
        A non-empty WAL beside a database that was closed cleanly is first set aside, unused
        (``wal_set_aside`` says where; ``checkin.clean_close``).

        Raises ``Rejected`` for a folder that cannot be written, a file that is not a database of
        this app or is damaged, a database made by a newer version of the app, and a server that
        cannot be reached.
        """
        _ensure_writable(data_dir)
        protect_data_folder(data_dir)
        target = engines.target(data_dir, url)
        if target.server:
            from checkin import desks

            engine = _open_server(target, migrate=migrate)
            return cls(data_dir=data_dir, engine=engine, desk=desks.desk_id(data_dir))
        mark = _mark_open(data_dir)
        try:
            return cls._open_marked(
                data_dir,
                mark,
                migrate=migrate,
                scan_pages=scan_pages,
                empty_is_new=empty_is_new,
                encrypt_plain=encrypt_plain,
            )
        except BaseException:
            mark.release()
            raise

    @classmethod
    def _open_marked(
        cls,
        data_dir: Path,
        mark: clean_close.OpenMark,
        *,
        migrate: bool,
        scan_pages: bool,
        empty_is_new: bool,
        encrypt_plain: bool,
    ) -> Database:
        db_path = paths.database_path(data_dir)
        existed = db_path.exists()
        if existed and empty_is_new and db_path.stat().st_size == 0 and not _has_wal(db_path):
            existed = False  # it holds nothing: SQLite makes it a new database
        if existed:
            problems = check_file(db_path, quick=True, pages=scan_pages)
            if problems:
                raise Rejected(
                    N_("De database kan niet worden geopend. {problems}"), problems=" ".join(problems)
                )
            if encrypt_plain and crypto.is_plain(db_path) and (key := crypto.passphrase()) is not None:
                encrypt_in_place(data_dir, key=key)
        else:
            create_private(db_path)  # SQLite keeps its mode, and gives it to the WAL and SHM
        engine = make_engine(db_path)
        database = cls(data_dir=data_dir, engine=engine, mark=mark)
        if migrate:
            revision = current_revision(engine)
            if revision != SCHEMA_REVISION:
                from alembic import command

                try:
                    if existed:
                        from checkin import backups

                        database.backup(reason="voor-upgrade")
                        backups.thin(data_dir)
                    command.upgrade(alembic_config(engine), "head")
                except Rejected:
                    engine.dispose()
                    raise
                except Exception as error:  # the upgrade is one transaction: nothing changed
                    engine.dispose()
                    raise Rejected(
                        N_(
                            "De database kan niet worden bijgewerkt naar deze versie van de app; er is "
                            "niets veranderd ({detail})."
                        ),
                        detail=type(error).__name__,
                    ) from error
        return database

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False, info={"desk": self.desk} if self.desk else None)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits at the end, or rolls back everything on any error."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        """The clean close: the WAL written into the database and emptied, every connection closed,
        then the open marker released (``checkin.clean_close``), so no ``-wal`` stays behind."""
        if self.mark is not None and self.mark.held:
            _checkpoint_at_close(self.engine)
        self.engine.dispose()
        if self.mark is not None:
            self.mark.release()

    def checkpoint(self) -> None:
        """Write the WAL into the database file and empty it (after an erasure: no old pages left)."""
        if not engines.is_sqlite(self.engine):
            return  # a server keeps its own write-ahead log
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup(self, *, target: Path | None = None, reason: str = "backup") -> Path:
        """A consistent copy through SQLite's backup API, verified before it takes its name.

        ``target`` elsewhere (a USB stick) is refused on the data itself; what a killed copy left
        in that folder is removed first.
        """
        if not engines.is_sqlite(self.engine):
            raise Rejected(engines.NO_SERVER_BACKUP)
        if target is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            copy_database(
                self.path,
                paths.backup_dir(self.data_dir) / f"checkin-{stamp}-{reason}.sqlite",
                data_write=True,
            )
            return paths.backup_dir(self.data_dir) / f"checkin-{stamp}-{reason}.sqlite"
        refuse_over_data(target, self.data_dir)
        remove_partial_copies(target.parent)
        copy_database(self.path, target)
        return target


def _mark_open(data_dir: Path) -> clean_close.OpenMark:
    """The open marker of ``data_dir`` (a suspect WAL set aside first); ``Rejected`` when it
    cannot be written."""
    try:
        return clean_close.mark_open(data_dir)
    except OSError as error:
        raise not_writable(data_dir, error) from error


@contextlib.contextmanager
def _marked(data_dir: Path) -> Iterator[clean_close.OpenMark]:
    """The open marker held for a block that writes the database without ``Database.open``."""
    mark = _mark_open(data_dir)
    try:
        yield mark
    finally:
        mark.release()


def _checkpoint_at_close(engine: Engine) -> None:
    """Write the WAL into the database file and truncate it, waiting a short while at most for
    another process's reader; a failure leaves the WAL (and so the marker) for the next open."""
    with contextlib.suppress(SQLAlchemyError, sqlite3.Error), engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA busy_timeout=2000")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def copy_database(source: Path, target: Path, *, data_write: bool = False) -> None:
    """Copy a live SQLite database with the backup API into ``target``, atomically and verified.

    Nothing is left at ``target`` unless the copy is complete and passes the integrity check
    (``checkin.files.atomic_path``: a temporary file beside it, fsynced, then renamed). Only the
    app's own copies (``data_write``) may land in a data folder's backups.
    """
    try:
        with (
            atomic_path(
                target, create_folder=True, mode=0o600, data_write=data_write, database_copy=True
            ) as tmp,
            contextlib.closing(crypto.connect_existing(source, readonly=True)) as src,
            contextlib.closing(crypto.connect(tmp)) as dst,
        ):  # the connections close before the copy is fsynced and takes its name
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise Rejected(N_("De kopie van de database is niet in orde; er is niets opgeslagen."))
    except crypto.database_errors() as error:
        raise Rejected(N_("De database kan niet worden gekopieerd: {detail}"), detail=str(error)) from error
    except OSError as error:
        raise Rejected(
            N_("Kan niet schrijven naar {path} ({reason})."),
            path=str(target),
            reason=error.strerror or type(error).__name__,
        ) from error


def restore_database(source: Path, data_dir: Path, *, source_key: str | None = None) -> Path | None:
    """Replace the database of ``data_dir`` with the backup at ``source``.

    The backup is checked first; the database it replaces is kept as a backup copy, whose path is
    returned (None when there was none). The restored file is upgraded on its next open.
    A damaged database cannot be copied; it is moved aside unchanged (with its WAL) as
    ``checkin-<stamp>-beschadigd.sqlite`` in the backups folder, and that path is returned.
    ``source_key`` is the recovery key of a backup made on another laptop; the restored database
    gets this laptop's key.
    """
    problems = check_file(source, key=source_key)
    if problems:
        raise Rejected(N_("Deze backup kan niet worden teruggezet. {problems}"), problems=" ".join(problems))
    _ensure_writable(data_dir)
    with _marked(data_dir):  # written without Database.open: marked as open all the same
        return _restore_into(source, data_dir, source_key=source_key)


def _restore_into(source: Path, data_dir: Path, *, source_key: str | None) -> Path | None:
    db_path = paths.database_path(data_dir)
    kept: Path | None = None
    pin_rows: list[tuple[str, str]] = []
    if db_path.exists() and db_path.stat().st_size > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        if check_file(db_path):
            kept = set_aside(db_path, paths.backup_dir(data_dir) / f"checkin-{stamp}-beschadigd.sqlite")
        else:
            pin_rows = _pin_settings(db_path)
            kept = paths.backup_dir(data_dir) / f"checkin-{stamp}-voor-terugzetten.sqlite"
            copy_database(db_path, kept, data_write=True)
    else:
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    create_private(db_path)
    key = crypto.passphrase()
    if (source_key is not None and source_key != key) or (key is not None and crypto.is_plain(source)):
        # Another laptop's key, or a backup from before encryption: re-key it first.
        with tempfile.TemporaryDirectory(dir=data_dir) as folder:
            rekeyed = Path(folder) / "restore.sqlite"
            plain = crypto.is_plain(source)
            crypto.export_copy(source, rekeyed, source_key=None if plain else source_key, target_key=key)
            _write_through(rekeyed, db_path)
    else:
        _write_through(source, db_path)
    if pin_rows:  # a restore keeps the current PIN (and its count of wrong tries)
        with contextlib.closing(crypto.connect_existing(db_path)) as conn, conn:
            conn.executemany("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", pin_rows)
    return kept


PIN_SETTINGS = ("coordinator_pin", "pin_failures", "pin_locked_until")
"""The settings a restore carries over from the database it replaces (checkin.settings)."""


def _pin_settings(db_path: Path) -> list[tuple[str, str]]:
    with contextlib.closing(crypto.connect_existing(db_path, readonly=True)) as conn:
        marks = ", ".join("?" for _ in PIN_SETTINGS)
        rows = conn.execute(f"SELECT key, value FROM setting WHERE key IN ({marks})", PIN_SETTINGS).fetchall()  # noqa: S608
    return [(str(key), str(value)) for key, value in rows]


def _write_through(source: Path, db_path: Path) -> None:
    # Write through SQLite so the WAL of the replaced database cannot outlive it.
    with (
        contextlib.closing(crypto.connect_existing(source, readonly=True)) as src,
        contextlib.closing(crypto.connect(db_path)) as dst,
    ):
        src.backup(dst)


def set_aside(db_path: Path, target: Path) -> Path:
    """Move a (damaged) database file and its WAL/SHM to ``target`` by renaming: nothing is written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(db_path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def encrypt_in_place(data_dir: Path, *, key: str) -> None:
    """Convert the unencrypted database of ``data_dir`` and its backups to SQLCipher files.

    An encrypted copy is written next to the database and checked first; another one is kept as
    the backup ``voor-versleuteling``; only then does it replace the database. Unencrypted backups
    are converted the same way, so no readable copy stays behind in the data folder.
    """
    db_path = paths.database_path(data_dir)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    targets = [(db_path, data_dir)]
    targets += [(p, folder) for p in sorted(folder.glob("checkin-*.sqlite")) if crypto.is_plain(p)]
    try:
        for plain, where in targets:
            _encrypt_one(
                plain,
                where,
                db_path=db_path,
                key=key,
                kept=folder / f"checkin-{stamp}-voor-versleuteling.sqlite",
            )
    except crypto.database_errors(OSError) as error:
        raise Rejected(N_("De database kan niet worden versleuteld: {detail}"), detail=str(error)) from error


def _encrypt_one(plain: Path, where: Path, *, db_path: Path, key: str, kept: Path) -> None:
    """Replace one unencrypted file by a checked encrypted copy (the database keeps one as ``kept``)."""
    with atomic_path(where / plain.name, mode=0o600, data_write=True, database_copy=True) as tmp:
        tmp.unlink()  # the encrypted copy is made by SQLCipher's export into a new file
        crypto.encrypt_copy(plain, tmp, key=key)
        problems = check_file(tmp)
        if problems:
            raise Rejected(
                N_("De database kan niet worden versleuteld. {problems}"), problems=" ".join(problems)
            )
        if plain == db_path:
            crypto.encrypt_copy(plain, kept, key=key)
            make_private(kept)
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def encrypt_open(database: Database, *, key: str) -> None:
    """Encrypt the open ``database`` (and its backups) with ``key`` while the app keeps running.

    The engine stays the same object (what listens to it keeps listening): its connections are
    closed, the file is converted by ``encrypt_in_place``, and the engine gets the pool of an
    engine made for the encrypted file. ``key`` must be the process's key already
    (``crypto.passphrase()``), so that every later connection is keyed with it.
    """
    if crypto.passphrase() != key:
        raise ValueError("use the key before encrypting with it")
    database.engine.dispose()
    encrypt_in_place(database.data_dir, key=key)
    database.engine.pool = make_engine(database.path).pool
