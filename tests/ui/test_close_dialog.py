"""The close dialog by keyboard (the float is not takings; the difference says which way), and the mood
asked at check-out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ui.operations.door import MorningSummary
from ui.visit_dialogs import CloseMorningDialog, MoodDialog

SUMMARY = MorningSummary(
    morning_id=1,
    visits=3,
    new_families=0,
    adults=3,
    children=4,
    drinks=2,
    expected_cash_cents=100,
    pin_cents=0,
    cash_counted_cents=None,
    float_cents=2000,
)


def test_a_box_with_its_float_counts_right_and_says_too_little_or_too_much(qtbot: QtBot) -> None:
    sent: list[tuple[int | None, str, int]] = []
    dialog = CloseMorningDialog(
        summary=SUMMARY, submit=lambda cash, notes, fl: sent.append((cash, notes, fl))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.float_field.text() == "20,00"  # the place's remembered float
    assert dialog.expected_label.text() == "€ 21,00"
    assert dialog.focusWidget() is dialog.cash
    qtbot.keyClicks(dialog.cash, "20,50")
    assert dialog.difference.text() == "€ 0,50 te weinig"
    dialog.cash.clear()
    qtbot.keyClicks(dialog.cash, "21")
    assert dialog.difference.text() == "klopt precies"
    qtbot.keyClicks(dialog.cash, ",75")
    assert dialog.difference.text() == "€ 0,75 te veel"
    dialog.float_field.setFocus()
    dialog.float_field.selectAll()
    qtbot.keyClicks(dialog.float_field, "25")
    assert dialog.expected_label.text() == "€ 26,00" and dialog.difference.text() == "€ 4,25 te weinig"
    qtbot.keyClick(dialog.float_field, Qt.Key.Key_Return)
    assert sent == [(2175, "", 2500)] and not dialog.isVisible()


def test_a_float_that_is_no_amount_is_said_and_nothing_closes(qtbot: QtBot) -> None:
    sent: list[object] = []
    dialog = CloseMorningDialog(summary=SUMMARY, submit=lambda *args: sent.append(args))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.float_field.setText("twintig")
    assert "geen bedrag" in dialog.expected_label.text()
    qtbot.keyClick(dialog.cash, Qt.Key.Key_Return)
    assert not sent and dialog.isVisible() and "geen bedrag" in dialog.error.text()


def _mood(qtbot: QtBot) -> MoodDialog:
    dialog = MoodDialog(family_name="Sanne")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_mood_at_check_out_by_number_arrows_skip_or_escape(qtbot: QtBot) -> None:
    three = _mood(qtbot)
    qtbot.keyClick(three.focusWidget() or three, Qt.Key.Key_3)
    assert three.result() == QDialog.DialogCode.Accepted and three.mood == "niet blij"
    arrows = _mood(qtbot)
    qtbot.keyClick(arrows.face_buttons[0], Qt.Key.Key_Left)  # wraps round to the last face
    assert arrows.focusWidget() is arrows.face_buttons[2]
    qtbot.keyClick(arrows.face_buttons[2], Qt.Key.Key_Right)
    qtbot.keyClick(arrows.focusWidget() or arrows, Qt.Key.Key_Enter)
    assert arrows.result() == QDialog.DialogCode.Accepted and arrows.mood == "blij"
    skip = _mood(qtbot)
    skip.skip_button.click()
    assert skip.result() == QDialog.DialogCode.Accepted and skip.mood is None
    escape = _mood(qtbot)
    qtbot.keyClick(escape.focusWidget() or escape, Qt.Key.Key_Escape)
    assert escape.result() == QDialog.DialogCode.Rejected and not escape.isVisible()
