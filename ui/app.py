"""Starting the window: one instance, the Qt application, translations, the database, the screens.

The window appears first; the start-up check, the database and the screens follow once it has
been drawn (``MainWindow.after_first_frame``), so a host sees the app at once (the core's
libraries take most of a second to import). Dialogs of the start-up check (a damaged file, the
recovery key) appear over it. Before that first frame only what it shows is loaded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from checkin import APP_ID, APP_NAME, instance, resources_folder
from ui import i18n
from ui.i18n import install_translations as install_translations
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.operations import Operations
    from ui.operations.storage import Anonymised, Database
    from ui.tasks import Runner, ThreadRunner

log = logging.getLogger(__name__)

# What the first frame does not need is imported where it is used (the messages, the style sheet,
# the dialogs' classes): every module of the app and every PySide6 class named before the window
# is drawn delays it (PySide6 makes a class and its enums when it is first named).


EXIT_REFUSED = 2


def populate(
    window: MainWindow, *, operations: Operations, runner: Runner, later: bool = False
) -> Operations:
    """Give the window its operations, its screens in tab order, its menus and its backups.

    ``later``: only Vandaag is made now; the other screens are made when the host first opens
    their tab (the start of the app then neither imports nor builds them).
    """
    from ui.backups import BackupScheduler
    from ui.import_dialog import add_import_action
    from ui.operations import storage
    from ui.vandaag import VandaagScreen

    storage.ensure_default_lists(operations)
    window.set_operations(operations)
    vandaag = VandaagScreen(operations=operations, runner=runner)
    window.add_screen(vandaag, QCoreApplication.translate("app", "Vandaag"))

    def gezinnen() -> QWidget:
        from ui.gezinnen import GezinnenScreen

        return GezinnenScreen(operations=operations, runner=runner)

    def programma() -> QWidget:
        from ui.programma import ProgrammaScreen

        screen = ProgrammaScreen(operations=operations, runner=runner)
        # The first-run form (or its demo button) makes the place: Programma reads the places again.
        vandaag.welcome.ready.connect(screen.reload)
        return screen

    def cijfers() -> QWidget:
        from ui.cijfers import CijfersScreen
        from ui.screen_lock import lock_when_left

        screen = CijfersScreen(operations=operations, runner=runner)
        assert window.tabs is not None
        # Once the PIN is given, the figures lock again when their tab is left or the app idles.
        window.cijfers_lock = lock_when_left(window.tabs, screen)
        return screen

    for make, title in (
        (gezinnen, QCoreApplication.translate("app", "Gezinnen")),
        (programma, QCoreApplication.translate("app", "Programma")),
        (cijfers, QCoreApplication.translate("app", "Cijfers")),
    ):
        if later:
            window.add_later_screen(make, title)
        else:
            window.add_screen(make(), title)
    add_import_action(window, operations=operations, runner=runner)
    window.backups = BackupScheduler(operations=operations, runner=runner, parent=window)
    window.backups.failed.connect(lambda text: window.statusBar().showMessage(text, 60000))
    operations.on_morning_closed(window.backups.after_morning_closed)
    return operations


def build_window(*, database: Database, runner: Runner) -> MainWindow:
    """The main window with its screens over an open database, ready to show (tests and scripts)."""
    from ui.operations import Operations
    from ui.style import STYLE_SHEET

    QApplication.instance().setStyleSheet(STYLE_SHEET)  # type: ignore[union-attr]
    window = MainWindow()
    populate(window, operations=Operations(database=database), runner=runner)
    return window


REFUSAL_SHOWN_MS = 8000
"""How long a refused second copy shows its message before it ends by itself."""


def refuse_second_copy(data_dir: Path, *, printed: bool = False) -> int:
    """Another copy holds the lock: say so in Dutch, ask it to come forward, and end."""
    from PySide6.QtWidgets import QMessageBox

    from ui.messages import core_text
    from ui.single_instance import ask_first_copy_to_show

    install_translations(_application(), i18n.remembered_language(data_dir))
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


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A text of this module outside a class: lupdate files ``tr()`` there under the empty context,
    and marks ``tr(text, "", n)`` as a plural (it does not for ``QCoreApplication.translate``)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def tell_anonymised(window: QMainWindow, result: Anonymised) -> None:
    """Tell the host how many families the retention rule anonymised at this start."""
    from PySide6.QtWidgets import QMessageBox

    if result.families == 0:
        return
    text = tr(
        "%n gezinnen kwamen langer dan de bewaartermijn niet meer. Hun naam, code en kinderen "
        "zijn gewist; hun bezoeken tellen anoniem mee in de cijfers.",
        "",
        result.families,
    )
    window.statusBar().showMessage(text, 60000)
    box = QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("app", "Bewaartermijn"), text, parent=window
    )
    box.setModal(False)
    box.show()


def tell_wal_set_aside(window: QMainWindow, kept: Path | None) -> QMessageBox | None:
    """Tell the host once that opening set aside a WAL that did not belong to the database."""
    if kept is None:
        return None
    from PySide6.QtWidgets import QMessageBox

    from ui.messages import core_text
    from ui.operations import storage

    log.warning("A suspect WAL was set aside at the start")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "Bestand apart gezet"),
        core_text(storage.WAL_SET_ASIDE, name=kept.name),
        parent=window,
    )
    box.setObjectName("walSetAside")
    box.setModal(False)
    box.show()
    return box


def _application(*, icon: bool = True) -> QApplication:
    """The Qt application; ``icon=False`` leaves the window icon for ``set_window_icon`` after the
    first frame (PySide6's QIcon class and the icon's seven sizes cost a few ms before it)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)  # Wayland finds the icon through checkin.desktop
    if icon:
        set_window_icon(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon on its windows: resources/icons, made by scripts/make_icons.py."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources_folder() / "icons" / "png"
    for size in (16, 24, 32, 48, 64, 128, 256):
        # With its size given, a file is read only when that size is drawn, not before the window.
        icon.addFile(str(folder / f"checkin-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)


class _Session:
    """What the open app holds between start and exit (a plain class: ``dataclasses`` would be
    loaded before the first frame only for this)."""

    def __init__(self) -> None:
        self.operations: Operations | None = None
        self.runner: ThreadRunner | None = None
        self.keep: list[Any] = []
        """Objects kept alive while the app runs (menus whose actions call their methods)."""


def _open(window: MainWindow, data_dir: Path, app: QApplication, state: _Session) -> None:
    """The start-up work, once the window has been drawn: open the database, make Vandaag, then
    hand the maintenance (retention, backups) to a worker thread."""
    from checkin import logs
    from ui.style import STYLE_SHEET

    with contextlib.suppress(OSError):  # no log folder is no reason not to start
        logs.configure()
    log.info("Start")
    app.setStyleSheet(STYLE_SHEET)  # after the first frame: parsing and polishing take a while
    from checkin.errors import Rejected
    from ui import database_choice, startup
    from ui.backup_menu import BackupMenu
    from ui.encryption import EncryptionOffer, at_start
    from ui.single_instance import ShowRequests, bring_forward
    from ui.tasks import ThreadRunner

    try:
        # The very first start asks where the data lives; a server's password where no keyring has it.
        on_server = database_choice.at_start(data_dir)
        if on_server is None:
            app.exit(EXIT_REFUSED)
            return
        # A new folder's file is encrypted as it can be; a passphrase is asked (not for a server:
        # its backups take this laptop's key when it has one).
        if not on_server and not at_start(data_dir):
            app.exit(EXIT_REFUSED)
            return
    except Rejected as error:
        startup.show_error(error)
        app.exit(EXIT_REFUSED)
        return
    # The scan of every page follows after the first frame, in the maintenance thread (_maintain).
    operations = startup.open_checked(data_dir, scan_pages=False)
    if operations is None:
        app.exit(EXIT_REFUSED)
        return
    state.operations = operations
    i18n.follow_saved_language(app, data_dir, operations)
    state.runner = ThreadRunner()
    populate(window, operations=operations, runner=state.runner, later=True)
    menu = BackupMenu(window=window, operations=operations, runner=state.runner, quit_app=app.quit)
    state.keep.append(menu)

    from ui.operations import storage

    tell_wal_set_aside(window, storage.wal_set_aside(operations))
    if not on_server:  # a server's data is protected on the server (TLS, its roles)
        state.keep.append(
            EncryptionOffer(
                window=window, operations=operations, menu=menu.menu, wait_for_work=state.runner.wait
            )
        )
    state.keep.append(
        ShowRequests(data_dir=data_dir, on_request=lambda: bring_forward(window), parent=window)
    )
    runner = state.runner
    # The maintenance thread holds Python's lock much of the time it runs: it starts once Vandaag
    # has been drawn and takes keys, so it does not slow the way there on a single core.
    _ready_for_check_in(
        window, then=lambda: _maintain(window, operations=operations, runner=runner, state=state)
    )


MAINTENANCE_PROGRESS_MS = 500
"""Start-up maintenance that takes longer than this shows a busy bar in the status bar."""


def _maintain(
    window: MainWindow, *, operations: Operations, runner: Runner, state: _Session | None = None
) -> None:
    """Start-up maintenance off the GUI thread: the scan of every page of the database (damage
    found there is explained and the newest sound backup offered, as before the window), the
    retention rule (here and in the backups), then the backup of the start. The host can search
    and check in meanwhile: a check-in waits at most for one short batch of the retention."""
    from PySide6.QtWidgets import QProgressBar

    from ui.messages import rejected_text
    from ui.operations import storage

    progress = QProgressBar(window)
    progress.setObjectName("maintenanceProgress")
    progress.setRange(0, 0)  # busy: the retention rule does not report steps
    progress.setMaximumWidth(160)
    progress.setFormat("")
    progress.setToolTip(tr("Onderhoud bij het starten: de bewaartermijn wordt toegepast."))
    progress.hide()
    window.statusBar().addPermanentWidget(progress)

    def show_progress() -> None:
        if progress.parent() is not None and not getattr(progress, "finished", False):
            window.statusBar().showMessage(tr("Onderhoud bij het starten..."))
            progress.show()

    QTimer.singleShot(MAINTENANCE_PROGRESS_MS, progress, show_progress)

    def finish(retention: Anonymised | storage.StartupCheck) -> None:
        progress.finished = True  # type: ignore[attr-defined]
        window.statusBar().removeWidget(progress)
        progress.deleteLater()
        window.statusBar().clearMessage()
        if isinstance(retention, storage.StartupCheck):
            _damaged_after_start(window, operations=operations, check=retention, state=state)
            return
        log.info("Retention: %d families anonymised", retention.families)
        if window.backups is not None:
            window.backups.start()
        tell_anonymised(window, retention)

    def failed(error: BaseException) -> None:
        from checkin.errors import Rejected

        log.error("Start-up maintenance failed: %r", error)
        finish(storage.Anonymised(families=0, backups_changed=0))
        detail = rejected_text(error) if isinstance(error, Rejected) else ""
        window.statusBar().showMessage(
            tr("Het onderhoud bij het starten is niet gelukt. {detail}").format(detail=detail).strip(), 60000
        )

    def work() -> Anonymised | storage.StartupCheck:
        check = storage.check_pages(operations)
        return storage.apply_retention(operations) if check.sound else check

    runner.submit(work, done=finish, failed=failed)


def _damaged_after_start(
    window: MainWindow, *, operations: Operations, check: Any, state: _Session | None
) -> None:
    """The page scan found damage: offer the newest sound backup; the app ends either way (after
    a restore it has to start again over the restored file)."""
    from PySide6.QtWidgets import QMessageBox

    from ui import startup

    if startup.offer_restore_after_start(operations, check):
        if state is not None:
            state.operations = None  # closed: no backup of it at exit
        QMessageBox.information(
            window, tr("Backup teruggezet"), tr("De backup is teruggezet. Start de app opnieuw.")
        )
        _end(0)
        return
    _end(EXIT_REFUSED)


def _end(code: int) -> None:
    QCoreApplication.exit(code)


READY_FILE = "CHECKIN_READY_FILE"
"""For the benchmarks: a file into which the app writes the moment (``time.monotonic()``) the
search box of Vandaag has the focus over an open database."""


def _ready_for_check_in(window: MainWindow, *, then: Callable[[], None]) -> None:
    """Put the focus in Vandaag's search box (or on "Ochtend starten" before the morning), when the
    benchmark asks note the moment once the screen is drawn, and then call ``then``."""
    if window.tabs is not None:
        window.tabs.show()  # now, not on the next turn of the event loop: it takes the focus
        # Shown, the screens are laid out for the first time and may have grown the window past
        # a small screen's edge (1024x600: to 1155 px under Xvfb): fit it to the screen again.
        QTimer.singleShot(0, window.fit_to_screen)
    screen = window.screen_at(0)
    search, start = getattr(screen, "search", None), getattr(screen, "start_button", None)
    for first in (search, start):  # the search box, or "Ochtend starten" before the morning
        if first is not None and first.isVisible() and first.isEnabled():
            window.activateWindow()
            first.setFocus()
            break

    def note() -> None:
        target = os.environ.get(READY_FILE)
        if target:
            window.repaint()  # the moment counts once Vandaag is drawn, not only built
            Path(target).write_text(f"{time.monotonic()}\n", encoding="utf-8")
        then()

    QTimer.singleShot(0, note)  # after the event loop has drawn the screen


def _close(window: MainWindow, state: _Session) -> None:
    """At exit: stop the timers and the screens' workers (Vandaag's poll, the desk's replay and
    copy), finish background work, a last backup if data changed, then close the desk's journal
    and the database."""
    from checkin.errors import Rejected
    from ui.operations import storage

    window.stop_workers()
    for kept in state.keep:
        if hasattr(kept, "close"):
            kept.close()
    scheduler = window.backups
    if scheduler is not None:
        scheduler.stop()
    if state.runner is not None:
        state.runner.wait()
    if state.operations is not None:
        if scheduler is not None and scheduler.changed:
            try:
                storage.make_backup(state.operations, reason="periodiek")
            except Rejected:
                log.error("Backup at exit failed")
        storage.close_database(state.operations)


def run(*, data_dir: Path, lock: instance.InstanceLock | None = None) -> int:
    """The app on ``data_dir``; ``lock`` is the one-instance lock when the caller took it already."""
    app = _application(icon=False)
    if lock is None:
        from checkin.errors import Rejected

        try:
            lock = instance.acquire(data_dir)
        except Rejected as error:
            from ui import startup

            startup.show_error(error)
            return EXIT_REFUSED
        if lock is None:
            return refuse_second_copy(data_dir)
    with lock:
        install_translations(app, i18n.remembered_language(data_dir))
        window = MainWindow()
        window.show()
        state = _Session()
        window.after_first_frame(lambda: set_window_icon(app))
        window.after_first_frame(lambda: _open(window, data_dir, app, state))
        code = app.exec()
        _close(window, state)
        log.info("Stop")
        from checkin import logs

        logs.shutdown()
    return code
