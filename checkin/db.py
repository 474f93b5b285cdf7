"""The SQLite file: opening it safely, migrating it, checking it, backing it up and restoring it.

One engine is made at start-up (``Database.open``) and passed down; sessions come from it.
Pragmas on every connection: WAL, foreign keys on, synchronous FULL.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine

from checkin import paths
from checkin.errors import Rejected
from checkin.i18n import N_

SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA_REVISION = "0003"
"""The newest migration (tests check it is alembic's single head). A database at this revision
opens without loading alembic, which keeps the start of the app fast."""


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    """An engine on ``db_path`` with the app's pragmas; statement parameters stay out of logs."""
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
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if has_table is None:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def _ensure_writable(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as error:
        raise Rejected(
            N_("De gegevensmap {path} kan niet worden beschreven ({reason})."),
            path=str(data_dir),
            reason=error.strerror or type(error).__name__,
        ) from error


def _sqlite_header_ok(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def check_file(path: Path, *, quick: bool = False) -> list[str]:
    """Problems found in the database file at ``path`` (empty list when it is sound).

    Opens the file read-only, so a damaged file is never written to.
    """
    if not path.exists():
        return [N_("Er is geen database op {path}.").format(path=path)]
    if path.stat().st_size == 0 or not _sqlite_header_ok(path):
        return [N_("{path} is geen database van deze app, of het bestand is beschadigd.").format(path=path)]
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            if rows != ["ok"]:
                return [N_("De database is beschadigd: {detail}").format(detail="; ".join(rows[:5]))]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "family" not in tables:
                return [N_("{path} is geen database van deze app.").format(path=path)]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or (revision[0] != SCHEMA_REVISION and revision[0] not in known_revisions()):
                return [N_("De database is gemaakt met een nieuwere versie van de app.")]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                return [N_("De database verwijst naar {n} ontbrekende rijen.").format(n=len(fk))]
    except sqlite3.DatabaseError as error:
        return [N_("De database is beschadigd: {detail}").format(detail=str(error))]
    return []


@dataclass(frozen=True)
class Database:
    """The open database of one data folder."""

    data_dir: Path
    engine: Engine

    @property
    def path(self) -> Path:
        return paths.database_path(self.data_dir)

    @classmethod
    def open(cls, data_dir: Path, *, migrate: bool = True) -> Database:
        """Open (or create) the database in ``data_dir``, upgrading an older schema after a backup.

        Raises ``Rejected`` for a folder that cannot be written, a file that is not a database of
        this app or is damaged, and a database made by a newer version of the app.
        """
        _ensure_writable(data_dir)
        db_path = paths.database_path(data_dir)
        existed = db_path.exists()
        if existed:
            problems = check_file(db_path, quick=True)
            if problems:
                raise Rejected(
                    N_("De database kan niet worden geopend. {problems}"), problems=" ".join(problems)
                )
        engine = make_engine(db_path)
        database = cls(data_dir=data_dir, engine=engine)
        if migrate:
            revision = current_revision(engine)
            if revision != SCHEMA_REVISION:
                from alembic import command

                if existed:
                    database.backup(reason="voor-upgrade")
                command.upgrade(alembic_config(engine), "head")
        return database

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

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
        self.engine.dispose()

    def backup(self, *, target: Path | None = None, reason: str = "backup") -> Path:
        """A consistent copy through SQLite's backup API, verified before it takes its name."""
        if target is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            target = paths.backup_dir(self.data_dir) / f"checkin-{stamp}-{reason}.sqlite"
        copy_database(self.path, target)
        return target


def copy_database(source: Path, target: Path) -> None:
    """Copy a live SQLite database with the backup API into ``target``, atomically and verified.

    Nothing is left at ``target`` unless the copy is complete and passes the integrity check.
    """
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".sqlite")
        os.close(handle)
        tmp = Path(tmp_name)
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(tmp)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise Rejected(N_("De kopie van de database is niet in orde; er is niets opgeslagen."))
        with tmp.open("rb") as handle_:
            os.fsync(handle_.fileno())
        os.replace(tmp, target)
    except sqlite3.DatabaseError as error:
        raise Rejected(N_("De database kan niet worden gekopieerd: {detail}"), detail=str(error)) from error
    except OSError as error:
        raise Rejected(
            N_("Kan niet schrijven naar {path} ({reason})."),
            path=str(target),
            reason=error.strerror or type(error).__name__,
        ) from error
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _set_aside_damaged(db_path: Path, kept: Path) -> None:
    """Move a damaged or foreign database (and its WAL) aside byte for byte.

    SQLite cannot copy a file it cannot read, and restoring a backup is what a damaged database
    needs; its bytes are kept for whoever wants to rescue something from them.
    """
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            part = Path(f"{db_path}{suffix}")
            if part.exists():
                shutil.copyfile(part, Path(f"{kept}{suffix}"))
        for suffix in ("-wal", "-shm", ""):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    except OSError as error:
        raise Rejected(
            N_("Kan niet schrijven naar {path} ({reason})."),
            path=str(kept),
            reason=error.strerror or type(error).__name__,
        ) from error


def restore_database(source: Path, data_dir: Path) -> Path | None:
    """Replace the database of ``data_dir`` with the backup at ``source``.

    The backup is checked first; the database it replaces is kept as a backup copy, whose path is
    returned (None when there was none). The restored file is upgraded on its next open.
    """
    problems = check_file(source)
    if problems:
        raise Rejected(N_("Deze backup kan niet worden teruggezet. {problems}"), problems=" ".join(problems))
    _ensure_writable(data_dir)
    db_path = paths.database_path(data_dir)
    kept: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = paths.backup_dir(data_dir) / f"checkin-{stamp}-voor-terugzetten.sqlite"
        if check_file(db_path):
            _set_aside_damaged(db_path, kept)
        else:
            copy_database(db_path, kept)
    # Write through SQLite so the WAL of the replaced database cannot outlive it.
    with (
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        contextlib.closing(sqlite3.connect(db_path)) as dst,
    ):
        src.backup(dst)
    return kept
