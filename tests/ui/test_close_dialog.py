"""The close dialog by keyboard: the float (wisselgeld) is not takings; the difference says which way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.operations.door import MorningSummary
from ui.visit_dialogs import CloseMorningDialog

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
