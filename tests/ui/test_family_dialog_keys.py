"""The new-family dialog by keyboard: Tab walks name, village, referral, then each child in turn."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.family_dialog import NewFamilyDialog
from ui.operations.door import FamilyInput


def _dialog(qtbot: QtBot, submitted: list[FamilyInput]) -> NewFamilyDialog:
    dialog = NewFamilyDialog(
        villages=["Numansdorp", "Zuid-Beijerland"],
        referrals=["flyer/poster", "via een ander gezin"],
        today=date(2026, 11, 25),
        submit=submitted.append,
    )
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


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)


def test_tab_from_referral_reaches_the_child_and_child_two_comes_before_the_buttons(qtbot: QtBot) -> None:
    submitted: list[FamilyInput] = []
    dialog = _dialog(qtbot, submitted)
    assert _focus() is dialog.name
    qtbot.keyClicks(dialog.name, "Sanne")
    _tab(qtbot)
    assert _focus() is dialog.village
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    _tab(qtbot)
    assert _focus() is dialog.referral
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    _tab(qtbot)
    first = dialog.child_rows[0]
    assert _focus() is first.nickname  # not "+ Kind toevoegen"
    qtbot.keyClicks(_focus(), "Jan")
    # After the first child's fields comes "+ Kind toevoegen"; the new child's name gets the cursor.
    _tab(qtbot, 4)
    assert _focus() is first.remove
    _tab(qtbot)
    assert _focus() is dialog.add_child_button
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    assert len(dialog.child_rows) == 2
    second = dialog.child_rows[1]
    assert _focus() is second.nickname
    qtbot.keyClicks(_focus(), "Lotte")
    reached = []
    for _ in range(8):
        _tab(qtbot)
        reached.append(_focus())
    assert reached[:4] == [second.month, second.year, second.expected, second.remove]
    assert reached[4:] == [dialog.add_child_button, dialog.consent, dialog.ok_button, dialog.cancel_button]
    assert first.nickname.text() == "Jan"  # the first child's name is kept
    # The consent by keyboard, then Enter registers.
    dialog.consent.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert submitted and [c.nickname for c in submitted[0].children] == ["Jan", "Lotte"]
    assert submitted[0].village == "Numansdorp" and submitted[0].consent
    assert not dialog.isVisible()


def test_escape_closes_the_dialog_without_registering(qtbot: QtBot) -> None:
    submitted: list[FamilyInput] = []
    dialog = _dialog(qtbot, submitted)
    qtbot.keyClicks(_focus(), "Sanne")
    qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not submitted
