"""Moving a place's data between SQLite and a real (throwaway) PostgreSQL server, and backups of a
server: `checkin move`, `checkin backup` and `checkin restore` with `--database URL`."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from checkin import crypto, paths, privacy, transfer
from checkin.cli import main
from checkin.db import Database
from checkin.models import Family, Location
from checkin.services.families import search_families
from checkin.settings import load_settings
from checkin.stats import registry
from checkin.stats.json_export import load_export
from tests.helpers import dbdump
from tests.helpers.factories import make_location

DEMO = ["demo", "--families", "20", "--weeks", "6", "--locations", "2"]
EXPORT = ["export", "--from", "2020-01-01", "--to", "2030-12-31", "--by", "month", "--min-count", "3"]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@contextlib.contextmanager
def opened(folder: Path, url: str | None = None) -> Iterator[Database]:
    database = Database.open(folder, url=url or transfer.SQLITE_URL, migrate=False)
    try:
        yield database
    finally:
        database.dispose()


def rows(folder: Path, url: str | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the app, as Python values (the same on both engines)."""
    with opened(folder, url) as database, database.engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for table in transfer.tables()
        }


def server_dump(folder: Path, url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every server table (alembic_version too), read by a fresh connection."""
    with opened(folder, url) as database:
        return dbdump.dump(database)


def figures(
    capsys: pytest.CaptureFixture[str], folder: Path, out: Path, *extra: str
) -> list[tuple[str, ...]]:
    code, _out, err = run(capsys, "--data-dir", folder, *extra, *EXPORT, "--format", "csv", "--out", out)
    assert (code, err) == (0, ""), err
    return sorted(tuple(row) for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))


def demo_folder(capsys: pytest.CaptureFixture[str], folder: Path) -> Path:
    code, _out, err = run(capsys, "--data-dir", folder, *DEMO)
    assert (code, err) == (0, ""), err
    return folder


def one_dutch_line(code: int, out: str, err: str, phrase: str) -> None:
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert phrase in err, err
    assert "Traceback" not in err


def test_demo_data_moves_onto_a_server_and_back_unchanged(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    place = demo_folder(capsys, tmp_path / "place")
    file_before = dbdump.dump(paths.database_path(place))
    counts = {table: len(found) for table, found in rows(place).items()}
    assert counts["family"] == 20 and counts["visit"] > 50

    code, out, err = run(capsys, "--data-dir", place, "move", "--to", pg_url)
    assert (code, err) == (0, ""), err
    assert f"visit: {counts['visit']}" in out
    assert "niet veranderd" in out and "CHECKIN_DATABASE_URL" in out
    # the source is kept as it was, byte for byte in every row
    assert dbdump.dump(paths.database_path(place)) == file_before
    # every row of every table is on the server, ids included; the figures are the same
    assert rows(place, pg_url) == rows(place)
    assert server_dump(place, pg_url)["alembic_version"] == file_before["alembic_version"]
    on_file = figures(capsys, place, tmp_path / "file.csv")
    on_server = figures(capsys, place, tmp_path / "server.csv", "--database", pg_url)
    assert on_file == on_server
    assert any(len(row) > 3 and row[3] == "visits" for row in on_server)

    back = tmp_path / "back"
    code, out, err = run(capsys, "--data-dir", back, "--database", pg_url, "move", "--to", "sqlite")
    assert (code, err) == (0, ""), err
    assert "zonder --database" in out
    assert rows(back) == rows(place)
    assert dbdump.dump(paths.database_path(back))["alembic_version"] == file_before["alembic_version"]
    assert figures(capsys, back, tmp_path / "back.csv") == on_file
    # the server's id sequences come after the copied ids: new rows get new ids
    with opened(place, pg_url) as database, database.session() as session:
        highest = max(location.id or 0 for location in session.scalars(select(Location)))
        assert (make_location(session, name="Nieuwe plek").id or 0) > highest


def test_a_server_backup_is_the_portable_sqlite_file_restorable_into_either_engine(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "desk"
    code, _out, err = run(capsys, "--data-dir", folder, "--database", pg_url, *DEMO)
    assert (code, err) == (0, ""), err
    on_server = rows(folder, pg_url)
    backup = tmp_path / "server-backup.sqlite"
    code, out, err = run(capsys, "--data-dir", folder, "--database", pg_url, "backup", "--out", backup)
    assert (code, err) == (0, ""), err
    assert crypto.is_plain(backup)  # no key on this laptop: a plain SQLite file
    assert not [p for p in folder.iterdir() if p.name.startswith("backup-")]  # no temporary copy left
    # into SQLite, as any backup
    elsewhere = tmp_path / "elsewhere"
    code, _out, err = run(capsys, "--data-dir", elsewhere, "restore", backup)
    assert (code, err) == (0, ""), err
    assert rows(elsewhere) == on_server

    # into the server: its data is replaced (one transaction); its own PIN stays
    with opened(folder, pg_url) as database, database.session() as session:
        make_location(session, name="Na de backup")
        privacy.set_pin(session, new_pin="73951")
        session.commit()
        pin = load_settings(session).coordinator_pin
    monkeypatch.setenv("CHECKIN_PIN", "73951")
    code, out, err = run(capsys, "--data-dir", folder, "--database", pg_url, "restore", backup)
    assert (code, err) == (0, ""), err
    after = rows(folder, pg_url)
    assert [row for row in after["setting"] if row[0] == "coordinator_pin"] == [
        row for row in rows(folder, pg_url)["setting"] if row[0] == "coordinator_pin"
    ]
    with opened(folder, pg_url) as database, database.session() as session:
        assert load_settings(session).coordinator_pin == pin
    after["setting"] = [row for row in after["setting"] if row[0] not in ("coordinator_pin", "pin_failures")]
    expected = dict(on_server)
    expected["setting"] = [
        row for row in on_server["setting"] if row[0] not in ("coordinator_pin", "pin_failures")
    ]
    assert after == expected
    # the server's data before the restore is kept as a backup in the data folder
    kept = [p for p in paths.backup_dir(folder).glob("checkin-*-voor-terugzetten.sqlite")]
    assert len(kept) == 1 and "bewaard" in out
    with contextlib.closing(sqlite3.connect(kept[0])) as conn:
        assert conn.execute("SELECT count(*) FROM location WHERE name = 'Na de backup'").fetchone() == (1,)


def test_a_server_backup_is_encrypted_with_this_laptops_key(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "desk"
    with opened(folder, pg_url) as database, database.session() as session:
        make_location(session, name="Versleuteld")
    monkeypatch.setenv("CHECKIN_PASSPHRASE", "sleutel-van-deze-laptop")
    backup = tmp_path / "b.sqlite"
    code, _out, err = run(capsys, "--data-dir", folder, "--database", pg_url, "backup", "--out", backup)
    assert (code, err) == (0, ""), err
    assert backup.stat().st_size > 0 and not crypto.is_plain(backup)
    code, _out, err = run(capsys, "--data-dir", tmp_path / "file", "restore", backup)
    assert (code, err) == (0, ""), err
    assert [row[1] for row in rows(tmp_path / "file")["location"]] == ["Versleuteld"]


def test_a_place_whose_name_is_taken_on_the_receiving_side_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--data-dir", tmp_path / "first", "--database", pg_url, *DEMO)
    assert (code, err) == (0, ""), err
    before = server_dump(tmp_path / "first", pg_url)
    # the same two places' names, other data (another seed)
    place = tmp_path / "place"
    code, _out, err = run(capsys, "--data-dir", place, *DEMO, "--seed", "2")
    assert (code, err) == (0, ""), err
    file_before = dbdump.dump(paths.database_path(place))
    code, out, err = run(capsys, "--data-dir", place, "move", "--to", pg_url)
    one_dutch_line(code, out, err, "staat al een locatie met de naam")
    assert server_dump(tmp_path / "first", pg_url) == before
    # and back: the data folder's file already holds places of those names
    code, out, err = run(capsys, "--data-dir", place, "--database", pg_url, "move", "--to", "sqlite")
    one_dutch_line(code, out, err, "staat al een locatie met de naam")
    assert dbdump.dump(paths.database_path(place)) == file_before


def place_folder(capsys: pytest.CaptureFixture[str], folder: Path, name: str, seed: int = 1) -> Path:
    """A data folder with one demo place called ``name`` (the demo's first place, renamed)."""
    code, _out, err = run(
        capsys, "--data-dir", folder, "demo", "--families", "30", "--weeks", "8", "--seed", str(seed)
    )
    assert (code, err) == (0, ""), err
    with contextlib.closing(sqlite3.connect(paths.database_path(folder))) as conn, conn:
        conn.execute("UPDATE location SET name = ?", (name,))
    return folder


def json_figures(
    capsys: pytest.CaptureFixture[str], folder: Path, out: Path, *extra: str
) -> dict[tuple[str, str, str], dict[tuple[str, str], str]]:
    """The figures of a JSON export, per section (location, first day, last day)."""
    today = date.today()
    period = ["--from", (today - timedelta(days=90)).replace(day=1).isoformat(), "--to", today.isoformat()]
    export = ["export", *period, "--by", "month", "--min-count", "3", "--format", "json", "--out", out]
    code, _out, err = run(capsys, "--data-dir", folder, *extra, *export)
    assert (code, err) == (0, ""), err
    return sections(out)


def sections(path: Path) -> dict[tuple[str, str, str], dict[tuple[str, str], str]]:
    report = load_export(path.read_bytes(), name=path.name)
    return {
        (section.location, section.period_start.isoformat(), section.period_end.isoformat()): {
            (figure.measure, figure.category): figure.value.text(report.k) for figure in section.figures
        }
        for section in report
    }


def test_two_places_move_onto_one_server_and_its_overview_is_their_merged_figures(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the same seed: the two places' families have the same codes, which must be renumbered
    north = place_folder(capsys, tmp_path / "noord", "Plek Noord")
    south = place_folder(capsys, tmp_path / "zuid", "Plek Zuid")
    south_rows = rows(south)
    south_file = dbdump.dump(paths.database_path(south))
    code, _out, err = run(capsys, "--data-dir", north, "move", "--to", pg_url)
    assert (code, err) == (0, ""), err
    # the server's own settings: a PIN set there after the first move
    with opened(north, pg_url) as database, database.session() as session:
        privacy.set_pin(session, new_pin="73951")
        session.commit()
    monkeypatch.setenv("CHECKIN_PIN", "73951")
    server_settings = rows(north, pg_url)["setting"]

    code, out, err = run(capsys, "--data-dir", south, "move", "--to", pg_url)
    assert (code, err) == (0, ""), err
    added = {table: len(found) for table, found in south_rows.items()}
    for table in ("location", "family", "child", "morning", "visit", "visitchild", "consumption"):
        assert f"  {table}: +{added[table]}" in out, out
    assert "30 gezinscodes kwamen daar al voor en zijn vernummerd" in out
    assert "pincode" in out and "niet veranderd" in out
    assert dbdump.dump(paths.database_path(south)) == south_file  # the source stays as it was
    on_server = rows(north, pg_url)
    assert on_server["setting"] == server_settings  # the receiving side's settings and PIN
    for table in ("location", "family", "child", "morning", "visit", "visitchild", "consumption"):
        assert len(on_server[table]) == len(rows(north)[table]) + added[table], table
    codes = [row[1] for row in on_server["family"] if row[1]]
    assert len(codes) == len(set(codes)) == 60
    # a renumbered family is found by its new code (its search key follows)
    with opened(north, pg_url) as database, database.session() as session:
        family = session.scalars(select(Family).order_by(Family.id.desc())).first()  # type: ignore[union-attr]
        assert family is not None and family.code and family.search_key.endswith(f" {family.code.lower()} ")
        assert [match.family_id for match in search_families(session, family.code)][:1] == [family.id]

    # one overview: the server's "Alle locaties" equals the merge of the two places' own exports
    north_json, south_json = tmp_path / "noord.json", tmp_path / "zuid.json"
    north_figures = json_figures(capsys, north, north_json)
    south_figures = json_figures(capsys, south, south_json)
    merged = tmp_path / "samen.json"
    code, _out, err = run(capsys, "merge", north_json, south_json, "--format", "json", "--out", merged)
    assert (code, err) == (0, ""), err
    server_figures = json_figures(capsys, north, tmp_path / "server.json", "--database", pg_url)
    merged_figures = sections(merged)
    overview = {key: value for key, value in server_figures.items() if key[0] == "Alle locaties"}
    assert overview and overview.keys() == {k for k in merged_figures if k[0] == "Alle locaties"}
    compared = families = 0
    for key, figures_there in overview.items():
        from_merge = merged_figures[key]
        # the merge adds up what the places published; the server adds up visits, children and
        # drinks the same way, and counts each family once (one register). The two places'
        # families are distinct, so a count of families that both publish exactly is the same;
        # where a place hides part of one, the server publishes only what the places' own figures
        # tell (at least the largest place's: no subtraction gives the hidden part away)
        for cell, value in from_merge.items():
            there = figures_there.get(cell)
            if not registry.get(cell[0]).per_family:
                assert there == value, (key, cell)
                compared += 1
            elif there is not None and value.isdigit() and there.isdigit():
                assert there == value, (key, cell)
                compared += 1
                families += cell == ("families", "")
            elif there is not None and there.startswith(">=") and value.isdigit():
                assert int(there[2:]) <= int(value), (key, cell)
    assert compared > 100 and families >= 2
    visits = [int(figures_there[("visits", "")]) for figures_there in overview.values()]
    assert len([n for n in visits if n > 20]) >= 2, visits  # the demo's eight weeks at both places
    # and each place's own figures are as they were in its own file
    assert {k: v for k, v in server_figures.items() if k[0] == "Plek Noord"} == north_figures
    assert {k: v for k, v in server_figures.items() if k[0] == "Plek Zuid"} == south_figures

    # the same place moved twice: it is there already, nothing changes
    before = server_dump(north, pg_url)
    code, out, err = run(capsys, "--data-dir", south, "move", "--to", pg_url)
    assert (code, err) == (0, ""), err
    assert "Plek Zuid staat al op" in out and "Er is niets veranderd" in out
    assert server_dump(north, pg_url) == before


def test_a_place_on_a_server_moves_into_a_file_beside_its_own_place(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    server_side = place_folder(capsys, tmp_path / "server-side", "Op de server")
    code, _out, err = run(capsys, "--data-dir", server_side, "move", "--to", pg_url)
    assert (code, err) == (0, ""), err
    home = place_folder(capsys, tmp_path / "home", "Thuis", seed=2)
    own = rows(home)
    code, out, err = run(capsys, "--data-dir", home, "--database", pg_url, "move", "--to", "sqlite")
    assert (code, err) == (0, ""), err
    assert "toegevoegd aan" in out and "zonder --database" in out
    after = rows(home)
    assert after["setting"] == own["setting"]
    assert sorted(row[1] for row in after["location"]) == ["Op de server", "Thuis"]
    for table in ("family", "morning", "visit", "visitchild", "consumption"):
        assert len(after[table]) == len(own[table]) + len(rows(server_side)[table]), table
    codes = [row[1] for row in after["family"] if row[1]]
    assert len(codes) == len(set(codes))
    # the file is whole: its own check passes, and new rows get new ids after the added ones
    code, _out, err = run(capsys, "--data-dir", home, "check")
    assert (code, err) == (0, ""), err
    with opened(home) as database, database.session() as session:
        highest = max(location.id or 0 for location in session.scalars(select(Location)))
        assert (make_location(session, name="Nog een plek").id or 0) > highest


def test_a_failure_midway_leaves_the_server_as_it_was(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    place = demo_folder(capsys, tmp_path / "place")
    # a row SQLite accepts but the server cannot take (a text longer than its column): the copy
    # fails after the locations, families, children and mornings went in
    with contextlib.closing(sqlite3.connect(paths.database_path(place))) as conn, conn:
        conn.execute("UPDATE visit SET mood = ? WHERE id = (SELECT max(id) FROM visit)", ("x" * 50,))
    before = server_dump(tmp_path / "other", pg_url)
    code, out, err = run(capsys, "--data-dir", place, "move", "--to", pg_url)
    one_dutch_line(code, out, err, "mislukt")
    assert server_dump(tmp_path / "other", pg_url) == before


@pytest.mark.parametrize("direction", ["onto the server", "back to a file", "beside another place"])
def test_a_move_killed_midway_leaves_the_target_as_it_was(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path, direction: str
) -> None:
    place = demo_folder(capsys, tmp_path / "place")
    if direction == "onto the server":
        argv = ["--data-dir", str(place), "move", "--to", pg_url]
        before = server_dump(tmp_path / "other", pg_url)
    elif direction == "beside another place":
        other = place_folder(capsys, tmp_path / "other-place", "Andere plek")
        code, _out, err = run(capsys, "--data-dir", other, "move", "--to", pg_url)
        assert (code, err) == (0, ""), err
        argv = ["--data-dir", str(place), "move", "--to", pg_url]
        before = server_dump(tmp_path / "other", pg_url)
    else:
        code, _out, err = run(capsys, "--data-dir", place, "move", "--to", pg_url)
        assert (code, err) == (0, ""), err
        back = tmp_path / "back"
        Database.open(back, url=transfer.SQLITE_URL).dispose()  # an empty file at the head revision
        before = dbdump.dump(paths.database_path(back))
        argv = ["--data-dir", str(back), "--database", pg_url, "move", "--to", "sqlite"]
    worker = subprocess.run(
        [sys.executable, "-m", "tests.helpers.move_kill", "visit", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert worker.returncode == -signal.SIGKILL, worker.stderr
    assert "killed after visit" in worker.stdout
    if direction == "onto the server":
        assert server_dump(tmp_path / "other", pg_url) == before
        # nothing is left locked: the same move runs to its end now
        code, _out, err = run(capsys, "--data-dir", place, "move", "--to", pg_url)
        assert (code, err) == (0, ""), err
        assert rows(place, pg_url) == rows(place)
    elif direction == "beside another place":
        assert server_dump(tmp_path / "other", pg_url) == before
        code, out, err = run(capsys, "--data-dir", place, "move", "--to", pg_url)
        assert (code, err) == (0, ""), err
        assert f"  visit: +{len(rows(place)['visit'])}" in out
    else:
        assert dbdump.dump(paths.database_path(tmp_path / "back")) == before
        code, _out, err = run(capsys, *argv)
        assert (code, err) == (0, ""), err
        assert rows(tmp_path / "back") == rows(place)


def test_bad_targets_are_one_dutch_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    place = demo_folder(capsys, tmp_path / "place")
    file_before = dbdump.dump(paths.database_path(place))
    cases = {
        "mysql://balie@server/checkin": "geen database-adres",
        "postgresql://balie@/checkin?host=/nergens-een-server": "niet bereikbaar",
        "postgresql://balie:geheim-wachtwoord@/?host=/tmp": "ontbreekt de naam",
        "sqlite": "dezelfde database",
    }
    for to, phrase in cases.items():
        code, out, err = run(capsys, "--data-dir", place, "move", "--to", to)
        one_dutch_line(code, out, err, phrase)
        assert "geheim-wachtwoord" not in err
    assert dbdump.dump(paths.database_path(place)) == file_before
    code, out, err = run(
        capsys, "--data-dir", tmp_path / "empty", "move", "--to", "postgresql://x@/y?host=/tmp"
    )
    one_dutch_line(code, out, err, "geen database")
    assert not paths.database_path(tmp_path / "empty").exists()
