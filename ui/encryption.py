"""Encrypted unless the coordinator decides otherwise: the first start's choice on a computer
without a keyring, the start-up passphrase, and, while the data is not encrypted, a lasting
notice with Gegevens > Versleutelen.

The decisions live in the core (checkin.keys, through ui.operations.storage); this module only asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Rejected
from checkin.i18n import CONTEXT
from ui.fit import fit_to_screen
from ui.messages import core_text, rejected_text, show_rejected
from ui.operations import Operations, storage
from ui.recovery_key import RecoveryKeyDialog, encrypt_first_start

log = logging.getLogger(__name__)

ShowDialog = Callable[[QDialog], object]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # lupdate files tr("...") under CONTEXT


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel("", parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _fit(dialog: QDialog, width: int) -> None:
    """Open ``dialog`` ``width`` wide and as high as its wrapped texts need at that width (within the screen)."""
    layout = dialog.layout()
    if layout is None:
        fit_to_screen(dialog)
        return
    body = getattr(dialog, "body", None)
    body_layout = body.layout() if isinstance(body, QWidget) else None
    if isinstance(body, QWidget) and body_layout is not None:  # the texts scroll, the buttons below
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right() - 16  # room for a scroll bar
        buttons = getattr(dialog, "buttons", None)
        below = buttons.sizeHint().height() + layout.spacing() if isinstance(buttons, QWidget) else 0
        body.ensurePolished()
        height = body_layout.totalHeightForWidth(inner) + below + margins.top() + margins.bottom() + 8
    else:
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    fit_to_screen(dialog, QSize(width, max(height, dialog.sizeHint().height())))


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class NewPassphraseFields(QWidget):
    """A new start-up passphrase, typed twice, with its rule."""

    def __init__(self, parent: QWidget | None = None, *, indent: int = 24) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(tr("Wachtwoord"))
        self.first.setAccessibleName(tr("Wachtwoord"))
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(tr("Nog een keer hetzelfde wachtwoord"))
        self.second.setAccessibleName(tr("Nog een keer hetzelfde wachtwoord"))
        rule = _wrapped(core_text(storage.PASSPHRASE_RULE).format(n=storage.MIN_PASSPHRASE), self)
        rule.setObjectName("passphraseRule")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(indent, 0, 0, 0)
        for widget in (rule, self.first, self.second):
            layout.addWidget(widget)

    def checked(self) -> str:
        """The passphrase; ``Rejected`` (Dutch) when it does not follow the rule."""
        storage.check_new_passphrase(self.first.text(), self.second.text())
        return self.first.text()


def _checked_passphrase(dialog: QDialog, fields: NewPassphraseFields, error: QLabel) -> str | None:
    """The passphrase typed twice in ``fields``; or None, with the reason shown in ``error`` and
    both fields emptied for another try."""
    try:
        return fields.checked()
    except Rejected as refusal:
        error.setText(rejected_text(refusal))
        error.show()
        _fit(dialog, dialog.width())
        fields.first.clear()
        fields.second.clear()
        fields.first.setFocus(Qt.FocusReason.OtherFocusReason)
        return None


class EncryptionChoiceDialog(QDialog):
    """The first start on a computer without a keyring: a start-up passphrase, or knowingly none.

    ``choice`` is ``"passphrase"`` (with ``passphrase``) or ``"none"`` once accepted. The question
    must be answered: Escape and the close button do not skip it.
    """

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionChoiceDialog")
        self.setWindowTitle(tr("Gegevens beveiligen"))
        self.choice: str | None = None
        self.passphrase: str | None = None
        intro = _wrapped(
            tr(
                "In deze app komen namen van ouders en kinderen. Die willen we goed beschermen. Daarom "
                "versleutelen we ze: dan kan niemand ze lezen zonder sleutel, ook niet als de laptop of "
                "een backup kwijtraakt. Deze computer heeft geen plek om de sleutel veilig te bewaren. "
                "Kies daarom hoe u verder wilt."
            ),
            self,
        )
        self.with_passphrase = QRadioButton(tr("Versleutelen met een wachtwoord (aangeraden)"), self)
        self.with_passphrase.setObjectName("choosePassphrase")
        passphrase_help = _wrapped(
            tr(
                "Bij elke start vraagt de app dit wachtwoord. Geef het alleen aan wie de app gebruikt. "
                "U krijgt ook een herstelsleutel om op papier te bewaren."
            ),
            self,
        )
        passphrase_help.setContentsMargins(24, 0, 0, 0)
        self.fields = NewPassphraseFields(self)
        self.without = QRadioButton(tr("Niet versleutelen"), self)
        self.without.setObjectName("chooseNone")
        without_help = _wrapped(
            tr(
                "Wie de laptop of een backup in handen krijgt, kan de namen lezen. U kunt later alsnog "
                "versleutelen via Gegevens > Versleutelen."
            ),
            self,
        )
        without_help.setContentsMargins(24, 0, 0, 0)
        group = QButtonGroup(self)
        group.addButton(self.with_passphrase)
        group.addButton(self.without)
        self.with_passphrase.setChecked(True)
        self.with_passphrase.toggled.connect(self.fields.setEnabled)
        self.error = _error_label(self, "choiceError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Verder"))
        self.buttons.accepted.connect(self.decide)
        # The texts scroll on a small screen (1024x600 at 150%); "Verder" stays in sight.
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            intro,
            self.with_passphrase,
            passphrase_help,
            self.fields,
            self.error,
            self.without,
            without_help,
        ):
            widget.setParent(self.body)
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.error.hide()
        _fit(self, 560)
        self.fields.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):  # now with the style sheet's fonts
            self._fitted = True
            _fit(self, self.width())

    def decide(self) -> None:
        if self.without.isChecked():
            self.choice, self.passphrase = "none", None
            self.accept()
            return
        self.passphrase = _checked_passphrase(self, self.fields, self.error)
        if self.passphrase is None:
            return
        self.choice = "passphrase"
        self.accept()

    def reject(self) -> None:  # the question must be answered
        return


class NewPassphraseDialog(QDialog):
    """Gegevens > Versleutelen without a keyring: the start-up passphrase to encrypt with."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(tr("Versleutelen"))
        self.passphrase: str | None = None
        intro = _wrapped(
            tr(
                "Deze computer heeft geen plek om de sleutel veilig te bewaren. De gegevens worden "
                "daarom versleuteld met een wachtwoord, dat de app bij elke start vraagt."
            ),
            self,
        )
        self.fields = NewPassphraseFields(self, indent=0)
        self.error = _error_label(self, "newPassphraseError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Verder"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.decide)
        self.buttons.rejected.connect(super().reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.fields, self.error, self.buttons):
            layout.addWidget(widget)
        self.error.hide()
        _fit(self, 480)
        self.fields.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def decide(self) -> None:
        self.passphrase = _checked_passphrase(self, self.fields, self.error)
        if self.passphrase is not None:
            self.accept()


class PassphraseDialog(QDialog):
    """At each start of a folder with a start-up passphrase, before the database opens.

    The recovery key opens it too. A wrong one is said plainly; the dialog stays for another try.
    *Afsluiten* ends the app.
    """

    def __init__(self, *, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(tr("Wachtwoord"))
        self.prompt = _wrapped(
            tr(
                "De gegevens zijn versleuteld. Typ het wachtwoord om de app te openen. Wachtwoord "
                "vergeten? Typ dan de herstelsleutel van het blad van de coördinator."
            ),
            self,
        )
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Wachtwoord"))
        self.error = _error_label(self, "passphraseError")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.quit_button = self.buttons.addButton(tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        _fit(self, 460)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_passphrase(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            storage.unlock(self.data_dir, self.field.text())
        except Rejected as refusal:
            self.error.setText(rejected_text(refusal))
            self.field.clear()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            log.info("Start-up passphrase refused")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


def _exec(dialog: QDialog) -> object:
    """Run ``dialog`` modally (tests put a driver of the dialog in its place)."""
    return dialog.exec()


def at_start(data_dir: Path, *, show: ShowDialog | None = None) -> bool:
    """Before the database opens: a new folder is encrypted as it can be (keyring, or the choice
    of the coordinator), an encrypted folder gets its passphrase. False when the app must end
    (the coordinator chose *Afsluiten*). ``Rejected`` passes through (a keyring that fails).

    ``show`` runs each dialog (default: modal, ``exec``)."""
    choose = show_key = ask = show or _exec
    plan = storage.new_folder_plan(data_dir)
    if plan == "keyring":
        if encrypt_first_start(data_dir, show=show_key):
            log.info("First start: the new database is encrypted (keyring)")
    elif plan == "ask":
        dialog = EncryptionChoiceDialog()
        choose(dialog)
        if dialog.choice == "passphrase" and dialog.passphrase is not None:
            key = storage.make_key()
            show_key(RecoveryKeyDialog(key=key, data_dir=data_dir, with_passphrase=True))
            storage.keep_key_with_passphrase(data_dir, passphrase=dialog.passphrase, key=key)
            log.info("First start: the new database is encrypted (start-up passphrase)")
        else:
            log.info("First start: the coordinator chose no encryption")
    if storage.needed_at_start(data_dir) is None:
        return True
    dialog_ = PassphraseDialog(data_dir=data_dir)
    ask(dialog_)
    return dialog_.result() == QDialog.DialogCode.Accepted


class EncryptionOffer:
    """While the data is not encrypted: a calm, lasting line in the status bar and *Versleutelen...*
    in the Gegevens menu (behind the coordinator PIN); both go once the data is encrypted."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        operations: Operations,
        menu: QMenu,
        wait_for_work: Callable[[], Any] = lambda: None,
        require_pin: Callable[[QWidget, Operations], bool] | None = None,
        show: ShowDialog | None = None,
    ) -> None:
        self.window, self.operations, self.menu = window, operations, menu
        self.wait_for_work = wait_for_work
        self.show: ShowDialog = show or (lambda dialog: _exec(dialog))
        if require_pin is None:
            from ui.pin import require_pin as ask_pin

            require_pin = ask_pin
        self.require_pin = require_pin
        self.notice: QLabel | None = None
        self.action: QAction | None = None
        if storage.is_encrypted(operations):
            return
        self.action = QAction(tr("&Versleutelen..."), window)
        self.action.setObjectName("encryptAction")
        self.action.triggered.connect(self.encrypt)
        self.separator = menu.addSeparator()
        menu.addAction(self.action)
        self.notice = QLabel(
            tr("De gegevens zijn niet versleuteld.") + f' <a href="#encrypt">{tr("Versleutelen...")}</a>',
            window,
        )
        self.notice.setObjectName("plainNotice")
        self.notice.setToolTip(
            tr("Wie de laptop of een backup in handen krijgt, kan de namen lezen. Versleutelen voorkomt dat.")
        )
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.notice.linkActivated.connect(lambda _link: self.encrypt())
        self.notice.setStyleSheet("color: #6b4e00; padding: 0 6px;")
        window.statusBar().addPermanentWidget(self.notice)

    def encrypt(self) -> bool:
        """Gegevens > Versleutelen: the PIN, a passphrase where there is no keyring, the recovery
        key, then the same encryption as ``checkin encrypt``. True when the data is encrypted."""
        if storage.is_encrypted(self.operations):
            self._remove()
            return True
        if not self.require_pin(self.window, self.operations):
            return False
        data_dir = storage.data_folder(self.operations)
        passphrase: str | None = None
        if not storage.can_use_keyring():
            ask = NewPassphraseDialog(parent=self.window)
            self.show(ask)
            if ask.result() != QDialog.DialogCode.Accepted or ask.passphrase is None:
                return False
            passphrase = ask.passphrase
        key = storage.make_key()
        self.show(
            RecoveryKeyDialog(
                key=key, data_dir=data_dir, with_passphrase=passphrase is not None, parent=self.window
            )
        )
        self.wait_for_work()  # no backup or retention may read the file while it is converted
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if passphrase is None:
                storage.encrypt_with_keyring(self.operations, key=key)
            else:
                storage.encrypt_with_passphrase(self.operations, passphrase=passphrase, key=key)
        except Rejected as error:
            QApplication.restoreOverrideCursor()
            show_rejected(self.window, error)
            return False
        QApplication.restoreOverrideCursor()
        log.info("The data was encrypted (%s)", "start-up passphrase" if passphrase else "keyring")
        self._remove()
        self.window.statusBar().showMessage(tr("De gegevens zijn versleuteld."), 15000)
        return True

    def _remove(self) -> None:
        if self.notice is not None:
            self.window.statusBar().removeWidget(self.notice)
            self.notice.deleteLater()
            self.notice = None
        if self.action is not None:
            self.menu.removeAction(self.separator)
            self.menu.removeAction(self.action)
            self.action.deleteLater()
            self.action = None
