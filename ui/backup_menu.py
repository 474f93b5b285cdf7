"""The window's "Gegevens" menu: "Backup maken naar..." (a USB stick), "Backup terugzetten", the PIN."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QWidget

from checkin.errors import Rejected
from checkin.i18n import CONTEXT
from ui.instellingen import open_settings
from ui.messages import core_text, show_rejected
from ui.operations import Operations, storage
from ui.operations.storage import BackupInfo
from ui.pin import SetPinDialog, require_pin
from ui.startup import describe_backup
from ui.tasks import Runner

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # lupdate files tr("...") under CONTEXT


def confirm_restore_box(info: BackupInfo, parent: QWidget | None = None) -> QMessageBox:
    """What the chosen backup holds, before it replaces anything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Backup terugzetten"))
    if not info.sound:
        box.setText(
            tr("Deze backup is niet in orde en kan niet worden teruggezet.")
            + "\n"
            + " ".join(core_text(p) for p in info.problems)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box
    box.setText(
        describe_backup(info)
        + "\n\n"
        + tr(
            "Deze backup vervangt alle gegevens van nu. De gegevens van nu worden eerst bewaard als "
            "backup. Daarna sluit de app; start hem opnieuw."
        )
    )
    yes = box.addButton(tr("Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    return box


class BackupMenu:
    """Adds the menu to ``window``; ``quit_app`` ends the app after a restore."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        operations: Operations,
        runner: Runner,
        quit_app: Callable[[], None],
    ) -> None:
        self.window, self.operations, self.runner, self.quit_app = window, operations, runner, quit_app
        menu = window.menuBar().addMenu(tr("&Gegevens"))
        self.menu = menu
        self.settings_action = menu.addAction(tr("&Instellingen..."))
        self.settings_action.setShortcut(QKeySequence(tr("Ctrl+,")))
        self.settings_action.triggered.connect(lambda: open_settings(window, operations))
        menu.addSeparator()
        self.export_action = menu.addAction(tr("Backup maken naar..."))
        self.export_action.triggered.connect(self.ask_export)
        self.restore_action = menu.addAction(tr("Backup terugzetten..."))
        self.restore_action.triggered.connect(self.ask_restore)
        menu.addSeparator()
        self.pin_action = menu.addAction(tr("Pincode coördinator..."))
        self.pin_action.triggered.connect(lambda: SetPinDialog(operations=operations, parent=window).exec())

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Backup maken naar..."), "checkin-backup.sqlite", tr("Backup (*.sqlite)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        operations = self.operations
        self.runner.submit(
            lambda: storage.export_backup(operations, target=target),
            done=lambda path: self.window.statusBar().showMessage(
                tr("Backup gemaakt: {path}").format(path=path), 15000
            ),
            failed=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            show_rejected(self.window, error)
        else:
            QMessageBox.warning(self.window, tr("Dat lukt niet"), str(error))

    def ask_restore(self) -> None:
        if not require_pin(self.window, self.operations):
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Backup terugzetten"),
            str(storage.backup_folder(self.operations)),
            tr("Backup (*.sqlite)"),
        )
        if name:
            self.restore_from(Path(name), confirm=_ask, inform=self._inform, ask_key=self._ask_key)

    def _ask_key(self) -> str | None:
        key, ok = QInputDialog.getText(
            self.window,
            tr("Herstelsleutel"),
            tr(
                "Deze backup is versleuteld met een andere sleutel, bijvoorbeeld van een andere laptop. "
                "Typ de herstelsleutel van het blad van de coördinator."
            ),
        )
        return key.strip() if ok and key.strip() else None

    def _inform(self, text: str) -> None:
        QMessageBox.information(self.window, tr("Backup teruggezet"), text)

    def restore_from(
        self,
        source: Path,
        *,
        confirm: Callable[[QMessageBox], bool],
        inform: Callable[[str], None],
        ask_key: Callable[[], str | None] = lambda: None,
    ) -> bool:
        """Show what ``source`` holds, and on yes replace the database with it and quit.

        A backup encrypted with another key (another laptop's) asks for its recovery key first.
        """
        info = storage.describe_backup(source)
        source_key: str | None = None
        if storage.needs_recovery_key(info):
            source_key = ask_key()
            if source_key is None:
                return False
            info = storage.describe_backup(source, key=source_key)
        box = confirm_restore_box(info, self.window)
        if not confirm(box) or not info.sound:
            return False
        try:
            kept = storage.restore_backup(self.operations, source, source_key=source_key)
        except Rejected as error:
            show_rejected(self.window, error)
            return False
        log.info("Backup restored; the replaced database was kept as %s", kept and kept.name)
        inform(
            tr(
                "De backup is teruggezet. De gegevens van daarvoor zijn bewaard als {name}. De app sluit nu; start hem opnieuw."
            ).format(name=kept.name if kept else "-")
        )
        self.quit_app()
        return True


def _ask(box: QMessageBox) -> bool:
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
