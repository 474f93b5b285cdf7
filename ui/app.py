"""Starting the window: the Qt application, the translation, the database, the main window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import APP_ID, APP_NAME
from checkin.db import Database
from checkin.errors import Rejected
from checkin.services.lists import ensure_default_lists
from ui.import_dialog import add_import_action
from ui.main_window import MainWindow
from ui.messages import rejected_text
from ui.operations import Operations
from ui.tasks import Runner, ThreadRunner


def install_translations(app: QApplication, language: str = "nl") -> list[QTranslator]:
    """Qt's own texts and the app's in ``language`` (Dutch is the source language of the app)."""
    translators = []
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        translators.append(qt)
    if language != "nl":
        ours = QTranslator(app)
        folder = resources.files("resources") / "translations"
        if ours.load(f"checkin_{language}", str(folder)):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def build_window(*, database: Database, runner: Runner) -> MainWindow:
    """The main window with its screens, in tab order. Each screen gets the operations and runner."""
    with database.session() as session:
        ensure_default_lists(session)
    operations = Operations(database=database)
    window = MainWindow(operations=operations)
    # Screens: window.add_screen(SomeScreen(operations=operations, runner=runner), title)
    add_import_action(window, operations=operations, runner=runner)
    del runner
    return window


def run(*, data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    install_translations(app)
    try:
        database = Database.open(data_dir)
    except Rejected as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "De app kan niet starten"), rejected_text(error)
        )
        return 2
    window = build_window(database=database, runner=ThreadRunner())
    window.show()
    code = app.exec()
    database.dispose()
    return code
