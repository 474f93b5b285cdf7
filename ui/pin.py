"""The coordinator PIN: figures, settings, erasure and restore ask for it; check-in never does.

Screens call ``require_pin(parent, operations)`` before such an action and go on only when it
returns True. Without a PIN set, it returns True at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin import privacy
from ui.operations import Operations

MAX_TRIES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("pin", text)


class PinDialog(QDialog):
    """Asks for the coordinator PIN; accepts only the right one."""

    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.tries = 0
        self.setWindowTitle(tr("Pincode coördinator"))
        self.setObjectName("pinDialog")
        self.prompt = QLabel(tr("Dit deel is voor de coördinator. Typ de pincode."), self)
        self.prompt.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("pin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(privacy.PIN_MAX)
        self.field.setValidator(QRegularExpressionValidator(r"\d*", self.field))
        self.field.setAccessibleName(tr("Pincode"))
        self.error = QLabel("", self)
        self.error.setObjectName("pinError")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_pin(self) -> None:
        pin = self.field.text()
        if self.operations.run(lambda session: privacy.check_pin(session, pin=pin)):
            self.accept()
            return
        self.tries += 1
        self.field.clear()
        if self.tries >= MAX_TRIES:
            self.reject()
            return
        self.error.setText(tr("Die pincode klopt niet. Probeer het nog eens."))


def require_pin(parent: QWidget | None, operations: Operations) -> bool:
    """True when no PIN is set or the coordinator typed the right one."""
    if not operations.run(privacy.pin_is_set):
        return True
    dialog = PinDialog(operations=operations, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
