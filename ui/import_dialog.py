"""The dialog "Eerdere bezoeken importeren": choose a CSV/XLSX list, map its columns, preview, import.

All reading, planning and writing happens in the core (``ui.operations.imports``); this dialog
only collects the choices, shows the preview and the unreadable rows, and runs the work through
the runner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Rejected
from ui.item_models import PreviewModel
from ui.messages import core_text, rejected_text
from ui.operations import Operations, imports
from ui.operations.imports import Choices, ColumnMapping, ImportResult, Preview, Table
from ui.pin import require_pin
from ui.tasks import Runner


class ImportDialog(QDialog):
    """Choose a file, map its columns, check the preview, then import everything at once."""

    imported = Signal(object)
    """Emitted with the ``ImportResult`` after a successful import."""

    FIELDS = imports.FIELDS

    def __init__(self, *, operations: Operations, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.runner = runner
        self.table: Table | None = None
        self.path = ""
        self.preview: Preview | None = None
        self._generation = 0
        self._busy = False
        self._result_text = ""
        """What the last import did; stays in the summary above the new preview."""
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Eerdere bezoeken importeren"))
        self.resize(1000, 760)

        intro = QLabel(
            self.tr(
                "Neem bezoeken over uit een eerdere lijst (CSV of Excel). Er wordt niets opgeslagen voordat u op Importeren klikt. Neem alleen een voornaam of bijnaam over, geen achternaam."
            )
        )
        intro.setWordWrap(True)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Nog geen bestand gekozen"))
        self.file_edit.setAccessibleName(self.tr("Gekozen bestand"))
        self.file_button = QPushButton(self.tr("&Bestand kiezen..."))
        self.file_button.setAccessibleName(self.tr("Bestand kiezen"))
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)

        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheets")
        self.sheet_list.setAccessibleName(self.tr("Werkbladen om in te lezen"))
        self.sheet_list.setMaximumHeight(90)
        self.sheet_list.itemChanged.connect(self._sheets_chosen)
        self.dates_combo = QComboBox()
        self.dates_combo.setObjectName("dates")
        self.dates_combo.setAccessibleName(self.tr("Hoe de datums geschreven zijn"))
        self.dates_combo.addItem(self.tr("dag-maand-jaar (31-12-2026, zoals in Nederland)"), "dmy")
        self.dates_combo.addItem(self.tr("maand-dag-jaar (12/31/2026, Amerikaans)"), "mdy")
        self.dates_combo.currentIndexChanged.connect(self.refresh_preview)
        self.location_combo = QComboBox()
        self.location_combo.setAccessibleName(self.tr("Ontmoetingsplek"))
        self.location_combo.currentIndexChanged.connect(self.refresh_preview)
        self.village_combo = QComboBox()
        self.village_combo.setAccessibleName(self.tr("Woonplaats als de lijst die niet noemt"))
        self.village_combo.currentIndexChanged.connect(self.refresh_preview)

        top = QFormLayout()
        top.addRow(self.tr("Bestand:"), file_row)
        top.addRow(self.tr("Werkbladen:"), self.sheet_list)
        top.addRow(self.tr("Datums:"), self.dates_combo)
        top.addRow(self.tr("Ontmoetingsplek:"), self.location_combo)
        top.addRow(self.tr("Woonplaats als die ontbreekt:"), self.village_combo)

        self.column_combos: dict[str, QComboBox] = {}
        columns = QFormLayout()
        for field in self.FIELDS:
            combo = QComboBox()
            label = core_text(imports.FIELD_LABELS[field])
            combo.setAccessibleName(self.tr("Kolom voor {field}").format(field=label))
            combo.setObjectName(f"column_{field}")
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.column_combos[field] = combo
            columns.addRow(label + ":", combo)
        column_box = self.column_box = QGroupBox(self.tr("Welke kolom is wat?"))
        column_box.setLayout(columns)

        self.village_map: dict[str, str] = {}
        """The file's spelling of a village -> the list's village, as chosen below."""
        self.village_choices: dict[str, QComboBox] = {}
        self.village_form = QFormLayout()
        self.village_box = QGroupBox(self.tr("Woonplaatsen uit het bestand die niet in de lijst staan"))
        self.village_box.setObjectName("villageBox")
        self.village_box.setLayout(self.village_form)
        self.village_box.hide()
        self.villages: tuple[str, ...] = ()

        head = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "Datums worden gelezen als dag-maand-jaar, zoals 31-3-2026, 31/3/2026, 31 maart 2026 of 2026-03-31: 3-4-2026 is dus 3 april (tenzij u hierboven maand-dag-jaar kiest). Schrijf het jaar voluit. Een leeg (of samengevoegd) datumvak krijgt de datum van de regel erboven. Regels die niet zeker te lezen zijn, en titels en totalen, worden niet overgenomen maar hieronder genoemd met de reden. Volwassenen zonder moeder/vader/grootouder-kolom tellen als 'oppas/anders', kinderen uit een lijst tellen met leeftijd 'onbekend'."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(hint)
        left.addWidget(self.village_box)
        left.addStretch(1)
        head.addLayout(left, 3)
        head.addWidget(column_box, 2)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("summary")
        self.summary_label.setAccessibleName(self.tr("Samenvatting"))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("warnings")
        self.warning_label.setAccessibleName(self.tr("Waarschuwingen over het hele bestand"))
        self.warning_label.setStyleSheet("color: #8a5300;")
        self.warning_label.hide()

        self.model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.model)
        self.preview_view.setAccessibleName(self.tr("Voorbeeld van de bezoeken die worden overgenomen"))
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview_view.horizontalHeader().setStretchLastSection(True)

        self.problem_model = QStringListModel(self)
        self.problem_view = QListView()
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setAccessibleName(self.tr("Regels die niet worden overgenomen, met de reden"))
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.setWordWrap(True)
        problem_box = QGroupBox(self.tr("Niet overgenomen (met de reden)"))
        problem_layout = QVBoxLayout(problem_box)
        problem_layout.addWidget(self.problem_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview_view)
        splitter.addWidget(problem_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setAccessibleName(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_visits)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._fill_choices()
        self._set_sheets([])
        self._set_headers([])
        self._show_summary(self.tr("Kies een CSV- of Excel-bestand met de eerdere bezoeken."))

    # ------------------------------------------------------------------------------ choices

    def _fill_choices(self) -> None:
        choices = imports.choices(self.operations)
        for combo in (self.location_combo, self.village_combo):
            combo.blockSignals(True)
        for place in choices.places:
            self.location_combo.addItem(place.name, place.location_id)
        self.village_combo.addItem(self.tr("(onbekend)"), "")
        for village in choices.villages:
            self.village_combo.addItem(village, village)
        self.villages = choices.villages
        for combo in (self.location_combo, self.village_combo):
            combo.blockSignals(False)

    def _set_sheets(self, sheets: list[str], chosen: list[str] | None = None) -> None:
        """Every sheet of the workbook, those read checked: uncheck one to leave it out."""
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for sheet in sheets:
            item = QListWidgetItem(sheet)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            read = chosen is None or sheet in chosen
            item.setCheckState(Qt.CheckState.Checked if read else Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
        self.sheet_list.setEnabled(len(sheets) > 1)
        self.sheet_list.setVisible(bool(sheets))
        self.sheet_list.blockSignals(False)

    def chosen_sheets(self) -> list[str]:
        return [
            item.text()
            for item in (self.sheet_list.item(row) for row in range(self.sheet_list.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_sheet_checked(self, sheet: str, checked: bool) -> None:
        """Check or uncheck ``sheet`` (as a click on its box does); the file is read again."""
        for item in self.sheet_list.findItems(sheet, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _set_headers(self, headers: list[str], mapping: ColumnMapping | None = None) -> None:
        for field, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(geen)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header, index)
            guessed = getattr(mapping, field) if mapping is not None else None
            combo.setCurrentIndex(0 if guessed is None else guessed + 1)
            combo.setEnabled(bool(headers))
            combo.blockSignals(False)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{field: combo.currentData() for field, combo in self.column_combos.items()})

    def set_mapping(self, field: str, header: str | None) -> None:
        """Point ``field`` at the column with ``header`` (None: no column)."""
        combo = self.column_combos[field]
        combo.setCurrentIndex(0 if header is None else combo.findText(header))

    # ------------------------------------------------------------------------------ file

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Lijst met eerdere bezoeken kiezen"),
            "",
            self.tr("Lijsten (*.csv *.xlsx *.xlsm *.txt);;Alle bestanden (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str, *, sheets: list[str] | None = None) -> None:
        """Read ``path`` in the background (every sheet with a table, or ``sheets``); the columns
        are guessed from its headers."""
        if path != self.path:
            self.village_map = {}
        self.path = path
        self._result_text = ""
        self.file_edit.setText(path)
        self._generation += 1
        generation = self._generation
        self._show_summary(self.tr("Het bestand wordt gelezen..."))
        self.runner.submit(
            lambda: imports.read_file(self.operations, path, sheets=sheets),
            done=lambda table: self._loaded(generation, table),
            failed=lambda error: self._failed(generation, error),
        )

    def _sheets_chosen(self, _item: QListWidgetItem) -> None:
        chosen = self.chosen_sheets()
        if self.path and chosen:
            self.load_file(self.path, sheets=chosen)
        elif self.path:
            self.table = None
            self._show_preview(None)
            self._show_summary(self.tr("Kies minstens een werkblad."), error=True)

    def _loaded(self, generation: int, table: Table) -> None:
        if generation != self._generation:
            return
        self.table = table
        self._set_sheets(table.sheets, table.chosen)
        self._set_headers(table.headers, imports.guess_columns(table))
        self.refresh_preview()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.table = None
        self._set_sheets([])
        self._set_headers([])
        self._show_preview(None)
        self._show_error(error)

    # ------------------------------------------------------------------------------ preview

    def _choices(self) -> Choices | None:
        """The file and the choices made for it, as both the preview and the import take them
        (so the import writes what the preview showed); None without a file or a place."""
        location_id = self.location_combo.currentData()
        if self.table is None or location_id is None:
            return None
        return Choices(
            table=self.table,
            mapping=self.mapping(),
            location_id=location_id,
            default_village=self.village_combo.currentData() or "",
            dates=self.dates_combo.currentData(),
            village_map=dict(self.village_map),
        )

    def refresh_preview(self) -> None:
        """Plan the import again with the current choices (nothing is written)."""
        if self.table is None or self._busy:
            return
        choices = self._choices()
        if choices is None:  # no place to import into
            self._show_preview(None)
            self._show_summary(self.tr("Maak eerst een ontmoetingsplek aan (Instellingen)."), error=True)
            return
        self._generation += 1
        generation = self._generation

        def plan() -> Preview:
            return imports.preview(self.operations, **choices)

        def done(preview: Preview) -> None:
            if generation == self._generation:
                self._show_preview(preview)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._show_preview(None)
                self._show_error(error)

        self.runner.submit(plan, done=done, failed=failed)

    def _show_preview(self, preview: Preview | None) -> None:
        self.preview = preview
        self.model.set_rows(preview.visits if preview else [])
        lines = []
        if preview is not None:
            order = {sheet: index for index, sheet in enumerate(self.table.chosen if self.table else [])}
            problems = sorted(
                preview.unreadable + preview.skipped + preview.left_out,
                key=lambda p: (order.get(p.sheet, 0), p.row),
            )
            for problem in problems:
                reason = core_text(problem.template, **problem.params)
                if problem.sheet:
                    line = self.tr("Werkblad {sheet}, regel {row}: {reason}").format(
                        sheet=problem.sheet, row=problem.row, reason=reason
                    )
                else:
                    line = self.tr("Regel {row}: {reason}").format(row=problem.row, reason=reason)
                lines.append(line)
        self.problem_model.setStringList(lines)
        self._show_warnings(preview)
        self._show_unknown_villages(preview)
        self.import_button.setEnabled(bool(preview and preview.visits) and not self._busy)
        if preview is None:
            return
        if preview.visits:
            summary = self.tr("Klaar om over te nemen: {visits} ({families}, {mornings}).").format(
                visits=self.tr("%n bezoeken", "", len(preview.visits)),
                families=self.tr("%n nieuwe gezinnen", "", preview.new_families),
                mornings=self.tr("%n nieuwe ochtenden", "", preview.new_mornings),
            )
        else:
            summary = self.tr("Er valt niets (meer) over te nemen.")
        summary += " " + self.tr(
            "Niet leesbaar: {unreadable}. Al aanwezig of dubbel in de lijst: {skipped}. Geen bezoek (titel, totaal): {left_out}."
        ).format(
            unreadable=len(preview.unreadable), skipped=len(preview.skipped), left_out=len(preview.left_out)
        )
        self._show_summary(f"{self._result_text} {summary}".strip())

    def _show_warnings(self, preview: Preview | None) -> None:
        lines = []
        for warning in preview.warnings if preview else []:
            lines.append(core_text(warning.template, **warning.params))
        if preview is not None and preview.matched_villages:
            read_as = ", ".join(f"'{raw}' = {village}" for raw, village in preview.matched_villages)
            lines.append(self.tr("Woonplaatsen gelezen als: {villages}.").format(villages=read_as))
        self.warning_label.setText("\n".join(lines))
        self.warning_label.setVisible(bool(lines))

    def _show_unknown_villages(self, preview: Preview | None) -> None:
        """A choice of the list's village for each spelling in the file that matches none."""
        unknown = list(preview.unknown_villages) if preview else []
        wanted = unknown + [raw for raw in self.village_map if raw not in unknown]
        if list(self.village_choices) == wanted:
            return
        while self.village_form.rowCount():
            self.village_form.removeRow(0)
        self.village_choices = {}
        for raw in wanted:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Woonplaats voor '{value}'").format(value=raw))
            combo.addItem(self.tr("(niet overnemen)"), "")
            for village in self.villages:
                combo.addItem(village, village)
            combo.setCurrentIndex(max(0, combo.findData(self.village_map.get(raw, ""))))
            combo.currentIndexChanged.connect(
                lambda _index, raw=raw, combo=combo: self._village_chosen(raw, combo)
            )
            self.village_form.addRow(f"'{raw}':", combo)
            self.village_choices[raw] = combo
        self.village_box.setVisible(bool(wanted))

    def _village_chosen(self, raw: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if value:
            self.village_map[raw] = value
        else:
            self.village_map.pop(raw, None)
        self.refresh_preview()

    def map_village(self, raw: str, village: str) -> None:
        """Choose ``village`` for the file's spelling ``raw`` (as picking it in its box does)."""
        combo = self.village_choices[raw]
        combo.setCurrentIndex(combo.findData(village))

    # ------------------------------------------------------------------------------ import

    def import_visits(self) -> None:
        """Write all readable rows in one go, in the background."""
        choices = self._choices()
        if choices is None or self._busy:
            return
        self._set_busy(True)
        self._show_summary(self.tr("Bezig met importeren..."))

        def work() -> ImportResult:
            return imports.import_visits(self.operations, **choices)

        self.runner.submit(work, done=self._imported, failed=self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self._result_text = self.tr("Klaar: {visits} overgenomen, {families}, {mornings}.").format(
            visits=self.tr("%n bezoeken", "", result.visits),
            families=self.tr("%n nieuwe gezinnen", "", result.families),
            mornings=self.tr("%n nieuwe ochtenden", "", result.mornings),
        )
        self._show_summary(self._result_text)
        self.refresh_preview()
        self.imported.emit(result)

    def _import_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.import_button.setEnabled(bool(self.preview and self.preview.visits))
        self._show_error(error, nothing_written=True)

    def _set_busy(self, busy: bool) -> None:
        """While importing, the choices are locked and the dialog stays open."""
        self._busy = busy
        for widget in (
            self.file_button,
            self.location_combo,
            self.village_combo,
            self.column_box,
            self.dates_combo,
            self.village_box,
        ):
            widget.setEnabled(not busy)
        self.sheet_list.setEnabled(not busy and self.sheet_list.count() > 1)
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)

    def done(self, result: int) -> None:
        """Close, unless an import is being written; results of reading or previews still under
        way are then dropped."""
        if self._busy:
            return
        self._generation += 1
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        self._generation += 1
        super().closeEvent(event)

    # ------------------------------------------------------------------------------ messages

    def _show_error(self, error: BaseException, *, nothing_written: bool = False) -> None:
        if isinstance(error, Rejected):
            text = rejected_text(error)
        else:
            text = self.tr("Er ging iets mis ({error}).").format(error=type(error).__name__)
        if nothing_written:
            text += " " + self.tr("Er is niets opgeslagen.")
        self._show_summary(text, error=True)

    def _show_summary(self, text: str, *, error: bool = False) -> None:
        self.summary_label.setText(text)
        self.summary_label.setProperty("error", error)
        self.summary_label.setStyleSheet(
            "color: #a4262c; font-weight: bold;" if error else "font-weight: bold;"
        )


def add_import_action(window: QMainWindow, *, operations: Operations, runner: Runner) -> None:
    """The menu item Bestand > "Eerdere bezoeken importeren..." that opens the dialog."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("app", "&Bestand"))

    def open_dialog() -> None:
        if not require_pin(window, operations):  # importing is the coordinator's work
            return
        dialog = ImportDialog(operations=operations, runner=runner, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action = menu.addAction(QCoreApplication.translate("app", "Eerdere bezoeken importeren..."))
    action.setObjectName("importAction")
    action.triggered.connect(open_dialog)
