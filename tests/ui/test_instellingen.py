"""Instellingen: behind the PIN, saved in one transaction, lists edited entry by entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from checkin import i18n as core_i18n
from checkin import privacy
from checkin.db import Database
from checkin.models import Location
from checkin.services import lists
from checkin.settings import load_settings, save_settings
from ui.instellingen import SettingsDialog, open_settings
from ui.operations import Operations


def _dialog(qtbot: QtBot, operations: Operations) -> SettingsDialog:
    dialog = SettingsDialog(operations=operations)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_save_stores_price_retention_and_k(
    qtbot: QtBot, database: Database, session: Session, location: Location, operations: Operations
) -> None:
    save_settings(session, location_id=location.id)
    dialog = _dialog(qtbot, operations)
    assert dialog.price.value() == 0.5
    assert dialog.price.text() == "€ 0,50"
    dialog.price.setValue(0.6)
    dialog.retention.clear()
    qtbot.keyClicks(dialog.retention, "12")
    dialog.min_count.clear()
    qtbot.keyClicks(dialog.min_count, "7")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    with database.session() as fresh:
        settings = load_settings(fresh)
        assert (settings.retention_months, settings.min_count) == (12, 7)
        assert fresh.get(Location, location.id).price_cents == 60  # type: ignore[union-attr]


def test_k_cannot_go_below_three(
    qtbot: QtBot, session: Session, location: Location, operations: Operations
) -> None:
    dialog = _dialog(qtbot, operations)
    dialog.min_count.clear()
    qtbot.keyClicks(dialog.min_count, "2")
    dialog.min_count.interpretText()
    assert dialog.min_count.value() >= 3


def test_lists_add_and_switch_off(
    qtbot: QtBot, database: Database, session: Session, location: Location, operations: Operations
) -> None:
    dialog = _dialog(qtbot, operations)
    page = dialog.lists_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("theme"))
    qtbot.keyClicks(page.new_value, "Samen koken")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "Samen koken" in page.model.stringList()
    assert page.new_value.text() == ""
    with database.session() as fresh:
        assert "Samen koken" in lists.list_values(fresh, "theme")

    qtbot.keyClicks(page.new_value, "Slapen")  # already there
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "staat al in de lijst" in page.message.text()

    row = page.model.stringList().index("Slapen")
    page.view.setCurrentIndex(page.model.index(row))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Slapen" not in page.model.stringList()
    with database.session() as fresh:
        assert "Slapen" not in lists.list_values(fresh, "theme")
        assert "Slapen" in lists.list_values(fresh, "theme", include_inactive=True)


def _answer_pin(qtbot: QtBot, pin: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "pinDialog":
            QTimer.singleShot(20, answer)
            return
        field = dialog.findChild(QLineEdit, "pin")
        qtbot.keyClicks(field, pin)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_the_pin_guards_the_settings(
    qtbot: QtBot, session: Session, location: Location, operations: Operations
) -> None:
    privacy.set_pin(session, new_pin="24680")
    for _ in range(3):  # three wrong tries close the PIN dialog
        _answer_pin(qtbot, "1111")
    assert open_settings(None, operations) is None
    _answer_pin(qtbot, "24680")
    dialog = open_settings(None, operations)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()


def test_the_place_name_and_opening_hours_can_be_changed(
    qtbot: QtBot, database: Database, session: Session, location: Location, operations: Operations
) -> None:
    from datetime import time

    from checkin.models import Morning
    from checkin.services import locations
    from tests.helpers.factories import make_location, make_morning

    make_location(session, name="Het Speelnest")
    morning = make_morning(session, location)
    save_settings(session, location_id=location.id)
    dialog = _dialog(qtbot, operations)
    page = dialog.place_page
    assert page.name.text() == "De Kleine Knuistjes" and page.weekday.currentIndex() == 2
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Het Speelnest")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "al een ontmoetingsplek" in page.message.text()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "De Knuistjes")
    page.weekday.setCurrentIndex(3)  # donderdag
    page.start.setTime(page.start.time().addSecs(15 * 60))
    page.end.setTime(page.end.time().addSecs(30 * 60))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "De plek is opgeslagen: De Knuistjes."
    with database.session() as fresh:
        stored = fresh.get(Location, location.id)
        assert stored is not None and stored.name == "De Knuistjes"
        assert locations.schedule(fresh, location.id or 0) == [
            locations.Slot(weekday=3, start=time(9, 45), end=time(12, 0))
        ]
        kept = fresh.get(Morning, morning.id)
        assert kept is not None and (kept.start, kept.end) == (time(9, 30), time(11, 30))
    page.end.setTime(page.start.time())
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "eindigen na het begin" in page.message.text()


def test_the_language_list_comes_from_the_built_translations(
    qtbot: QtBot,
    session: Session,
    location: Location,
    operations: Operations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new checkin_<code>.qm appears in the list by its own name, without a change in the code."""
    built = Path(str(core_i18n.translations_folder()))
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(built / "checkin_en.qm", folder / "checkin_en.qm")
    shutil.copy(built / "checkin_en.qm", folder / "checkin_de.qm")
    shutil.copy(built / "checkin_nl.qm", folder / "checkin_nl.qm")
    dialog = _dialog(qtbot, operations)
    shown = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert shown == ["Nederlands", "English"]

    monkeypatch.setattr(core_i18n, "translations_folder", lambda: folder)
    assert core_i18n.available_languages() == ("nl", "de", "en")
    dialog = _dialog(qtbot, operations)
    shown = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert shown == ["Nederlands", "Deutsch", "English"]
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["nl", "de", "en"]
    assert dialog.language.currentData() == "nl"
