"""The start-up check with its restore offer, the backup scheduler, the backup menu and the PIN."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from checkin import backups, paths, privacy
from checkin.backups import BackupInfo
from checkin.db import Database, check_file
from checkin.errors import Rejected
from checkin.models import Family
from tests.helpers.factories import make_family, make_location
from ui.backup_menu import BackupMenu, confirm_restore_box
from ui.backups import BackupScheduler
from ui.operations import Operations
from ui.pin import PinDialog, require_pin
from ui.startup import open_checked, restore_offer_box
from ui.tasks import ImmediateRunner, ThreadRunner


def _families(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM family").fetchone()[0]


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def filled(data_dir: Path) -> Path:
    database = Database.open(data_dir)
    with database.session() as session:
        from checkin.services.lists import ensure_default_lists

        ensure_default_lists(session)
        make_location(session)
        for n in range(3):
            make_family(session, name=f"Gezin {n}")
    backups.make_backup(database, reason="start")
    database.dispose()
    for side in ("-wal", "-shm"):
        Path(f"{paths.database_path(data_dir)}{side}").unlink(missing_ok=True)
    return data_dir


def test_damaged_database_is_explained_and_restored(qapp, filled: Path) -> None:
    damaged = _damage(paths.database_path(filled))
    offered: list[tuple[str, BackupInfo | None]] = []
    operations = open_checked(filled, ask=lambda problem, info: offered.append((problem, info)) or True)
    assert operations is not None
    database = operations.database
    try:
        problem, info = offered[0]
        assert "beschadigd" in problem
        assert info is not None and info.families == 3
        assert check_file(database.path) == []
        assert _families(database.path) == 3
        set_aside = [b for b in backups.list_backups(filled) if b.reason == "beschadigd"]
        assert len(set_aside) == 1 and set_aside[0].path.read_bytes() == damaged
    finally:
        database.dispose()


def test_declining_the_offer_writes_nothing(qapp, filled: Path) -> None:
    damaged = _damage(paths.database_path(filled))
    assert open_checked(filled, ask=lambda problem, info: False) is None
    assert paths.database_path(filled).read_bytes() == damaged


def test_foreign_database_without_backups_gets_an_explanation(qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(paths.database_path(data_dir))) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
    offered: list[BackupInfo | None] = []
    assert open_checked(data_dir, ask=lambda problem, info: offered.append(info) or True) is None
    assert offered == [None]


def test_read_only_data_folder_is_a_message_not_a_crash(
    qapp, filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root ignores a folder's mode, so the refusal of the file system is simulated.
    monkeypatch.setattr("checkin.db.tempfile.NamedTemporaryFile", refuse)
    shown: list[Rejected] = []
    assert open_checked(filled, show=shown.append) is None
    assert "kan niet worden beschreven" in shown[0].message


def test_restore_offer_dialog_reads_well(qtbot, filled: Path, tmp_path: Path) -> None:
    info = backups.newest_sound_backup(filled)
    box = restore_offer_box("De database is beschadigd: database disk image is malformed", info)
    qtbot.addWidget(box)
    assert "3 gezinnen" in box.text()
    assert [box.buttonRole(b) for b in box.buttons()].count(QMessageBox.ButtonRole.AcceptRole) == 1
    box.show()
    box.grab().save(str(tmp_path / "restore-offer.png"))
    nothing = restore_offer_box("kapot", None)
    qtbot.addWidget(nothing)
    assert "geen goede backup" in nothing.text()


def test_scheduler_backs_up_at_start_only_again_after_changes(qtbot, database: Database, session) -> None:
    scheduler = BackupScheduler(
        operations=Operations(database=database), runner=ImmediateRunner(), interval_ms=60_000
    )
    try:
        with qtbot.waitSignal(scheduler.made):
            scheduler.start()
        assert len(backups.list_backups(database.data_dir)) == 1
        scheduler.tick()  # nothing changed: no new backup
        assert len(backups.list_backups(database.data_dir)) == 1
        make_location(session)
        assert scheduler.changed
        with qtbot.waitSignal(scheduler.made):
            scheduler.tick()
        reasons = sorted(b.reason for b in backups.list_backups(database.data_dir))
        assert reasons == ["periodiek", "start"]
        operations = Operations(database=database)
        operations.on_morning_closed(scheduler.after_morning_closed)
        with qtbot.waitSignal(scheduler.made):
            operations.morning_closed()
        assert "ochtend" in {b.reason for b in backups.list_backups(database.data_dir)}
    finally:
        scheduler.stop()


def test_scheduler_runs_off_the_gui_thread(qtbot, database: Database) -> None:
    runner = ThreadRunner()
    scheduler = BackupScheduler(operations=Operations(database=database), runner=runner)
    try:
        with qtbot.waitSignal(scheduler.made, timeout=10000) as blocker:
            scheduler.start()
        assert check_file(blocker.args[0]) == []
    finally:
        scheduler.stop()
        runner.wait()


def test_failed_backup_is_reported(qtbot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(**_kwargs: object) -> Path:
        raise Rejected(
            "Kan niet schrijven naar {path} ({reason}).", path="x", reason="No space left on device"
        )

    monkeypatch.setattr(database.__class__, "backup", lambda self, **kw: full_disk(**kw))
    scheduler = BackupScheduler(operations=Operations(database=database), runner=ImmediateRunner())
    try:
        with qtbot.waitSignal(scheduler.failed) as blocker:
            scheduler.start()
        assert "No space left" in blocker.args[0]
        assert scheduler.changed  # it will try again
    finally:
        scheduler.stop()


def test_backup_menu_exports_and_restores(qtbot, database: Database, session, tmp_path: Path) -> None:
    make_location(session)
    make_family(session, name="Voor")
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(database=database)
    quit_calls: list[bool] = []
    menu = BackupMenu(
        window=window,
        operations=operations,
        runner=ImmediateRunner(),
        quit_app=lambda: quit_calls.append(True),
    )
    stick = tmp_path / "usb" / "checkin-backup.sqlite"
    menu.export_to(stick)
    assert check_file(stick) == []
    make_family(session, name="Na")
    session.close()
    shown: list[str] = []
    confirmed = menu.restore_from(
        stick, confirm=lambda box: shown.append(box.text()) or True, inform=shown.append
    )
    assert confirmed and quit_calls == [True]
    assert "1 gezinnen" in shown[0]
    assert _families(database.path) == 1
    kept = [b for b in backups.list_backups(database.data_dir) if b.reason == "voor-terugzetten"]
    assert len(kept) == 1 and _families(kept[0].path) == 2


def test_confirm_box_refuses_a_bad_backup(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("niets")
    box = confirm_restore_box(backups.describe(bad))
    qtbot.addWidget(box)
    assert "niet in orde" in box.text()


def test_pin_guards_and_hosts_need_none(qtbot, database: Database, session) -> None:
    operations = Operations(database=database)
    assert require_pin(None, operations)  # no PIN set: open
    privacy.set_pin(session, new_pin="24680")
    dialog = PinDialog(operations=operations)
    qtbot.addWidget(dialog)
    dialog.field.setText("1111")
    dialog.try_pin()
    assert dialog.result() != QDialog.DialogCode.Accepted and "klopt niet" in dialog.error.text()
    dialog.field.setText("24680")
    dialog.try_pin()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.get(Family, 1) is None  # nothing else changed


def test_pin_dialog_gives_up_after_three_tries(qtbot, database: Database, session) -> None:
    privacy.set_pin(session, new_pin="24680")
    dialog = PinDialog(operations=Operations(database=database))
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.field.setText("0000")
        dialog.try_pin()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_set_pin_dialog_sets_changes_and_removes(qtbot, database: Database, session, tmp_path: Path) -> None:
    from ui.pin import SetPinDialog

    operations = Operations(database=database)
    dialog = SetPinDialog(operations=operations)
    qtbot.addWidget(dialog)
    dialog.new.setText("13579")
    dialog.repeat.setText("13580")
    dialog.save()
    assert "niet gelijk" in dialog.error.text() and not privacy.pin_is_set(session)
    dialog.repeat.setText("13579")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and privacy.check_pin(session, pin="13579")
    change = SetPinDialog(operations=operations)
    qtbot.addWidget(change)
    change.show()
    change.grab().save(str(tmp_path / "set-pin.png"))
    change.new.setText("12")
    change.repeat.setText("12")
    change.current.setText("13579")
    change.save()
    assert "5 tot 12 cijfers" in change.error.text()
    change.new.setText("")
    change.repeat.setText("")
    change.save()  # empty new fields no longer remove the PIN: that is its own button
    assert privacy.pin_is_set(session) and "Typ een nieuwe pincode" in change.error.text()
    assert change.remove_button is not None
    change.remove_button.click()
    session.expire_all()
    assert not privacy.pin_is_set(session) and "weggehaald" in change.done_label.text()


def test_backup_menu_asks_the_recovery_key_of_another_laptop(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    from checkin import crypto

    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "laptop A")
    other = Database.open(tmp_path / "other")
    with other.session() as s:
        from checkin.services.lists import ensure_default_lists

        ensure_default_lists(s)
        make_location(s)
        make_family(s, name="Van laptop A")
    foreign = backups.make_backup(other, reason="start")
    other.dispose()
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "laptop B")
    database = Database.open(data_dir)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = BackupMenu(
        window=window,
        operations=Operations(database=database),
        runner=ImmediateRunner(),
        quit_app=lambda: None,
    )
    shown: list[str] = []
    assert not menu.restore_from(foreign, confirm=lambda box: True, inform=shown.append, ask_key=lambda: None)
    assert menu.restore_from(
        foreign,
        confirm=lambda box: shown.append(box.text()) or True,
        inform=shown.append,
        ask_key=lambda: "laptop A",
    )
    assert "1 gezinnen" in shown[0]
    assert backups.describe(paths.database_path(data_dir)).families == 1  # opened with laptop B's key
