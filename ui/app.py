"""Starting the window: the Qt application, the translation, the database, the main window."""

from __future__ import annotations

import contextlib
import logging
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from checkin import APP_ID, APP_NAME, instance, logs, privacy
from checkin.backups import make_backup
from checkin.db import Database
from checkin.errors import Rejected
from checkin.services.lists import ensure_default_lists
from ui import startup
from ui.backup_menu import BackupMenu
from ui.backups import BackupScheduler
from ui.main_window import MainWindow
from ui.messages import core_text
from ui.operations import Operations
from ui.recovery_key import encrypt_first_start
from ui.single_instance import ShowRequests, ask_first_copy_to_show, bring_forward
from ui.tasks import Runner, ThreadRunner

log = logging.getLogger(__name__)

EXIT_REFUSED = 2


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
    del runner
    return window


REFUSAL_SHOWN_MS = 8000
"""How long a refused second copy shows its message before it ends by itself."""


def refuse_second_copy(data_dir: Path, *, printed: bool = False) -> int:
    """Another copy holds the lock: say so in Dutch, ask it to come forward, and end."""
    _application()
    text = core_text(instance.ALREADY_RUNNING)
    if not printed:
        print(text, file=sys.stderr, flush=True)
    log.info("Second copy refused")
    forward = ask_first_copy_to_show(data_dir)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("app", "Al geopend"), text)
    if not forward:
        box.setInformativeText(
            QCoreApplication.translate("app", "Het venster van de app staat misschien geminimaliseerd.")
        )
    QTimer.singleShot(REFUSAL_SHOWN_MS, box.accept)
    box.exec()
    return EXIT_REFUSED


def tell_anonymised(window: QMainWindow, result: privacy.Anonymised) -> None:
    """Tell the host how many families the retention rule anonymised at this start."""
    if result.families == 0:
        return
    text = QCoreApplication.translate(
        "app",
        "{n} gezin(nen) kwam(en) langer dan de bewaartermijn niet meer. Hun naam, code en kinderen "
        "zijn gewist; hun bezoeken tellen anoniem mee in de cijfers.",
    ).format(n=result.families)
    window.statusBar().showMessage(text, 60000)
    box = QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("app", "Bewaartermijn"), text, parent=window
    )
    box.setModal(False)
    box.show()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    install_translations(app)
    with contextlib.suppress(OSError):  # no log folder is no reason not to start
        logs.configure()
    return app


def run(*, data_dir: Path, lock: instance.InstanceLock | None = None) -> int:
    """The app on ``data_dir``; ``lock`` is the one-instance lock when the caller took it already."""
    app = _application()
    if lock is None:
        try:
            lock = instance.acquire(data_dir)
        except Rejected as error:
            startup.show_error(error)
            return EXIT_REFUSED
        if lock is None:
            return refuse_second_copy(data_dir)
    with lock:
        log.info("Start")
        try:
            if encrypt_first_start(data_dir):
                log.info("First start: the new database is encrypted")
        except Rejected as error:
            startup.show_error(error)
            return EXIT_REFUSED
        database = startup.open_checked(data_dir)
        if database is None:
            return EXIT_REFUSED
        try:
            retention = privacy.apply_retention(database)
        except Rejected as error:
            startup.show_error(error)
            retention = privacy.Anonymised(families=0, backups_changed=0)
        log.info("Retention: %d families anonymised", retention.families)
        runner = ThreadRunner()
        window = build_window(database=database, runner=runner)
        operations = window.operations
        scheduler = BackupScheduler(database=database, runner=runner, parent=window)
        scheduler.failed.connect(lambda text: window.statusBar().showMessage(text, 60000))
        operations.on_morning_closed(scheduler.after_morning_closed)
        backup_menu = BackupMenu(window=window, operations=operations, runner=runner, quit_app=app.quit)
        requests = ShowRequests(data_dir=data_dir, on_request=lambda: bring_forward(window), parent=window)
        window.show()
        scheduler.start()
        tell_anonymised(window, retention)
        code = app.exec()
        del backup_menu  # kept alive until here: its actions call its methods
        requests.close()
        scheduler.stop()
        runner.wait()
        if scheduler.changed:
            try:
                make_backup(database, reason="periodiek")
            except Rejected:
                log.error("Backup at exit failed")
        database.dispose()
        log.info("Stop")
        logs.shutdown()
    return code
