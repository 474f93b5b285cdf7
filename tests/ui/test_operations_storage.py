"""The shell's operations on real SQLite files: the start-up check, backups, restore, the commit watch."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

import pytest

from checkin import paths
from checkin.db import Database
from checkin.errors import Rejected
from tests.helpers.factories import make_family, make_location
from ui.operations import Operations, storage


def _families(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM family").fetchone()[0])


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A closed data folder with a place, two families and one automatic backup."""
    operations = storage.open_database(data_dir)
    storage.ensure_default_lists(operations)
    with operations.database.session() as session:
        make_location(session)
        make_family(session, name="Özlem")
        make_family(session, name="Łucja")
    storage.make_backup(operations, reason="start")
    storage.close_database(operations)
    for side in ("-wal", "-shm"):
        Path(f"{paths.database_path(data_dir)}{side}").unlink(missing_ok=True)
    return data_dir


def test_a_new_or_sound_folder_passes_the_check(data_dir: Path, filled: Path, tmp_path: Path) -> None:
    assert storage.check_data_folder(tmp_path / "nieuw").sound
    check = storage.check_data_folder(filled)
    assert check.sound and check.newest_backup is None  # the backups are only read when needed


def test_a_damaged_file_is_found_and_the_newest_sound_backup_restored(filled: Path) -> None:
    damaged = _damage(paths.database_path(filled))
    check = storage.check_data_folder(filled)
    assert not check.sound and "beschadigd" in " ".join(check.problems)
    assert check.newest_backup is not None and check.newest_backup.families == 2
    assert paths.database_path(filled).read_bytes() == damaged  # the check wrote nothing
    kept = storage.restore_at_start(filled, check.newest_backup)
    assert kept is not None and kept.read_bytes() == damaged  # set aside unchanged
    operations = storage.open_database(filled)
    try:
        assert _families(operations.database.path) == 2
        assert storage.check_data_folder(filled).sound
        # The set-aside file is never offered as the newest sound backup.
        assert [b.reason for b in storage.list_backups(operations)].count("beschadigd") == 1
    finally:
        storage.close_database(operations)


def test_opening_a_folder_that_cannot_be_written_is_refused(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("checkin.db.tempfile.NamedTemporaryFile", refuse)
    with pytest.raises(Rejected) as refused:
        storage.open_database(filled)
    assert "kan niet worden beschreven" in refused.value.message


def test_backups_made_listed_exported_and_described(
    database: Database, session: object, tmp_path: Path
) -> None:
    operations = Operations(database=database)
    with database.session() as s:
        make_location(s)
        make_family(s)
    first = storage.make_backup(operations, reason="start")
    second = storage.make_backup(operations, reason="ochtend")
    assert [b.path for b in storage.list_backups(operations)] == [second, first]  # newest first
    assert storage.backup_folder(operations) == first.parent
    stick = storage.export_backup(operations, target=tmp_path / "usb" / "checkin-backup.sqlite")
    info = storage.describe_backup(stick)
    assert info.sound and info.families == 1 and not storage.needs_recovery_key(info)


def test_a_file_that_is_no_backup_cannot_be_restored(database: Database, tmp_path: Path) -> None:
    operations = Operations(database=database)
    foreign = tmp_path / "recepten.sqlite"
    with contextlib.closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE recipe (name TEXT)")
        conn.commit()
    info = storage.describe_backup(foreign)
    assert not info.sound and not storage.needs_recovery_key(info)  # readable, just not ours
    unreadable = tmp_path / "onleesbaar.sqlite"
    unreadable.write_bytes(b"\x8f" * 4096)
    assert storage.needs_recovery_key(storage.describe_backup(unreadable))  # maybe another laptop's
    for source in (foreign, unreadable):
        with pytest.raises(Rejected):
            storage.restore_backup(operations, source)
    assert storage.check_data_folder(database.data_dir).sound  # nothing replaced


def test_restore_replaces_the_data_and_keeps_the_old(database: Database, tmp_path: Path) -> None:
    operations = Operations(database=database)
    with database.session() as s:
        make_location(s)
        make_family(s, name="Voor")
    stick = storage.export_backup(operations, target=tmp_path / "stick.sqlite")
    with database.session() as s:
        make_family(s, name="Na")
    kept = storage.restore_backup(operations, stick)
    assert kept is not None and _families(kept) == 2
    assert _families(database.path) == 1


def test_commit_watch_counts_commits_from_any_thread_until_stopped(database: Database) -> None:
    operations = Operations(database=database)
    watch = storage.watch_commits(operations)
    with database.session() as s:
        make_location(s)
    assert watch.count == 1
    worker = threading.Thread(target=lambda: storage.ensure_default_lists(operations))
    worker.start()
    worker.join()
    assert watch.count == 2
    watch.stop()
    with database.session() as s:
        make_family(s)
    assert watch.count == 2
    watch.stop()  # twice is harmless


def test_default_lists_are_filled_once(database: Database) -> None:
    operations = Operations(database=database)
    storage.ensure_default_lists(operations)
    with contextlib.closing(sqlite3.connect(database.path)) as conn:
        before = conn.execute("SELECT count(*) FROM listitem").fetchone()[0]
    storage.ensure_default_lists(operations)
    with contextlib.closing(sqlite3.connect(database.path)) as conn:
        assert conn.execute("SELECT count(*) FROM listitem").fetchone()[0] == before > 0


def test_no_recovery_key_without_a_keyring_or_with_a_database(data_dir: Path, filled: Path) -> None:
    assert storage.new_recovery_key(data_dir / "leeg") is None  # the tests have no keyring
    assert storage.new_recovery_key(filled) is None


def test_save_file_all_or_nothing(tmp_path: Path) -> None:
    storage.save_file(tmp_path / "a.pdf", b"%PDF-1.4 test")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-1.4 test"
    with pytest.raises(Rejected) as refused:
        storage.save_file(tmp_path / "nope" / "a.pdf", b"x")
    assert refused.value.message == f"De map {tmp_path / 'nope'} bestaat niet."


def test_retention_at_start_with_nothing_to_do(database: Database) -> None:
    assert storage.apply_retention(Operations(database=database)) == storage.Anonymised(
        families=0, backups_changed=0
    )
