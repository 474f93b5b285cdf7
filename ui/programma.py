"""The Programma screen: the weekly schedule, the activities, and printing flyers and family cards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.errors import Rejected
from ui.item_models import ROW_ROLE, SORT_ROLE, ActivityTableModel
from ui.messages import rejected_text
from ui.operations import Operations, programme
from ui.operations.programme import ActivityInput, ActivityRow, FlyerDetails, Month
from ui.pdf_preview import PdfPreviewDialog
from ui.tasks import Runner

Value = TypeVar("Value")


class _SaveDialog(QDialog, Generic[Value]):
    """A form whose Opslaan hands ``value()`` to ``submit``; a refusal is shown in ``error_label``
    and the dialog stays open. Each form defines ``value``: what its fields hold."""

    value: Callable[[], Value]

    def __init__(self, *, submit: Callable[[Value], None], error_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.error_label = QLabel(self)
        self.error_label.setObjectName(error_name)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")

    def _save_buttons(self, save: str, cancel: str) -> QDialogButtonBox:
        """OK and Cancel, named ``save`` and ``cancel``: OK saves through ``accept``."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(save)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def accept(self) -> None:
        try:
            self._submit(self.value())
        except Rejected as error:
            self.error_label.setText(rejected_text(error))
            return
        super().accept()


class ActivityDialog(_SaveDialog[ActivityInput]):
    """Add or change one activity. ``submit`` saves it; a refusal is shown here and the dialog stays."""

    def __init__(
        self,
        *,
        submit: Callable[[ActivityInput], None],
        themes: list[str],
        initial: ActivityInput,
        editing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit=submit, error_name="activityError", parent=parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("Activiteit wijzigen") if editing else self.tr("Nieuwe activiteit"))

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setDate(QDate(initial.day.year, initial.day.month, initial.day.day))
        self.title_edit = QLineEdit(initial.title, self)
        self.title_edit.setMaxLength(rules.MAX_ACTIVITY_TITLE_LENGTH * 3)  # longer input gets a clear message
        self.title_edit.setPlaceholderText(self.tr("bijvoorbeeld: Voorlezen met de bibliotheek"))
        self.theme_combo = QComboBox(self)
        self.theme_combo.setEditable(True)
        self.theme_combo.addItem("")
        self.theme_combo.addItems(themes)
        self.theme_combo.setCurrentText(initial.theme)
        self.description_edit = QPlainTextEdit(initial.description, self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.partner_edit = QLineEdit(initial.partner, self)
        self.partner_edit.setPlaceholderText(self.tr("bijvoorbeeld: Jong JGZ, de bibliotheek"))
        self.own_hours = QCheckBox(self.tr("Eigen &tijden (anders de openingstijden)"), self)
        self.start_edit = QTimeEdit(self)
        self.end_edit = QTimeEdit(self)
        for edit, value, fallback in (
            (self.start_edit, initial.start, time(9, 30)),
            (self.end_edit, initial.end, time(11, 30)),
        ):
            moment = value or fallback
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(moment.hour, moment.minute))
        self.own_hours.setChecked(initial.start is not None)
        self.own_hours.toggled.connect(self._update_hours)
        self.place_edit = QLineEdit(initial.place, self)
        self.place_edit.setPlaceholderText(self.tr("leeg: op de ontmoetingsplek zelf"))

        for widget, name in (
            (self.date_edit, self.tr("Datum")),
            (self.title_edit, self.tr("Titel")),
            (self.theme_combo, self.tr("Thema")),
            (self.description_edit, self.tr("Omschrijving")),
            (self.partner_edit, self.tr("Partner")),
            (self.own_hours, self.tr("Eigen tijden")),
            (self.start_edit, self.tr("Begintijd")),
            (self.end_edit, self.tr("Eindtijd")),
            (self.place_edit, self.tr("Waar")),
            (self.error_label, self.tr("Melding")),
        ):
            widget.setAccessibleName(name)

        hours = QHBoxLayout()
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel(self.tr("tot"), self))
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("T&itel:"), self.title_edit)
        form.addRow(self.tr("T&hema:"), self.theme_combo)
        form.addRow(self.tr("&Omschrijving:"), self.description_edit)
        form.addRow(self.tr("&Partner:"), self.partner_edit)
        form.addRow("", self.own_hours)
        form.addRow(self.tr("Van:"), hours)
        form.addRow(self.tr("&Waar:"), self.place_edit)

        self.buttons = self._save_buttons(self.tr("Op&slaan"), self.tr("Annuleren"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_hours(self.own_hours.isChecked())
        self.title_edit.setFocus()

    def _update_hours(self, checked: bool) -> None:
        self.start_edit.setEnabled(checked)
        self.end_edit.setEnabled(checked)

    def value(self) -> ActivityInput:
        chosen = self.date_edit.date()
        own = self.own_hours.isChecked()
        start, end = self.start_edit.time(), self.end_edit.time()
        return ActivityInput(
            day=date(chosen.year(), chosen.month(), chosen.day()),
            title=self.title_edit.text(),
            theme=self.theme_combo.currentText(),
            description=self.description_edit.toPlainText(),
            partner=self.partner_edit.text(),
            start=time(start.hour(), start.minute()) if own else None,
            end=time(end.hour(), end.minute()) if own else None,
            place=self.place_edit.text(),
        )


class LocationDialog(_SaveDialog[FlyerDetails]):
    """The place's address, web page (for the QR code) and logo, as printed on the flyers."""

    def __init__(
        self, *, submit: Callable[[FlyerDetails], None], initial: FlyerDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(submit=submit, error_name="locationError", parent=parent)
        self.setObjectName("locationDialog")
        self.setWindowTitle(self.tr("Gegevens op de flyers"))
        self.setMinimumWidth(560)
        self.address_edit = QLineEdit(initial.address, self)
        self.village_edit = QLineEdit(initial.village, self)
        self.url_edit = QLineEdit(initial.web_url, self)
        self.url_edit.setPlaceholderText(rules.DEFAULT_WEB_URL)
        self.logo_edit = QLineEdit(initial.logo_path, self)
        self.logo_edit.setPlaceholderText(self.tr("geen logo"))
        self.logo_button = QPushButton(self.tr("&Kiezen..."), self)
        self.logo_button.clicked.connect(self.choose_logo)
        for widget, name in (
            (self.address_edit, self.tr("Adres")),
            (self.village_edit, self.tr("Plaats")),
            (self.url_edit, self.tr("Webadres voor de QR-code")),
            (self.logo_edit, self.tr("Logo")),
            (self.logo_button, self.tr("Logo kiezen")),
            (self.error_label, self.tr("Melding")),
        ):
            widget.setAccessibleName(name)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        form = QFormLayout()
        form.addRow(self.tr("&Adres:"), self.address_edit)
        form.addRow(self.tr("&Plaats:"), self.village_edit)
        form.addRow(self.tr("&Webadres (QR-code):"), self.url_edit)
        logo_label = QLabel(self.tr("&Logo (PNG of JPEG):"), self)
        logo_label.setBuddy(self.logo_edit)
        form.addRow(logo_label, logo_row)
        hint = QLabel(
            self.tr("Leeg webadres: de QR-code wijst naar {url}").format(url=rules.DEFAULT_WEB_URL), self
        )
        hint.setWordWrap(True)
        self.buttons = self._save_buttons(self.tr("Op&slaan"), self.tr("Annuleren"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.url_edit.setFocus()

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), self.logo_edit.text(), self.tr("Afbeeldingen (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)

    def value(self) -> FlyerDetails:
        return FlyerDetails(
            address=self.address_edit.text(),
            village=self.village_edit.text(),
            web_url=self.url_edit.text(),
            logo_path=self.logo_edit.text(),
        )


class ProgrammaScreen(QWidget):
    """Weekly schedule, activities (add, change, delete) and printing with a preview."""

    def __init__(
        self,
        *,
        operations: Operations,
        runner: Runner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmaScreen")
        self.operations = operations
        self.runner = runner
        self.today = today
        self.confirm: Callable[[str], bool] = self._ask
        self.activity_dialog: ActivityDialog | None = None
        self.preview: PdfPreviewDialog | None = None

        # Location and schedule
        self.location_combo = QComboBox(self)
        self.location_combo.setAccessibleName(self.tr("Ontmoetingsplek"))
        self.location_combo.currentIndexChanged.connect(self.refresh)
        self.schedule_label = QLabel(self)
        self.schedule_label.setObjectName("scheduleLabel")
        self.schedule_label.setAccessibleName(self.tr("Openingstijden"))
        location_label = QLabel(self.tr("&Ontmoetingsplek:"), self)
        location_label.setBuddy(self.location_combo)
        top = QHBoxLayout()
        top.addWidget(location_label)
        top.addWidget(self.location_combo)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Openingstijden:"), self))
        top.addWidget(self.schedule_label, 1)
        self.location_button = QPushButton(self.tr("G&egevens op de flyers..."), self)
        self.location_button.setAccessibleName(self.tr("Gegevens op de flyers"))
        self.location_button.clicked.connect(self.edit_location)
        top.addWidget(self.location_button)
        self.location_dialog: LocationDialog | None = None

        # Activities
        self.model = ActivityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Zoeken in titel, thema of partner"))
        self.filter_edit.setAccessibleName(self.tr("Activiteiten zoeken"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.upcoming_only = QCheckBox(self.tr("Alleen &komende activiteiten"), self)
        self.upcoming_only.setAccessibleName(self.tr("Alleen komende activiteiten"))
        self.upcoming_only.toggled.connect(self.refresh)
        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
        self.table.setAccessibleName(self.tr("Activiteiten"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())
        for keys, action in (
            (QKeySequence(Qt.Key.Key_Return), self.edit_activity),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_activity),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_activity),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Nieuwe activiteit..."), self)
        self.edit_button = QPushButton(self.tr("&Wijzigen..."), self)
        self.delete_button = QPushButton(self.tr("&Verwijderen"), self)
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.upcoming_only)
        activity_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            activity_buttons.addWidget(button)
        activity_buttons.addStretch(1)
        activities_box = QGroupBox(self.tr("Activiteiten"), self)
        activities_layout = QVBoxLayout(activities_box)
        activities_layout.addLayout(filter_row)
        activities_layout.addWidget(self.table, 1)
        activities_layout.addLayout(activity_buttons)

        # Printing
        self.size_combo = QComboBox(self)
        self.size_combo.addItem(self.tr("A4-poster"), "a4")
        self.size_combo.addItem(self.tr("A5-folders (twee op een A4-vel)"), "a5")
        self.size_combo.setAccessibleName(self.tr("Papierformaat"))
        self.poster_button = QPushButton(self.tr("&Poster van gekozen activiteit..."), self)
        self.poster_button.clicked.connect(self.make_poster)
        self.month_combo = QComboBox(self)
        self.month_combo.setAccessibleName(self.tr("Maand"))
        self.month_button = QPushButton(self.tr("&Maandprogramma..."), self)
        self.month_button.clicked.connect(self.make_month_programme)
        self.codes_edit = QLineEdit(self)
        self.codes_edit.setPlaceholderText(self.tr("Codes, bijvoorbeeld K7F3 M4TT (leeg: alle gezinnen)"))
        self.codes_edit.setAccessibleName(self.tr("Codes van gezinnen"))
        self.names_check = QCheckBox(self.tr("Namen op de kaarten"), self)
        self.names_check.setChecked(True)
        self.names_check.setAccessibleName(self.tr("Namen op de kaarten"))
        self.cards_button = QPushButton(self.tr("Gezinskaar&ten..."), self)
        self.cards_button.clicked.connect(self.make_cards)
        for button, name in (
            (self.add_button, self.tr("Nieuwe activiteit")),
            (self.edit_button, self.tr("Activiteit wijzigen")),
            (self.delete_button, self.tr("Activiteit verwijderen")),
            (self.poster_button, self.tr("Poster van gekozen activiteit")),
            (self.month_button, self.tr("Maandprogramma")),
            (self.cards_button, self.tr("Gezinskaarten")),
        ):
            button.setAccessibleName(name)
        size_label = QLabel(self.tr("&Formaat:"), self)
        size_label.setBuddy(self.size_combo)
        month_label = QLabel(self.tr("M&aand:"), self)
        month_label.setBuddy(self.month_combo)
        codes_label = QLabel(self.tr("Ge&zinnen:"), self)
        codes_label.setBuddy(self.codes_edit)
        print_box = QGroupBox(self.tr("Afdrukken"), self)
        print_layout = QFormLayout(print_box)
        flyer_row = QHBoxLayout()
        flyer_row.addWidget(self.size_combo)
        flyer_row.addWidget(self.poster_button)
        flyer_row.addStretch(1)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month_combo)
        month_row.addWidget(self.month_button)
        month_row.addStretch(1)
        cards_row = QHBoxLayout()
        cards_row.addWidget(self.codes_edit, 1)
        cards_row.addWidget(self.names_check)
        cards_row.addWidget(self.cards_button)
        print_layout.addRow(size_label, flyer_row)
        print_layout.addRow(month_label, month_row)
        print_layout.addRow(codes_label, cards_row)
        self.status = QLabel(self)
        self.status.setObjectName("programmaStatus")
        self.status.setAccessibleName(self.tr("Melding"))
        self.status.setWordWrap(True)
        print_layout.addRow(self.status)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(activities_box, 1)
        layout.addWidget(print_box)

        self._busy = False
        self._load_locations()
        self._fill_months()
        self.refresh()

    # --- Loading -------------------------------------------------------------------------------------
    def _load_locations(self) -> None:
        """Fill the choice of places; keeps the chosen one, else takes the one this laptop serves."""
        chosen = self.location_id()
        found = programme.places(self.operations)
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for place in found.places:
            self.location_combo.addItem(place.name, place.id)
        keep = chosen if chosen is not None and self.location_combo.findData(chosen) >= 0 else found.current
        if keep is not None:
            self.location_combo.setCurrentIndex(max(0, self.location_combo.findData(keep)))
        self.location_combo.blockSignals(False)

    def _fill_months(self) -> None:
        today = self.today()
        self.month_combo.clear()
        for offset in range(-1, 13):
            total = today.year * 12 + today.month - 1 + offset
            month = Month(total // 12, total % 12 + 1)
            self.month_combo.addItem(month.label, str(month))
        self.month_combo.setCurrentIndex(1)

    def location_id(self) -> int | None:
        value = self.location_combo.currentData()
        return int(value) if value is not None else None

    def reload(self) -> None:
        """Data changed elsewhere (a place was set up at the first start): read the places again."""
        self._load_locations()
        self.refresh()

    def refresh(self) -> None:
        """Reload the schedule and the activities of the chosen location."""
        location_id = self.location_id()
        if location_id is None:
            self.schedule_label.setText(self.tr("Er is nog geen ontmoetingsplek ingesteld."))
            self.model.set_rows([])
            self._update_buttons()
            return
        since = self.today() if self.upcoming_only.isChecked() else None
        shown = programme.programme(self.operations, location_id=location_id, since=since)
        self.schedule_label.setText(", ".join(shown.schedule) or self.tr("geen vaste openingstijden"))
        self.model.set_rows(shown.activities)
        self._update_buttons()

    def selected(self) -> ActivityRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_activity(self, activity_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == activity_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        has_location = self.location_id() is not None
        has_selection = self.selected() is not None
        self.add_button.setEnabled(has_location)
        self.location_button.setEnabled(has_location)
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.poster_button.setEnabled(has_selection and not self._busy)
        self.month_button.setEnabled(has_location and not self._busy)
        self.cards_button.setEnabled(has_location and not self._busy)

    # --- The place -----------------------------------------------------------------------------------
    def edit_location(self) -> None:
        location_id = self.location_id()
        if location_id is None:
            return

        def submit(details: FlyerDetails) -> None:
            programme.save_flyer_details(self.operations, location_id=location_id, details=details)
            self.status.setText(self.tr("De gegevens op de flyers zijn opgeslagen."))

        initial = programme.flyer_details(self.operations, location_id=location_id)
        dialog = LocationDialog(submit=submit, initial=initial, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "location_dialog", None))
        self.location_dialog = dialog
        dialog.open()

    # --- Activities ----------------------------------------------------------------------------------
    def add_activity(self) -> None:
        location_id = self.location_id()
        if location_id is None:
            return
        day = programme.next_opening(self.operations, location_id=location_id, today=self.today())

        def submit(data: ActivityInput) -> None:
            row = programme.add_activity(
                self.operations, location_id=location_id, data=data, today=self.today()
            )
            self.refresh()
            self.select_activity(row.id)
            self.status.setText(self.tr("Activiteit toegevoegd: {title}").format(title=row.title))

        self._open_dialog(submit, ActivityInput(day=day, title=""), editing=False)

    def edit_activity(self) -> None:
        current = self.selected()
        if current is None:
            return

        def submit(data: ActivityInput) -> None:
            row = programme.update_activity(
                self.operations, activity_id=current.id, data=data, today=self.today()
            )
            self.refresh()
            self.select_activity(row.id)
            self.status.setText(self.tr("Activiteit gewijzigd: {title}").format(title=row.title))

        self._open_dialog(submit, current.as_input(), editing=True)

    def _open_dialog(
        self, submit: Callable[[ActivityInput], None], initial: ActivityInput, *, editing: bool
    ) -> None:
        dialog = ActivityDialog(
            submit=submit,
            themes=programme.themes(self.operations),
            initial=initial,
            editing=editing,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "activity_dialog", None))
        self.activity_dialog = dialog
        dialog.open()

    def delete_activity(self) -> None:
        current = self.selected()
        if current is None:
            return
        question = self.tr("De activiteit '{title}' van {day} verwijderen?").format(
            title=current.title, day=current.day.strftime("%d-%m-%Y")
        )
        if not self.confirm(question):
            return
        try:
            programme.delete_activity(self.operations, activity_id=current.id)
        except Rejected as error:
            self.status.setText(rejected_text(error))
        else:
            self.status.setText(self.tr("Activiteit verwijderd: {title}").format(title=current.title))
        self.refresh()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Verwijderen"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- Printing ------------------------------------------------------------------------------------
    def make_poster(self) -> None:
        current = self.selected()
        if current is None:
            return
        size = str(self.size_combo.currentData())
        operations = self.operations
        self._generate(
            lambda: programme.poster_pdf(operations, activity_id=current.id, size=size),
            title=self.tr("Poster: {title}").format(title=current.title),
            file_name=f"poster-{current.day.isoformat()}-{size}.pdf",
        )

    def make_month_programme(self) -> None:
        location_id = self.location_id()
        if location_id is None:
            return
        month = programme.parse_month(self.month_combo.currentData())
        size = str(self.size_combo.currentData())
        operations = self.operations
        self._generate(
            lambda: programme.programme_pdf(operations, location_id=location_id, month=month, size=size),
            title=self.tr("Programma {month}").format(month=month.label),
            file_name=f"programma-{month}-{size}.pdf",
        )

    def make_cards(self) -> None:
        location_id = self.location_id()
        codes = self.codes_edit.text().replace(",", " ").split() or None
        with_names = self.names_check.isChecked()
        operations = self.operations
        self._generate(
            lambda: programme.cards_pdf(
                operations, codes=codes, location_id=location_id, with_names=with_names
            ),
            title=self.tr("Gezinskaarten"),
            file_name="gezinskaarten.pdf",
        )

    def _generate(self, work: Callable[[], bytes], *, title: str, file_name: str) -> None:
        """Make the PDF in the background, then show it in the preview."""
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("De PDF wordt gemaakt..."))
        self.runner.submit(
            work,
            done=lambda data: self._show_preview(data, title=title, file_name=file_name),
            failed=self._failed,
        )

    def _show_preview(self, data: bytes, *, title: str, file_name: str) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(self.tr("Klaar: {title}").format(title=title))
        if self.preview is not None:
            self.preview.close()
        preview = PdfPreviewDialog(data=data, title=title, file_name=file_name, parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _result: setattr(self, "preview", None))
        self.preview = preview
        preview.open()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(error, Rejected):
            self.status.setText(rejected_text(error))
        else:
            self.status.setText(self.tr("Er ging iets mis: {error}").format(error=error))
