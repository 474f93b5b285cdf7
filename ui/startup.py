"""The start-up check: open the database, or explain what is wrong and offer the newest sound backup.

Nothing is written to a damaged file: it is checked read-only, and a restore moves it aside by
renaming it into the backups folder (``ui.operations.storage.restore_at_start``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.errors import Rejected
from checkin.i18n import CONTEXT, N_
from ui.messages import core_text, rejected_text
from ui.operations import Operations, storage
from ui.operations.storage import BackupInfo

log = logging.getLogger(__name__)

AskRestore = Callable[[str, BackupInfo | None], bool]
"""Shown the problem and the newest sound backup (or None); True to restore it."""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)  # lupdate: tr("...") under CONTEXT


def describe_backup(info: BackupInfo) -> str:
    last = info.last_morning.strftime("%d-%m-%Y") if info.last_morning else tr("geen")
    return tr("Backup van {made}: {families}, {mornings} (laatste ochtend: {last}).").format(
        made=info.made_at.strftime("%d-%m-%Y %H:%M"),
        families=tr("%n gezinnen", "", info.families),
        mornings=tr("%n ochtenden", "", info.mornings),
        last=last,
    )


def restore_offer_box(problem: str, info: BackupInfo | None, parent: QWidget | None = None) -> QMessageBox:
    """The dialog that explains a damaged database and offers the newest sound backup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("De database is niet in orde"))
    intro = tr(
        "De gegevens van de app kunnen niet worden geopend. Het bestand is beschadigd, of het is "
        "geen bestand van deze app."
    )
    if core_text(storage.NEWER_VERSION) in problem:
        # Not damaged: an older backup is no answer, updating the app is. Closing is the default.
        box.setWindowTitle(tr("Werk de app bij"))
        box.setText(core_text(storage.NEWER_VERSION))
        close = box.addButton(tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        if info is not None:
            box.addButton(tr("Toch een oudere backup terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
    elif info is None:
        box.setText(intro + "\n\n" + tr("Er is geen goede backup gevonden. Vraag de coördinator om hulp."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
    else:
        box.setText(
            intro
            + "\n\n"
            + tr("De nieuwste goede backup terugzetten?")
            + "\n"
            + describe_backup(info)
            + "\n\n"
            + tr("Het beschadigde bestand wordt niet gewist: het wordt bewaard in de map met backups.")
        )
        restore = box.addButton(tr("Backup terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
    box.setDetailedText(problem)
    return box


def ask_with_dialog(problem: str, info: BackupInfo | None) -> bool:
    box = restore_offer_box(problem, info)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def show_error(error: Rejected) -> None:
    QMessageBox.critical(None, tr("De app kan niet starten"), rejected_text(error))


def open_checked(
    data_dir: Path,
    *,
    ask: AskRestore = ask_with_dialog,
    show: Callable[[Rejected], None] = show_error,
    scan_pages: bool = True,
) -> Operations | None:
    """The operations of the opened database after a quick integrity check; None when the app
    cannot start.

    A damaged or foreign file gets an explanation and the offer to restore the newest sound backup;
    so does a database that fails to open for any other reason (an upgrade that failed: the
    backup made before it is offered first). A folder that cannot be written is only explained.
    ``scan_pages=False`` leaves the scan of every page to the caller (the window does it after its
    first frame, off the GUI thread, then calls :func:`offer_restore_after_start`).
    """
    try:
        on_server = storage.uses_server(data_dir)
    except Rejected as error:
        show(error)
        return None
    if on_server:
        return _open_server(data_dir, show=show)
    check = storage.check_data_folder(data_dir, pages=scan_pages)
    if not check.sound and not _restore_offered(data_dir, check, ask=ask, show=show, what="Start-up check"):
        return None
    try:
        return storage.open_database(data_dir)
    except storage.NotWritable as error:
        show(error)
        return None
    except Exception as error:
        failure = error if isinstance(error, Rejected) else _unexpected(error)
        log.warning("Opening the database failed (%s)", type(error).__name__)
    info = storage.backup_after_failed_open(data_dir)
    if info is None or not ask(rejected_text(failure), info):
        if info is None:
            show(failure)
        return None
    try:
        kept = storage.restore_at_start(data_dir, info)
        log.info("Restored a backup after a failed open; the database was kept as %s", kept and kept.name)
        return storage.open_database(data_dir)
    except Exception as error:
        show(error if isinstance(error, Rejected) else _unexpected(error))
        return None


def _open_server(data_dir: Path, *, show: Callable[[Rejected], None]) -> Operations | None:
    """A database on a server: no file to check; opening checks that the server answers and that
    its schema is one this app knows (a Dutch line when not). The server keeps its own backups,
    so no backup of the laptop is offered in place of it."""
    try:
        return storage.open_database(data_dir)
    except Rejected as error:
        log.warning("Opening the server database failed")
        show(error)
        return None
    except Exception as error:
        log.warning("Opening the server database failed (%s)", type(error).__name__)
        show(_unexpected(error))
        return None


def _unexpected(error: Exception) -> Rejected:
    return Rejected(N_("De gegevens kunnen niet worden geopend ({detail})."), detail=type(error).__name__)


def offer_restore_after_start(
    operations: Operations, check: storage.StartupCheck, *, ask: AskRestore | None = None
) -> bool:
    """The page scan after the first frame found damage: explain it and offer the newest sound
    backup, as at the start. True when the backup was put in place (the database is closed then:
    the app has to start again); False when the host declined or there was nothing to restore."""
    return _restore_offered(
        storage.data_folder(operations),
        check,
        ask=ask or ask_with_dialog,
        show=show_error,
        what="Start-up page scan",
        before=lambda: storage.close_database(operations),
    )


def _restore_offered(
    data_dir: Path,
    check: storage.StartupCheck,
    *,
    ask: AskRestore,
    show: Callable[[Rejected], None],
    what: str,
    before: Callable[[], object] = lambda: None,
) -> bool:
    """Explain the problems of ``check`` and offer its newest sound backup; True when the host
    took it and it was put in place (``before`` runs first: closing an open database)."""
    problem = " ".join(core_text(p) for p in check.problems)
    log.warning("%s failed (%d problems)", what, len(check.problems))
    info = check.newest_backup
    if not ask(problem, info) or info is None:
        return False
    before()
    try:
        kept = storage.restore_at_start(data_dir, info)
    except Rejected as error:
        show(error)
        return False
    log.info("Restored the newest sound backup; the damaged file was set aside as %s", kept and kept.name)
    return True
