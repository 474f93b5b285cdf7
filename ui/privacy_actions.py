"""Privacy actions for the Gezinnen screen: "Inzage" (the PDF) and "Verwijderen" (erase a family).

The screen calls ``save_access_report`` and ``erase_family`` with the selected family's id.
Erasure asks for the coordinator PIN and a confirmation; both ask the parent's data only once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from checkin.errors import Rejected
from checkin.i18n import CONTEXT
from ui.messages import show_rejected
from ui.operations import Operations, families
from ui.operations.families import Anonymised
from ui.pin import require_pin
from ui.tasks import Runner

log = logging.getLogger(__name__)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """lupdate files ``tr("...")`` under CONTEXT, and ``tr(text, "", n)`` as a plural."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def _ask_pdf_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Inzage opslaan"), "inzage.pdf", tr("PDF (*.pdf)"))
    return Path(name) if name else None


def save_access_report(
    parent: QWidget | None,
    operations: Operations,
    runner: Runner,
    *,
    family_id: int,
    choose_path: Callable[[QWidget | None], Path | None] = _ask_pdf_path,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where, then write the "Inzage" PDF of the family in the background."""
    try:
        families.family_name(operations, family_id)  # an erased family is refused before asking where
    except Rejected as error:
        show_rejected(parent, error)
        return
    out = choose_path(parent)
    if out is None:
        return
    today = date.today()
    runner.submit(
        lambda: families.save_access_report(operations, family_id=family_id, out=out, printed_on=today),
        done=done or (lambda _path: None),
        failed=lambda error: _failed(parent, error),
    )


def _failed(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, Rejected):
        show_rejected(parent, error)
    else:
        QMessageBox.warning(parent, tr("Dat lukt niet"), str(error))


def _inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, tr("Gewist"), text)


def erase_question(name: str) -> str:
    return tr(
        "Alle gegevens van {name} wissen? De naam, de code en de kinderen worden gewist, hier en in de "
        "backups op deze laptop. De bezoeken tellen alleen nog anoniem mee in de cijfers. Dit kan niet "
        "ongedaan worden gemaakt."
    ).format(name=name)


def erased_text(result: Anonymised) -> str:
    return tr(
        "Het gezin is gewist, ook uit %n backups op deze laptop. Backups die eerder op een USB-stick "
        "zijn gezet, kan de app niet bereiken: wis of vervang die zelf.",
        "",
        result.backups_changed,
    )


def _confirm(parent: QWidget | None, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Gezin wissen"), text, parent=parent)
    erase = box.addButton(tr("Wissen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is erase


def erase_family(
    parent: QWidget | None,
    operations: Operations,
    *,
    family_id: int,
    pin: Callable[[QWidget | None, Operations], bool] = require_pin,
    confirm: Callable[[QWidget | None, str], bool] = _confirm,
    inform: Callable[[QWidget | None, str], None] = _inform,
) -> bool:
    """Erase a family on request after the PIN and a confirmation; True when it was erased."""
    if not pin(parent, operations):
        return False
    try:
        if not confirm(parent, erase_question(families.family_name(operations, family_id))):
            return False
        result = families.erase(operations, family_id=family_id)
    except Rejected as error:
        show_rejected(parent, error)
        return False
    log.info("Family erased on request; %d backups changed", result.backups_changed)
    inform(parent, erased_text(result))
    return True
