"""Operations of the application shell: the data folder, opening the database, backups, restore.

Before a database is open the functions take the data folder (the start-up check, restoring the
newest sound backup, the recovery key at the very first start, opening); afterwards they take the
:class:`Operations` of the open database. Each returns plain data (paths, numbers, the frozen
dataclasses re-exported here) or raises ``Rejected`` with a Dutch message.

This module loads the database libraries: the window imports it only once it is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from checkin import backups as _backups
from checkin import clean_close, crypto, engines, keys, paths, privacy, server_check, server_choice, transfer
from checkin.backups import BackupFile as BackupFile
from checkin.backups import BackupInfo as BackupInfo
from checkin.clean_close import WAL_SET_ASIDE as WAL_SET_ASIDE
from checkin.db import EMPTY_FILE as EMPTY_FILE
from checkin.db import NEWER_VERSION as NEWER_VERSION
from checkin.db import Database as Database
from checkin.db import check_file, restore_database
from checkin.errors import Rejected
from checkin.files import NotWritable as NotWritable
from checkin.files import write_atomic
from checkin.privacy import Anonymised as Anonymised
from checkin.services.lists import ensure_default_lists as _ensure_default_lists
from ui.operations import Operations

# --- Before the database is open --------------------------------------------------------------------


@dataclass(frozen=True)
class StartupCheck:
    """What the start-up check found in the data folder's database file."""

    problems: tuple[str, ...]
    """Dutch texts of the core (N_), empty when the file is sound, new or absent."""
    newest_backup: BackupInfo | None
    """The newest sound backup to offer when there are problems (None: there is none)."""

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def newer(self) -> bool:
        """The database was made by a newer version of the app: updating the app is the answer."""
        return NEWER_VERSION in self.problems


def check_data_folder(data_dir: Path, *, pages: bool = True) -> StartupCheck:
    """A quick integrity check of the database in ``data_dir``, read-only: nothing is written.

    A damaged or foreign file comes with the newest backup that passes the integrity check; so
    does a zero-length file when there is a backup (without one it simply becomes a new database).
    ``pages=False`` checks only that it is a sound database of this app at a known revision; the
    window scans the pages after its first frame (:func:`check_pages`).
    """
    db_path = paths.database_path(data_dir)
    if not db_path.exists():
        return StartupCheck(problems=(), newest_backup=None)
    if db_path.stat().st_size == 0 and not Path(f"{db_path}-wal").exists():
        newest = _backups.newest_sound_backup(data_dir)
        return StartupCheck(problems=(EMPTY_FILE,) if newest else (), newest_backup=newest)
    # A suspect WAL is not read: the open sets it aside (clean_close), the data is the file's own.
    problems = tuple(
        check_file(db_path, quick=True, pages=pages, ignore_wal=clean_close.suspect_wal(data_dir))
    )
    if not problems:
        return StartupCheck(problems=(), newest_backup=None)
    return StartupCheck(problems=problems, newest_backup=_backups.newest_sound_backup(data_dir))


def check_pages(operations: Operations) -> StartupCheck:
    """The scan of every page and reference of the open database (read-only; off the GUI thread,
    after the first frame), with the newest sound backup when it finds damage."""
    data_dir = operations.database.data_dir
    if not engines.is_sqlite(operations.database.engine):
        return StartupCheck(problems=(), newest_backup=None)  # a server checks its own pages
    problems = tuple(check_file(paths.database_path(data_dir), quick=True))
    if not problems:
        return StartupCheck(problems=(), newest_backup=None)
    return StartupCheck(problems=problems, newest_backup=_backups.newest_sound_backup(data_dir))


def backup_after_failed_open(data_dir: Path) -> BackupInfo | None:
    """The backup to offer when opening failed: the newest sound one made before an upgrade,
    else the newest sound one (None: there is none)."""
    return _backups.newest_sound_backup(data_dir, prefer=_backups.UPGRADE_REASON)


def restore_at_start(data_dir: Path, backup: BackupInfo) -> Path | None:
    """Put ``backup`` in place of the damaged database, which is moved aside unchanged.

    Returns where the replaced file was kept (in the backups folder), None when there was none.
    """
    return restore_database(backup.path, data_dir)


def open_database(data_dir: Path) -> Operations:
    """Open (or create) the database of ``data_dir``, upgrading an older one after a backup.

    A zero-length file becomes a new database here (``check_data_folder`` offered a backup first
    when there is one). Called right after :func:`check_data_folder`, which scanned every page:
    the scan (and the foreign-key check, a second or more with ten years of visits) is not repeated.
    """
    return Operations(database=Database.open(data_dir, empty_is_new=True, scan_pages=False))


def wal_set_aside(operations: Operations) -> Path | None:
    """Where opening moved a WAL that did not belong to the cleanly closed database (None: none);
    the host is told once (``WAL_SET_ASIDE``)."""
    return operations.database.wal_set_aside


def close_database(operations: Operations) -> None:
    """Close every connection, the desk's journal file's too (at exit, or before a restore
    replaces the file)."""
    operations.close()
    operations.database.dispose()


def data_folder(operations: Operations) -> Path:
    return operations.database.data_dir


def new_recovery_key(data_dir: Path) -> str | None:
    """At the very first start, with SQLCipher and an OS keyring present: a new key, kept in the
    keyring, so the new database is encrypted; returns its recovery key to show once.

    None when nothing changes: a database exists already, a key is set, or encryption is not at hand.
    """
    if (
        paths.database_path(data_dir).exists()
        or crypto.passphrase() is not None
        or not crypto.can_encrypt_by_default()
    ):
        return None
    key = crypto.new_recovery_key()
    crypto.store_in_keyring(key)
    return key


# --- Encryption: the first start, the start-up passphrase, "Versleutelen" ----------------------------

MIN_PASSPHRASE = keys.MIN_PASSPHRASE
PASSPHRASE_RULE = keys.PASSPHRASE_RULE
"""The rule for a new start-up passphrase (a core text: ``core_text(...).format(n=MIN_PASSPHRASE)``)."""


def new_folder_plan(data_dir: Path) -> str | None:
    """How the first start makes the database: ``key``, ``keyring``, ``ask`` (no keyring: the
    coordinator chooses), ``plain``; None when the folder has a database already."""
    return keys.new_folder_plan(data_dir)


def needed_at_start(data_dir: Path) -> str | None:
    """``passphrase`` when the start-up passphrase must be typed before the database opens; else None."""
    return keys.needed_at_start(data_dir)


def unlock(data_dir: Path, typed: str) -> None:
    """Open the folder with its start-up passphrase (or recovery key); ``Rejected`` when wrong."""
    keys.unlock(data_dir, typed)


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    """``Rejected`` (Dutch) for a start-up passphrase that is too short or typed twice differently."""
    keys.check_new_passphrase(passphrase, repeated)


def make_key() -> str:
    """A new key for the data, which is also the recovery key to show once (nothing is kept yet)."""
    return keys.new_key()


def keep_key_with_passphrase(data_dir: Path, *, passphrase: str, key: str) -> None:
    """The first start chose a start-up passphrase: keep ``key`` behind it; the new database uses it."""
    keys.keep_with_passphrase(data_dir, passphrase=passphrase, key=key)


def can_use_keyring() -> bool:
    """True when this computer has an OS keyring (and SQLCipher) for the key."""
    return crypto.can_encrypt_by_default()


def is_encrypted(operations: Operations) -> bool:
    """True when the open database is an SQLCipher file."""
    return keys.is_encrypted(operations.database.data_dir)


def encrypt_with_keyring(operations: Operations, *, key: str) -> None:
    """Gegevens > Versleutelen on a computer with a keyring: ``key`` there, the data encrypted."""
    keys.refuse_encrypted(operations.database.data_dir)
    keys.keep_in_keyring(key)
    keys.encrypt_database(operations.database, key=key)


def encrypt_with_passphrase(operations: Operations, *, passphrase: str, key: str) -> None:
    """Gegevens > Versleutelen without a keyring: ``key`` behind a start-up passphrase, the data
    encrypted. On failure the key file goes again and nothing has changed."""
    data_dir = operations.database.data_dir
    keys.refuse_encrypted(data_dir)
    keys.keep_with_passphrase(data_dir, passphrase=passphrase, key=key)
    try:
        keys.encrypt_database(operations.database, key=key)
    except BaseException:
        keys.key_file(data_dir).unlink(missing_ok=True)
        crypto.use_key(None)
        raise


def save_recovery_sheet(*, key: str, out: Path, data_dir: Path, made_on: date) -> Path:
    """The one-page PDF with the recovery key for the coordinator's drawer."""
    from checkin.recovery_sheet import write_recovery_sheet  # reportlab: not needed at every start

    return write_recovery_sheet(key=key, out=out, made_on=made_on, data_dir=data_dir)


# --- The open database ----------------------------------------------------------------------------


def ensure_default_lists(operations: Operations) -> None:
    """Fill each list that has no entries yet with its defaults (the first start)."""
    operations.run(_ensure_default_lists)


def apply_retention(operations: Operations) -> Anonymised:
    """Anonymise every family past the retention period, here and in the backups (at start)."""
    return privacy.apply_retention(operations.database)


def save_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing (a PDF the host saves); ``Rejected`` in Dutch."""
    write_atomic(path, data)


# --- Backups --------------------------------------------------------------------------------------


def make_backup(operations: Operations, *, reason: str) -> Path:
    """A verified backup in the backups folder, then thinning (the automatic backups); of a
    database on a server the portable backup file (``checkin.transfer``)."""
    return transfer.make_backup(operations.database, reason=reason)


def export_backup(operations: Operations, *, target: Path) -> Path:
    """A verified backup of the database made now at ``target`` (a USB stick), all or nothing; of
    a database on a server the same portable backup file (``checkin.transfer``)."""
    return transfer.export_backup(operations.database, target)


def backup_folder(operations: Operations) -> Path:
    return paths.backup_dir(operations.database.data_dir)


def list_backups(operations: Operations) -> list[BackupFile]:
    """The backups in the data folder, newest first."""
    return _backups.list_backups(operations.database.data_dir)


def describe_backup(source: Path, *, key: str | None = None) -> BackupInfo:
    """What the backup at ``source`` holds (read-only); ``key``: another laptop's recovery key."""
    return _backups.describe(source, key=key)


def needs_recovery_key(info: BackupInfo) -> bool:
    """True when the backup could not be read because it is encrypted with another key."""
    source = info.path
    return not info.sound and source.exists() and source.stat().st_size > 0 and not crypto.is_plain(source)


def restore_backup(operations: Operations, source: Path, *, source_key: str | None = None) -> Path | None:
    """Replace the database with the backup at ``source``; the app must close afterwards.

    On a server the backup's data replaces the server's in one transaction, its coordinator PIN
    kept (``checkin restore`` does the same). The connections are closed first; the replaced database is kept as a backup, whose path is
    returned (None when there was none). A backup that is not sound is refused, nothing changes.
    """
    database = operations.database
    close_database(operations)
    if not engines.is_sqlite(database.engine):  # the server's data replaced in one transaction
        _copied, kept = transfer.restore_to_server(source, database, source_key=source_key)
        database.dispose()
        return kept
    return restore_database(source, database.data_dir, source_key=source_key)


class CommitWatch:
    """Counts the commits on the open database, from any thread, until ``stop``."""

    def __init__(self, operations: Operations) -> None:
        self._engine = operations.database.engine
        self.count = 0
        event.listen(self._engine, "commit", self._counted)

    def _counted(self, _connection: Any) -> None:
        self.count += 1

    def stop(self) -> None:
        if event.contains(self._engine, "commit", self._counted):
            event.remove(self._engine, "commit", self._counted)


def watch_commits(operations: Operations) -> CommitWatch:
    """Start counting the commits (the automatic backup runs only after data changed)."""
    return CommitWatch(operations)


# --- Where the data lives: this computer's file or a server ---------------------------------------

ServerFields = server_choice.ServerFields
ConnectionTest = server_choice.TestResult
NO_KEYRING_FOR_PASSWORD = server_choice.NO_KEYRING
CONNECTION_FAILED = server_choice.OTHER_PROBLEM


@dataclass(frozen=True)
class Where:
    """Where the data of the open app lives, to show: the file's path, or the server's names."""

    server: bool
    path: Path
    host: str = ""
    database: str = ""
    user: str = ""
    chosen_elsewhere: bool = False
    """Chosen by ``--database`` or ``CHECKIN_DATABASE_URL``: a change in the window does not apply."""


def needs_database_choice(data_dir: Path) -> bool:
    """The very first start: no database file, no stored choice, none on the command line."""
    return (
        not paths.database_path(data_dir).exists()
        and server_choice.stored(data_dir) is None
        and engines.configured_url() is None
    )


def uses_server(data_dir: Path) -> bool:
    """True when the data of ``data_dir`` is on a server; ``Rejected`` for a URL that cannot be used."""
    return engines.target(data_dir).server


def where(data_dir: Path) -> Where:
    """Where the data of ``data_dir`` lives (``Rejected`` for a URL that cannot be used)."""
    return _where(engines.target(data_dir))


def where_open(operations: Operations) -> Where:
    """Where the data of the open database lives."""
    database = operations.database
    url = None if engines.is_sqlite(database.engine) else database.engine.url
    return _where(engines.Target(paths.database_path(database.data_dir), url))


def _where(target: engines.Target) -> Where:
    elsewhere = engines.configured_url() is not None
    if target.url is None:
        return Where(server=False, path=target.sqlite_path, chosen_elsewhere=elsewhere)
    host, database, user = server_choice.described(server_choice.stored_text(target.url))
    return Where(
        server=True,
        path=target.sqlite_path,
        host=host,
        database=database,
        user=user,
        chosen_elsewhere=elsewhere,
    )


def stored_server_fields(data_dir: Path) -> ServerFields | None:
    """The server fields stored for ``data_dir`` (to fill the dialog again); None: the file."""
    choice = server_choice.stored(data_dir)
    if choice is None or choice.url is None:
        return None
    return server_choice.fields_of(choice.url)


def try_server(fields: ServerFields, password: str) -> ConnectionTest:
    """Connect once with ``fields`` and ``password``; the answer in one Dutch line, no traceback."""
    try:
        url = server_choice.build_url(fields)
    except Rejected as error:
        return ConnectionTest("other", error.template, tuple((k, str(v)) for k, v in error.params.items()))
    return server_check.check_connection(url, password)


def choose_file(data_dir: Path) -> None:
    """Keep the data in the file on this computer (the default)."""
    server_choice.remember(data_dir, url=None)


def choose_server(data_dir: Path, fields: ServerFields, password: str) -> bool:
    """Keep the data on the server of ``fields``: its URL (no password) in the data folder, the
    password in the OS keyring. False when there is no keyring (asked at each start then)."""
    url = server_choice.build_url(fields)
    return server_choice.remember(data_dir, url=url, password=password)


def server_password_needed(data_dir: Path) -> bool:
    """The stored server asks a password that this process does not know (no keyring, no ~/.pgpass)."""
    if engines.configured_url() is not None:
        return False
    choice = server_choice.stored(data_dir)
    if choice is None or choice.url is None or server_choice.password(choice.url) is not None:
        return False
    from sqlalchemy.engine import make_url

    return server_check.check_connection(make_url(choice.url), "").outcome == "password"


def unlock_server(data_dir: Path, typed: str) -> ConnectionTest:
    """Try the password typed at the start; when it opens the server it is used in this process."""
    choice = server_choice.stored(data_dir)
    assert choice is not None and choice.url is not None
    from sqlalchemy.engine import make_url

    result = server_check.check_connection(make_url(choice.url), typed)
    if result.ok:
        server_choice.use_password(choice.url, typed)
    return result


# --- Moving this computer's data onto the chosen server (Instellingen > Database) -------------------

ALREADY_MOVED = transfer.ALREADY_THERE


@dataclass(frozen=True)
class Moved:
    """What a move onto the server did, to tell the coordinator."""

    target: str
    """The server as shown: ``host/database``."""
    families: int
    mornings: int
    visits: int
    appended: bool
    """Added beside another place's data on the server (else the server was empty)."""
    renumbered: int = 0
    """Family codes that were taken on the server and got a new one."""
    already_there: tuple[str, ...] = ()
    """The places were moved there before, with the very same data: nothing changed."""


def can_move_to_server(operations: Operations) -> bool:
    """True when the open data is this computer's file and the folder's stored choice is a server
    (chosen in the window, not on the command line): the data can be moved there."""
    data_dir = operations.database.data_dir
    if not engines.is_sqlite(operations.database.engine) or engines.configured_url() is not None:
        return False
    choice = server_choice.stored(data_dir)
    return choice is not None and choice.url is not None


def move_to_server(operations: Operations) -> Moved:
    """Copy the data of this computer's file onto the chosen server (``checkin move``): all of it
    into an empty database, else beside the other places' data there; verified by counts and
    checksums, in one transaction on the server. The file is only read. ``Rejected`` in Dutch."""
    data_dir = operations.database.data_dir
    url = server_choice.stored_url(data_dir)
    assert url is not None, "can_move_to_server first"
    copied, _source, _target = transfer.move(data_dir, to=url, source_url=transfer.SQLITE_URL)
    host, database, _user = server_choice.described(server_choice.stored(data_dir).url or "")  # type: ignore[union-attr]
    return Moved(
        target=f"{host}/{database}",
        families=copied.rows.get("family", 0),
        mornings=copied.rows.get("morning", 0),
        visits=copied.rows.get("visit", 0),
        appended=copied.appended,
        renumbered=copied.renumbered,
        already_there=copied.already_there,
    )
