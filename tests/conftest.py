"""Shared fixtures: a real SQLite data folder per test, and the app's Qt settings kept in tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin.db import Database
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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    db = Database.open(data_dir)
    with db.session() as session:
        ensure_default_lists(session)
    yield db
    db.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


@pytest.fixture
def location(session: Session) -> Location:
    return make_location(session)
