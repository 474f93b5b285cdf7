"""Shared fixtures: a real SQLite data folder per test, and the app's Qt settings kept in tmp."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin import paths
from checkin.db import Database, copy_database
from checkin.models import Location
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_location


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user folders."""
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("CHECKIN_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("CHECKIN_PASSPHRASE", raising=False)  # encryption tests set their own key
    monkeypatch.setenv("CHECKIN_NO_KEYRING", "1")  # never the developer's own keyring
    # A new data folder stays unencrypted without the first start's question (tests of that
    # question and of encryption by default remove it).
    monkeypatch.setenv("CHECKIN_ENCRYPTION", "none")


@pytest.fixture(autouse=True)
def _no_process_key() -> Iterator[None]:
    """A key that a test unlocked (``crypto.use_key``) does not outlive it."""
    from checkin import crypto

    crypto.use_key(None)
    yield
    crypto.use_key(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to the head with the default lists, made once per run.

    Each test gets its own copy of it: migrating takes longer than the test itself.
    """
    folder = tmp_path_factory.mktemp("template")
    db = Database.open(folder / "live")
    with db.session() as session:
        ensure_default_lists(session)
    target = folder / "template.sqlite"
    copy_database(db.path, target)
    db.dispose()
    return target


@pytest.fixture
def database(data_dir: Path, _template_database: Path) -> Iterator[Database]:
    data_dir.mkdir(parents=True)
    shutil.copyfile(_template_database, paths.database_path(data_dir))
    db = Database.open(data_dir)
    yield db
    db.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


@pytest.fixture
def location(session: Session) -> Location:
    return make_location(session)
