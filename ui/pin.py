"""The coordinator PIN: figures, settings, erasure and restore ask for it; check-in never does.

Screens call ``require_pin(parent, operations)`` before such an action and go on only when it
returns True. Without a PIN set, it returns True at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Rejected
from checkin.i18n import CONTEXT
from ui.fit import fit_to_screen
from ui.messages import core_text, rejected_text
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
        self.short = False
        """The accepted PIN is an old one of fewer digits than a new PIN needs."""
        self.setWindowTitle(tr("Pincode coördinator"))
        self.setObjectName("pinDialog")
        self.prompt = QLabel(tr("Dit deel is voor de coördinator. Typ de pincode."), self)
        self.prompt.setWordWrap(True)
        self.field = _pin_field(self, "pin")
        self.field.setAccessibleName(tr("Pincode"))
        self.error = QLabel("", self)
        self.error.setObjectName("pinError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        fit_to_screen(self, QSize(420, self.sizeHint().height()))
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_pin(self) -> None:
        pin = self.field.text()
        try:
            privacy.verify_pin(self.operations, pin)
        except Rejected as refusal:
            self.tries += 1
            self.field.clear()
            if privacy.pin_wait_seconds(self.operations):
                # Too many wrong PINs: say how long to wait (the dialog stays, so it is read).
                self.error.setText(rejected_text(refusal))
                return
            if self.tries >= MAX_TRIES:
                self.reject()
                return
            self.error.setText(tr("Die pincode klopt niet. Probeer het nog eens."))
            return
        self.short = privacy.pin_is_short(pin)
        self.accept()


def require_pin(parent: QWidget | None, operations: Operations) -> bool:
    """True when no PIN is set or the coordinator typed the right one."""
    if not privacy.pin_is_set(operations):
        return True
    dialog = PinDialog(operations=operations, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.short:  # an old 4-digit PIN still opens, with a nudge to choose a longer one
        nudge = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Pincode coördinator"),
            core_text(privacy.SHORT_PIN_TIP, n=privacy.PIN_MIN),
            parent=parent,
        )
        nudge.setObjectName("shortPinNudge")
        nudge.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        nudge.open()  # said, without stopping what the coordinator opened the PIN for
    return True


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(privacy.PIN_MAX)
    field.setValidator(QRegularExpressionValidator(r"\d*", field))
    return field


class SetPinDialog(QDialog):
    """Set, change or remove the coordinator PIN (for the Instellingen screen and the menu).

    The fields match the state: without a PIN only the new PIN (twice); with one, the current PIN
    first, and a button to take the PIN away. The outcome is shown in the dialog ("De pincode is
    ingesteld."), which then only offers *Sluiten*; a refusal is shown and nothing is stored.
    """

    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setWindowTitle(tr("Pincode coördinator instellen"))
        self.setObjectName("setPinDialog")
        self.has_pin = privacy.pin_is_set(operations)
        self.succeeded = False
        intro = QLabel(
            tr(
                "Met de pincode beschermt de coördinator de cijfers, de instellingen, het wissen van "
                "gezinnen en het terugzetten van een backup. Inchecken kan altijd zonder pincode."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current: QLineEdit | None = None
        self.form = QFormLayout()
        if self.has_pin:
            self.current = _pin_field(self, "currentPin")
            self.current.setAccessibleName(tr("Huidige pincode"))
            self.form.addRow(tr("&Huidige pincode"), self.current)
        self.new = _pin_field(self, "newPin")
        self.new.setAccessibleName(tr("Nieuwe pincode"))
        self.repeat = _pin_field(self, "repeatPin")
        self.repeat.setAccessibleName(tr("Nieuwe pincode nog eens"))
        self.form.addRow(
            tr("&Nieuwe pincode ({low} tot {high} cijfers)").format(
                low=privacy.PIN_MIN, high=privacy.PIN_MAX
            ),
            self.new,
        )
        self.form.addRow(tr("Nieuwe pincode nog &eens"), self.repeat)
        self.error = QLabel("", self)
        self.error.setObjectName("pinError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.done_label = QLabel("", self)
        self.done_label.setObjectName("pinDone")
        self.done_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("&Opslaan"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Annuleren"))
        self.remove_button: QPushButton | None = None
        if self.has_pin:
            self.remove_button = self.buttons.addButton(
                tr("Pincode &weghalen"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.remove_button.setAutoDefault(False)
            self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(520, self.sizeHint().height()))
        (self.current or self.new).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def save(self) -> None:
        new, repeat = self.new.text(), self.repeat.text()
        current = self.current.text() if self.current is not None else ""
        if self.current is not None and not current:
            self._fail(tr("Typ eerst de huidige pincode."), self.current)
            return
        if not new:
            self._fail(
                tr("Typ een nieuwe pincode van {low} tot {high} cijfers, twee keer.").format(
                    low=privacy.PIN_MIN, high=privacy.PIN_MAX
                ),
                self.new,
            )
            return
        if new != repeat:
            self._fail(tr("De twee nieuwe pincodes zijn niet gelijk. Typ ze nog eens."), self.repeat)
            return
        try:
            privacy.set_pin(self.operations, new_pin=new, current_pin=current)
        except Rejected as error:
            self._fail(
                rejected_text(error),
                self.current if self.current is not None and self._wrong(current) else self.new,
            )
            return
        self._done(tr("De pincode is gewijzigd.") if self.has_pin else tr("De pincode is ingesteld."))

    def _wrong(self, current: str) -> bool:
        return not privacy.check_pin(self.operations, current)

    def remove(self) -> None:
        current = self.current.text() if self.current is not None else ""
        try:
            privacy.remove_pin(self.operations, current_pin=current)
        except Rejected as error:
            assert self.current is not None
            self._fail(rejected_text(error), self.current)
            return
        self._done(tr("De pincode is weggehaald. Iedereen kan nu de cijfers en instellingen openen."))

    def _done(self, text: str) -> None:
        """Show the outcome; the fields go away and Enter or Esc closes the dialog."""
        self.succeeded = True
        self.setResult(QDialog.DialogCode.Accepted)
        self.error.setText("")
        self.done_label.setText(text)
        self.done_label.show()
        for field in (self.current, self.new, self.repeat):
            if field is not None:
                field.clear()
                field.setEnabled(False)
        self.save_button.hide()
        if self.remove_button is not None:
            self.remove_button.hide()
        self.cancel_button.setText(tr("Sluiten"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """After a change, closing (Sluiten, Esc) reports it as accepted."""
        if self.succeeded:
            self.accept()
        else:
            super().reject()
