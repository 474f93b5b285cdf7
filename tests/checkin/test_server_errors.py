"""An error of the server during a command: one Dutch line, without SQL or password, exit 2.

The real command line in a subprocess against the throwaway server: a statement over the app's
statement timeout (kept waiting by a lock that another connection holds), a lock not had within
the lock timeout, a role without the right to write, and the server gone.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.helpers.pg_server import Server

ROOT = Path(__file__).resolve().parents[2]
CLI = """
import sys
from checkin import engines
from checkin.cli import main
engines.SERVER_SETTINGS.update(statement_timeout=sys.argv.pop(1), lock_timeout=sys.argv.pop(1))
sys.exit(main())
"""
"""The command line (``checkin.cli.main``) with the server's two timeouts given first."""
PASSWORD = "geheim-wachtwoord-42"


def _checkin(*args: str, statement_timeout: str = "30s", lock_timeout: str = "10s") -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", CLI, statement_timeout, lock_timeout, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, [line for line in done.stderr.splitlines() if line.strip()]


def _export(url: str, data_dir: Path, out: Path) -> list[str]:
    return ["--data-dir", str(data_dir), "--database", url, "export", "--from", "2026-01-01",
            "--to", "2026-12-31", "--format", "csv", "--out", str(out)]  # fmt: skip


@pytest.fixture
def morning_locked(pg_url: str) -> Iterator[None]:
    """A place, and another connection that holds the table of mornings locked (as an ALTER TABLE
    would): the export's first statement over the mornings waits."""
    parsed = make_url(pg_url)
    with psycopg.connect(host=parsed.query["host"], user=parsed.username, dbname=parsed.database) as conn:
        conn.execute(
            "INSERT INTO location (name, address, village, price_cents, capacity, web_url, logo_path) "
            "VALUES ('Plek', '', '', 50, 30, '', '')"
        )
        conn.commit()
        conn.execute("LOCK TABLE morning IN ACCESS EXCLUSIVE MODE")
        yield
        conn.rollback()


def _one_clean_line(said: list[str]) -> str:
    assert len(said) == 1, said
    line = said[0]
    for word in ("SELECT", "INSERT", "Traceback", "psycopg.errors", "(psycopg", "sqlalche.me", PASSWORD):
        assert word not in line
    return line


@pytest.mark.usefixtures("morning_locked")
def test_a_statement_over_the_timeout_is_one_dutch_line(pg_url: str, tmp_path: Path) -> None:
    code, said = _checkin(*_export(pg_url, tmp_path / "data", tmp_path / "uit.csv"), statement_timeout="1s")
    assert code == 2
    assert _one_clean_line(said).startswith("De server brak de opdracht af omdat die te lang duurde")
    assert not (tmp_path / "uit.csv").exists()


@pytest.mark.usefixtures("morning_locked")
def test_a_lock_held_too_long_is_one_dutch_line(pg_url: str, tmp_path: Path) -> None:
    code, said = _checkin(
        *_export(pg_url, tmp_path / "data", tmp_path / "uit.csv"), statement_timeout="0", lock_timeout="1s"
    )
    assert code == 2
    assert _one_clean_line(said).startswith("De gegevens op de server waren te lang bezet")


@pytest.fixture
def reader(pg_server_running: Server, pg_url: str) -> Iterator[str]:
    """A role that may only read the tables (its URL, with a password that trust ignores)."""
    name = make_url(pg_url).database or ""
    pg_server_running.admin("CREATE ROLE checkin_lezer LOGIN")
    pg_server_running.admin("GRANT SELECT ON ALL TABLES IN SCHEMA public TO checkin_lezer", database=name)
    try:
        yield str(make_url(pg_url).set(username="checkin_lezer", password=PASSWORD).render_as_string(False))
    finally:
        pg_server_running.admin("DROP OWNED BY checkin_lezer", database=name)
        pg_server_running.admin("DROP ROLE checkin_lezer")


def test_a_right_the_role_lacks_is_one_dutch_line(reader: str, tmp_path: Path) -> None:
    code, said = _checkin("--data-dir", str(tmp_path / "data"), "--database", reader, "demo", "--weeks", "2")
    assert code == 2
    line = _one_clean_line(said)
    assert line.startswith("Deze gebruiker mag dit niet op de server"), line
    assert "checkin_lezer:***@" in line


def test_a_server_that_is_gone_is_the_unreachable_line(pg_url: str, tmp_path: Path) -> None:
    gone = str(make_url(pg_url).set(database="bestaat_niet", password=PASSWORD).render_as_string(False))
    code, said = _checkin(*_export(gone, tmp_path / "data", tmp_path / "uit.csv"))
    assert code == 2
    assert _one_clean_line(said).startswith("De databaseserver van ")


@pytest.mark.parametrize(
    ("error", "start"),
    [
        (psycopg.errors.QueryCanceled("canceling statement due to statement timeout"), "De server brak"),
        (psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"), "De gegevens op de"),
        (psycopg.errors.InsufficientPrivilege("permission denied for table visit"), "Deze gebruiker mag"),
        (psycopg.OperationalError("server closed the connection unexpectedly"), "De databaseserver van"),
        (
            psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
            "De databaseserver van",
        ),
        (psycopg.errors.DiskFull("could not extend file: No space left on device"), "De databaseserver van"),
    ],
)
def test_each_kind_of_server_error_has_its_line(error: Exception, start: str) -> None:
    """The kinds by the server's SQLSTATE, the driver's own error of a broken line without one."""
    from sqlalchemy.exc import DBAPIError

    from checkin import engines

    target = engines.target(Path("."), f"postgresql://balie:{PASSWORD}@db.example.org/checkin")
    wrapped = DBAPIError.instance("SELECT secret FROM visit", {}, error, psycopg.Error)
    line = engines.server_error(target, wrapped).message
    assert line.startswith(start), line
    assert "SELECT" not in line and PASSWORD not in line and "\n" not in line
    if isinstance(error, psycopg.errors.DiskFull):
        assert line.endswith("weigerde de opdracht: could not extend file: No space left on device")
