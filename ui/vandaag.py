"""Vandaag: the host's check-in screen, from opening the morning to the cash count.

Everything by keyboard: type 2-3 letters, a family code or scan a card, Enter checks in the top
match with the children and adults of the family's last visit. Ctrl+N registers a new family,
Ctrl+Z undoes the last action (the core records the morning's undoable actions and names them),
Ctrl+1..9 sells a drink to the selected family, Alt+C / Alt+P / Alt+R choose contant, pin or
gratis. Down from the search box goes into the results (Enter checks that family in); Tab leaves a
family table in one press; Enter in the present list asks who came; Alt+U checks out. After every
action (and after a restart during an open morning) the focus is back in the search box. All of
it through ``ui.operations.door``.

On a small screen (1024x600, or 150% text) the window's compact look and the layout here keep
the morning's main actions in sight: see tests/ui/test_layout.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.money import format_cents
from checkin.text import WEEKDAYS
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
    MorningVersion,
    NeedsWhoCame,
    PlaceInfo,
    Present,
)
from ui.style import COMPACT_ROW_HEIGHT, ROW_HEIGHT, fits_compact, primary
from ui.tasks import Runner
from ui.visit_dialogs import CloseMorningDialog, MoodDialog, VisitDialog, difference_text
from ui.welcome import WelcomePanel

Clock = Callable[[], datetime]
T = TypeVar("T")


def now_local() -> datetime:
    """The wall-clock time of the place, to the second."""
    return datetime.now().replace(microsecond=0)


RESULT_NAME, RESULT_CHILDREN, RESULT_VILLAGE, RESULT_CODE = range(4)
"""Columns of ``family_results_model``."""

PAYMENT_MNEMONICS = {"contant": "c", "pin": "p", "gratis": "r"}
"""The Alt-letter of each payment kind's button (unique in the window: G is the Gegevens menu)."""

COMPACT_HIDDEN = (1, 6)
"""Columns of ``present_model`` (code, drinks) left out on a small screen."""

SPLITTER_KEY = "vandaag/splitter"
"""Where the place of the divider between search results and present list is kept (QSettings)."""

TITLE_CHARS = 40
POLL_MS = 1000
REPLAY_MS = 5000
"""Without the server: how often the desk tries to send its journal (in a worker thread)."""
COPY_MS = 60_000
"""With the server: how often the desk renews its local copy of the register (in a worker thread)."""
"""How often the door asks whether another desk on the database changed today's morning."""
"""A selected family's name is cut to this many characters in the box's title."""


def welcome_text() -> str:
    return QCoreApplication.translate("VandaagScreen", "Welkom! Start de ochtend om gezinnen in te checken.")


def _with_mnemonic(text: str, letter: str) -> str:
    """``text`` with an ``&`` before the first ``letter`` (any case); unchanged if absent."""
    at = text.lower().find(letter.lower()) if letter else -1
    return text if at < 0 else f"{text[:at]}&{text[at:]}"


def fit_columns(
    view: QTableView, columns: tuple[int, ...], *, rows: int = 60, widest: dict[int, int] | None = None
) -> None:
    """Give ``columns`` the width of their widest text among the first ``rows`` rows (and the
    header), so a village like 'buiten de Hoeksche Waard' is never cut; cheap font measuring."""
    model: QAbstractItemModel | None = view.model()
    if model is None:
        return
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    header_metrics = header.fontMetrics()
    count = min(model.rowCount(), rows)
    for column in columns:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + 24
        for row in range(count):
            text = model.data(model.index(row, column))
            if text is not None:
                width = max(width, metrics.horizontalAdvance(str(text)) + 16)
        width = min(width, (widest or {}).get(column, width))
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)


def _cut(name: str) -> str:
    return name if len(name) <= TITLE_CHARS else name[: TITLE_CHARS - 1] + "…"


class ElidedLabel(QLabel):
    """A one-line label that gives up width by ending in '...' (its full text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)


class _Failed:
    """What ``VandaagScreen._do`` returns when the action was rejected."""


FAILED = _Failed()

NO_BREAK = "\u00a0"


def keep_counts_whole(text: str) -> str:
    """A line of counts that wraps, when it must, only between its counts: a number keeps the word
    after it ("30 bezoeken"), a bracket stays whole ("(65 van 80 plaatsen)") and a " · " stays at
    the end of its line (non-breaking spaces)."""
    text = re.sub(r"\([^()]*\)", lambda found: found.group(0).replace(" ", NO_BREAK), text)
    return re.sub(r"(\d) ", rf"\1{NO_BREAK}", text).replace(" ·", NO_BREAK + "·")


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
        self.compact = False
        self._seen: MorningVersion | None = None
        self._build()
        self.reload()
        # Several desks on one database: each second, one tiny read of the morning's change counter.
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_other_desks)
        self.poll_timer.start()
        # A desk on a server: the journal for when the server is away (checkin.journal).
        self._replaying = False
        self._stopped = False
        self.replay_timer = QTimer(self)
        self.replay_timer.setInterval(REPLAY_MS)
        self.replay_timer.timeout.connect(self.try_replay)
        self.copy_timer = QTimer(self)
        self.copy_timer.setInterval(COPY_MS)
        self.copy_timer.timeout.connect(self.refresh_copy)
        if self.operations.desk is not None:
            self.replay_timer.start()
            self.copy_timer.start()
            self.refresh_copy()

    def stop_workers(self) -> None:
        """Stop the poll, the background replay and the copy's renewal (the tests, the window's close).

        A replay still running finishes (the app waits for its runner), and its answer is not shown."""
        self._stopped = True
        for timer in (self.poll_timer, self.replay_timer, self.copy_timer):
            timer.stop()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.stack = QStackedLayout(self)
        self.welcome = WelcomePanel(operations=self.operations, runner=self.runner, parent=self)
        self.welcome.ready.connect(self.reload)
        self.stack.addWidget(self.welcome)
        self.main_page = QWidget(self)
        self.stack.addWidget(self.main_page)
        outer = self.main_layout = QVBoxLayout(self.main_page)
        outer.setSpacing(4)
        top = QHBoxLayout()
        self.title = ElidedLabel(self)
        self.title.setObjectName("morningTitle")
        top.addWidget(self.title, 1)
        self.theme = QComboBox(self)
        self.theme.setEditable(True)
        self.theme.setMinimumWidth(120)
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(12)
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
        hosts_label = QLabel(self.tr("Gast&vrouwen/-heren:"), self)
        hosts_label.setBuddy(self.hosts)
        top.addWidget(hosts_label)
        top.addWidget(self.hosts)
        self.start_button = primary(QPushButton(self.tr("Ochtend &starten"), self))
        self.start_button.clicked.connect(self.start_morning)
        top.addWidget(self.start_button)
        self.close_button = QPushButton(self.tr("Ochtend &afsluiten..."), self)
        self.close_button.clicked.connect(self.open_close_dialog)
        top.addWidget(self.close_button)
        # Alt+O: H is kept for a Help menu.
        self.reopen_button = QPushButton(self.tr("Her&openen"), self)
        self.reopen_button.clicked.connect(self.reopen_morning)
        top.addWidget(self.reopen_button)
        self.missed_button = QPushButton(self.tr("Gezinnen die we m&issen..."), self)
        self.missed_button.clicked.connect(self.show_missed)
        top.addWidget(self.missed_button)
        outer.addLayout(top)

        self.offline_banner = QLabel(self)
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        # Never squeezed by a full screen: the table below gives up the height instead.
        self.offline_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.offline_banner.setAccessibleName(self.tr("Geen verbinding"))
        self.offline_banner.hide()
        outer.addWidget(self.offline_banner)

        status_row = QHBoxLayout()
        self.status = QLabel(welcome_text(), self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        status_row.addWidget(self.status, 1)
        self.undo_button = QPushButton(self.tr("Ongedaan maken (Ctrl+Z)"), self)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        status_row.addWidget(self.undo_button)
        outer.addLayout(status_row)

        # The search results and the present list share the width; the host's choice is kept.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("vandaagSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_search())
        self.splitter.addWidget(self._build_present())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 600])
        self._restore_splitter()
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._save_splitter())
        outer.addWidget(self.splitter, 1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_new_family)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Escape"), self.search, self.search.clear)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.present.installEventFilter(self)
        self._set_tab_order()

    def _build_search(self) -> QWidget:
        panel = QWidget(self)
        panel.setMinimumWidth(260)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(self.tr("&Zoek een gezin of scan de kaart:"), panel)
        label.setToolTip(self.tr("Een naam, de naam van een kind of de gezinscode"))
        self.search = QLineEdit(panel)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("naam, kind of code, dan Enter"))
        self.search.setToolTip(
            self.tr("Enter checkt het bovenste gezin in; pijltje omlaag kiest een ander gezin")
        )
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
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Name, village (what tells four Dewis apart), code, then the children's names, which
        # take what is left of the width and may be cut.
        header.moveSection(header.visualIndex(RESULT_CHILDREN), RESULT_CODE)
        header.setStretchLastSection(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setMinimumSectionSize(24)
        self.results.activated.connect(self._result_activated)
        layout.addWidget(self.results, 1)
        self.new_family_button = QPushButton(self.tr("&Nieuw gezin... (Ctrl+N)"), panel)
        self.new_family_button.clicked.connect(self.open_new_family)
        layout.addWidget(self.new_family_button)
        self.search.textChanged.connect(self.update_results)
        self.search.returnPressed.connect(self.check_in_top_match)

        # Someone who only comes for a coffee: sold without a check-in (always paid in cash).
        anonymous = QWidget(panel)
        anonymous.setAccessibleName(self.tr("Verkoop zonder inchecken"))
        column = QVBoxLayout(anonymous)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Verkoop zonder inchecken:"), anonymous))
        self.anonymous_total = QLabel(anonymous)
        heading.addWidget(self.anonymous_total, 1, Qt.AlignmentFlag.AlignRight)
        column.addLayout(heading)
        self.anonymous_layout = QHBoxLayout()
        self.anonymous_layout.addStretch(1)
        column.addLayout(self.anonymous_layout)
        self.anonymous_buttons: list[QPushButton] = []
        layout.addWidget(anonymous)
        self.anonymous_box = anonymous
        return panel

    def _build_present(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.counts = QLabel(panel)
        self.counts.setObjectName("counts")
        # A long line must not take width from the search results: it wraps (between counts,
        # ``keep_counts_whole``) when the present list is narrow, e.g. the divider moved left.
        self.counts.setWordWrap(True)
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
        self.present.setToolTip(self.tr("Enter: wie zijn er mee?"))
        self._table_defaults(self.present)
        self.present.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.present.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.present.horizontalHeader().setMinimumSectionSize(24)
        self.present.selectionModel().selectionChanged.connect(self._selection_changed)
        self.present.activated.connect(lambda _index: self.edit_selected_visit())
        layout.addWidget(self.present, 1)

        self.family_box = QGroupBox(self.tr("Geselecteerd gezin"), panel)
        self.family_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self.family_box)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(4)
        drink_row = QHBoxLayout()
        self.drink_buttons_layout = drink_row
        self.drink_buttons: list[QPushButton] = []
        grid.addLayout(drink_row, 0, 0)
        pay_row = QHBoxLayout()
        self.pay_label = QLabel(self.tr("Betaald met:"), self.family_box)
        pay_row.addWidget(self.pay_label)
        self.payment_group = QButtonGroup(self)
        self.payment_buttons: dict[str, QPushButton] = {}
        for kind in rules.PAYMENT_KINDS:
            label = core_text(rules.PAYMENT_LABELS[kind])
            button = QPushButton(_with_mnemonic(label, PAYMENT_MNEMONICS.get(kind, "")), self.family_box)
            button.setCheckable(True)
            button.setProperty("role", "payment")
            button.setAccessibleName(self.tr("Betaalwijze {kind}").format(kind=label))
            shortcut = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                button.setToolTip(self.tr("Betaald met {kind} ({keys})").format(kind=label, keys=shortcut))
            self.payment_group.addButton(button)
            self.payment_buttons[kind] = button
            pay_row.addWidget(button)
        self.payment_buttons["contant"].setChecked(True)
        pay_row.addStretch(1)
        grid.addLayout(pay_row, 1, 0)
        actions = QHBoxLayout()
        self.edit_visit_button = QPushButton(self.tr("Wie zijn er &mee?"), self.family_box)
        self.edit_visit_button.clicked.connect(self.edit_selected_visit)
        self.check_out_button = QPushButton(self.tr("&Uitchecken"), self.family_box)
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.undo_visit_button = QPushButton(self.tr("Inchecken terug&draaien"), self.family_box)
        self.undo_visit_button.clicked.connect(self.undo_selected_visit)
        self.remove_drink_button = QPushButton(self.tr("Drankje &weghalen"), self.family_box)
        self.remove_drink_button.clicked.connect(self.remove_selected_drink)
        for button in (self.edit_visit_button, self.check_out_button, self.remove_drink_button):
            actions.addWidget(button)
        actions.addStretch(1)
        grid.addLayout(actions, 2, 0)
        self.visit_drinks = QListWidget(self.family_box)
        self.visit_drinks.setAccessibleName(self.tr("Drankjes van dit gezin"))
        self.visit_drinks.setMinimumWidth(120)
        self.visit_drinks.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        grid.addWidget(self.visit_drinks, 0, 1, 2, 1)
        grid.addWidget(self.undo_visit_button, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        layout.addWidget(self.family_box)
        return panel

    def _set_tab_order(self) -> None:
        """The morning's path: search, results, present list, the selected family, then the rest."""
        chain: list[QWidget] = [
            self.search,
            self.results,
            self.new_family_button,
            self.present,
            *self.drink_buttons,
            *self.payment_buttons.values(),
            self.edit_visit_button,
            self.check_out_button,
            self.undo_visit_button,
            self.visit_drinks,
            self.remove_drink_button,
            self.undo_button,
            *self.anonymous_buttons,
            self.theme,
            self.hosts,
            self.start_button,
            self.close_button,
            self.reopen_button,
            self.missed_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _restore_splitter(self) -> None:
        state = QSettings().value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)

    def _save_splitter(self) -> None:
        QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())

    def _label_drink(self, button: QPushButton, kind: str, number: int) -> None:
        """'+ koffie (Ctrl+1)'; on a small screen '+ koffie ^1' (the tooltip says it in full).
        The shortcut is set after the text: setText replaces a button's shortcut."""
        button.setText(f"+ {kind} ^{number}" if self.compact else f"+ {kind} (Ctrl+{number})")
        button.setShortcut(QKeySequence(f"Ctrl+{number}"))

    def set_compact(self, compact: bool) -> None:
        """Smaller table rows and shorter drink buttons on a small screen (the window's style
        sheet does the rest)."""
        self.compact = compact
        for number, button in enumerate(self.drink_buttons[:9], start=1):
            self._label_drink(button, str(button.property("kind")), number)
        for view in (self.results, self.present):
            view.verticalHeader().setDefaultSectionSize(COMPACT_ROW_HEIGHT if compact else ROW_HEIGHT)
        # The families' names get the room: the code and the number of drinks (the amount
        # says it too) are left out of the present list on a small screen.
        for column in COMPACT_HIDDEN:
            self.present.setColumnHidden(column, compact)
        self.pay_label.setVisible(not compact)
        margin = 4 if compact else 9
        self.main_layout.setContentsMargins(margin, margin, margin, margin)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            self.set_compact(fits_compact(area.width(), area.height()))
        if self.is_open() and self.dialog is None:
            self.focus_search()
        elif self.morning is None and self.location is not None:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter starts the morning
        self.poll_other_desks()  # what the other desks did while this screen was hidden

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box goes into the results; Up from the top result goes back,
        and typing in the results goes on in the search box. Home and End in a family table go
        to its first and last family. Ctrl+Z in the empty search box undoes the last action."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.search.text()
        ):
            # The empty search box (where the focus is after every action) leaves Ctrl+Z to the
            # morning's undo instead of taking it for its own text.
            event.ignore()
            return True
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched in (self.present, self.results) and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            # Home and End go to the first and last family (not the row's first and last cell).
            view = self.present if watched is self.present else self.results
            rows = view.model().rowCount()
            if rows:
                view.selectRow(0 if key == Qt.Key.Key_Home else rows - 1)
            return True
        if watched is self.search and key == Qt.Key.Key_Down and self.results_model.rowCount():
            current = self.results.currentIndex()
            row = min(current.row() + 1, self.results_model.rowCount() - 1) if current.isValid() else 0
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.selectRow(row)
            return True
        if watched is self.results:
            if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
                self.focus_search()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.results.currentIndex()
                if current.isValid():
                    self._result_activated(current)
                return True
            text = event.text()
            if text and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                self.search.insert(text)
                return True
        return False

    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        """Rows selected whole, read-only, roomy; columns share the width (no per-row measuring,
        which would cost more than a keystroke may take). Tab leaves the table (not cell by cell)."""
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setAlternatingRowColors(True)

    # ------------------------------------------------------------------ state
    def today(self) -> date:
        return self.clock().date()

    def _show_page(self, page: QWidget) -> None:
        """Show the first-run form or the door; only the shown one sets the minimum size (a
        stack takes the largest of its pages: the door's would widen the form past a small screen)."""
        for other in (self.welcome, self.main_page):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)

    def reload(self) -> None:
        """Read the location, today's morning, the lists and the present list from the database."""
        state = door.door_state(self.operations, today=self.today())
        self.location, self.morning = state.location, state.morning
        themes, kinds, planned = list(state.themes), list(state.drink_kinds), state.planned_theme
        if self.location is None:
            self.welcome.refresh()
            self._show_page(self.welcome)
            return
        self._show_page(self.main_page)
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItems(["", *themes])
        self.theme.setCurrentText(self.morning.theme if self.morning else planned)
        self.theme.blockSignals(False)
        self._set_drink_kinds(kinds)
        self._update_title()
        self.refresh_present()
        self.update_results(self.search.text())

    def poll_other_desks(self) -> None:
        """Show what the other desks on this database did: a morning started or closed there
        reloads the screen; a check-in, check-out or drink there refreshes the present list and
        the totals, keeping the search text, the selection and the focus. Skipped while the
        screen is hidden or minimised (showing it polls at once)."""
        if self.location is None or not self.isVisible() or self.window().isMinimized():
            return
        try:
            seen = door.morning_version(
                self.operations, location_id=self.location.location_id, today=self.today()
            )
        except Rejected:
            self.update_connection()
            return  # the database is out of reach for a moment: the next poll tries again
        shown = (self.morning.morning_id, self.morning.closed) if self.morning else None
        there = (seen.morning_id, seen.closed) if seen else None
        if there != shown:
            started_elsewhere = self.morning is None
            self.reload()
            if started_elsewhere and self.is_open():
                self.set_status(
                    self.tr("De ochtend is aan een andere tafel begonnen. Typ een naam of scan een kaart.")
                )
        elif seen != self._seen:
            self.refresh_present()

    def _set_drink_kinds(self, kinds: list[str]) -> None:
        if [b.property("kind") for b in self.drink_buttons] == kinds:
            return
        for button in self.drink_buttons + self.anonymous_buttons:
            button.setParent(None)
            button.deleteLater()
        self.drink_buttons, self.anonymous_buttons = [], []
        price = format_cents(self.location.price_cents if self.location else rules.DEFAULT_PRICE_CENTS)
        for number, kind in enumerate(kinds, start=1):
            button = QPushButton(f"+ {kind}", self.family_box)
            button.setProperty("role", "drink")
            button.setProperty("kind", kind)
            button.setAccessibleName(
                self.tr("Een {kind} voor dit gezin, {price}").format(kind=kind, price=price)
            )
            button.clicked.connect(lambda _=False, k=kind: self.add_drink(k))
            if number <= 9:
                self._label_drink(button, kind, number)
                button.setToolTip(self.tr("{kind} voor dit gezin (Ctrl+{n})").format(kind=kind, n=number))
            self.drink_buttons_layout.addWidget(button)
            self.drink_buttons.append(button)
            anonymous = QPushButton(f"+ {kind}", self.anonymous_box)
            anonymous.setProperty("kind", kind)
            anonymous.setAccessibleName(self.tr("Een {kind} verkopen zonder inchecken").format(kind=kind))
            anonymous.clicked.connect(lambda _=False, k=kind: self.add_drink(k, anonymous=True))
            self.anonymous_layout.insertWidget(len(self.anonymous_buttons), anonymous)
            self.anonymous_buttons.append(anonymous)
        self._set_tab_order()

    def _update_title(self) -> None:
        day = self.today()
        weekday = core_text(WEEKDAYS[day.weekday()])
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
        elif is_open and self.status.text() == welcome_text():
            # Opened again during an open morning (a restart): say so, and be ready for a name.
            self.set_status(self.tr("De ochtend is open. Typ een naam of scan een kaart."))
        if is_open and self.isVisible() and self.dialog is None:
            self.focus_search()

    def is_open(self) -> bool:
        return self.morning is not None and self.morning.is_open

    def set_status(self, text: str, *, error: bool = False) -> None:
        text = text[:1].upper() + text[1:]  # 'koffie voor Anna' starts a sentence
        self.status.setText(text)
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
            self.update_connection()
            return FAILED
        self.changed.emit()
        self.update_connection()
        return result

    # ------------------------------------------------------------------ without the server
    def update_connection(self) -> None:
        """The banner while the desk works without the server (or still has actions to send)."""
        state = door.connection(self.operations)
        if not state.offline and state.waiting == 0:
            self.offline_banner.hide()
            return
        text = self.tr(
            "Geen verbinding met de server. U kunt gewoon doorgaan: de app bewaart alles op deze laptop "
            "en stuurt het door als de verbinding terug is."
        )
        if not state.offline:
            text = self.tr("De verbinding is terug. De app stuurt door wat zonder verbinding is gedaan.")
        if state.waiting:
            text += " " + self.tr("Nog door te sturen: %n.", "", state.waiting)
        self.offline_banner.setText(text)
        self.offline_banner.show()

    def try_replay(self) -> None:
        """Every few seconds without the server: send the journal in a worker, if the server is back."""
        if self._replaying or self._stopped or self.operations.desk is None:
            return
        state = door.connection(self.operations)
        if not state.offline and state.waiting == 0:
            return
        self._replaying = True
        location_id = self.location.location_id if self.location is not None else None
        today = self.today()
        self.runner.submit(
            lambda: door.replay(self.operations, location_id=location_id, today=today),
            done=self._replayed,
            failed=self._replay_failed,
        )

    def _replayed(self, done: door.Replayed | None) -> None:
        self._replaying = False
        if self._stopped:  # the window is closing: the database is about to close
            return
        self.update_connection()
        if done is None or done.left or door.connection(self.operations).offline:
            return
        self.refresh_present()
        self.update_results(self.search.text())
        if done.refused:
            self.set_status(
                self.tr(
                    "De verbinding is terug. Doorgestuurd: %n. Niet overgenomen door de server: {refused}.",
                    "",
                    done.applied,
                ).format(refused="; ".join(done.refused)),
                error=True,
            )
        elif done.applied:
            self.set_status(self.tr("De verbinding is terug. Alles is doorgestuurd (%n).", "", done.applied))
        else:
            self.set_status(self.tr("De verbinding is terug."))

    def _replay_failed(self, error: BaseException) -> None:
        self._replaying = False
        if self._stopped:
            return
        self.update_connection()
        if isinstance(error, Rejected):
            self.show_error(error)

    def refresh_copy(self) -> None:
        """Renew the local copy of the register for the search without the server (in a worker)."""
        if self.location is None or self._stopped or self.operations.desk is None:
            return
        location_id, today = self.location.location_id, self.today()
        self.runner.submit(
            lambda: door.refresh_copy(self.operations, location_id=location_id, today=today),
            done=lambda _none: None,
            failed=lambda _error: None,
        )

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
            self.reload()  # begun at another desk meanwhile: show it, with the message
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
        text = self.tr("De ochtend is afgesloten: {visits}, {new}.").format(
            visits=self.tr("%n bezoeken", "", summary.visits),
            new=self.tr("%n nieuwe gezinnen", "", summary.new_families),
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
            self.focus_search()

    # ------------------------------------------------------------------ search and check-in
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def update_results(self, text: str) -> None:
        rows = door.search(self.operations, text)
        self.results_model.set_rows(rows)
        fit_columns(self.results, (RESULT_NAME, RESULT_VILLAGE, RESULT_CODE), widest={RESULT_NAME: 170})
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

        def submit(child_ids: list[int], adults: Adults) -> object:
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
            adults=family.adults,
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
        dialog.finished.connect(lambda _result: self._dialog_finished())
        dialog.open()

    def _dialog_finished(self) -> None:
        """Whatever the dialog did (or Esc), the host goes on typing in the search box."""
        self.dialog = None
        if self.is_open():
            self.window().activateWindow()  # the window had handed the keyboard to the dialog
            self.focus_search()

    # ------------------------------------------------------------------ present list
    def refresh_present(self, *, select_visit: int | None = None) -> None:
        keep = select_visit if select_visit is not None else self._selected_visit_id()
        if self.location is not None:  # read before the list: a change in between shows next poll
            try:
                self._seen = door.morning_version(
                    self.operations, location_id=self.location.location_id, today=self.today()
                )
            except Rejected:
                self._seen = None
        morning_id = self.morning.morning_id if self.morning is not None else None
        rows: list[Present] = door.present(self.operations, morning_id) if morning_id else []
        self.present_model.set_rows(rows)
        fit_columns(self.present, tuple(range(1, self.present_model.columnCount())))
        here = [r for r in rows if r.left_at is None]
        adults, children = sum(r.adults for r in here), sum(r.children for r in here)
        capacity = self.location.capacity if self.location else 0
        self.counts.setText(
            keep_counts_whole(
                self.tr(
                    "Aanwezig: {families}, {adults} volw., {children} ({people} van {capacity} plaatsen) · {visits}"
                ).format(
                    families=self.tr("%n gezinnen", "", len(here)),
                    adults=adults,
                    children=self.tr("%n kinderen", "", children),
                    people=adults + children,
                    capacity=capacity,
                    visits=self.tr("%n bezoeken", "", len(rows)),
                )
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
        # The payment kind also serves a sale without check-in: it stays at hand without a family.
        paying = {self.pay_label, *self.payment_buttons.values()}
        for child in self.family_box.findChildren(QWidget):
            child.setEnabled(self.is_open() if child in paying else enabled)
        self.family_box.setTitle(
            self.tr("Geselecteerd gezin: {name}").format(name=_cut(row.display_name or row.code))
            if row
            else self.tr("Kies een gezin in de lijst")
        )
        self.visit_drinks.clear()
        if row is not None and self.morning is not None:
            for drink in door.drinks_of_visit(
                self.operations, morning_id=self.morning.morning_id, visit_id=row.visit_id
            ):
                count = f"{drink.quantity}x " if drink.quantity != 1 else ""
                item = QListWidgetItem(
                    f"{drink.created_at:%H:%M} {count}{drink.kind}, "
                    f"{core_text(rules.PAYMENT_LABELS[drink.payment])}, "
                    f"{format_cents(drink.amount_cents)}"
                )
                item.setToolTip(item.text())
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
        self.focus_search()

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
        self.focus_search()

    def edit_selected_visit(self) -> None:
        row = self.selected_present()
        if row is None or not self.is_open():
            return
        visit_id = row.visit_id
        visit = door.visit_for_edit(self.operations, visit_id)

        def submit(child_ids: list[int], new_adults: Adults) -> object:
            door.change_who_came(self.operations, visit_id=visit_id, child_ids=child_ids, adults=new_adults)
            return True

        dialog = VisitDialog(
            family_name=row.display_name or row.code,
            children=[(child.child_id, self._child_label(child)) for child in visit.children],
            came=set(visit.came),
            adults=visit.adults,
            submit=submit,
            parent=self,
        )
        dialog.accepted.connect(self._visit_changed)
        self._open_dialog(dialog)

    def _visit_changed(self) -> None:
        self.changed.emit()
        self.refresh_present()
        self.set_status(self.tr("Aangepast."))
        self.focus_search()

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
        self.focus_search()

    def undo_selected_visit(self) -> None:
        row = self.selected_present()
        if row is None:
            return
        visit_id = row.visit_id
        if self._do(lambda: door.undo_check_in(self.operations, visit_id=visit_id)) is FAILED:
            return
        self.refresh_present()
        self.set_status(
            self.tr("Inchecken van {name} is teruggedraaid.").format(name=row.display_name or row.code)
        )
        self.focus_search()

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
        self.focus_search()

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
