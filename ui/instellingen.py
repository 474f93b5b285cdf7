"""Instellingen: the coordinator's settings (price, lists, retention, k, PIN, language), behind the PIN.

Each list change (add or switch off an entry) is its own action; the other settings are saved
together with *Opslaan* in one transaction (``ui.operations.settings``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QLocale, QSize, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from checkin import rules
from checkin.errors import Rejected
from ui.fit import fit_to_screen
from ui.i18n import language_choices
from ui.messages import core_text, rejected_text
from ui.operations import Operations, settings, storage
from ui.operations.settings import Preferences
from ui.pin import SetPinDialog, require_pin
from ui.tasks import Runner, ThreadRunner


class ListsPage(QWidget):
    """The editable lists: pick one, add an entry, or take one out of the choices."""

    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("listKind")
        titles = {
            "village": self.tr("Woonplaatsen"),
            "referral": self.tr("Hoe gevonden"),
            "consumption": self.tr("Drankjes"),
            "theme": self.tr("Thema's"),
        }
        for kind in rules.LIST_KINDS:
            self.kind_combo.addItem(titles[kind], kind)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("listValues")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.new_value = QLineEdit(self)
        self.new_value.setObjectName("newListValue")
        self.new_value.setPlaceholderText(self.tr("Nieuwe keuze"))
        self.new_value.setMaxLength(rules.MAX_LIST_VALUE_LENGTH)
        self.new_value.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("&Toevoegen"), self)
        self.add_button.setObjectName("addListValue")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Uit de lijst &halen"), self)
        self.remove_button.setObjectName("removeListValue")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel(self)
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Wat u uit de lijst haalt, kunt u niet meer kiezen; de cijfers blijven tellen wat er "
                "eerder mee is vastgelegd."
            ),
            self,
        )
        explanation.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.new_value, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.view, 1)
        layout.addLayout(adding)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        self.refresh()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def refresh(self) -> None:
        kind = self.kind
        self.model.setStringList(settings.list_values(self.operations, kind))

    def _act(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except Rejected as error:
            self.message.setText(rejected_text(error))
            return False
        self.message.setText(done)
        self.refresh()
        return True

    def add(self) -> None:
        kind, value = self.kind, self.new_value.text()
        if self._act(
            lambda: settings.add_list_value(self.operations, kind=kind, value=value),
            self.tr("'{value}' staat in de lijst.").format(value=value.strip()),
        ):
            self.new_value.clear()

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Kies eerst wat u uit de lijst wilt halen."))
            return
        kind, value = self.kind, str(index.data())
        self._act(
            lambda: settings.switch_off_list_value(self.operations, kind=kind, value=value),
            self.tr("'{value}' is uit de lijst gehaald.").format(value=value),
        )


class PlacePage(QWidget):
    """The place's name and weekly opening, changed after the first start; saved with its own button."""

    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.place = settings.load_place(operations)
        self.name = QLineEdit(self)
        self.name.setObjectName("placeName")
        self.name.setMaxLength(80)
        self.weekday = QComboBox(self)
        self.weekday.setObjectName("placeWeekday")
        self.weekday.addItems([core_text(day) for day in settings.WEEKDAYS])
        self.start = QTimeEdit(self)
        self.start.setObjectName("placeStart")
        self.end = QTimeEdit(self)
        self.end.setObjectName("placeEnd")
        for widget, name in (
            (self.name, self.tr("Naam van de ontmoetingsplek")),
            (self.weekday, self.tr("Vaste dag")),
            (self.start, self.tr("Begintijd")),
            (self.end, self.tr("Eindtijd")),
        ):
            widget.setAccessibleName(name)
        self.save_button = QPushButton(self.tr("&Plek opslaan"), self)
        self.save_button.setObjectName("savePlace")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("placeMessage")
        self.message.setWordWrap(True)
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("tot"), self))
        hours.addWidget(self.end)
        hours.addStretch(1)
        hours_label = QLabel(self.tr("&Tijden"), self)
        hours_label.setBuddy(self.start)
        form = QFormLayout(self)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("Vaste &dag"), self.weekday)
        form.addRow(hours_label, hours)
        form.addRow("", self.save_button)
        form.addRow(self.message)
        if self.place is None:
            self.setEnabled(False)
            self.message.setText(self.tr("Er is nog geen ontmoetingsplek ingesteld."))
            return
        self.name.setText(self.place.name)
        first = self.place.slots[0] if self.place.slots else None
        if first is not None:
            self.weekday.setCurrentIndex(first.weekday)
            self.start.setTime(QTime(first.start.hour, first.start.minute))
            self.end.setTime(QTime(first.end.hour, first.end.minute))

    def save(self) -> None:
        if self.place is None:
            return
        start, end = self.start.time(), self.end.time()
        try:
            self.place = settings.save_place(
                self.operations,
                location_id=self.place.location_id,
                name=self.name.text(),
                weekday=self.weekday.currentIndex(),
                start=time(start.hour(), start.minute()),
                end=time(end.hour(), end.minute()),
            )
        except Rejected as error:
            self.message.setText(rejected_text(error))
            return
        self.message.setText(self.tr("De plek is opgeslagen: {name}.").format(name=self.place.name))


class DatabasePage(QWidget):
    """Where the data lives, and *Wijzigen...* (the first start's dialog): the change applies at the
    next start. With this computer's data open and a server chosen, *Verhuizen...* copies the data
    onto the server in a worker (``storage.move_to_server``; the settings are behind the PIN)."""

    def __init__(
        self, *, operations: Operations, runner: Runner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.runner: Runner = runner if runner is not None else ThreadRunner()
        self.data_dir = storage.data_folder(operations)
        self.where = QLabel(self)
        self.where.setObjectName("databaseWhere")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("&Wijzigen..."), self)
        self.change_button.setObjectName("changeDatabase")
        self.change_button.clicked.connect(self.change)
        self.message = QLabel(self)
        self.message.setObjectName("databaseMessage")
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Een andere keuze verhuist de gegevens niet. De app gebruikt de nieuwe keuze na opnieuw "
                "starten."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.move_box = QWidget(self)
        self.move_box.setObjectName("moveBox")
        move_text = QLabel(
            self.tr(
                "De gegevens van deze computer naar de gekozen server verhuizen: naar een lege database, "
                "of naast de gegevens van andere plekken die er al staan. De gegevens op deze computer "
                "blijven zoals ze zijn."
            ),
            self.move_box,
        )
        move_text.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Naar de server &verhuizen..."), self.move_box)
        self.move_button.setObjectName("moveToServer")
        self.move_button.clicked.connect(self.ask_move)
        self.progress = QProgressBar(self.move_box)
        self.progress.setObjectName("moveProgress")
        self.progress.setRange(0, 0)  # busy: the copy does not report steps
        self.progress.setTextVisible(False)
        self.progress.hide()
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        move_row.addWidget(self.progress, 1)
        move_layout = QVBoxLayout(self.move_box)
        move_layout.setContentsMargins(0, 8, 0, 0)
        move_layout.addWidget(move_text)
        move_layout.addLayout(move_row)
        self.moving = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("De gegevens staan nu:"), self))
        layout.addWidget(self.where)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)
        layout.addWidget(self.move_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.show_where()

    def show_where(self) -> None:
        from ui.database_choice import where_text

        self.move_box.setVisible(storage.can_move_to_server(self.operations))
        try:
            where = storage.where_open(self.operations)
        except Rejected as error:
            self.where.setText(rejected_text(error))
            return
        text = where_text(where)
        if where.chosen_elsewhere:
            text += "\n" + self.tr("(gekozen met --database of CHECKIN_DATABASE_URL; die keuze gaat voor)")
        self.where.setText(text)

    def change(self) -> None:
        from ui.database_choice import DatabaseChoiceDialog

        dialog = DatabaseChoiceDialog(data_dir=self.data_dir, first_start=False, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = self.tr("Opgeslagen. Start de app opnieuw om de gegevens daar te openen.")
        if dialog.keyring_note:
            text += " " + dialog.keyring_note
        self.message.setText(text)
        self.show_where()

    def ask_move(self) -> None:
        where = storage.where(self.data_dir)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Naar de server verhuizen"),
            self.tr(
                "De gegevens van deze computer gaan naar {host}/{database}. Staan daar al gegevens van "
                "een andere plek, dan komen deze ernaast. De gegevens op deze computer blijven zoals ze "
                "zijn. Verhuizen?"
            ).format(host=where.host, database=where.database),
            parent=self,
        )
        yes = box.addButton(self.tr("Verhuizen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        if _confirm(box):
            self.start_move()

    def start_move(self) -> None:
        """The move in a worker: a busy bar meanwhile, then the Dutch result with the counts."""
        if self.moving:
            return
        self.moving = True
        self.move_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.progress.show()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Bezig met verhuizen..."))
        operations = self.operations
        self.runner.submit(
            lambda: storage.move_to_server(operations), done=self._moved, failed=self._move_failed
        )

    def _finished(self) -> None:
        self.moving = False
        self.progress.hide()
        self.move_button.setEnabled(True)
        self.change_button.setEnabled(True)

    def _moved(self, moved: storage.Moved) -> None:
        if not isValid(self):  # the settings were closed meanwhile: the move is done all the same
            return
        self._finished()
        self.message.setText(self.moved_text(moved))

    def moved_text(self, moved: storage.Moved) -> str:
        """What a move onto the server did, in Dutch, with its counts."""
        if moved.already_there:
            return core_text(
                storage.ALREADY_MOVED, places=", ".join(moved.already_there), target=moved.target
            )
        counts = self.tr("{families}, {mornings} en {visits}").format(
            families=self.tr("%n gezinnen", "", moved.families),
            mornings=self.tr("%n ochtenden", "", moved.mornings),
            visits=self.tr("%n bezoeken", "", moved.visits),
        )
        if moved.appended:
            text = self.tr("Toegevoegd aan {target}, naast de gegevens die er al stonden: {counts}.")
        else:
            text = self.tr("Verhuisd naar {target}: {counts}.")
        text = text.format(target=moved.target, counts=counts)
        if moved.renumbered:
            text += " " + self.tr(
                "%n gezinscodes kwamen daar al voor en zijn vernummerd: geef die gezinnen hun nieuwe code "
                "(Gezinnen, of een nieuwe gezinskaart).",
                "",
                moved.renumbered,
            )
        return (
            text
            + " "
            + self.tr(
                "Gecontroleerd: de aantallen en een controlesom per tabel kloppen. De gegevens op deze "
                "computer zijn niet veranderd. Start de app opnieuw om met de server te werken."
            )
        )

    def _move_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._finished()
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(error, Rejected):
            self.message.setText(rejected_text(error))
        else:
            self.message.setText(
                self.tr("Het verhuizen is niet gelukt ({detail}); er is niets veranderd.").format(
                    detail=type(error).__name__
                )
            )


def _confirm(box: QMessageBox) -> bool:
    """Ask ``box`` modally; True on its accept button (tests put an answer in its place)."""
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


class SettingsDialog(QDialog):
    """Price, retention, k and language (saved together), the lists, and the PIN."""

    def __init__(self, *, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        prefs: Preferences = settings.load_preferences(operations)

        self.price = QDoubleSpinBox(self)
        self.price.setObjectName("price")
        self.price.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))  # € 0,50
        self.price.setPrefix("€ ")
        self.price.setDecimals(2)
        self.price.setSingleStep(0.05)
        self.price.setRange(0, rules.MAX_PRICE_CENTS / 100)
        self.price.setValue(prefs.price_cents / 100)
        self.price.setEnabled(prefs.location_id is not None)
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retention")
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" maanden"))
        self.retention.setValue(prefs.retention_months)
        self.min_count = QSpinBox(self)
        self.min_count.setObjectName("minCount")
        self.min_count.setRange(rules.LOWEST_MIN_COUNT, 100)
        self.min_count.setValue(prefs.min_count)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in language_choices():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.pin_button = QPushButton(self.tr("Pincode coördinator..."), self)
        self.pin_button.clicked.connect(lambda: SetPinDialog(operations=operations, parent=self).exec())

        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("Prijs per drankje"), self.price)
        form.addRow(self.tr("Bewaartermijn"), self.retention)
        form.addRow(
            self._note(
                self.tr(
                    "Gezinnen die zo lang niet zijn geweest, worden vanzelf geanonimiseerd: naam, code en "
                    "kinderen gaan weg, hun bezoeken tellen anoniem mee."
                )
            )
        )
        form.addRow(self.tr("Minimale telling in de cijfers (k)"), self.min_count)
        form.addRow(
            self._note(
                self.tr(
                    "Aantallen kleiner dan k worden in de cijfers en exports nooit getoond. Nooit lager dan {k}."
                ).format(k=rules.LOWEST_MIN_COUNT)
            )
        )
        form.addRow(self.tr("Taal (na opnieuw starten)"), self.language)
        form.addRow("", self.pin_button)

        self.lists_page = ListsPage(operations=operations, parent=self)
        self.tabs = QTabWidget(self)
        general_scroll = QScrollArea(self)  # the notes wrap into many lines on a small screen
        general_scroll.setWidgetResizable(True)
        general_scroll.setFrameShape(QFrame.Shape.NoFrame)
        general_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        general_scroll.setWidget(general)
        self.tabs.addTab(general_scroll, self.tr("Algemeen"))
        self.tabs.addTab(self.lists_page, self.tr("Lijsten"))
        self.place_page = PlacePage(operations=operations, parent=self)
        self.tabs.addTab(self.place_page, self.tr("Ontmoetingsplek"))
        self.database_page = DatabasePage(operations=operations, parent=self)
        self.tabs.addTab(self.database_page, self.tr("Database"))
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Sluiten"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(620, 560))

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555;")
        return label

    def save(self) -> None:
        price_cents = round(self.price.value() * 100)
        retention, k = self.retention.value(), self.min_count.value()
        language = str(self.language.currentData())
        try:
            settings.save_preferences(
                self.operations,
                price_cents=price_cents,
                retention_months=retention,
                min_count=k,
                language=language,
            )
        except Rejected as error:
            self.error.setText(rejected_text(error))
            return
        self.accept()


def open_settings(parent: QWidget | None, operations: Operations) -> SettingsDialog | None:
    """The settings dialog, after the coordinator PIN (if one is set); None when refused."""
    if not require_pin(parent, operations):
        return None
    dialog = SettingsDialog(operations=operations, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
