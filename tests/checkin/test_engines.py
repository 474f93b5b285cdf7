"""The engine seam: choosing SQLite or a PostgreSQL server, and the app on a real throwaway server."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from checkin import engines, paths
from checkin.cli import main
from checkin.db import SCHEMA_REVISION, Database, current_revision
from checkin.errors import Rejected
from tests.helpers.factories import make_location

SECRET = "geheim-wachtwoord-123"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- choosing the engine (no server needed) --------------------------------------------------------


def test_without_a_url_the_data_folder_keeps_its_sqlite_file(tmp_path: Path) -> None:
    for url in (None, "", "sqlite://", "sqlite:///", f"sqlite:///{paths.database_path(tmp_path)}"):
        target = engines.target(tmp_path, url)
        assert not target.server
        assert target.sqlite_path == paths.database_path(tmp_path)


def test_a_server_url_is_normalised_to_psycopg_and_tls_is_required_off_this_computer(tmp_path: Path) -> None:
    local = engines.target(tmp_path, "postgresql://desk@localhost/checkin")
    assert local.url is not None and local.url.drivername == "postgresql+psycopg"
    assert "sslmode" not in local.url.query
    socket = engines.target(tmp_path, "postgres://desk@/checkin?host=/run/postgresql")
    assert socket.url is not None and "sslmode" not in socket.url.query
    remote = engines.target(tmp_path, f"postgresql://desk:{SECRET}@db.example.org/checkin")
    assert remote.url is not None and remote.url.query["sslmode"] == "verify-full"
    assert SECRET not in remote.shown()
    chosen = engines.target(tmp_path, "postgresql://desk@db.example.org/checkin?sslmode=require")
    assert chosen.url is not None and chosen.url.query["sslmode"] == "require"


@pytest.mark.parametrize(
    ("url", "phrase"),
    [
        (f"mysql://desk:{SECRET}@server/checkin", "geen database-adres dat de app kent"),
        ("niet een adres", "geen database-adres dat de app kent"),
        (f"postgresql://desk:{SECRET}@server", "ontbreekt de naam van de database"),
        ("sqlite:////elders/ander.sqlite", "staat altijd in de gegevensmap"),
    ],
)
def test_a_url_the_app_cannot_use_is_one_dutch_line_without_the_password(
    tmp_path: Path, url: str, phrase: str
) -> None:
    with pytest.raises(Rejected) as info:
        engines.target(tmp_path, url)
    assert phrase in info.value.message
    assert SECRET not in info.value.message


def test_the_command_line_refuses_a_bad_url_with_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = f"mysql://desk:{SECRET}@server/checkin"
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "--database", bad, "check")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "geen database-adres" in err
    assert SECRET not in err and "Traceback" not in err


def test_an_unreachable_server_is_exit_2_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # port 1 on this computer: nothing listens there, the connection is refused at once
    monkeypatch.setenv(engines.ENV_URL, f"postgresql://desk:{SECRET}@127.0.0.1:1/checkin")
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "check")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "niet bereikbaar" in err and SECRET not in err and "Traceback" not in err


def test_the_driver_style_of_hand_written_sql() -> None:
    sql = "SELECT :a, ':literal', x::text FROM t WHERE y LIKE '%x' AND z = :b_2"
    assert engines._driver_sql("sqlite", sql) == sql
    assert engines._driver_sql("postgresql", sql) == (
        "SELECT %(a)s, ':literal', x::text FROM t WHERE y LIKE '%%x' AND z = %(b_2)s"
    )


# --- on a real server ------------------------------------------------------------------------------


def test_a_new_server_database_is_migrated_to_the_head_and_matches_the_models(
    pg_server_running: object, data_dir: Path
) -> None:
    from tests.helpers.pg_server import Server

    assert isinstance(pg_server_running, Server)
    pg_server_running.admin("CREATE DATABASE checkin_fresh")
    try:
        database = Database.open(data_dir, url=pg_server_running.url("checkin_fresh"))
        try:
            assert current_revision(database.engine) == SCHEMA_REVISION
            with database.engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"compare_type": True})
                assert list(compare_metadata(context, SQLModel.metadata)) == []
        finally:
            database.dispose()
        # a second open finds the head and changes nothing
        Database.open(data_dir, url=pg_server_running.url("checkin_fresh")).dispose()
        assert not paths.database_path(data_dir).exists()  # no SQLite file was made beside it
    finally:
        pg_server_running.admin("DROP DATABASE checkin_fresh WITH (FORCE)")


def _csv_figures(path: Path) -> list[tuple[str, ...]]:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    return sorted(tuple(row) for row in rows)


def test_demo_check_and_export_give_the_same_figures_on_both_engines(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    figures = {}
    for engine, extra in (("sqlite", []), ("postgresql", ["--database", pg_url])):
        folder = tmp_path / engine
        demo = ["demo", "--families", "25", "--weeks", "8", "--locations", "2"]
        code, _out, err = run(capsys, "--data-dir", folder, *extra, *demo)
        assert (code, err) == (0, "")
        code, out, err = run(capsys, "--data-dir", folder, *extra, "check")
        assert (code, err) == (0, ""), err
        assert out.startswith("De database is in orde")
        out_file = tmp_path / f"{engine}.csv"
        export = ["export", "--from", "2020-01-01", "--to", "2030-12-31", "--by", "month", "--min-count", "3"]
        code, _out, err = run(
            capsys, "--data-dir", folder, *extra, *export, "--format", "csv", "--out", out_file
        )
        assert (code, err) == (0, ""), err
        figures[engine] = _csv_figures(out_file)
    assert figures["sqlite"] == figures["postgresql"]
    assert any(row[3] == "visits" for row in figures["postgresql"] if len(row) > 3)
    # the server's data folder holds no database file: only what the app keeps beside it
    assert not paths.database_path(tmp_path / "postgresql").exists()


def test_a_file_backup_of_a_server_database_is_refused_for_now(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", tmp_path / "d", "--database", pg_url, "backup", "--out", tmp_path / "b.sqlite"
    )
    assert code == 2 and out == "" and "server" in err and len(err.strip().splitlines()) == 1


def test_the_coordinator_pin_guards_a_server_database_too(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checkin import privacy

    folder = tmp_path / "d"
    database = Database.open(folder, url=pg_url)
    try:
        with database.session() as session:
            privacy.set_pin(session, new_pin="73951")
            session.commit()
            make_location(session)
    finally:
        database.dispose()
    export = ["export", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "csv"]
    monkeypatch.setenv("CHECKIN_PIN", "11111")
    code, _out, err = run(
        capsys, "--data-dir", folder, "--database", pg_url, *export, "--out", tmp_path / "x.csv"
    )
    assert code == 2 and "pincode klopt niet" in err
    assert not (tmp_path / "x.csv").exists()
    monkeypatch.setenv("CHECKIN_PIN", "73951")
    code, _out, err = run(
        capsys, "--data-dir", folder, "--database", pg_url, *export, "--out", tmp_path / "x.csv"
    )
    assert (code, err) == (0, "")


def test_two_desks_opening_a_new_server_database_at_once_make_the_schema_once(
    pg_server_running: object, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.helpers.pg_server import Server

    assert isinstance(pg_server_running, Server)
    pg_server_running.admin("CREATE DATABASE checkin_race")
    url = pg_server_running.url("checkin_race")
    code = "import sys; from pathlib import Path; from checkin.db import Database; Database.open(Path(sys.argv[1]), url=sys.argv[2]).dispose()"
    try:
        desks = [  # desks are processes (alembic's context is one per process)
            subprocess.Popen(
                [sys.executable, "-c", code, str(tmp_path / f"desk{n}"), url], stderr=subprocess.PIPE
            )
            for n in range(3)
        ]
        for desk in desks:
            _out, err = desk.communicate(timeout=120)
            assert desk.returncode == 0, err.decode()
        database = Database.open(tmp_path / "check", url=url)
        try:
            assert current_revision(database.engine) == SCHEMA_REVISION
        finally:
            database.dispose()
    finally:
        pg_server_running.admin("DROP DATABASE checkin_race WITH (FORCE)")
