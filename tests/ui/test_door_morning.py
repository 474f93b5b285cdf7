"""A whole morning at the door on demo data, as issue 3's 'done when' describes, then a restart."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from checkin.db import Database, check_file
from checkin.demo import fill_demo
from checkin.models import Consumption, Family, Morning, Visit
from tests.ui.conftest import Clock
from ui.app import build_window
from ui.family_dialog import NewFamilyDialog
from ui.main_window import MainWindow
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen
from ui.visit_dialogs import CloseMorningDialog, MoodDialog

TODAY = date(2026, 12, 2)  # a Wednesday after the demo's last morning


def open_app(qtbot: QtBot, data_dir: Path, clock: Clock) -> tuple[Database, VandaagScreen, MainWindow]:
    database = Database.open(data_dir)
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    screen = window.findChild(VandaagScreen)
    assert screen is not None
    screen.clock = clock
    screen.reload()
    window.resize(1366, 768)
    window.show()
    return database, screen, window  # the caller keeps the window alive


def test_a_morning_at_the_door(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    demo = Database.open(data_dir)
    with demo.session() as session:
        fill_demo(session, families=80, weeks=26, seed=3, today=TODAY)
        regulars = session.exec(
            select(Family).where(Family.display_name.is_not(None)).order_by(Family.id)  # type: ignore[union-attr]
        ).all()
    demo.dispose()
    clock = Clock(datetime.combine(TODAY, time(9, 28)))
    database, screen, _window = open_app(qtbot, data_dir, clock)

    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    # Five returning families by typing the start of a name (unique prefixes), one by its code.
    typed = []
    for family in regulars:
        prefix = family.display_name[:3]
        screen.search.setText(prefix)
        top = screen.results_model.rows()
        screen.search.clear()
        if top and top[0].family_id == family.id and family.id not in typed:
            qtbot.keyClicks(screen.search, prefix.lower())
            qtbot.keyClick(screen.search, Qt.Key.Key_Return)
            typed.append(family.id)
        if len(typed) == 5:
            break
    assert len(typed) == 5
    by_code = next(f for f in regulars if f.id not in typed)
    qtbot.keyClicks(screen.search, by_code.code)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)

    # (The shortcuts themselves are covered in test_vandaag.py; here the buttons a host sees.)
    qtbot.mouseClick(screen.new_family_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, NewFamilyDialog)
    qtbot.keyClicks(dialog.name, "Zeynep")
    dialog.village.setCurrentText("Strijen")
    dialog.referral.setCurrentText("familie of vrienden")
    dialog.child_rows[0].year.setValue(2025)
    qtbot.mouseClick(dialog.add_child_button, Qt.MouseButton.LeftButton)
    dialog.child_rows[1].year.setValue(2023)
    dialog.consent.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert screen.present_model.rowCount() == 7
    screen.present.selectRow(0)
    koffie = next(b for b in screen.drink_buttons if b.property("kind") == "koffie")
    for _ in range(3):
        qtbot.mouseClick(koffie, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)  # one too many
    screen.present.selectRow(1)
    qtbot.mouseClick(screen.check_out_button, Qt.MouseButton.LeftButton)
    mood = screen.dialog
    assert isinstance(mood, MoodDialog)
    qtbot.keyClick(mood.focusWidget() or mood, Qt.Key.Key_1)  # blij
    assert screen.dialog is None

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    close = screen.dialog
    assert isinstance(close, CloseMorningDialog)
    assert close.expected_label.text() == "€ 1,00"
    qtbot.keyClicks(close.cash, "0,50")
    assert close.difference.text() == "€ 0,50 te weinig"
    qtbot.mouseClick(close.ok_button, Qt.MouseButton.LeftButton)
    assert "7 bezoeken, 1 nieuwe gezinnen" in screen.status.text()
    assert "Kasverschil: € 0,50 te weinig" in screen.status.text()
    database.dispose()

    database, again, _window = open_app(qtbot, data_dir, Clock(datetime.combine(TODAY, time(12, 0))))
    assert not again.is_open()
    rows = again.present_model.rows()
    assert len(rows) == 7 and all(r.left_at is not None for r in rows)
    assert sum(r.drinks for r in rows) == 2
    with database.session() as session:
        morning = session.exec(select(Morning).where(Morning.day == TODAY)).one()
        assert morning.cash_counted_cents == 50
        assert len(session.exec(select(Visit).where(Visit.morning_id == morning.id)).all()) == 7
        assert len(session.exec(select(Consumption).where(Consumption.morning_id == morning.id)).all()) == 2
        newcomer = session.exec(select(Family).where(Family.consent_date == TODAY)).one()
        assert (newcomer.display_name, newcomer.village) == ("Zeynep", "Strijen")
    database.dispose()


def test_closing_a_morning_makes_a_verified_backup(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    database, screen, _window = open_app(qtbot, data_dir, Clock(datetime.combine(TODAY, time(9, 0))))
    screen.welcome.name.setText("De Kleine Knuistjes")  # the first-start form comes empty
    screen.welcome.weekday.setCurrentIndex(TODAY.weekday())
    qtbot.mouseClick(screen.welcome.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert isinstance(screen.dialog, CloseMorningDialog)
    qtbot.mouseClick(screen.dialog.ok_button, Qt.MouseButton.LeftButton)
    [backup] = (data_dir / "backups").glob("*-ochtend.sqlite")

    assert check_file(backup) == []
    database.dispose()
