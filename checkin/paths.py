"""Where the data lives: the platform's user data folder, or the folder the user names."""

from __future__ import annotations

import os
from pathlib import Path

from checkin import APP_ID

ENV_DATA_DIR = "CHECKIN_DATA_DIR"
DB_NAME = "checkin.sqlite"
BACKUP_DIR = "backups"


def default_data_dir() -> Path:
    """The folder used when neither --data-dir nor CHECKIN_DATA_DIR is given."""
    import platformdirs  # only here: a start with its folder given shows the window without it

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir first, then CHECKIN_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR
