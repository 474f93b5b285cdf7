"""Writing a finished PDF: all or nothing (a temporary file in the same folder, then a rename)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from checkin.errors import Rejected
from checkin.i18n import N_


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a failure leaves no half-written file behind."""
    path = Path(path)
    if path.is_dir():
        raise Rejected(N_("{path} is een map; geef een bestandsnaam op."), path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise Rejected(N_("De map {folder} bestaat niet."), folder=str(folder))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise Rejected(N_("In de map {folder} kan niet worden geschreven."), folder=str(folder)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o644)  # mkstemp makes it private; a PDF is for sharing
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return path
