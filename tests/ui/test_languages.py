"""The window's language: the saved choice from the next start, Qt's own dialogs, the app's texts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkin.db import Database
from checkin.models import Location
from checkin.money import format_cents
from checkin.settings import save_settings
from ui import i18n
from ui.app import build_window
from ui.operations import Operations
from ui.tasks import ImmediateRunner

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_TS = ROOT / "resources" / "translations" / "checkin_en.ts"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's application; the translations and the default locale are put back afterwards."""
    saved = QLocale()
    yield qapp
    i18n.remove_translations(qapp)
    QLocale.setDefault(saved)


def visible_texts(widget: QWidget) -> set[str]:
    """Every text a host reads on ``widget``: labels, buttons, tooltips, placeholders, group titles,
    tab titles, column headers and the window title."""
    found = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        found.add(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            found.add(child.text())
        if isinstance(child, QLineEdit):
            found.add(child.placeholderText())
        if isinstance(child, QGroupBox):
            found.add(child.title())
        if isinstance(child, QTabWidget):
            found.update(child.tabText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, no header
                columns = 0
            found.update(str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(columns))
    return {text for text in found if text}


def translated_dutch_sources() -> set[str]:
    """Dutch source texts that have an English translation different from themselves."""
    found = set()
    for message in ET.parse(ENGLISH_TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and translation != source:
            found.add(source)
    return found


def test_the_saved_language_is_used_from_the_next_start(
    qtbot: QtBot, app: QApplication, database: Database, data_dir: Path, location: Location
) -> None:
    assert i18n.remembered_language(data_dir) == "nl"
    with database.session() as session:
        save_settings(session, language="en")

    # The start after the choice: the window came up in the remembered Dutch, the database says English.
    i18n.install_translations(app, i18n.remembered_language(data_dir))
    assert QCoreApplication.translate("app", "Vandaag") == "Vandaag"
    assert i18n.follow_saved_language(app, data_dir, Operations(database=database)) == "en"
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Today",
        "Families",
        "Programme",
        "Figures",
    ]

    # The next start reads English before the window shows, without the database.
    assert i18n.remembered_language(data_dir) == "en"
    i18n.remove_translations(app)
    i18n.install_translations(app, i18n.remembered_language(data_dir))
    assert QCoreApplication.translate("MainWindow", "Even geduld, de gegevens worden geopend...") == (
        "One moment, opening the data..."
    )
    assert format_cents(50) == "€0.50"

    # Back to Dutch: the setting wins again at the start after.
    with database.session() as session:
        save_settings(session, language="nl")
    assert i18n.follow_saved_language(app, data_dir, Operations(database=database)) == "nl"
    assert QCoreApplication.translate("app", "Vandaag") == "Vandaag"
    assert i18n.remembered_language(data_dir) == "nl"
    assert format_cents(50) == "€ 0,50"


def test_a_damaged_or_unknown_remembered_language_starts_in_dutch(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / i18n.LANGUAGE_FILE).write_bytes(b"\xff\xfe")
    assert i18n.remembered_language(data_dir) == "nl"
    (data_dir / i18n.LANGUAGE_FILE).write_text("xx\n", encoding="utf-8")
    assert i18n.remembered_language(data_dir) == "nl"
    assert i18n.remembered_language(data_dir / "missing") == "nl"


def test_with_english_the_window_shows_no_translated_dutch_text(
    qtbot: QtBot, app: QApplication, database: Database, location: Location
) -> None:
    i18n.install_translations(app, "en")
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    dutch = translated_dutch_sources()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        shown = visible_texts(window.tabs.widget(index))
        assert not shown & dutch, f"Dutch on tab {window.tabs.tabText(index)}: {sorted(shown & dutch)}"


def file_dialog_labels(parent: QWidget | None = None) -> set[str]:
    dialog = QFileDialog(parent, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    dialog.deleteLater()
    return texts


@pytest.mark.parametrize(
    ("language", "expected", "folder"),
    [
        ("nl", {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"}, "Map"),
        ("en", {"&Look in:", "File &name:", "Files of &type:"}, "Folder"),
    ],
)
def test_qt_file_dialog_speaks_the_chosen_language(
    qtbot: QtBot, app: QApplication, tmp_path: Path, language: str, expected: set[str], folder: str
) -> None:
    i18n.install_translations(app, language)
    assert file_dialog_labels() == expected
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == folder  # the Type column


def print_dialog_texts() -> set[str]:
    dialog = QPrintDialog(QPrinter())
    texts = visible_texts(dialog)
    dialog.deleteLater()
    return texts


def test_qt_print_dialog_has_no_english_left_in_dutch(qtbot: QtBot, app: QApplication) -> None:
    i18n.install_translations(app, "en")
    english = print_dialog_texts()
    i18n.install_translations(app, "nl")
    dutch = print_dialog_texts()
    same_in_both = {"Printer", "Type:", "...", "1"}  # the same word in Dutch, or not a word
    assert not (english & dutch) - same_in_both
    assert {"Dubbelzijdig afdrukken", "Binden aan de lange kant"} <= dutch


def test_dutch_plurals_come_from_the_dutch_qm(
    qtbot: QtBot, app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's %n forms: the Dutch source text is the plural, checkin_nl.qm gives the singular."""
    ts = tmp_path / "checkin_nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl">'
        '<context><name>app</name><message numerus="yes"><source>%n gezinnen</source><translation>'
        "<numerusform>%n gezin</numerusform><numerusform>%n gezinnen</numerusform>"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
    )
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    i18n.install_translations(app, "nl")
    shown = [QCoreApplication.translate("app", "%n gezinnen", None, n) for n in (0, 1, 2)]
    assert shown == ["0 gezinnen", "1 gezin", "2 gezinnen"]


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nl", "1 gezin kwam langer", "2 gezinnen kwamen langer"),
        ("en", "1 family had not come", "2 families had not come"),
    ],
)
def test_the_retention_message_uses_plural_forms(
    qtbot: QtBot, app: QApplication, language: str, one: str, two: str
) -> None:
    """The Dutch singular comes from checkin_nl.qm, the English forms from checkin_en.qm."""
    from checkin.privacy import Anonymised
    from ui.app import tell_anonymised

    i18n.install_translations(app, language)
    window = QMainWindow()
    qtbot.addWidget(window)
    for count, expected in ((1, one), (2, two)):
        tell_anonymised(window, Anonymised(families=count, backups_changed=0))
        assert window.statusBar().currentMessage().startswith(expected)
    for box in window.findChildren(QMessageBox):
        box.close()
