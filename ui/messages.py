"""Showing core messages to the user, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.errors import Rejected
from checkin.i18n import CONTEXT


def core_text(template: str, **params: object) -> str:
    """A text of the core (marked with N_) in the user's language, filled in."""
    translated = QCoreApplication.translate(CONTEXT, template)
    return translated.format(**params) if params else translated


def rejected_text(error: Rejected) -> str:
    return core_text(error.template, **error.params)


def show_rejected(parent: QWidget | None, error: Rejected) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "Dat lukt niet"), rejected_text(error))
