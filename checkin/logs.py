"""Logging to the platform's log folder, rotated, without personal data.

What is logged: starts, backups, checks, counts and errors with their type. Never a name, a code
or a statement's parameters (the engine is made with ``hide_parameters``). As a second line of
defence a filter drops the arguments of any record from SQLAlchemy and masks family codes in
messages of other libraries.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

import platformdirs

from checkin import APP_ID
from checkin.files import make_private, private_folder

ENV_LOG_DIR = "CHECKIN_LOG_DIR"
LOG_NAME = "checkin.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_CODE = re.compile(r"\b[ACDEFHJKLMNPRTUVWXY3479]{4}\b")


def log_dir() -> Path:
    """``CHECKIN_LOG_DIR`` or the platform's user log folder."""
    explicit = os.environ.get(ENV_LOG_DIR)
    return Path(explicit) if explicit else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are readable by the user only (0600; the folder 0700)."""

    def _open(self):  # typed as the standard library's
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream

    def doRollover(self) -> None:
        super().doRollover()
        for number in range(1, self.backupCount + 1):
            make_private(Path(f"{self.baseFilename}.{number}"))


class NoPersonalData(logging.Filter):
    """Keeps statement parameters and family codes out of the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("sqlalchemy"):
            record.args = ()
            record.msg = str(record.msg).split("\n", 1)[0]
        else:
            record.msg = _CODE.sub("****", record.getMessage())
            record.args = ()
        return True


def configure(*, folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the app's log to a rotating file in ``folder`` (default: ``log_dir()``); returns its path.

    Calling it again replaces the earlier handler.
    """
    folder = private_folder(folder or log_dir())
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_checkin", False):
            root.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler._checkin = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(NoPersonalData())
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path


def shutdown() -> None:
    """Close the app's log handler (tests, and the end of the app)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_checkin", False):
            root.removeHandler(handler)
            handler.close()
