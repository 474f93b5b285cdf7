"""Help at hand: Help > Over, Help > Handleiding (F1) and the printable spiekbriefje."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser

from checkin import __version__
from checkin.db import Database
from checkin.models import Location
from ui.app import build_window
from ui.i18n import install_translations, remove_translations
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreviewDialog
from ui.tasks import ImmediateRunner


@pytest.fixture
def window(qtbot, database: Database) -> MainWindow:
    window = build_window(database=database, runner=ImmediateRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_help_is_the_last_menu_after_the_others_are_added(window: MainWindow) -> None:
    titles = menu_titles(window)
    assert titles[-1] == "&Help"
    assert "&Bestand" in titles
    window.menuBar().addMenu("&Later")
    assert menu_titles(window)[-1] == "&Help"


def test_f1_opens_the_host_guide(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    # F1 is given once the first frame is drawn (the first shortcut costs PySide6 40-60 ms).
    qtbot.waitUntil(lambda: not window._guide_action.shortcut().isEmpty())
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    assert window.guide is not None
    text = window.guide.findChild(QTextBrowser, "guideText").toPlainText()
    for step in ("Ochtend starten", "Inchecken", "Nieuw gezin", "Drankjes", "Ctrl+Z", "Afsluiten"):
        assert step in text


def test_about_shows_version_licence_and_folders(qtbot, window: MainWindow, database: Database) -> None:
    window.help_menu.actions()[-1].trigger()
    qtbot.waitUntil(lambda: window.about_box is not None and window.about_box.isVisible())
    box = window.about_box
    assert isinstance(box, QMessageBox)
    assert __version__ in box.text()
    assert "EUPL-1.2" in box.text()
    assert str(database.data_dir) in box.text()
    assert "Logboekmap" in box.text()
    box.accept()


def test_the_cheat_sheet_opens_in_the_preview(qtbot, window: MainWindow) -> None:
    [action] = [a for a in window.help_menu.actions() if a.objectName() == "cheatSheetAction"]
    action.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.reject()


def test_the_cheat_sheet_names_this_place(qtbot, window: MainWindow, location: Location) -> None:
    [action] = [a for a in window.help_menu.actions() if a.objectName() == "cheatSheetAction"]
    action.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, PdfPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()
    ]
    assert location.name in PdfReader(io.BytesIO(dialog.data)).pages[0].extract_text()
    dialog.reject()


def test_the_guide_is_english_in_english(qtbot, qapp: QApplication, window: MainWindow) -> None:
    install_translations(qapp, "en")
    try:
        window.show_guide()
        assert window.guide is not None
        text = window.guide.findChild(QTextBrowser, "guideText").toPlainText()
    finally:
        remove_translations(qapp)
    assert "Guide for hosts" in text and "Start the morning" in text
    assert "Ochtend starten" not in text
