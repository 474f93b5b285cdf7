"""The coordinator PIN: figures, settings, erasure and restore ask for it; check-in never does.

Screens call ``require_pin(parent, operations)`` before such an action and go on only when it
returns True. Without a PIN set, it returns True at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin.errors import Rejected
from checkin.i18n import CONTEXT
from ui.messages import rejected_text
from ui.operations import Operations, privacy

MAX_TRIES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # lupdate files tr("...") under CONTEXT


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
        if privacy.check_pin(self.operations, pin):
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
    if not privacy.pin_is_set(operations):
        return True
    dialog = PinDialog(operations=operations, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(privacy.PIN_MAX)
    field.setValidator(QRegularExpressionValidator(r"\d*", field))
    return field


class SetPinDialog(QDialog):
    """Set, change or remove the coordinator PIN (for the Instellingen screen)."""

    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(tr("Pincode coördinator instellen"))
        self.setObjectName("setPinDialog")
        self.has_pin = privacy.pin_is_set(operations)
        intro = QLabel(
            tr(
                "Met de pincode beschermt de coördinator de cijfers, de instellingen, het wissen van "
                "gezinnen en het terugzetten van een backup. Inchecken kan altijd zonder pincode. "
                "Laat de nieuwe pincode leeg om de pincode weg te halen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = _pin_field(self, "currentPin")
        self.new = _pin_field(self, "newPin")
        self.repeat = _pin_field(self, "repeatPin")
        form = QFormLayout()
        if self.has_pin:
            form.addRow(tr("Huidige pincode"), self.current)
        form.addRow(
            tr("Nieuwe pincode ({low} tot {high} cijfers)").format(low=privacy.PIN_MIN, high=privacy.PIN_MAX),
            self.new,
        )
        form.addRow(tr("Nieuwe pincode nog eens"), self.repeat)
        self.error = QLabel("", self)
        self.error.setObjectName("pinError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        new, repeat, current = self.new.text(), self.repeat.text(), self.current.text()
        if new != repeat:
            self.error.setText(tr("De twee nieuwe pincodes zijn niet gelijk."))
            return
        try:
            if new:
                privacy.set_pin(self.operations, new_pin=new, current_pin=current)
            elif self.has_pin:
                privacy.remove_pin(self.operations, current_pin=current)
        except Rejected as error:
            self.error.setText(rejected_text(error))
            return
        self.accept()
