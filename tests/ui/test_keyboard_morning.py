"""A whole morning at the door with the keyboard only (issue 11): every step is a key pressed on
the widget that has the focus, as a host with a toddler on her arm (or a scanner) would do it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from checkin.db import Database
from checkin.models import Child, Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services.families import ChildInput
from tests.helpers.factories import make_family
from tests.ui.conftest import Clock
from ui.app import build_window
from ui.family_dialog import NewFamilyDialog
from ui.main_window import MainWindow
from ui.tasks import ImmediateRunner
from ui.vandaag import VandaagScreen
from ui.visit_dialogs import CloseMorningDialog, MoodDialog, VisitDialog

NAMES = ("Anna", "Bouchra", "Chantal", "Eva", "Fatima", "Greet", "Hanna", "Ilse")
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def wait_focus(qtbot: QtBot, widget: QWidget) -> None:
    """Focus comes back to the window when a dialog has closed (the window is activated again)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget, *, most: int = 30) -> int:
    """Press Tab until ``target`` has the focus; how many presses it took."""
    qtbot.waitUntil(target.window().isActiveWindow)  # a dialog just opened takes the keyboard
    seen = []
    for presses in range(most):
        if focused() is target:
            return presses
        seen.append(focused().accessibleName() or focused().metaObject().className())
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.accessibleName() or target}; it went {seen}")


@pytest.fixture
def families(session: Session, location: Location) -> dict[str, Family]:
    made = {
        name: make_family(
            session,
            name=name,
            children=(ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),)
            + ((ChildInput(birth_year=2022, birth_month=1, nickname="Jan"),) if name == "Anna" else ()),
        )
        for name in NAMES
    }
    made["Dewi Z"] = make_family(session, name="Dewi", village="Zuid-Beijerland")
    made["Dewi N"] = make_family(session, name="Dewi", village="Nieuw-Beijerland")
    made["Karin"] = make_family(session, name="Karin", village="Mookhoek")
    return made


def open_window(qtbot: QtBot, database: Database, clock: Clock) -> tuple[MainWindow, VandaagScreen]:
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    screen = window.findChild(VandaagScreen)
    assert screen is not None
    screen.clock = clock
    screen.reload()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, screen


def test_a_whole_morning_by_keyboard(
    qtbot: QtBot, database: Database, families: dict[str, Family], clock: Clock
) -> None:
    _window, screen = open_window(qtbot, database, clock)
    today: date = clock.now.date()

    press(qtbot, Qt.Key.Key_S, ALT)  # Ochtend starten (a mnemonic clicks after a short flash)
    qtbot.waitUntil(screen.is_open)
    assert focused() is screen.search

    # Ten returning families: three letters and Enter, one Dewi chosen with Down, one by code.
    for name in NAMES:
        type_text(qtbot, name[:3].lower())
        press(qtbot, Qt.Key.Key_Return)
        assert f"{name} is ingecheckt" in screen.status.text()
        assert focused() is screen.search and screen.search.text() == ""
    type_text(qtbot, "dew")
    assert screen.results_model.rowCount() == 2
    second = screen.results_model.rows()[1]
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is screen.results and screen.results.currentIndex().row() == 1
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is screen.search
    type_text(qtbot, families["Karin"].code.lower())  # as a scanner types the card's code
    press(qtbot, Qt.Key.Key_Return)
    assert "Karin is ingecheckt" in screen.status.text()

    # Tab leaves a family table at once (not cell by cell).
    tab_to(qtbot, screen.results)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.new_family_button

    # A new family with two children.
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = screen.dialog
    assert isinstance(dialog, NewFamilyDialog)
    qtbot.waitUntil(lambda: focused() is dialog.name)
    type_text(qtbot, "Zeynep")
    tab_to(qtbot, dialog.village)
    type_text(qtbot, "Strijen")
    tab_to(qtbot, dialog.referral)
    type_text(qtbot, "familie")
    tab_to(qtbot, dialog.child_rows[0].nickname)
    type_text(qtbot, "Mila")
    tab_to(qtbot, dialog.child_rows[0].year)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "2023")
    press(qtbot, Qt.Key.Key_K, ALT)  # + Kind toevoegen
    qtbot.waitUntil(lambda: len(dialog.child_rows) == 2)
    tab_to(qtbot, dialog.child_rows[1].nickname)
    type_text(qtbot, "Noor")  # born last year, as the new row proposes
    # (Tab does not reach the second child's month and year yet: the new-family dialog's
    # tab order is being fixed elsewhere.)
    tab_to(qtbot, dialog.consent)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)  # the default button: Registreren en inchecken
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert "Zeynep! Nieuw gezin ingecheckt" in screen.status.text()
    wait_focus(qtbot, screen.search)

    # Drinks for Zeynep (selected after her check-in), each payment kind by its Alt-letter.
    assert screen.selected_present() is not None and screen.selected_present().display_name == "Zeynep"
    press(qtbot, Qt.Key.Key_1, CTRL)  # koffie, cash
    qtbot.waitUntil(lambda: screen.status.text().startswith("Koffie voor Zeynep"))
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: screen.payment() == "pin")
    press(qtbot, Qt.Key.Key_2, CTRL)  # thee, pin
    qtbot.waitUntil(lambda: screen.status.text().startswith("Thee voor Zeynep"))
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: screen.payment() == "gratis")
    press(qtbot, Qt.Key.Key_3, CTRL)  # limonade, free
    qtbot.waitUntil(lambda: screen.status.text().startswith("Limonade voor Zeynep"))
    assert focused() is screen.search

    # Who came with Anna (the first to arrive, first in the list): Jan stayed home.
    tab_to(qtbot, screen.present)
    press(qtbot, Qt.Key.Key_Home)
    assert screen.selected_present() is not None and screen.selected_present().display_name == "Anna"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.drink_buttons[0]  # Tab left the table in one press
    tab_to(qtbot, screen.present)
    press(qtbot, Qt.Key.Key_Return)  # Enter in the list: who came?
    visit = screen.dialog
    assert isinstance(visit, VisitDialog)
    jan = next(check for check in visit.child_boxes.values() if check.text().startswith("Jan"))
    tab_to(qtbot, jan)
    press(qtbot, Qt.Key.Key_Space)
    assert not jan.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.status.text() == "Aangepast."
    wait_focus(qtbot, screen.search)
    anna_visit = screen.selected_present()
    assert anna_visit is not None and anna_visit.children == 1

    # Undo: Jan came after all.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Ongedaan gemaakt" in screen.status.text() and focused() is screen.search
    anna_visit = screen.selected_present()
    assert anna_visit is not None and anna_visit.children == 2

    # Anna goes home.
    press(qtbot, Qt.Key.Key_U, ALT)  # Uitchecken: first how it went (three faces, keys 1/2/3)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, MoodDialog))
    mood = screen.dialog
    assert isinstance(mood, MoodDialog)
    qtbot.keyClick(mood, Qt.Key.Key_1)  # blij (the dialog takes 1, 2 or 3 wherever its focus is)
    qtbot.waitUntil(lambda: "Anna is uitgecheckt" in screen.status.text())
    wait_focus(qtbot, screen.search)  # back in the search box once the mood dialog has closed

    # Close the morning with a cash count: only Zeynep's coffee was paid in cash.
    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, CloseMorningDialog))
    close = screen.dialog
    assert isinstance(close, CloseMorningDialog)
    qtbot.waitUntil(close.isActiveWindow)
    press(qtbot, Qt.Key.Key_G, ALT)  # Geteld in de kas
    assert focused() is close.cash
    type_text(qtbot, "0,50")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert "De ochtend is afgesloten: 11 bezoeken" in screen.status.text()

    with database.session() as session:
        morning = session.exec(select(Morning).where(Morning.day == today)).one()
        assert morning.closed_at is not None and morning.cash_counted_cents == 50
        visits = session.exec(select(Visit).where(Visit.morning_id == morning.id)).all()
        assert len(visits) == 11
        checked_in = {v.family_id for v in visits}
        assert {f.id for f in families.values()} - {families["Dewi Z"].id, families["Dewi N"].id} < checked_in
        assert (
            second.family_id in checked_in
            and len(checked_in & {families["Dewi Z"].id, families["Dewi N"].id}) == 1
        )
        anna = next(v for v in visits if v.family_id == families["Anna"].id)
        assert anna.left_at is not None
        assert len(session.exec(select(VisitChild).where(VisitChild.visit_id == anna.id)).all()) == 2
        drinks = session.exec(select(Consumption).order_by(Consumption.id)).all()
        assert [(c.kind, c.payment) for c in drinks] == [
            ("koffie", "contant"),
            ("thee", "pin"),
            ("limonade", "gratis"),
        ]
        zeynep = session.exec(select(Family).where(Family.display_name == "Zeynep")).one()
        assert zeynep.village == "Strijen" and zeynep.referral == "familie of vrienden"
        children = session.exec(select(Child).where(Child.family_id == zeynep.id).order_by(Child.id)).all()
        assert [(c.nickname, c.birth_year) for c in children] == [("Mila", 2023), ("Noor", today.year - 1)]


def test_after_a_restart_during_the_morning_the_search_box_is_ready(
    qtbot: QtBot, database: Database, families: dict[str, Family], clock: Clock
) -> None:
    window, screen = open_window(qtbot, database, clock)
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(screen.is_open)
    type_text(qtbot, "ann")
    press(qtbot, Qt.Key.Key_Return)
    window.close()

    _again, screen = open_window(qtbot, database, clock)
    assert screen.is_open()
    assert "Start de ochtend" not in screen.status.text()
    assert "De ochtend is open" in screen.status.text()
    qtbot.waitUntil(lambda: focused() is screen.search)
    type_text(qtbot, "bou")
    press(qtbot, Qt.Key.Key_Return)
    assert "Bouchra is ingecheckt" in screen.status.text()
