"""Starting the window: the Qt application, the translation, the database, the main window.

The window appears first; the database and the screens are loaded right after, so a host sees
the app at once (the core's libraries take most of a second to import).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import APP_ID, APP_NAME
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET

if TYPE_CHECKING:
    from checkin.db import Database
    from ui.tasks import Runner


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


def add_screens(window: MainWindow, *, database: Database, runner: Runner) -> None:
    """Give the window its operations and its screens, in tab order."""
    from checkin.services.lists import ensure_default_lists
    from ui.import_dialog import add_import_action
    from ui.operations import Operations
    from ui.programma import ProgrammaScreen
    from ui.vandaag import VandaagScreen

    with database.session() as session:
        ensure_default_lists(session)
    operations = Operations(database=database)
    window.set_operations(operations)

    def backup_after_closing_a_morning() -> None:
        def failed(error: BaseException) -> None:
            QMessageBox.warning(window, QCoreApplication.translate("app", "Backup mislukt"), str(error))

        runner.submit(lambda: database.backup(reason="na-ochtend"), done=lambda _path: None, failed=failed)

    vandaag = VandaagScreen(operations=operations, runner=runner, after_close=backup_after_closing_a_morning)
    window.add_screen(vandaag, QCoreApplication.translate("app", "Vandaag"))
    programma = ProgrammaScreen(operations=operations, runner=runner)
    window.add_screen(programma, QCoreApplication.translate("app", "Programma"))
    add_import_action(window, operations=operations, runner=runner)


def build_window(*, database: Database, runner: Runner) -> MainWindow:
    """The main window with its screens, ready to show (tests and scripts)."""
    window = MainWindow()
    add_screens(window, database=database, runner=runner)
    return window


def _open(window: MainWindow, data_dir: Path, app: QApplication) -> None:
    from checkin.db import Database
    from checkin.errors import Rejected
    from ui.messages import rejected_text
    from ui.tasks import ThreadRunner

    try:
        database = Database.open(data_dir)
    except Rejected as error:
        QMessageBox.critical(
            window, QCoreApplication.translate("app", "De app kan niet starten"), rejected_text(error)
        )
        app.exit(2)
        return
    app.aboutToQuit.connect(database.dispose)
    add_screens(window, database=database, runner=ThreadRunner())


def run(*, data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    install_translations(app)
    app.setStyleSheet(STYLE_SHEET)
    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: _open(window, data_dir, app))
    return app.exec()
