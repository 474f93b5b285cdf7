"""Writing a file all or nothing, and the data folder readable by its user only.

Every file the app hands to a person or keeps as a copy (PDFs, exports, backups) is written
through ``atomic_path``, so that a failure, a full disk or a kill mid-write leaves either the old
file or the whole new one at the target, never half a file, and no temporary file beside it.

On POSIX the data folder is 0700 and the app's files in it (database, WAL, SHM, backups, lock,
key file, language) are 0600: they are created so (``create_private``; SQLite gives a WAL and SHM
the mode of their database file) and put so at every open (``protect_data_folder``). Files a
person saves elsewhere (flyers, exports) keep the usual mode. On Windows the data folder lies in
the user's profile, whose access list already keeps other users out: nothing is changed there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.paths import BACKUP_DIR, DB_NAME


class NotWritable(Rejected):
    """The data folder cannot be written: restoring a backup into it is no help either."""


def not_writable(folder: Path, error: OSError) -> NotWritable:
    """The Dutch refusal for a folder that cannot be written; a read-only medium is told as such."""
    if error.errno == errno.EROFS:
        return NotWritable(
            N_(
                "De gegevensmap {path} staat op een medium waarop niet geschreven kan worden "
                "(alleen lezen). Kopieer de map naar de laptop, of zet de schrijfbeveiliging uit."
            ),
            path=str(folder),
        )
    return NotWritable(
        N_("De gegevensmap {path} kan niet worden beschreven ({reason})."),
        path=str(folder),
        reason=error.strerror or type(error).__name__,
    )


TEMP_PREFIX = ".partial-"
"""Temporary files start with a dot and this prefix, so a folder listing shows what they are."""
DATABASE_TEMP_PREFIX = f"{TEMP_PREFIX}checkin-db-"
"""Temporary copies of the database (a backup being written) start with this prefix, so the next
backup to that folder and the erasure find what a killed copy left behind and remove it."""

_DATA_FOLDERS: set[Path] = set()
"""The data folders opened in this process: no output file may land on their data."""


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_APP_FILES = ("checkin.*", "language", f"{TEMP_PREFIX}*")
"""The app's own files directly in a data folder (database, WAL, SHM, journal, lock, key file,
the remembered language, what a killed copy left): only these are made private, never a person's
other files in a folder they named as data folder."""


def make_private(path: Path, *, folder: bool = False) -> None:
    """Readable (and writable) by the user only: 0600, a folder 0700 (POSIX; Windows: nothing)."""
    if os.name != "posix":
        return
    mode = PRIVATE_FOLDER if folder else PRIVATE_FILE
    with contextlib.suppress(OSError):
        if (os.stat(path).st_mode & 0o777) != mode:
            os.chmod(path, mode)


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and its missing parents) and make it private; OSError passes through."""
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder, folder=True)
    return folder


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists: SQLite keeps the mode of the file it
    opens and gives the ``-wal`` and ``-shm`` beside it the same mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    make_private(path)


def make_data_private(data_dir: Path) -> None:
    """The data folder 0700; the app's files in it, the backups folder and every file in it 0600."""
    if os.name != "posix":
        return
    make_private(data_dir, folder=True)
    with contextlib.suppress(OSError):
        for pattern in _APP_FILES:
            for path in data_dir.glob(pattern):
                if path.is_file():
                    make_private(path)
        backups = data_dir / BACKUP_DIR
        if backups.is_dir():
            make_private(backups, folder=True)
            for path in backups.iterdir():
                if path.is_file():
                    make_private(path)


def protect_data_folder(data_dir: Path) -> None:
    """Refuse, from now on, every output file on the database, WAL, SHM or backups of ``data_dir``;
    and make the folder and the app's files in it readable by the user only."""
    _DATA_FOLDERS.add(Path(os.path.abspath(data_dir)))
    make_data_private(data_dir)


def _data_files(data_dir: Path) -> list[Path]:
    db = data_dir / DB_NAME
    return [db, *(Path(f"{db}{side}") for side in ("-wal", "-shm", "-journal"))]


def is_over_data(target: Path, data_dir: Path) -> bool:
    """True when writing ``target`` would replace the database, its WAL/SHM/journal, or land in the
    backups folder of ``data_dir`` (through any spelling, symbolic or hard link)."""
    target = Path(os.path.abspath(target))
    real = Path(os.path.realpath(target))
    folder_real = Path(os.path.realpath(data_dir))
    for where, folder in ((target, Path(os.path.abspath(data_dir))), (real, folder_real)):
        if where in _data_files(folder) or where.is_relative_to(folder / BACKUP_DIR):
            return True
    if target.exists():
        for data_file in _data_files(folder_real):
            with contextlib.suppress(OSError):
                if data_file.exists() and os.path.samefile(target, data_file):
                    return True
    return False


def refuse_over_data(target: Path, data_dir: Path | None = None) -> None:
    """``Rejected`` (Dutch) when ``target`` is on the data of ``data_dir`` (default: of every data
    folder opened in this process)."""
    folders = [data_dir] if data_dir is not None else list(_DATA_FOLDERS)
    if any(is_over_data(target, folder) for folder in folders):
        raise Rejected(
            N_(
                "{path} is een bestand van de gegevens zelf (de database of een backup); er is niets "
                "opgeslagen. Kies een andere plek."
            ),
            path=str(target),
        )


def remove_partial_copies(folder: Path) -> list[Path]:
    """Delete what killed database copies left in ``folder``; returns the deleted paths."""
    removed = []
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{DATABASE_TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed


def _folder_of(path: Path, *, create_folder: bool) -> Path:
    if path.is_dir():
        raise Rejected(N_("{path} is een map; geef een bestandsnaam op."), path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if folder.name == BACKUP_DIR and Path(os.path.abspath(folder.parent)) in _DATA_FOLDERS:
                make_private(folder, folder=True)
        except OSError as error:
            raise Rejected(
                N_("Kan niet schrijven naar {path} ({reason})."),
                path=str(path),
                reason=error.strerror or type(error).__name__,
            ) from error
    if not folder.is_dir():
        raise Rejected(N_("De map {folder} bestaat niet."), folder=str(folder))
    return folder


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX; a no-op on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_sync_folder = sync_folder


@contextlib.contextmanager
def atomic_path(
    path: Path,
    *,
    create_folder: bool = False,
    mode: int = 0o644,
    data_write: bool = False,
    database_copy: bool = False,
) -> Iterator[Path]:
    """A temporary path beside ``path`` to write into; on a clean exit it becomes ``path``.

    The caller writes the whole file at the yielded path (any way it likes: bytes, SQLite's backup
    API). On leaving the block the file is fsynced and renamed over ``path``; if the block raises,
    the temporary file is removed and ``path`` is untouched. A folder that cannot be written is a
    ``Rejected`` with a Dutch message; other errors pass through unchanged.

    Only the app's own writes into its data (``data_write``: backups, encryption) may land on a
    data folder's database or backups; any other path there is refused (``refuse_over_data``).
    ``database_copy``: the temporary file is named for ``remove_partial_copies``.
    """
    path = Path(path)
    if not data_write:
        refuse_over_data(path)
    folder = _folder_of(path, create_folder=create_folder)
    prefix = DATABASE_TEMP_PREFIX if database_copy else TEMP_PREFIX
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f"{prefix}{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise Rejected(N_("In de map {folder} kan niet worden geschreven."), folder=str(folder)) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(temp, mode)  # mkstemp makes it private; a PDF or a backup follows the usual mode
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_folder(folder)


def write_atomic(path: Path, data: bytes, *, create_folder: bool = False) -> Path:
    """Write ``data`` to ``path`` so that a failure leaves no file and no partial file behind."""
    path = Path(path)
    with atomic_path(path, create_folder=create_folder) as temp, temp.open("wb") as stream:
        stream.write(data)
    return path
