"""The recovery key of encrypted data, shown once, to print for the coordinator (the first start
with a keyring or a start-up passphrase, and Gegevens > Versleutelen)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.i18n import CONTEXT
from ui.operations import storage


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # lupdate files tr("...") under CONTEXT


def _ask_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Herstelsleutel opslaan"), "herstelsleutel.pdf", "PDF (*.pdf)"
    )
    return Path(name) if name else None


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key; OK only after the coordinator says it is kept safe."""

    def __init__(
        self,
        *,
        key: str,
        data_dir: Path,
        choose_path: Callable[[QWidget | None], Path | None] = _ask_path,
        with_passphrase: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key, self.data_dir, self.choose_path = key, data_dir, choose_path
        self.setWindowTitle(tr("Herstelsleutel"))
        self.setObjectName("recoveryKeyDialog")
        if with_passphrase:
            text = tr(
                "De gegevens op deze laptop worden versleuteld met uw wachtwoord. Bewaar deze "
                "herstelsleutel op papier, op slot: u heeft hem nodig als u het wachtwoord vergeet, en "
                "om een backup op een andere laptop terug te zetten. Hij wordt maar één keer getoond."
            )
        else:
            text = tr(
                "De gegevens op deze laptop worden versleuteld. De laptop onthoudt de sleutel zelf. "
                "Bewaar deze herstelsleutel op papier, op slot: u heeft hem nodig om een backup op een "
                "andere laptop terug te zetten. Hij wordt maar één keer getoond."
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        shown = QLabel(key, self)
        shown.setObjectName("recoveryKey")
        font = QFont("Monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        shown.setFont(font)
        self.save_button = QPushButton(tr("Opslaan als PDF om af te drukken..."), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.saved_label = QLabel("", self)
        self.kept = QCheckBox(tr("Ik heb de herstelsleutel bewaard"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.kept.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, shown, self.save_button, self.saved_label, self.kept, self.buttons):
            layout.addWidget(widget)

    def save_pdf(self) -> Path | None:
        out = self.choose_path(self)
        if out is None:
            return None
        storage.save_recovery_sheet(key=self.key, out=out, data_dir=self.data_dir, made_on=date.today())
        self.saved_label.setText(tr("Opgeslagen: {path}").format(path=out))
        return out

    def reject(self) -> None:  # the key must be seen: Escape does not skip it
        return


def encrypt_first_start(
    data_dir: Path, *, show: Callable[[RecoveryKeyDialog], object] = QDialog.exec
) -> bool:
    """At the very first start, with SQLCipher and an OS keyring present: make a key, keep it in the
    keyring and show the recovery key. True when the new database will be encrypted."""
    key = storage.new_recovery_key(data_dir)
    if key is None:
        return False
    show(RecoveryKeyDialog(key=key, data_dir=data_dir))
    return True
