"""Shared fixtures: a real SQLite data folder per test, and the app's Qt settings kept in tmp.

``any_database`` is the same database on each engine: SQLite, and PostgreSQL on a throwaway
server started once per run (tests/helpers/pg_server.py). The core's service and stats tests get
it as their ``database`` (their conftest.py). Without PostgreSQL installed those runs are skipped,
with the reason; in CI (``CI=true``) they fail instead, so CI never passes without them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session, SQLModel

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin import paths
from checkin.db import Database, copy_database
from checkin.models import Location
from checkin.services.lists import ensure_default_lists
from tests.helpers import pg_server
from tests.helpers.factories import make_location

ENGINES = ("sqlite", "postgresql")


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
    # The SQLite file unless a test says so (and the window's first start does not ask where the
    # data lives: tests of that question remove it).
    monkeypatch.setenv("CHECKIN_DATABASE_URL", "sqlite://")


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
def sqlite_database(data_dir: Path, _template_database: Path) -> Iterator[Database]:
    data_dir.mkdir(parents=True)
    shutil.copyfile(_template_database, paths.database_path(data_dir))
    db = Database.open(data_dir)
    yield db
    db.dispose()


@pytest.fixture
def database(sqlite_database: Database) -> Database:
    """The test's database: the SQLite file (the core's service and stats tests: ``any_database``)."""
    return sqlite_database


@pytest.fixture(scope="session")
def pg_server_running() -> Iterator[pg_server.Server]:
    """A throwaway PostgreSQL server for the whole run (skipped, or failed in CI, when not installed)."""
    reason = pg_server.missing_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must test PostgreSQL too: {reason}")
        pytest.skip(reason)
    with pg_server.running_server() as server:
        yield server


@pytest.fixture(scope="session")
def _pg_test_database(
    pg_server_running: pg_server.Server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Callable[[], None]]]:
    """One server database migrated to the head, and how to empty it to the template's state.

    Emptying (DELETE every row, restart the id sequences, the default lists again) takes a few
    hundredths of a second; a CREATE DATABASE from a template per test took ten times as long.
    """
    name = "checkin_tests"
    pg_server_running.admin(f"CREATE DATABASE {name}")
    url = pg_server_running.url(name)
    Database.open(tmp_path_factory.mktemp("pg-template"), url=url).dispose()
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        sequences = [
            row[0]
            for row in connection.exec_driver_sql("SELECT sequence_name FROM information_schema.sequences")
        ]
    statements = ["SET LOCAL lock_timeout = '5s'"]
    statements += [f'DELETE FROM "{table.name}"' for table in reversed(SQLModel.metadata.sorted_tables)]
    statements += [f'ALTER SEQUENCE "{sequence}" RESTART' for sequence in sequences]
    empty_sql = "; ".join(statements)

    def reset() -> None:
        with engine.begin() as connection:
            connection.exec_driver_sql(empty_sql)
        with Session(engine) as session:
            ensure_default_lists(session)
            session.commit()

    yield url, reset
    engine.dispose()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    """The URL of the test database on the throwaway server, emptied to the migrated template."""
    url, reset = request.getfixturevalue("_pg_test_database")
    reset()
    return str(url)


@pytest.fixture(params=ENGINES)
def any_database(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """The test's database on SQLite (a copy of the template file) and on PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_database")
        return
    data_dir.mkdir(parents=True)
    db = Database.open(data_dir, url=request.getfixturevalue("pg_url"))
    yield db
    db.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


@pytest.fixture
def location(session: Session) -> Location:
    return make_location(session)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked ``sqlite_only`` (the file itself: damage, WAL, SQLCipher) runs on SQLite only."""
    dropped = [
        item
        for item in items
        if item.get_closest_marker("sqlite_only")
        and getattr(getattr(item, "callspec", None), "params", {}).get("any_database") == "postgresql"
    ]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An OS keyring in memory (tests.helpers.keyrings) in place of the real one for one test."""
    keyring = pytest.importorskip("keyring")
    from checkin import crypto
    from tests.helpers.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv(crypto.ENV_NO_KEYRING)
    crypto._keyring_key.cache_clear()
    yield backend
    keyring.set_keyring(previous)
    crypto._keyring_key.cache_clear()
