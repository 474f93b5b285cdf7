"""Vandaag: the host's check-in screen, from opening the morning to the cash count.

Everything by keyboard: type 2-3 letters, a family code or scan a card, Enter checks in the top
match with the children and adults of the family's last visit. Ctrl+N registers a new family,
Ctrl+Z undoes the last action (the core records the morning's undoable actions and names them),
Ctrl+1..9 sells a drink to the selected family. All of it through ``ui.operations.door``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.errors import Rejected
from checkin.money import format_cents
from ui.family_dialog import NewFamilyDialog
from ui.item_models import ROW_ROLE, SORT_ROLE, family_results_model, missed_model, present_model
from ui.messages import core_text, rejected_text
from ui.operations import Operations, door
from ui.operations.door import (
    CheckedIn,
    ChildCame,
    FamilyInput,
    FamilyMatch,
    MorningInfo,
    MorningSummary,
    NeedsWhoCame,
    PlaceInfo,
    Present,
)
from ui.style import primary, touch
from ui.tasks import Runner
from ui.visit_dialogs import CloseMorningDialog, MoodDialog, VisitDialog, difference_text
from ui.welcome import WelcomePanel

Clock = Callable[[], datetime]
T = TypeVar("T")


def now_local() -> datetime:
    """The wall-clock time of the place, to the second."""
    return datetime.now().replace(microsecond=0)


class _Failed:
    """What ``VandaagScreen._do`` returns when the action was rejected."""


FAILED = _Failed()


class VandaagScreen(QWidget):
    """The check-in screen. Closing a morning notifies ``Operations.on_morning_closed`` listeners
    (the backup); ``after_close``, if given, runs after that too."""

    changed = Signal()
    """Emitted after every action that changed data (for other screens and backups)."""

    def __init__(
        self,
        *,
        operations: Operations,
        runner: Runner,
        clock: Clock = now_local,
        after_close: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vandaag")
        self.operations, self.runner, self.clock = operations, runner, clock
        self.after_close = after_close
        self.location: PlaceInfo | None = None
        self.morning: MorningInfo | None = None
        self.dialog: QDialog | None = None
        self._build()
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.stack = QStackedLayout(self)
        self.welcome = WelcomePanel(operations=self.operations, runner=self.runner, parent=self)
        self.welcome.ready.connect(self.reload)
        self.stack.addWidget(self.welcome)
        self.main_page = QWidget(self)
        self.stack.addWidget(self.main_page)
        outer = QVBoxLayout(self.main_page)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("morningTitle")
        top.addWidget(self.title, 1)
        self.theme = QComboBox(self)
        self.theme.setEditable(True)
        self.theme.setMinimumWidth(200)
        self.theme.setAccessibleName(self.tr("Thema van de ochtend"))
        self.theme.setToolTip(
            self.tr("Thema of activiteit van vanochtend (uit het programma; aan te passen)")
        )
        theme_label = QLabel(self.tr("&Thema:"), self)
        theme_label.setBuddy(self.theme)
        top.addWidget(theme_label)
        top.addWidget(self.theme)
        self.theme.activated.connect(lambda _index: self._theme_committed())
        line_edit = self.theme.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self._theme_committed)
        self.hosts = QSpinBox(self)
        self.hosts.setRange(0, 20)
        self.hosts.setValue(2)
        self.hosts.setAccessibleName(self.tr("Aantal gastvrouwen en gastheren"))
        hosts_label = QLabel(self.tr("&Gastvrouwen:"), self)
        hosts_label.setBuddy(self.hosts)
        top.addWidget(hosts_label)
        top.addWidget(self.hosts)
        self.start_button = primary(QPushButton(self.tr("Ochtend &starten"), self))
        self.start_button.clicked.connect(self.start_morning)
        top.addWidget(self.start_button)
        self.close_button = QPushButton(self.tr("Ochtend &afsluiten..."), self)
        self.close_button.clicked.connect(self.open_close_dialog)
        top.addWidget(self.close_button)
        self.reopen_button = QPushButton(self.tr("&Heropenen"), self)
        self.reopen_button.clicked.connect(self.reopen_morning)
        top.addWidget(self.reopen_button)
        self.missed_button = QPushButton(self.tr("Gezinnen die we &missen"), self)
        self.missed_button.clicked.connect(self.show_missed)
        outer.addLayout(top)

        status_row = QHBoxLayout()
        self.status = QLabel(self.tr("Welkom! Start de ochtend om gezinnen in te checken."), self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        status_row.addWidget(self.status, 1)
        self.undo_button = QPushButton(self.tr("Ongedaan maken (Ctrl+Z)"), self)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        status_row.addWidget(self.undo_button)
        status_row.addWidget(self.missed_button)
        outer.addLayout(status_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_search())
        splitter.addWidget(self._build_present())
        splitter.setSizes([480, 800])
        outer.addWidget(splitter, 1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_new_family)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Escape"), self.search, self.search.clear)

    def _build_search(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Zoek een gezin (naam, naam van een kind of code) of scan de kaart:"), panel)
        label.setWordWrap(True)
        self.search = QLineEdit(panel)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("2-3 letters, dan Enter"))
        self.search.setAccessibleName(self.tr("Zoek een gezin"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        self.results_model = family_results_model(self)
        self.results = QTableView(panel)
        self.results.setObjectName("results")
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(self.tr("Gevonden gezinnen"))
        self._table_defaults(self.results)
        self.results.activated.connect(self._result_activated)
        layout.addWidget(self.results, 1)
        self.new_family_button = touch(QPushButton(self.tr("&Nieuw gezin... (Ctrl+N)"), panel))
        self.new_family_button.clicked.connect(self.open_new_family)
        layout.addWidget(self.new_family_button)
        self.search.textChanged.connect(self.update_results)
        self.search.returnPressed.connect(self.check_in_top_match)
        return panel

    def _build_present(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts = QLabel(panel)
        self.counts.setObjectName("counts")
        self.counts.setAccessibleName(self.tr("Aanwezig"))
        layout.addWidget(self.counts)
        self.present_model = present_model(self)
        self.present_proxy = QSortFilterProxyModel(self)
        self.present_proxy.setSourceModel(self.present_model)
        self.present_proxy.setSortRole(SORT_ROLE)
        self.present = QTableView(panel)
        self.present.setObjectName("present")
        self.present.setModel(self.present_proxy)
        self.present.setSortingEnabled(True)
        self.present.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.present.setAccessibleName(self.tr("Aanwezige gezinnen"))
        self._table_defaults(self.present)
        self.present.selectionModel().selectionChanged.connect(self._selection_changed)
        self.present.doubleClicked.connect(lambda _index: self.edit_selected_visit())
        layout.addWidget(self.present, 1)

        self.family_box = QGroupBox(self.tr("Geselecteerd gezin"), panel)
        box = QVBoxLayout(self.family_box)
        drink_row = QHBoxLayout()
        self.drink_buttons_layout = drink_row
        self.drink_buttons: list[QPushButton] = []
        box.addLayout(drink_row)
        pay_row = QHBoxLayout()
        pay_row.addWidget(QLabel(self.tr("Betaald met:"), self.family_box))
        self.payment_group = QButtonGroup(self)
        self.payment_buttons: dict[str, QPushButton] = {}
        for kind in rules.PAYMENT_KINDS:
            button = QPushButton(core_text(rules.PAYMENT_LABELS[kind]), self.family_box)
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Betaalwijze {kind}").format(kind=core_text(rules.PAYMENT_LABELS[kind]))
            )
            self.payment_group.addButton(button)
            self.payment_buttons[kind] = button
            pay_row.addWidget(button)
        self.payment_buttons["contant"].setChecked(True)
        pay_row.addStretch(1)
        box.addLayout(pay_row)
        self.visit_drinks = QListWidget(self.family_box)
        self.visit_drinks.setAccessibleName(self.tr("Drankjes van dit gezin"))
        self.visit_drinks.setMaximumHeight(64)
        box.addWidget(self.visit_drinks)
        actions = QHBoxLayout()
        self.remove_drink_button = QPushButton(self.tr("Drankje &weghalen"), self.family_box)
        self.remove_drink_button.clicked.connect(self.remove_selected_drink)
        self.edit_visit_button = QPushButton(self.tr("Wie zijn er &mee?"), self.family_box)
        self.edit_visit_button.clicked.connect(self.edit_selected_visit)
        self.check_out_button = QPushButton(self.tr("&Uitchecken"), self.family_box)
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.undo_visit_button = QPushButton(self.tr("Inchecking &terugdraaien"), self.family_box)
        self.undo_visit_button.clicked.connect(self.undo_selected_visit)
        for button in (
            self.remove_drink_button,
            self.edit_visit_button,
            self.check_out_button,
            self.undo_visit_button,
        ):
            actions.addWidget(button)
        box.addLayout(actions)
        layout.addWidget(self.family_box)

        anonymous = QGroupBox(
            self.tr("Verkoop zonder inchecken (iemand die alleen koffie komt halen)"), panel
        )
        self.anonymous_layout = QHBoxLayout(anonymous)
        self.anonymous_buttons: list[QPushButton] = []
        self.anonymous_total = QLabel(anonymous)
        self.anonymous_layout.addStretch(1)
        self.anonymous_layout.addWidget(self.anonymous_total)
        layout.addWidget(anonymous)
        self.anonymous_box = anonymous
        return panel

    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        """Rows selected whole, read-only, roomy; columns share the width (no per-row measuring,
        which would cost more than a keystroke may take)."""
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(36)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setAlternatingRowColors(True)

    # ------------------------------------------------------------------ state
    def today(self) -> date:
        return self.clock().date()

    def reload(self) -> None:
        """Read the location, today's morning, the lists and the present list from the database."""
        state = door.door_state(self.operations, today=self.today())
        self.location, self.morning = state.location, state.morning
        themes, kinds, planned = list(state.themes), list(state.drink_kinds), state.planned_theme
        if self.location is None:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentWidget(self.main_page)
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItems(["", *themes])
        self.theme.setCurrentText(self.morning.theme if self.morning else planned)
        self.theme.blockSignals(False)
        self._set_drink_kinds(kinds)
        self._update_title()
        self.refresh_present()
        self.update_results(self.search.text())

    def _set_drink_kinds(self, kinds: list[str]) -> None:
        if [b.property("kind") for b in self.drink_buttons] == kinds:
            return
        for button in self.drink_buttons + self.anonymous_buttons:
            button.setParent(None)
            button.deleteLater()
        self.drink_buttons, self.anonymous_buttons = [], []
        price = format_cents(self.location.price_cents if self.location else rules.DEFAULT_PRICE_CENTS)
        for number, kind in enumerate(kinds, start=1):
            button = QPushButton(
                f"+ {kind}  (Ctrl+{number})" if number <= 9 else f"+ {kind}", self.family_box
            )
            button.setProperty("role", "drink")
            button.setProperty("kind", kind)
            button.setAccessibleName(
                self.tr("Een {kind} voor dit gezin, {price}").format(kind=kind, price=price)
            )
            button.clicked.connect(lambda _=False, k=kind: self.add_drink(k))
            if number <= 9:
                button.setShortcut(QKeySequence(f"Ctrl+{number}"))
            self.drink_buttons_layout.addWidget(button)
            self.drink_buttons.append(button)
            anonymous = QPushButton(f"+ {kind}", self.anonymous_box)
            anonymous.setProperty("kind", kind)
            anonymous.setAccessibleName(self.tr("Een {kind} verkopen zonder inchecken").format(kind=kind))
            anonymous.clicked.connect(lambda _=False, k=kind: self.add_drink(k, anonymous=True))
            self.anonymous_layout.insertWidget(len(self.anonymous_buttons), anonymous)
            self.anonymous_buttons.append(anonymous)

    def _update_title(self) -> None:
        day = self.today()
        weekday = core_text(
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")[day.weekday()]
        )
        place = self.location.name if self.location else self.tr("(nog geen ontmoetingsplek)")
        self.title.setText(f"{place} · {weekday} {day.strftime('%d-%m-%Y')}")
        is_open = self.morning is not None and self.morning.is_open
        is_closed = self.morning is not None and self.morning.closed
        self.start_button.setVisible(self.morning is None)
        self.start_button.setEnabled(self.location is not None)
        self.hosts.setEnabled(self.morning is None)
        self.close_button.setVisible(is_open)
        self.reopen_button.setVisible(is_closed)
        for widget in (self.search, self.results, self.new_family_button, self.anonymous_box):
            widget.setEnabled(is_open)
        if is_closed:
            self.set_status(self.tr("De ochtend is afgesloten. Tot volgende week!"))

    def is_open(self) -> bool:
        return self.morning is not None and self.morning.is_open

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text[:1].upper() + text[1:])  # 'koffie voor ...' starts with a capital
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.update_undo()

    def update_undo(self) -> None:
        """Ask the core what Ctrl+Z would undo now, and show it on the undo button."""
        last = (
            door.last_undoable(self.operations, self.morning.morning_id)
            if self.morning is not None and self.morning.is_open
            else None
        )
        self.undo_button.setEnabled(last is not None)
        self.undo_button.setToolTip(
            self.tr("Maakt ongedaan: {what}").format(what=core_text(last.template, **last.params))
            if last is not None
            else ""
        )

    def show_error(self, error: Rejected) -> None:
        self.set_status(rejected_text(error), error=True)

    def _do(self, action: Callable[[], T]) -> T | _Failed:
        """Run one user action (a named operation); a Rejected is shown and FAILED returned."""
        try:
            result = action()
        except Rejected as error:
            self.show_error(error)
            return FAILED
        self.changed.emit()
        return result

    # ------------------------------------------------------------------ morning
    def start_morning(self) -> None:
        if self.location is None:
            return
        location_id = self.location.location_id
        theme, hosts, now = self.theme.currentText(), self.hosts.value(), self.clock()
        morning = self._do(
            lambda: door.start_morning(
                self.operations, location_id=location_id, theme=theme, hosts=hosts, now=now
            )
        )
        if morning is FAILED:
            return
        self.reload()
        self.set_status(self.tr("De ochtend is begonnen. Typ een naam of scan een kaart."))
        self.focus_search()

    def _theme_committed(self) -> None:
        if not self.is_open() or self.morning is None:
            return
        morning_id, theme = self.morning.morning_id, self.theme.currentText()
        if theme == self.morning.theme:
            return
        stored = self._do(lambda: door.set_theme(self.operations, morning_id=morning_id, theme=theme))
        if not isinstance(stored, _Failed):
            self.morning = replace(self.morning, theme=stored)
            self.set_status(self.tr("Thema van vanochtend: {theme}").format(theme=theme or self.tr("geen")))

    def open_close_dialog(self) -> None:
        if self.morning is None:
            return
        morning_id = self.morning.morning_id
        try:
            summary = door.close_summary(self.operations, morning_id)
        except Rejected as error:
            self.show_error(error)
            return

        def submit(cash: int | None, notes: str, cash_float: int) -> object:
            return door.close_morning(
                self.operations,
                morning_id=morning_id,
                cash_counted_cents=cash,
                host_notes=notes,
                now=self.clock(),
                cash_float_cents=cash_float,
            )

        dialog = CloseMorningDialog(summary=summary, submit=submit, parent=self)
        dialog.accepted.connect(lambda: self._closed(dialog.result_value))
        self._open_dialog(dialog)

    def _closed(self, summary: object) -> None:
        assert isinstance(summary, MorningSummary)
        self.changed.emit()
        self.reload()
        diff = summary.cash_difference_cents
        text = self.tr("De ochtend is afgesloten: {visits} bezoeken, {new} nieuwe gezinnen.").format(
            visits=summary.visits, new=summary.new_families
        )
        if diff:
            text += " " + self.tr("Kasverschil: {diff}.").format(diff=difference_text(diff))
        self.set_status(text)
        if self.after_close is not None:
            self.after_close()

    def reopen_morning(self) -> None:
        if self.morning is None:
            return
        morning_id = self.morning.morning_id
        if self._do(lambda: door.reopen_morning(self.operations, morning_id=morning_id)) is not FAILED:
            self.reload()
            self.set_status(self.tr("De ochtend is weer open."))

    # ------------------------------------------------------------------ search and check-in
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def update_results(self, text: str) -> None:
        rows = door.search(self.operations, text)
        self.results_model.set_rows(rows)
        if rows:
            self.results.selectRow(0)

    def _result_activated(self, index: QModelIndex) -> None:
        match = self.results_model.data(index, ROW_ROLE)
        if match is not None:
            self.check_in_family(match)

    def check_in_top_match(self) -> None:
        if not self.is_open():
            self.set_status(self.tr("Start eerst de ochtend."), error=True)
            return
        rows = self.results_model.rows()
        if not rows:
            text = self.search.text().strip()
            if text:
                self.set_status(
                    self.tr("Geen gezin gevonden voor '{text}'. Nieuw gezin? Druk Ctrl+N.").format(text=text),
                    error=True,
                )
            return
        current = self.results.currentIndex()
        self.check_in_family(rows[current.row()] if current.isValid() else rows[0])

    def check_in_family(self, match: FamilyMatch) -> None:
        if self.morning is None:
            return
        morning_id, now = self.morning.morning_id, self.clock()
        checked = self._do(
            lambda: door.check_in(self.operations, morning_id=morning_id, family_id=match.family_id, now=now)
        )
        if isinstance(checked, _Failed):
            self.search.selectAll()
            return
        if isinstance(checked, NeedsWhoCame):  # came without children last time: ask, don't copy
            self._ask_who_came(checked)
            return
        self._welcome(checked)

    def _ask_who_came(self, family: NeedsWhoCame) -> None:
        """'Wie zijn er mee?' before the check-in; Annuleren checks nobody in."""
        assert self.morning is not None
        morning_id = self.morning.morning_id

        def submit(child_ids: list[int], adults: dict[str, int]) -> object:
            return door.check_in(
                self.operations,
                morning_id=morning_id,
                family_id=family.family_id,
                now=self.clock(),
                child_ids=child_ids,
                adults=adults,
            )

        dialog = VisitDialog(
            family_name=family.name,
            children=[(child.child_id, self._child_label(child)) for child in family.children],
            came=set(),
            adults=dict(family.adults),
            submit=submit,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._welcome(dialog.result_value))
        self.set_status(
            self.tr("{name} kwam de vorige keer zonder kinderen. Wie zijn er vandaag mee?").format(
                name=family.name
            )
        )
        self._open_dialog(dialog)

    def _welcome(self, checked: object) -> None:
        assert isinstance(checked, CheckedIn)
        self.changed.emit()
        self.search.clear()
        self.refresh_present(select_visit=checked.visit_id)
        came = self._children_text(checked.children)
        self.set_status(
            self.tr("{name} is ingecheckt{came}. Welkom!").format(
                name=checked.name, came=self.tr(" met {children}").format(children=came) if came else ""
            )
        )
        self.focus_search()

    def _children_text(self, children: tuple[ChildCame, ...]) -> str:
        return ", ".join(self._child_label(child) for child in children)

    def _child_label(self, child: ChildCame) -> str:
        return f"{child.nickname or self.tr('kind')} ({self._age_text(child.age_months)})"

    def _age_text(self, months: int | None) -> str:
        if months is None:
            return self.tr("verwacht")
        years, rest = divmod(months, 12)
        if years == 0:
            return self.tr("{m} mnd").format(m=rest)
        return (
            self.tr("{y} jr").format(y=years)
            if rest == 0
            else self.tr("{y} jr {m} mnd").format(y=years, m=rest)
        )

    def open_new_family(self) -> None:
        if not self.is_open() or self.morning is None:
            self.set_status(self.tr("Start eerst de ochtend."), error=True)
            return
        morning_id = self.morning.morning_id
        form = door.family_form_lists(self.operations)

        def submit(data: FamilyInput) -> object:
            return door.register_and_check_in(
                self.operations, morning_id=morning_id, data=data, now=self.clock()
            )

        def similar(name: str, village: str) -> list[FamilyMatch]:
            return door.similar_families(self.operations, name=name, village=village)

        dialog = NewFamilyDialog(
            villages=list(form.villages),
            referrals=list(form.referrals),
            today=self.today(),
            submit=submit,
            find_similar=similar,
            parent=self,
        )
        typed = self.search.text().strip()
        if typed and not any(ch.isdigit() for ch in typed):
            dialog.name.setText(typed)
        dialog.accepted.connect(lambda: self._registered(dialog.result_value))
        self._open_dialog(dialog)

    def _registered(self, checked: object) -> None:
        assert isinstance(checked, CheckedIn)
        self.changed.emit()
        self.search.clear()
        self.refresh_present(select_visit=checked.visit_id)
        self.set_status(
            self.tr("Welkom, {name}! Nieuw gezin ingecheckt. Gezinscode: {code}").format(
                name=checked.display_name, code=checked.code
            )
        )
        self.focus_search()

    def _open_dialog(self, dialog: QDialog) -> None:
        """Open a dialog window-modally without blocking (tests drive it the same way)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    # ------------------------------------------------------------------ present list
    def refresh_present(self, *, select_visit: int | None = None) -> None:
        keep = select_visit if select_visit is not None else self._selected_visit_id()
        morning_id = self.morning.morning_id if self.morning is not None else None
        rows: list[Present] = door.present(self.operations, morning_id) if morning_id else []
        self.present_model.set_rows(rows)
        here = [r for r in rows if r.left_at is None]
        adults, children = sum(r.adults for r in here), sum(r.children for r in here)
        capacity = self.location.capacity if self.location else 0
        self.counts.setText(
            self.tr(
                "Aanwezig: {families} gezinnen, {adults} volwassenen, {children} kinderen "
                "({people} van {capacity} plaatsen) · vandaag {total} bezoeken"
            ).format(
                families=len(here),
                adults=adults,
                children=children,
                people=adults + children,
                capacity=capacity,
                total=len(rows),
            )
        )
        over = capacity and adults + children > capacity
        self.counts.setStyleSheet("color: #b71c1c;" if over else "")
        if morning_id:
            self.anonymous_total.setText(
                self.tr("{n} los verkocht").format(n=door.anonymous_sold(self.operations, morning_id))
            )
        if keep is not None:
            for row in range(self.present_proxy.rowCount()):
                index = self.present_proxy.index(row, 0)
                if self.present_proxy.data(index, ROW_ROLE).visit_id == keep:
                    self.present.selectionModel().select(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.present.setCurrentIndex(index)
                    break
        self._selection_changed()
        self.update_undo()

    def selected_present(self) -> Present | None:
        indexes = self.present.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.present_proxy.data(indexes[0], ROW_ROLE)
        return row if isinstance(row, Present) else None

    def _selected_visit_id(self) -> int | None:
        row = self.selected_present()
        return row.visit_id if row else None

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_present()
        enabled = row is not None and self.is_open()
        self.family_box.setEnabled(enabled)
        self.family_box.setTitle(
            self.tr("Geselecteerd gezin: {name}").format(name=row.display_name or row.code)
            if row
            else self.tr("Kies een gezin in de lijst")
        )
        self.visit_drinks.clear()
        if row is not None and self.morning is not None:
            for drink in door.drinks_of_visit(
                self.operations, morning_id=self.morning.morning_id, visit_id=row.visit_id
            ):
                item = QListWidgetItem(
                    f"{drink.created_at:%H:%M}  {drink.quantity}x {drink.kind}  "
                    f"{core_text(rules.PAYMENT_LABELS[drink.payment])}  "
                    f"{format_cents(drink.amount_cents)}"
                )
                item.setData(Qt.ItemDataRole.UserRole, drink.consumption_id)
                self.visit_drinks.addItem(item)
            self.check_out_button.setEnabled(row.left_at is None)

    def payment(self) -> str:
        for kind, button in self.payment_buttons.items():
            if button.isChecked():
                return kind
        return "contant"

    def add_drink(self, kind: str, *, anonymous: bool = False) -> None:
        if self.morning is None:
            return
        row = None if anonymous else self.selected_present()
        if not anonymous and row is None:
            self.set_status(self.tr("Kies eerst een gezin in de lijst."), error=True)
            return
        morning_id, now, payment = self.morning.morning_id, self.clock(), self.payment()
        if row is None:  # the chosen payment kind counts for a sale without check-in too
            sold = self._do(
                lambda: door.sell_anonymous(
                    self.operations, morning_id=morning_id, kind=kind, now=now, payment=payment
                )
            )
        else:
            visit_id = row.visit_id
            sold = self._do(
                lambda: door.add_drink(
                    self.operations,
                    morning_id=morning_id,
                    kind=kind,
                    payment=payment,
                    visit_id=visit_id,
                    now=now,
                )
            )
        if isinstance(sold, _Failed):
            return
        who = (row.display_name or row.code) if row else self.tr("losse verkoop")
        self.refresh_present()
        self.set_status(
            self.tr("{kind} voor {who} ({payment}, {amount}).").format(
                kind=kind,
                who=who,
                payment=core_text(rules.PAYMENT_LABELS[sold.payment]),
                amount=format_cents(sold.amount_cents),
            )
        )
        self.payment_buttons["contant"].setChecked(True)

    def remove_selected_drink(self) -> None:
        item = self.visit_drinks.currentItem()
        if item is None:
            self.set_status(self.tr("Kies eerst het drankje dat weg moet."), error=True)
            return
        consumption_id = int(item.data(Qt.ItemDataRole.UserRole))
        if self._do(lambda: door.remove_drink(self.operations, consumption_id=consumption_id)) is FAILED:
            return
        self.refresh_present()
        self.set_status(self.tr("Drankje weggehaald."))

    def edit_selected_visit(self) -> None:
        row = self.selected_present()
        if row is None or not self.is_open():
            return
        visit_id = row.visit_id
        visit = door.visit_for_edit(self.operations, visit_id)

        def submit(child_ids: list[int], new_adults: dict[str, int]) -> object:
            door.change_who_came(self.operations, visit_id=visit_id, child_ids=child_ids, adults=new_adults)
            return True

        dialog = VisitDialog(
            family_name=row.display_name or row.code,
            children=[(child.child_id, self._child_label(child)) for child in visit.children],
            came=set(visit.came),
            adults=dict(visit.adults),
            submit=submit,
            parent=self,
        )
        dialog.accepted.connect(self._visit_changed)
        self._open_dialog(dialog)

    def _visit_changed(self) -> None:
        self.changed.emit()
        self.refresh_present()
        self.set_status(self.tr("Aangepast."))

    def check_out_selected(self) -> None:
        row = self.selected_present()
        if row is None:
            return
        dialog = MoodDialog(family_name=row.display_name or row.code, parent=self)  # how it went: 1/2/3
        dialog.accepted.connect(lambda: self._check_out(row, dialog.mood))
        self._open_dialog(dialog)

    def _check_out(self, row: Present, mood: str | None) -> None:
        visit_id, now = row.visit_id, self.clock()
        if self._do(lambda: door.check_out(self.operations, visit_id=visit_id, now=now, mood=mood)) is FAILED:
            return
        self.refresh_present()
        self.set_status(
            self.tr("{name} is uitgecheckt. Tot ziens!").format(name=row.display_name or row.code)
        )

    def undo_selected_visit(self) -> None:
        row = self.selected_present()
        if row is None:
            return
        visit_id = row.visit_id
        if self._do(lambda: door.undo_check_in(self.operations, visit_id=visit_id)) is FAILED:
            return
        self.refresh_present()
        self.set_status(
            self.tr("Inchecking van {name} is teruggedraaid.").format(name=row.display_name or row.code)
        )

    def undo_last(self) -> None:
        """Ctrl+Z: the core takes back the morning's newest undoable action and names it."""
        if self.morning is None or not self.morning.is_open:
            self.set_status(self.tr("Er is niets om ongedaan te maken."), error=True)
            return
        morning_id = self.morning.morning_id
        undone = self._do(lambda: door.undo_last(self.operations, morning_id))
        if isinstance(undone, _Failed):
            return
        self.refresh_present()
        self.set_status(
            self.tr("Ongedaan gemaakt: {what}.").format(what=core_text(undone.template, **undone.params))
        )

    # ------------------------------------------------------------------ signal list
    def show_missed(self) -> None:
        if self.location is None:
            return
        rows = door.families_we_miss(
            self.operations, location_id=self.location.location_id, today=self.today()
        )
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Gezinnen die we missen"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Gezinnen die minstens {n} keer kwamen, maar de laatste {weeks} weken niet. "
                    "Misschien fijn om eens naar te vragen."
                ).format(n=rules.MISSED_MIN_VISITS, weeks=rules.LAPSED_AFTER_WEEKS),
                dialog,
            )
        )
        model = missed_model(dialog)
        model.set_rows(rows)
        view = QTableView(dialog)
        view.setObjectName("missed")
        view.setModel(model)
        self._table_defaults(view)
        layout.addWidget(view)
        close = QPushButton(self.tr("Sluiten"), dialog)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.resize(560, 420)
        self._open_dialog(dialog)
