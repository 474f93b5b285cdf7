"""The coordinator PIN dialogs driven by the keyboard: what they show is what is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from checkin.db import Database
from ui.operations import Operations, privacy
from ui.pin import PinDialog, SetPinDialog

FIRST = "2468013579"[: privacy.PIN_MIN]
SECOND = "9753108642"[: privacy.PIN_MIN]


@pytest.fixture
def operations(database: Database) -> Operations:
    return Operations(database=database)


def _open(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, *texts: str) -> None:
    """Type each text in the focused field, Tab between them, Enter after the last."""
    for n, text in enumerate(texts):
        qtbot.keyClicks(_focus(), text)
        qtbot.keyClick(_focus(), Qt.Key.Key_Return if n == len(texts) - 1 else Qt.Key.Key_Tab)


def test_setting_a_first_pin_shows_only_the_new_fields_and_says_it_is_set(
    qtbot: QtBot, operations: Operations
) -> None:
    dialog = _open(qtbot, SetPinDialog(operations=operations))
    assert isinstance(dialog, SetPinDialog)
    assert dialog.findChild(QLineEdit, "currentPin") is None  # no stray "Huidige pincode"
    assert _focus() is dialog.new
    _type(qtbot, FIRST, FIRST)
    assert privacy.check_pin(operations, FIRST) and privacy.pin_is_set(operations)
    assert dialog.isVisible() and dialog.done_label.text() == "De pincode is ingesteld."
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # Sluiten
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_typing_the_pin_once_and_enter_stores_nothing_and_says_so(
    qtbot: QtBot, operations: Operations
) -> None:
    dialog = _open(qtbot, SetPinDialog(operations=operations))
    assert isinstance(dialog, SetPinDialog)
    _type(qtbot, FIRST)
    assert dialog.isVisible() and "niet gelijk" in dialog.error.text()
    assert not privacy.pin_is_set(operations)
    assert _focus() is dialog.repeat  # straight on to the missing one


def test_a_too_short_pin_is_refused_with_the_rule(qtbot: QtBot, operations: Operations) -> None:
    dialog = _open(qtbot, SetPinDialog(operations=operations))
    assert isinstance(dialog, SetPinDialog)
    short = FIRST[:-1]
    _type(qtbot, short, short)
    assert f"{privacy.PIN_MIN} tot {privacy.PIN_MAX} cijfers" in dialog.error.text()
    assert not privacy.pin_is_set(operations) and dialog.isVisible()


def test_changing_the_pin_needs_the_current_one(qtbot: QtBot, operations: Operations) -> None:
    privacy.set_pin(operations, new_pin=FIRST)
    dialog = _open(qtbot, SetPinDialog(operations=operations))
    assert isinstance(dialog, SetPinDialog)
    assert _focus() is dialog.current
    _type(qtbot, SECOND, SECOND, SECOND)  # wrong current PIN
    assert "klopt niet" in dialog.error.text() and dialog.isVisible()
    assert privacy.check_pin(operations, FIRST) and not privacy.check_pin(operations, SECOND)
    assert _focus() is dialog.current
    for field in (dialog.current, dialog.new, dialog.repeat):
        assert field is not None
        field.clear()
    assert dialog.current is not None
    dialog.current.setFocus()
    _type(qtbot, FIRST, SECOND, SECOND)
    assert dialog.done_label.text() == "De pincode is gewijzigd."
    assert privacy.check_pin(operations, SECOND) and not privacy.check_pin(operations, FIRST)
    qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_the_pin_question_refuses_a_wrong_pin_and_lets_the_right_one_in(
    qtbot: QtBot, operations: Operations
) -> None:
    privacy.set_pin(operations, new_pin=FIRST)
    dialog = _open(qtbot, PinDialog(operations=operations))
    assert isinstance(dialog, PinDialog)
    _type(qtbot, SECOND)
    assert dialog.isVisible() and "klopt niet" in dialog.error.text()
    _type(qtbot, FIRST)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_escape_closes_the_pin_question_without_access(qtbot: QtBot, operations: Operations) -> None:
    privacy.set_pin(operations, new_pin=FIRST)
    dialog = _open(qtbot, PinDialog(operations=operations))
    qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_after_too_many_wrong_pins_the_dialog_says_how_long_to_wait(
    qtbot: QtBot, operations: Operations
) -> None:
    privacy.set_pin(operations, new_pin=FIRST)
    for _ in range(privacy.FREE_TRIES):
        assert not privacy.check_pin(operations, SECOND)
    dialog = _open(qtbot, PinDialog(operations=operations))
    assert isinstance(dialog, PinDialog)
    _type(qtbot, FIRST)  # even the right PIN waits: the dialog says so and stays open
    assert dialog.isVisible() and "Probeer het over" in dialog.error.text()
    assert privacy.pin_wait_seconds(operations) > 0


def test_an_old_four_digit_pin_still_opens_with_a_nudge(qtbot: QtBot, database: Database) -> None:
    from checkin import privacy as core_privacy
    from checkin.settings import save_settings
    from ui.pin import require_pin

    with database.session() as session:
        save_settings(session, coordinator_pin=core_privacy.hash_pin("1234"))
    parent = QWidget()
    qtbot.addWidget(parent)
    operations = Operations(database=database)

    def type_old_pin() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible())
        qtbot.keyClicks(dialog.field, "1234")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_old_pin)
    assert require_pin(parent, operations)
    nudge = parent.findChild(QMessageBox, "shortPinNudge")
    assert nudge is not None and "minstens 5 cijfers" in nudge.text()
    nudge.close()
