"""Where the data lives: this computer's file (the default) or a PostgreSQL server of the organisation.

``DatabaseChoiceDialog`` asks it at the very first start and again from Instellingen > Database;
``ServerPasswordDialog`` asks the server's password at each start on a computer without an OS
keyring. The decisions and the connection live in the core (checkin.server_choice, through
ui.operations.storage); this module only asks.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QThreadPool
from PySide6.QtGui import QIntValidator, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Rejected
from checkin.i18n import CONTEXT
from ui.fit import fit_to_screen
from ui.messages import core_text, rejected_text
from ui.operations import storage
from ui.tasks import ThreadRunner

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # lupdate files tr("...") under CONTEXT


def _wrapped(text: str, parent: QWidget, *, indent: int = 0) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setContentsMargins(indent, 0, 0, 0)
    return label


def _result_text(result: storage.ConnectionTest) -> str:
    return core_text(result.message, **dict(result.values))


_pool: list[QThreadPool] = []


def _test_pool() -> QThreadPool:
    """The connection tests' own worker (one at a time), kept for the process: a dialog closed
    while its test waits for a silent server neither waits for it nor takes the thread along."""
    if not _pool:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _pool.append(pool)
    return _pool[0]


def where_text(where: storage.Where) -> str:
    """ "Op deze computer: <path>" or "Server: host/database als user"."""
    if not where.server:
        return tr("Op deze computer: {path}").format(path=where.path)
    return tr("Server: {host}/{database} als {user}").format(
        host=where.host, database=where.database, user=where.user
    )


class DatabaseChoiceDialog(QDialog):
    """This computer (default: Enter) or a server with its fields and a connection test.

    Accepted once the choice is stored (``storage.choose_file`` / ``choose_server``); ``server``
    tells which, ``keyring_note`` is a Dutch line when the password could not go into a keyring.
    ``first_start``: the question before the very first database; closing it ends the app.

    The connection test runs in a worker of the dialog's own (``wait_for_test``): a server that
    does not answer keeps the dialog responsive for as long as the driver waits (10 s at most).
    """

    def __init__(self, *, data_dir: Path, first_start: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.first_start = data_dir, first_start
        self.server: bool | None = None
        self.keyring_note = ""
        self.runner = ThreadRunner(pool=_test_pool())
        self.busy = False
        """A connection test is under way (its button and Opslaan/Verder are disabled meanwhile)."""
        self._closed = False
        self.setObjectName("databaseChoiceDialog")
        self.setWindowTitle(self.tr("Waar staan de gegevens?"))
        intro = _wrapped(
            self.tr(
                "Kies waar de app de gegevens van de gezinnen en ochtenden bewaart. Weet u het niet? "
                "Kies dan deze computer."
            ),
            self,
        )
        self.local = QRadioButton(self.tr("Op &deze computer (aanbevolen)"), self)
        self.local.setObjectName("chooseLocal")
        local_help = _wrapped(
            self.tr("In een bestand in de gegevensmap ({path}). Genoeg voor één laptop per plek.").format(
                path=data_dir
            ),
            self,
            indent=24,
        )
        self.on_server = QRadioButton(self.tr("Op een &server van de organisatie (PostgreSQL)"), self)
        self.on_server.setObjectName("chooseServer")
        server_help = _wrapped(
            self.tr(
                "Voor meer tafels of plekken op één database. De beheerder van de server geeft u "
                "deze gegevens."
            ),
            self,
            indent=24,
        )
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.on_server)

        self.fields = QWidget(self)
        self.fields.setObjectName("serverFields")
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        self.host = QLineEdit(self.fields)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("bijvoorbeeld db.voorbeeld.nl"))
        self.port = QLineEdit(self.fields)
        self.port.setObjectName("serverPort")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setPlaceholderText(self.tr("5432 (mag leeg)"))
        self.database = QLineEdit(self.fields)
        self.database.setObjectName("serverDatabase")
        self.database.setPlaceholderText("checkin")
        self.user = QLineEdit(self.fields)
        self.user.setObjectName("serverUser")
        self.password = QLineEdit(self.fields)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, label, name in (
            (self.host, self.tr("Se&rver"), self.tr("Server")),
            (self.port, self.tr("&Poort"), self.tr("Poort")),
            (self.database, self.tr("D&atabase"), self.tr("Database")),
            (self.user, self.tr("&Gebruiker"), self.tr("Gebruiker")),
            (self.password, self.tr("&Wachtwoord"), self.tr("Wachtwoord")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.test_button = QPushButton(self.tr("Verbinding &testen"), self.fields)
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        self.outcome = _wrapped("", self)
        self.outcome.setObjectName("connectionResult")

        notes: list[QLabel] = []
        if not first_start:
            notes.append(
                _wrapped(
                    self.tr(
                        "Een andere keuze verhuist de gegevens niet: dat kan daarna onder Instellingen > "
                        "Database, of met 'checkin move --to ADRES'. De app gebruikt de nieuwe keuze na "
                        "opnieuw starten."
                    ),
                    self,
                )
            )
            notes[-1].setObjectName("moveNote")

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Verder") if first_start else self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Afsluiten") if first_start else self.tr("Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.decide)
        self.buttons.rejected.connect(self.reject)

        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_widgets: list[QWidget] = [
            intro,
            self.local,
            local_help,
            self.on_server,
            server_help,
            self.fields,
            self.outcome,
            *notes,
        ]
        for part in body_widgets:
            part.setParent(self.body)
            body_layout.addWidget(part)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)  # the texts scroll on a small screen; the buttons stay in sight
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        self.on_server.toggled.connect(self._server_toggled)
        stored = None if first_start else storage.stored_server_fields(data_dir)
        if stored is not None:
            self.host.setText(stored.server)
            self.port.setText(str(stored.port) if stored.port else "")
            self.database.setText(stored.database)
            self.user.setText(stored.user)
            self.on_server.setChecked(True)
        else:
            self.local.setChecked(True)
        self._server_toggled(self.on_server.isChecked())
        fit_to_screen(self, QSize(600, 620))
        (self.host if stored is not None else self.local).setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):  # now with the style sheet's fonts
            self._fitted = True
            fit_to_screen(self, QSize(max(self.width(), 600), max(self.height(), 620)))

    def _server_toggled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.outcome.setText("")
        if on:
            self.host.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fields(self) -> storage.ServerFields:
        port = self.port.text().strip()
        return storage.ServerFields(
            server=self.host.text(),
            database=self.database.text(),
            user=self.user.text(),
            port=int(port) if port.isdigit() else None,
        )

    def test(self, *, then: Callable[[storage.ConnectionTest], None] | None = None) -> None:
        """Verbinding testen: one connection with the fields in a worker; the answer in Dutch below
        them, then ``then(result)`` (the choice is stored only after a test that connects)."""
        if self.busy:
            return
        fields, password = self._fields(), self.password.text()
        self._set_busy(True)
        self._show(self.tr("Bezig met verbinden..."), color="#555")
        # The worker holds the dialog weakly: a dialog closed meanwhile is never released in it.
        me = weakref.ref(self)

        def tested(result: storage.ConnectionTest) -> None:
            dialog = me()
            if dialog is not None:
                dialog._tested(result, then)

        def failed(error: BaseException) -> None:
            dialog = me()
            if dialog is not None:
                dialog._test_failed(error)

        self.runner.submit(lambda: storage.try_server(fields, password), done=tested, failed=failed)

    def wait_for_test(self, msecs: int = 30000) -> bool:
        """Wait for the connection test's worker (at exit, and in tests); True when it is done."""
        return _test_pool().waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.test_button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.local.setEnabled(not busy)
        self.on_server.setEnabled(not busy)

    def _show(self, text: str, *, color: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {color};")

    def _tested(
        self, result: storage.ConnectionTest, then: Callable[[storage.ConnectionTest], None] | None
    ) -> None:
        if self._closed:  # closed while the worker waited for the server: nothing to show
            return
        self._set_busy(False)
        self._show(_result_text(result), color="#1b5e20" if result.ok else "#b00020")
        log.info("Connection test: %s", result.outcome)
        if then is not None:
            then(result)

    def _test_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        log.error("Connection test failed: %r", error)
        if isinstance(error, Rejected):
            text = rejected_text(error)
        else:
            text = core_text(storage.CONNECTION_FAILED, reason=type(error).__name__)
        self._show(text, color="#b00020")

    def done(self, code: int) -> None:
        self._closed = True  # a test still under way ends unseen (its worker stops by itself)
        super().done(code)

    def decide(self) -> None:
        try:
            if self.local.isChecked():
                storage.choose_file(self.data_dir)
                self.server = False
                log.info("Database chosen: this computer's file")
                self.accept()
                return
        except Rejected as error:
            self._show(rejected_text(error), color="#b00020")
            return
        self.test(then=self._store_server)  # a choice that does not connect is not stored

    def _store_server(self, result: storage.ConnectionTest) -> None:
        if not result.ok:
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            if not storage.choose_server(self.data_dir, self._fields(), self.password.text()):
                self.keyring_note = core_text(storage.NO_KEYRING_FOR_PASSWORD)
        except Rejected as error:
            self._show(rejected_text(error), color="#b00020")
            return
        self.server = True
        log.info("Database chosen: a server")
        self.accept()


class ServerPasswordDialog(QDialog):
    """At each start on a computer without a keyring: the password of the server's user."""

    def __init__(self, *, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Wachtwoord van de server"))
        where = storage.where(data_dir)
        self.prompt = _wrapped(
            self.tr(
                "De gegevens staan op de server {host} (database {database}). Typ het wachtwoord van "
                "de gebruiker {user}."
            ).format(host=where.host, database=where.database, user=where.user),
            self,
        )
        self.field = QLineEdit(self)
        self.field.setObjectName("serverPassword")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Wachtwoord"))
        self.error = _wrapped("", self)
        self.error.setObjectName("serverPasswordError")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.try_password)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        fit_to_screen(self, QSize(460, self.sizeHint().height() + 40))
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_password(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = storage.unlock_server(self.data_dir, self.field.text())
        finally:
            QApplication.restoreOverrideCursor()
        if not result.ok:
            self.error.setText(_result_text(result))
            self.field.clear()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            log.info("Server password refused (%s)", result.outcome)
            return
        self.accept()


def _exec(dialog: QDialog) -> object:
    """Run ``dialog`` modally (tests put a driver of the dialog in its place)."""
    return dialog.exec()


def at_start(data_dir: Path) -> bool | None:
    """Before the database opens: the first start's choice, and a server's password where there is
    no keyring. True: the data is on a server; False: the file; None: the app must end."""
    if storage.needs_database_choice(data_dir):
        choice = DatabaseChoiceDialog(data_dir=data_dir, first_start=True)
        _exec(choice)
        if choice.result() != QDialog.DialogCode.Accepted:
            return None
        if choice.keyring_note:
            _exec(
                QMessageBox(QMessageBox.Icon.Information, tr("Wachtwoord van de server"), choice.keyring_note)
            )
    if not storage.uses_server(data_dir):
        return False
    if storage.server_password_needed(data_dir):
        asking = ServerPasswordDialog(data_dir=data_dir)
        _exec(asking)
        if asking.result() != QDialog.DialogCode.Accepted:
            return None
    return True
