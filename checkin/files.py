"""Writing a file all or nothing: a temporary file in the same folder, fsynced, then one rename.

Every file the app hands to a person or keeps as a copy (PDFs, exports, backups) is written this
way, so that a failure, a full disk or a kill mid-write leaves either the old file or the whole new
one at the target, never half a file, and no temporary file beside it.
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


def _folder_of(path: Path, *, create_folder: bool) -> Path:
    if path.is_dir():
        raise Rejected(N_("{path} is een map; geef een bestandsnaam op."), path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise Rejected(
                N_("Kan niet schrijven naar {path} ({reason})."),
                path=str(path),
                reason=error.strerror or type(error).__name__,
            ) from error
    if not folder.is_dir():
        raise Rejected(N_("De map {folder} bestaat niet."), folder=str(folder))
    return folder


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX; a no-op on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(path: Path, *, create_folder: bool = False, mode: int = 0o644) -> Iterator[Path]:
    """A temporary path beside ``path`` to write into; on a clean exit it becomes ``path``.

    The caller writes the whole file at the yielded path (any way it likes: bytes, SQLite's backup
    API). On leaving the block the file is fsynced and renamed over ``path``; if the block raises,
    the temporary file is removed and ``path`` is untouched. A folder that cannot be written is a
    ``Rejected`` with a Dutch message; other errors pass through unchanged.
    """
    path = Path(path)
    folder = _folder_of(path, create_folder=create_folder)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=".tmp", dir=folder)
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
    _sync_folder(folder)


def write_atomic(path: Path, data: bytes, *, create_folder: bool = False) -> Path:
    """Write ``data`` to ``path`` so that a failure leaves no file and no partial file behind."""
    path = Path(path)
    with atomic_path(path, create_folder=create_folder) as temp, temp.open("wb") as stream:
        stream.write(data)
    return path
