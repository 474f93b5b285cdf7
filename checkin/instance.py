"""One copy of the app per data folder: an OS file lock that dies with the process.

The lock is ``flock`` (POSIX) or ``msvcrt.locking`` (Windows) on ``checkin.lock`` in the data
folder, held on an open file for as long as the app runs. The operating system releases it when
the process ends in any way, a crash or a kill included, so a lock left behind by a crashed copy
never blocks the next start: there is no stale lock to detect. The file holds the PID of the
holder, for the curious.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from checkin.errors import Rejected
from checkin.files import create_private, not_writable, private_folder
from checkin.i18n import N_

LOCK_NAME = "checkin.lock"

ALREADY_RUNNING = N_(
    "De app is al geopend op deze computer. Gebruik het venster dat al open staat; "
    "twee keer tegelijk werken kan gegevens door elkaar halen."
)


class InstanceLock:
    """The held lock; ``release`` (or process exit) frees it."""

    def __init__(self, *, handle: IO[bytes], path: Path) -> None:
        self._handle: IO[bytes] | None = handle
        self.path = path

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(data_dir: Path) -> InstanceLock | None:
    """Take the lock of ``data_dir``; None when another running copy holds it.

    Raises ``Rejected`` when the folder cannot be written.
    """
    path = data_dir / LOCK_NAME
    try:
        private_folder(data_dir)
        create_private(path)
        handle = path.open("r+b")
    except OSError as error:
        raise not_writable(data_dir, error) from error
    try:
        _lock(handle)
    except OSError:
        handle.close()
        return None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()).encode())
    handle.flush()
    return InstanceLock(handle=handle, path=path)


def require(data_dir: Path) -> InstanceLock:
    """The lock of ``data_dir``, or ``Rejected`` with the Dutch refusal."""
    lock = acquire(data_dir)
    if lock is None:
        raise Rejected(ALREADY_RUNNING)
    return lock


def try_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock on the open file ``handle`` without waiting; False when another holds it."""
    try:
        _lock(handle)
    except OSError:
        return False
    return True


def unlock(handle: IO[bytes]) -> None:
    """Free the lock that ``try_lock`` took on ``handle`` (closing the file frees it too)."""
    with contextlib.suppress(OSError):
        _unlock(handle)


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
