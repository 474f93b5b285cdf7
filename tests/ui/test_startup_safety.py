"""Start-up with damaged and foreign files: a newer version, a zero-length file, a failed upgrade."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from checkin import backups, paths
from checkin.db import Database, alembic_config, check_file
from checkin.errors import Rejected
from checkin.services.lists import ensure_default_lists
from tests.helpers.factories import make_family, make_location
from tests.helpers.window import start_window
from ui.operations.storage import BackupInfo
from ui.startup import open_checked, restore_offer_box

NEWER = "Deze gegevens zijn gemaakt met een nieuwere versie van de app: werk de app bij."


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    database = Database.open(data_dir)
    with database.session() as session:
        ensure_default_lists(session)
        make_location(session)
        for n in range(3):
            make_family(session, name=f"Gezin {n}")
    backups.make_backup(database, reason="start")
    database.checkpoint()
    database.dispose()
    return data_dir


def _revision(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_database_of_a_newer_app_is_told_as_such_and_closing_is_the_default(qtbot, filled: Path) -> None:
    db_path = paths.database_path(filled)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    before = _sha256(db_path)
    offered: list[tuple[str, BackupInfo | None]] = []
    assert open_checked(filled, ask=lambda problem, info: offered.append((problem, info)) or False) is None
    problem, info = offered[0]
    assert problem == NEWER
    box = restore_offer_box(problem, info)
    qtbot.addWidget(box)
    assert box.text() == NEWER
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    box.show()
    qtbot.waitExposed(box)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: close, restore nothing
    assert box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.RejectRole
    assert _sha256(db_path) == before
    assert [b.reason for b in backups.list_backups(filled)] == ["start"]


def test_a_zero_length_database_is_offered_the_newest_backup(qapp, filled: Path) -> None:
    db_path = paths.database_path(filled)
    db_path.write_bytes(b"")
    offered: list[tuple[str, BackupInfo | None]] = []
    assert open_checked(filled, ask=lambda problem, info: offered.append((problem, info)) or False) is None
    assert offered[0][0] == "Het databasebestand is leeg (0 bytes)."
    assert offered[0][1] is not None and offered[0][1].families == 3
    assert db_path.read_bytes() == b""
    operations = open_checked(filled, ask=lambda problem, info: True)
    assert operations is not None
    try:
        assert check_file(db_path) == []
    finally:
        operations.database.dispose()


def test_a_zero_length_file_without_backups_becomes_a_new_database(qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    paths.database_path(data_dir).write_bytes(b"")
    operations = open_checked(data_dir, ask=lambda problem, info: pytest.fail("nothing to offer"))
    assert operations is not None
    operations.database.dispose()
    assert check_file(paths.database_path(data_dir)) == []


def test_a_failed_upgrade_changes_nothing_and_offers_the_backup_before_it(qapp, filled: Path) -> None:
    database = Database.open(filled)
    command.downgrade(alembic_config(database.engine), "0003")
    database.checkpoint()
    database.dispose()
    db_path = paths.database_path(filled)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:  # in the way of migration 0004
        conn.execute("CREATE TABLE undoentry (something TEXT)")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    offered: list[tuple[str, BackupInfo | None]] = []
    shown: list[Rejected] = []
    result = open_checked(
        filled, ask=lambda problem, info: offered.append((problem, info)) or False, show=shown.append
    )
    assert result is None
    problem, info = offered[0]
    assert "kan niet worden bijgewerkt" in problem and "\n" not in problem
    assert info is not None and info.path.name.endswith("-voor-upgrade.sqlite")
    assert _revision(db_path) == "0003"  # the upgrade was one transaction: nothing of it stayed
    assert check_file(db_path) == []


def test_a_read_only_medium_is_told_as_such(qapp, filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("checkin.db.tempfile.NamedTemporaryFile", refuse)
    before = _sha256(paths.database_path(filled))
    shown: list[Rejected] = []
    assert (
        open_checked(filled, ask=lambda problem, info: pytest.fail("no restore"), show=shown.append) is None
    )
    assert "alleen lezen" in shown[0].message
    assert _sha256(paths.database_path(filled)) == before


def test_check_writes_nothing_beside_a_damaged_file(filled: Path) -> None:
    db_path = paths.database_path(filled)
    data = bytearray(db_path.read_bytes())
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)
    db_path.write_bytes(bytes(data))
    before = _sha256(db_path)
    listing = sorted(p.name for p in filled.iterdir())
    assert check_file(db_path) != []
    assert sorted(p.name for p in filled.iterdir()) == listing  # no -wal, no -shm
    assert _sha256(db_path) == before


def test_a_foreign_wal_is_set_aside_at_start_and_the_host_told_once(
    qtbot, filled: Path, tmp_path: Path
) -> None:
    """A WAL beside the cleanly closed database (from a copy with other changes) is not applied:
    the start-up check offers no restore, the window opens the clean data and says what it did."""

    from checkin import clean_close
    from ui import app as app_module

    db_path = paths.database_path(filled)
    before = _sha256(db_path)
    copy = tmp_path / "kopie.sqlite"
    shutil.copyfile(db_path, copy)
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE family SET display_name = 'Vreemd'")
        conn.commit()
        foreign = Path(f"{copy}-wal").read_bytes()
    clean_close.wal_path(filled).write_bytes(foreign)

    window, state = start_window(qtbot, filled)
    try:
        assert state.operations is not None  # no restore offered, no refusal
        boxes = [b for b in window.findChildren(QMessageBox, "walSetAside") if b.isVisible()]
        assert len(boxes) == 1
        (kept,) = paths.backup_dir(filled).glob("*-verdacht.sqlite-wal")
        assert kept.name in boxes[0].text() and "niet gebruikt" in boxes[0].text()
        assert kept.read_bytes() == foreign
        assert _sha256(db_path) == before
        with state.operations.database.session() as session:
            from sqlmodel import select

            from checkin.models import Family

            names = sorted(f.display_name or "" for f in session.exec(select(Family)))
        assert names == ["Gezin 0", "Gezin 1", "Gezin 2"]
        qtbot.wait(50)
        assert len(window.findChildren(QMessageBox, "walSetAside")) == 1  # told once
    finally:
        app_module._close(window, state)
    assert not clean_close.wal_path(filled).exists()
