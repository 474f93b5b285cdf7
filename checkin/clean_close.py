"""A clean close leaves no WAL, so a WAL found beside a cleanly closed database is not its own.

SQLite applies any ``checkin.sqlite-wal`` it finds beside the database, also one copied from another
copy of the same database (a sync folder, a folder copied by hand): it cannot tell a foreign WAL
from its own, and such a WAL silently changes names and loses rows. So the app notes who has the
database open, with one marker file per open in the data folder's ``open/`` folder:

- every open for writing (``Database.open``, a restore) creates its marker, fsynced, and holds an
  OS lock on it (``checkin.instance``) for as long as it is open;
- a clean close checkpoints the WAL (TRUNCATE) and then removes its marker when the WAL is empty,
  or when another open copy (a marker that is still locked) answers for the WAL; otherwise the
  marker stays;
- a process that ends without closing (a crash, a kill, a power cut) leaves its marker: the WAL
  beside the database is its own, SQLite applies it at the next open, and that open removes the
  dead marker (its own marker answers for the WAL from then on).

At an open, a non-empty WAL without any marker beside a database that has been opened this way
before (``open/`` exists) cannot come from a crash: it is suspect. It is moved aside unchanged
(with its ``-shm``) into the backups folder as ``checkin-<stamp>-verdacht.sqlite-wal``, never
deleted, and the database opens as it was at its clean close. A data folder made by an app version
before this one has no ``open/`` folder: its WAL is applied as before (it may be a crash's).

Markers are created, judged and removed under a short lock on ``open/guard``, so one process never
takes another's fresh marker for a dead one. Reading only (``suspect_wal``, for ``checkin check``)
takes no lock and writes nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from checkin import instance, paths
from checkin.files import sync_folder
from checkin.i18n import N_

log = logging.getLogger(__name__)

MARKS_DIR = "open"
"""The folder of the open markers, in the data folder."""
GUARD_NAME = "guard"
MARK_SUFFIX = ".mark"
SUSPECT_REASON = "verdacht"
GUARD_WAIT_S = 5.0
"""How long an open or close waits for another's short turn on the markers before it goes on
without judging (conservative: nothing is set aside, no marker of another is removed)."""

WAL_SET_ASIDE = N_(
    "Naast de database stond een bestand checkin.sqlite-wal dat er niet bij hoort: de app was de vorige "
    "keer netjes afgesloten, dus het komt ergens anders vandaan (bijvoorbeeld gekopieerd van een andere "
    "laptop). Het is niet gebruikt, maar bewaard als {name} in de map met backups. De gegevens zijn "
    "zoals ze bij het afsluiten waren."
)
"""Told once to the host (a message in the window, one line on stderr) when a WAL was set aside."""
WAL_SUSPECT = N_(
    "Naast de database staat een bestand checkin.sqlite-wal dat er niet bij hoort, want de app was de "
    "vorige keer netjes afgesloten; misschien is het gekopieerd van een andere laptop. Het wordt niet "
    "gebruikt: de app zet het bij de volgende opening apart in de map met backups."
)
"""What ``checkin check`` reports about a suspect WAL (it changes nothing itself)."""


def wal_path(data_dir: Path) -> Path:
    return Path(f"{paths.database_path(data_dir)}-wal")


def _wal_size(data_dir: Path) -> int:
    try:
        return wal_path(data_dir).stat().st_size
    except OSError:
        return 0


def _sync_file(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _marks(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob(f"*{MARK_SUFFIX}"))
    except OSError:
        return []


def _held(mark: Path) -> bool:
    """True while the process that made ``mark`` still has the database open."""
    try:
        handle = mark.open("rb")
    except OSError:
        return False  # gone meanwhile: its owner closed
    with handle:
        if instance.try_lock(handle):
            instance.unlock(handle)
            return False
        return True


def suspect_wal(data_dir: Path) -> bool:
    """True when a non-empty WAL lies beside a database that was closed cleanly (no marker at all).

    Reads only: no lock is taken and nothing is written (``checkin check``, the start-up check).
    """
    folder = data_dir / MARKS_DIR
    return (
        folder.is_dir()
        and paths.database_path(data_dir).exists()
        and _wal_size(data_dir) > 0
        and not _marks(folder)
    )


@contextlib.contextmanager
def _guard(folder: Path) -> Iterator[bool]:
    """A short turn on the markers of ``folder``; yields False when it could not be had in time."""
    try:
        handle = (folder / GUARD_NAME).open("a+b")
    except OSError:
        yield False
        return
    with handle:
        deadline = time.monotonic() + GUARD_WAIT_S
        while not instance.try_lock(handle):
            if time.monotonic() > deadline:
                log.warning("The open markers stayed locked; going on without judging them")
                yield False
                return
            time.sleep(0.01)
        try:
            yield True
        finally:
            instance.unlock(handle)


def _move_aside(data_dir: Path) -> Path:
    """Move the WAL (and its SHM) into the backups folder by renaming: nothing is written."""
    folder = paths.backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    db_path = paths.database_path(data_dir)
    target = folder / f"checkin-{stamp}-{SUSPECT_REASON}.sqlite"
    kept = Path(f"{target}-wal")
    os.replace(wal_path(data_dir), kept)
    shm = Path(f"{db_path}-shm")
    if shm.exists():
        os.replace(shm, Path(f"{target}-shm"))
    sync_folder(folder)
    sync_folder(data_dir)
    log.warning("A WAL beside the cleanly closed database was set aside as %s", kept.name)
    return kept


def set_aside_suspect_wal(data_dir: Path) -> Path | None:
    """Move a suspect WAL aside (see the module's text); returns where it went, None when there was
    none. Writes nothing when there is none (a command that does not open the database may call it)."""
    folder = data_dir / MARKS_DIR
    if not suspect_wal(data_dir):
        return None
    with _guard(folder) as guarded:
        if guarded and suspect_wal(data_dir):
            return _move_aside(data_dir)
    return None


class OpenMark:
    """The marker of one open database; ``release`` at its clean close."""

    def __init__(self, *, data_dir: Path, path: Path, handle: IO[bytes], wal_set_aside: Path | None) -> None:
        self.data_dir = data_dir
        self.path = path
        self._handle: IO[bytes] | None = handle
        self.wal_set_aside = wal_set_aside
        """Where a suspect WAL was moved at this open (None: there was none)."""

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """After the clean close (checkpoint, connections closed): remove the marker when the WAL is
        empty, or when another open copy answers for it; else leave it, so the next open applies the
        WAL as its own. Removes dead markers of others too when the WAL is empty."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        folder = self.path.parent
        with _guard(folder) as guarded:
            others = [mark for mark in _marks(folder) if mark != self.path]
            live = [mark for mark in others if _held(mark)]
            empty = _wal_size(self.data_dir) == 0
            handle.close()  # frees the lock (before the unlink: Windows removes no open file)
            if not (empty or live):
                log.info("The WAL is not empty at close: the open marker stays")
                return
            if empty:  # the emptied or deleted WAL is on disk before the marker goes
                _sync_file(wal_path(self.data_dir))
                sync_folder(self.data_dir)
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            if empty and guarded:
                for dead in (mark for mark in others if mark not in live):
                    with contextlib.suppress(OSError):
                        dead.unlink(missing_ok=True)
            sync_folder(folder)


def mark_open(data_dir: Path) -> OpenMark:
    """Note that ``data_dir``'s database is being opened for writing; first set aside a suspect
    WAL. Call before SQLite opens the file; ``release`` the mark at the clean close.

    Raises ``OSError`` when the marker cannot be written (the caller checked the folder is writable).
    """
    folder = data_dir / MARKS_DIR
    known = folder.is_dir()
    folder.mkdir(mode=0o700, exist_ok=True)
    with _guard(folder) as guarded:
        others = _marks(folder)
        set_aside = None
        if (
            guarded
            and known
            and not others
            and _wal_size(data_dir) > 0
            and paths.database_path(data_dir).exists()
        ):
            set_aside = _move_aside(data_dir)
        path = folder / f"{os.getpid()}-{secrets.token_hex(4)}{MARK_SUFFIX}"
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
        handle = os.fdopen(fd, "r+b")
        try:
            if not instance.try_lock(handle):
                raise OSError(f"cannot lock {path}")
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            path.unlink(missing_ok=True)
            raise
        if guarded:
            for dead in (mark for mark in others if not _held(mark)):
                # A crash's marker: the WAL it answered for is answered for by this one now.
                with contextlib.suppress(OSError):
                    dead.unlink(missing_ok=True)
        sync_folder(folder)
    return OpenMark(data_dir=data_dir, path=path, handle=handle, wal_set_aside=set_aside)
