"""Gezinnen: find a family, see it, change it, print its card, show or erase what is stored.

The list holds every family (``families.overview``, read in the background whenever the
screen is shown); typing filters it in memory with the same match as the search on Vandaag
(``families.search_filter``). With 10,000 families reading takes about 0.2 s off the GUI thread,
and a keystroke filters in a few milliseconds without touching the database.

Keyboard: Ctrl+F to the search field, arrow down into the list, Enter edits the family, Delete
erases it; the buttons have Alt shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Rejected
from ui import privacy_actions
from ui.family_dialog import NewFamilyDialog
from ui.item_models import ROW_ROLE, SORT_ROLE, RowsModel, families_model
from ui.messages import rejected_text, show_rejected
from ui.operations import Operations, families
from ui.operations.families import FamilyInput, FamilyOverview
from ui.pdf_preview import PdfPreviewDialog
from ui.style import primary
from ui.tasks import Runner

Index = QModelIndex | QPersistentModelIndex


class FamilyFilter(QSortFilterProxyModel):
    """Keeps the families that the search on Vandaag would find for the typed text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keep: Callable[[str], bool] = families.search_filter("")
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._keep = families.search_filter(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The families are sorted in the source model, once; this proxy only filters.

        Sorting here would compare through Python at every keystroke: seconds with 10,000 families.
        """
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return self._keep(model.row_at(source_row).search_key)


class GezinnenScreen(QWidget):
    """All families; for the selected one: edit, card, access report (Inzage) and erasure."""

    def __init__(
        self,
        *,
        operations: Operations,
        runner: Runner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gezinnen")
        self.operations, self.runner, self.today = operations, runner, today
        self.dialog: NewFamilyDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self._loads = 0
        """Counts reloads; a result that arrives after a newer reload began is dropped."""
        self._keep_selected: int | None = None
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Zoek een gezin (naam, naam van een kind of code):"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("een paar letters of de gezinscode"))
        self.search.setAccessibleName(self.tr("Zoek een gezin"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        self.count = QLabel(self)
        self.count.setObjectName("familyCount")
        self.count.setAccessibleName(self.tr("Aantal gezinnen"))
        search_row.addWidget(self.count)
        layout.addWidget(label)
        layout.addLayout(search_row)
        self.doubles = QLabel(self)
        self.doubles.setObjectName("possibleDoubles")
        self.doubles.setWordWrap(True)
        self.doubles.hide()
        layout.addWidget(self.doubles)

        self.model = families_model(self)
        self.proxy = FamilyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("families")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Gezinnen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order: by name
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        # Fixed widths, no per-row measuring: that would cost seconds with 10,000 families.
        for column, width in enumerate((90, 220, 190, 0, 115, 160)):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)

        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        self.status.hide()  # until there is something to say
        layout.addWidget(self.status)

        actions = QHBoxLayout()
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedFamily")
        actions.addWidget(self.selected_label, 1)
        self.edit_button = primary(QPushButton(self.tr("Be&werken..."), self))
        self.edit_button.setToolTip(self.tr("Naam, woonplaats en kinderen aanpassen (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.card_button = QPushButton(self.tr("Gezinskaart &afdrukken..."), self)
        self.card_button.setToolTip(self.tr("De kaart met de QR-code van dit gezin, met voorbeeld"))
        self.card_button.clicked.connect(self.print_card)
        self.access_button = QPushButton(self.tr("&Inzage (PDF)..."), self)
        self.access_button.setToolTip(
            self.tr("Alles wat de app over dit gezin bewaart, als PDF voor de ouder")
        )
        self.access_button.clicked.connect(self.save_access_report)
        self.erase_button = QPushButton(self.tr("Wi&ssen..."), self)
        self.erase_button.setToolTip(
            self.tr("Het gezin wissen op verzoek van de ouder (pincode); bezoeken tellen anoniem mee")
        )
        self.erase_button.clicked.connect(self.erase_selected)
        for button in (self.edit_button, self.card_button, self.access_button):
            actions.addWidget(button)
        actions.addSpacing(32)  # the erasure a little apart from the everyday actions
        actions.addWidget(self.erase_button)
        layout.addLayout(actions)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.focus_table)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.focus_search)
        # Only while the field or the list has the focus: arrows and Delete keep their use elsewhere.
        for key, widget, action in (
            (QKeySequence("Escape"), self.search, self.search.clear),
            (QKeySequence("Down"), self.search, self.focus_table),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.erase_selected),
        ):
            QShortcut(key, widget, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(action)
        self.setTabOrder(self.search, self.table)
        self._update_buttons()

    # ------------------------------------------------------------------ list
    def showEvent(self, event: QShowEvent) -> None:
        """Families change on other screens (a new one on Vandaag): read them again when shown."""
        super().showEvent(event)
        self.reload()

    def reload(self, *, select_family: int | None = None) -> None:
        """Read every family in the background; the selection stays on the same family."""
        self._loads += 1
        load = self._loads
        keep = select_family if select_family is not None else self.selected_id()
        today = self.today()
        self.runner.submit(
            lambda: (
                families.overview(self.operations, today=today),
                families.possible_doubles(self.operations),
            ),
            done=lambda read: self._loaded(read[0], load=load, keep=keep, doubles=read[1]),
            failed=self._failed,
        )

    def _loaded(
        self,
        rows: list[FamilyOverview],
        *,
        load: int,
        keep: int | None,
        doubles: list[families.PossibleDouble] | None = None,
    ) -> None:
        if load != self._loads:
            return  # a newer reload is on its way
        self._show_doubles(doubles or [])
        self.model.set_rows(rows)
        self._update_count()
        if not (keep is not None and self.select_family(keep)):
            self._select_first_match()
        self._update_buttons()

    def _show_doubles(self, doubles: list[families.PossibleDouble]) -> None:
        """The families a desk registered without the server that look like one registered already."""
        self.doubles.setVisible(bool(doubles))
        if doubles:
            pairs = "; ".join(
                self.tr("{name} en {other}").format(name=d.name, other=d.other_name) for d in doubles
            )
            self.doubles.setText(
                self.tr(
                    "Mogelijk dubbel ingeschreven (aan een tafel zonder verbinding): {pairs}. "
                    "Kijk na of het hetzelfde gezin is."
                ).format(pairs=pairs)
            )

    def _filter(self, text: str) -> None:
        keep = self.selected_id()
        self.proxy.set_query(text)
        self._update_count()
        if not (keep is not None and self.select_family(keep)):
            self._select_first_match()
        self._update_buttons()

    def _select_first_match(self) -> None:
        """After typing, the best match is selected, so Enter or a button acts on it at once."""
        if self.search.text().strip() and self.proxy.rowCount():
            self._select_row(0)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count.setText(
            self.tr("%n gezinnen", "", total)
            if shown == total
            else self.tr("{shown} van %n gezinnen", "", total).format(shown=shown)
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        if not self.table.selectionModel().hasSelection():
            self._select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def select_family(self, family_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), ROW_ROLE).family_id == family_id:
                self._select_row(row)
                return True
        return False

    def selected(self) -> FamilyOverview | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected()
        return row.family_id if row else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        for button in (self.edit_button, self.card_button, self.access_button, self.erase_button):
            button.setEnabled(row is not None)
        self.selected_label.setText(
            self.tr("Gezin: {name} ({code})").format(
                name=row.display_name or self.tr("(geen naam)"), code=row.code
            )
            if row
            else self.tr("Kies een gezin in de lijst.")
        )

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text[:1].upper() + text[1:])  # a status line starts with a capital
        self.status.setVisible(bool(text))
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            self.set_status(rejected_text(error), error=True)
        else:
            self.set_status(self.tr("Er ging iets mis: {error}").format(error=error), error=True)

    # ------------------------------------------------------------------ actions
    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        family_id = row.family_id
        try:
            stored = families.for_edit(self.operations, family_id)
        except Rejected as error:
            show_rejected(self, error)
            self.reload()
            return
        today = self.today()

        def submit(changed: FamilyInput) -> object:
            return families.update(self.operations, family_id=family_id, data=changed, today=today)

        dialog = NewFamilyDialog(
            villages=list(stored.villages),
            referrals=list(stored.referrals),
            today=today,
            submit=submit,
            initial=stored.data,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edited(family_id))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _edited(self, family_id: int) -> None:
        self.set_status(self.tr("De gegevens van het gezin zijn opgeslagen."))
        self.reload(select_family=family_id)

    def print_card(self) -> None:
        row = self.selected()
        if row is None:
            return
        code = row.code
        self.card_button.setEnabled(False)
        self.set_status(self.tr("De kaart wordt gemaakt..."))
        self.runner.submit(
            lambda: families.card_pdf(self.operations, code=code),
            done=lambda data: self._show_card(data, code=code),
            failed=self._card_failed,
        )

    def _show_card(self, data: bytes, *, code: str) -> None:
        self._update_buttons()
        self.set_status(self.tr("De kaart van {code} staat klaar.").format(code=code))
        if self.preview is not None:
            self.preview.close()
        preview = PdfPreviewDialog(
            data=data,
            title=self.tr("Gezinskaart {code}").format(code=code),
            file_name=f"gezinskaart-{code}.pdf",
            parent=self,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _result: setattr(self, "preview", None))
        self.preview = preview
        preview.open()

    def _card_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._failed(error)

    def save_access_report(self) -> None:
        row = self.selected()
        if row is None:
            return
        name = row.display_name or row.code
        self.set_status(self.tr("De inzage van {name} wordt gemaakt...").format(name=name))
        privacy_actions.save_access_report(
            self,
            self.operations,
            self.runner,
            family_id=row.family_id,
            done=lambda path: self.set_status(
                self.tr("De inzage van {name} is opgeslagen: {path}").format(name=name, path=path)
            ),
        )

    def erase_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if privacy_actions.erase_family(self, self.operations, family_id=row.family_id):
            self.set_status(self.tr("Het gezin is gewist. De bezoeken tellen anoniem mee in de cijfers."))
            self.reload()
