"""A clean close leaves no WAL; a WAL beside a cleanly closed database is set aside, not applied.

The foreign WAL of these tests is the one of the issue: taken from a copy of the same database on
which other changes were made (names changed, drinks gone). SQLite would apply it silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from checkin import backups, clean_close, crypto, paths
from checkin.cli import main
from checkin.db import Database, check_file
from checkin.models import Consumption, Family
from checkin.services import drinks
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location, make_morning

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Özlem", "Łucja", "Sanne"]
KEY = "sleutel voor de wal-test"


@pytest.fixture(params=["plain", "sqlcipher"])
def key(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    if request.param == "plain":
        return None
    pytest.importorskip("sqlcipher3")
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    return KEY


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _marks(data_dir: Path) -> list[Path]:
    return sorted((data_dir / clean_close.MARKS_DIR).glob(f"*{clean_close.MARK_SUFFIX}"))


def _wal(data_dir: Path) -> Path:
    return clean_close.wal_path(data_dir)


def _fill(data_dir: Path) -> None:
    """A data folder with three named families and six drinks, closed cleanly."""
    database = Database.open(data_dir)
    with database.session() as session:
        ensure_default_lists(session)
        location = make_location(session)
        morning = make_morning(session, location)
        for name in NAMES:
            make_family(session, name=name)
        for _ in range(6):
            drinks.record_drinks(session, morning_id=morning.id, kind="koffie")
    database.dispose()


def _contents(data_dir: Path) -> tuple[list[str], int]:
    database = Database.open(data_dir, scan_pages=False)
    try:
        return _read(database)
    finally:
        database.dispose()


def _read(database: Database) -> tuple[list[str], int]:
    with database.session() as session:
        names = sorted(f.display_name or "" for f in session.exec(select(Family)))
        return names, len(session.exec(select(Consumption)).all())


def _foreign_wal(data_dir: Path, tmp_path: Path) -> bytes:
    """Put beside ``data_dir``'s database the WAL of a copy of it with other changes; its bytes."""
    other = tmp_path / "kopie"
    other.mkdir()
    copy = paths.database_path(other)
    shutil.copyfile(paths.database_path(data_dir), copy)
    with contextlib.closing(crypto.connect_existing(copy)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")  # the changes stay in the WAL
        conn.execute("UPDATE family SET display_name = 'Vreemd'")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM undoentry")
        conn.execute("DELETE FROM consumption")
        conn.commit()
        wal = Path(f"{copy}-wal").read_bytes()
    assert len(wal) > 0
    _wal(data_dir).write_bytes(wal)
    return wal


def _all_files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_clean_close_leaves_no_wal_and_no_marker(data_dir: Path, key: str | None) -> None:
    _fill(data_dir)
    assert not _wal(data_dir).exists()
    assert _marks(data_dir) == []
    assert (data_dir / clean_close.MARKS_DIR).is_dir()  # from now on a WAL here is judged


def test_a_close_while_another_copy_is_open_leaves_that_ones_marker(data_dir: Path) -> None:
    _fill(data_dir)
    first = Database.open(data_dir)
    second = Database.open(data_dir)
    assert len(_marks(data_dir)) == 2
    with second.transaction() as session:
        make_family(session, name="Nog open")
    first.dispose()
    assert second.mark is not None and _marks(data_dir) == [second.mark.path]
    second.dispose()
    assert _marks(data_dir) == [] and not _wal(data_dir).exists()


def test_a_foreign_wal_beside_a_cleanly_closed_database_is_set_aside(
    data_dir: Path, tmp_path: Path, key: str | None
) -> None:
    _fill(data_dir)
    clean = _contents(data_dir)
    assert clean == (sorted(NAMES), 6)
    db_path = paths.database_path(data_dir)
    before = _sha256(db_path)
    foreign = _foreign_wal(data_dir, tmp_path)

    database = Database.open(data_dir)
    try:
        kept = database.wal_set_aside
        assert kept is not None and kept.parent == paths.backup_dir(data_dir)
        assert kept.name.startswith("checkin-") and kept.name.endswith("-verdacht.sqlite-wal")
        assert kept.read_bytes() == foreign  # unchanged, never deleted
        assert _sha256(db_path) == before
        assert _read(database) == clean  # the data is the clean one
    finally:
        database.dispose()
    assert _sha256(db_path) == before
    assert [b.reason for b in backups.list_backups(data_dir)] == []  # not offered as a backup


def test_without_the_guard_the_same_wal_would_have_been_applied(data_dir: Path, tmp_path: Path) -> None:
    """The harness is real: in a folder of an app version before this one (no ``open/``) the
    foreign WAL is applied, as SQLite does (names changed, drinks gone)."""
    _fill(data_dir)
    _foreign_wal(data_dir, tmp_path)
    shutil.rmtree(data_dir / clean_close.MARKS_DIR)
    database = Database.open(data_dir)
    try:
        assert database.wal_set_aside is None
        assert _read(database) == (["Vreemd"] * 3, 0)
    finally:
        database.dispose()


def test_a_command_sets_a_foreign_wal_aside_says_so_in_one_line_and_goes_on(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(data_dir)
    before = _sha256(paths.database_path(data_dir))
    foreign = _foreign_wal(data_dir, tmp_path)
    out = tmp_path / "usb" / "kopie.sqlite"
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "checkin.sqlite-wal" in lines[0] and "-verdacht.sqlite-wal" in lines[0]
    (kept,) = paths.backup_dir(data_dir).glob("*-verdacht.sqlite-wal")
    assert kept.read_bytes() == foreign
    assert _sha256(paths.database_path(data_dir)) == before
    copy = tmp_path / "gekopieerd"
    copy.mkdir()
    shutil.copyfile(out, paths.database_path(copy))
    assert _contents(copy) == (sorted(NAMES), 6)  # the backup holds the clean data
    assert main(["--data-dir", str(data_dir), "check"]) == 0  # told once: nothing left to say
    assert capsys.readouterr().err == ""


def test_check_reports_a_suspect_wal_and_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str | None
) -> None:
    _fill(data_dir)
    _foreign_wal(data_dir, tmp_path)
    files = _all_files(data_dir)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    err = capsys.readouterr().err
    assert "checkin.sqlite-wal" in err and "apart" in err
    assert _all_files(data_dir) == files  # no -shm made, the WAL still there, nothing moved
    assert clean_close.suspect_wal(data_dir)


def test_the_window_start_check_does_not_read_a_suspect_wal(data_dir: Path, tmp_path: Path) -> None:
    """The check before opening sees the database as it was closed, so a foreign WAL is no reason
    to offer a backup; the open then sets it aside."""
    _fill(data_dir)
    wal = bytearray(_foreign_wal(data_dir, tmp_path))
    wal[40:] = b"\xff" * (len(wal) - 40)  # frames that would read as damage if applied
    _wal(data_dir).write_bytes(bytes(wal))
    assert check_file(paths.database_path(data_dir), ignore_wal=True) == []
    database = Database.open(data_dir)
    try:
        assert database.wal_set_aside is not None
    finally:
        database.dispose()


def test_erasure_removes_the_set_aside_wal(data_dir: Path, tmp_path: Path) -> None:
    _fill(data_dir)
    _foreign_wal(data_dir, tmp_path)
    database = Database.open(data_dir)
    database.dispose()
    kept = database.wal_set_aside
    assert kept is not None and kept.exists()
    assert kept in backups.remove_leftovers(data_dir)
    assert not kept.exists()


def _writer(data_dir: Path, *, commits: int, hold: bool) -> subprocess.Popen[str]:
    """Another process that opens the database, commits ``commits`` new families (each line
    'ok NAME' after its commit) and then, with ``hold``, waits to be killed."""
    code = f"""
import sys, time
from pathlib import Path
from checkin.db import Database
from tests.helpers.factories import make_family
database = Database.open(Path({str(data_dir)!r}))
print("open", flush=True)
sys.stdin.readline()
for n in range({commits}):
    with database.transaction() as session:
        make_family(session, name=f"Gekilld {{n}}")
    print(f"ok Gekilld {{n}}", flush=True)
if {hold}:
    time.sleep(600)
"""
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize("others_close_meanwhile", [False, True], ids=["alone", "cli-closes-meanwhile"])
def test_after_a_sigkill_the_wal_is_applied_and_nothing_acknowledged_is_lost(
    data_dir: Path, key: str | None, others_close_meanwhile: bool
) -> None:
    """A killed process leaves its marker: its WAL is its own and is applied. Also when another
    copy (a command while the window is open) opened and closed cleanly in the meantime."""
    _fill(data_dir)
    worker = _writer(data_dir, commits=25, hold=True)
    assert worker.stdin is not None and worker.stdout is not None
    try:
        assert worker.stdout.readline().strip() == "open"
        if others_close_meanwhile:
            Database.open(data_dir).dispose()  # a clean close beside a live copy
        worker.stdin.write("go\n")
        worker.stdin.flush()
        acknowledged = [worker.stdout.readline().split()[1:] for _ in range(25)]
        assert _wal(data_dir).stat().st_size > 0  # the acknowledged work is in the WAL only
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        worker.kill()
        worker.wait(timeout=10)
        worker.stdin.close()
        worker.stdout.close()
    assert worker.returncode == -signal.SIGKILL
    assert len(_marks(data_dir)) == 1  # the dead copy's marker
    database = Database.open(data_dir)
    try:
        assert database.wal_set_aside is None
        names, _ = _read(database)
        assert {" ".join(a) for a in acknowledged} <= set(names)
        assert len(_marks(data_dir)) == 1  # the dead marker removed, this one answers for the WAL
    finally:
        database.dispose()
    assert _marks(data_dir) == [] and not _wal(data_dir).exists()
    assert not list(paths.backup_dir(data_dir).glob("*verdacht*"))


def test_a_restore_is_marked_while_it_writes(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore writes the database without Database.open: it holds a marker all the same, so a
    kill in the middle of it leaves a WAL that is applied, not set aside."""
    from checkin import db

    _fill(data_dir)
    source = tmp_path / "backup.sqlite"
    database = Database.open(data_dir)
    database.backup(target=source)
    database.dispose()
    marks_while_writing: list[int] = []
    write_through = db._write_through

    def noted(source: Path, db_path: Path) -> None:
        marks_while_writing.append(len(_marks(data_dir)))
        write_through(source, db_path)

    monkeypatch.setattr(db, "_write_through", noted)
    db.restore_database(source, data_dir)
    assert marks_while_writing == [1]
    assert _marks(data_dir) == [] and not _wal(data_dir).exists()
    assert _contents(data_dir) == (sorted(NAMES), 6)


def test_a_wal_that_could_not_be_emptied_at_close_keeps_its_marker_and_is_applied(data_dir: Path) -> None:
    """A reader in the middle of a read (another process's backup, say) keeps the checkpoint from
    emptying the WAL: the marker then stays, and the next open applies the WAL as its own."""
    _fill(data_dir)
    database = Database.open(data_dir)
    with database.transaction() as session:
        make_family(session, name="Vóór de lezer")
    with contextlib.closing(crypto.connect_existing(paths.database_path(data_dir))) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM family").fetchone()  # holds its snapshot
        with database.transaction() as session:
            make_family(session, name="Na de lezer")
        database.dispose()
        assert _wal(data_dir).stat().st_size > 0
        assert len(_marks(data_dir)) == 1
        reader.execute("COMMIT")
        wal = _wal(data_dir).read_bytes()
    # This reader was the last connection: closing, SQLite checkpointed and deleted the WAL. Put it
    # back, as a reader in another process that was killed would have left it.
    _wal(data_dir).write_bytes(wal)
    reopened = Database.open(data_dir)
    try:
        assert reopened.wal_set_aside is None
        assert {"Vóór de lezer", "Na de lezer"} <= set(_read(reopened)[0])
    finally:
        reopened.dispose()
    assert _marks(data_dir) == []
