"""The Cijfers screen: the workgroup's figures on screen, their exports, and merging other places' files.

A coordinator screen: the PIN is asked when it is first opened. The numbers come only from the
named operations of ``ui.operations.figures`` (the figures of a period, or a merged overview of
JSON exports), which have applied the anonymity rules already; this screen only shows them. What
it shows follows the measure registry: a tile per headline measure, a chart per breakdown, each
with the registry's title, and hidden values in the registry's words. QtCharts and the statistics
modules load when the screen is first opened, not at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from checkin import rules
from checkin.errors import Rejected
from ui.cijfers_period import KINDS, TR_CONTEXT, Period, last_complete, period_containing
from ui.i18n import language_choices
from ui.messages import core_text, rejected_text
from ui.operations import Operations
from ui.pin import require_pin
from ui.tasks import Runner

if TYPE_CHECKING:
    from ui.cijfers_charts import Bar, BarChart, Tile
    from ui.operations.figures import Measure, Report, Section

TILES_A_ROW = 4
FORMAT_NAMES = {"csv": "CSV", "xlsx": "Excel (XLSX)", "pdf": "PDF", "json": "JSON"}
STYLE = """
QLabel#periodLabel { font-size: 17pt; font-weight: bold; }
QLabel#kLabel { font-size: 13pt; color: #37474f; }
QLabel#cijfersStatus[error="true"] { color: #b71c1c; font-size: 13pt; }
QLabel#mergedBanner { background: #fff3e0; color: #4e342e; font-size: 15pt; font-weight: bold;
    padding: 8px 12px; border: 1px solid #ffb74d; border-radius: 6px; }
QFrame#tile { background: #f1f8e9; border: 1px solid #c5e1a5; border-radius: 8px; }
QLabel#tileCaption { font-size: 14pt; color: #33691e; }
QLabel#tileNumber { font-size: 32pt; font-weight: bold; color: #1b5e20; }
QLabel#tileDetail { font-size: 12pt; color: #455a64; }
QFrame#chartPanel { background: white; border: 1px solid #dfe3e6; border-radius: 8px; }
QLabel#chartTitle { font-size: 16pt; font-weight: bold; color: #263238; }
QLabel#chartNote { font-size: 12pt; color: #6d4c41; }
QLabel#lockedText { font-size: 15pt; }
"""


def tr(text: str) -> str:
    """A text of this module's functions; lupdate files texts of plain ``tr()`` calls under ''."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def slug(text: str) -> str:
    """'De Kleine Knuistjes' -> 'de-kleine-knuistjes' (for a file name)."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "cijfers"


def period_of(start: date, end: date) -> Period:
    """The named period that ``start``..``end`` is, or an own range (for a merged overview)."""
    for kind in ("month", "quarter", "year"):
        candidate = period_containing(kind, start)
        if (candidate.start, candidate.end) == (start, end):
            return candidate
    return Period("custom", start, end)


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class OneLineWhereItFits(QLabel):
    """A label that asks for room for its whole text on one line and wraps only when the window
    has less (a netbook): a plain word-wrapping label wraps at a guessed width even on a wide screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        whole = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(max(hint.width(), whole), hint.height())


@dataclass(frozen=True)
class Choice:
    """What the pickers say: the period, and a location id (own figures) or name (merged)."""

    period: Period
    location: int | str | None


class CijfersScreen(QWidget):
    """Figures of a period and a place as tiles and charts; exports; a merged overview of several places."""

    report_shown = Signal()
    """A report is on screen (tiles and charts filled)."""
    export_written = Signal(object)
    """An export was written; the argument is its Path."""

    def __init__(
        self,
        *,
        operations: Operations,
        runner: Runner,
        today: Callable[[], date] = date.today,
        pin: Callable[[QWidget | None, Operations], bool] = require_pin,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cijfersScreen")
        self.operations = operations
        self.runner = runner
        self.today = today
        self.pin = pin
        self.unlocked = False
        self._asking = False
        self._built = False
        self._generation = 0
        self._loading = False
        self.own_report: Report | None = None
        self.merged: Report | None = None
        self.section: Section | None = None
        self.message: QMessageBox | None = None
        """The last message shown (non-blocking), for the coordinator to read and tests to check."""
        self.progress: QProgressDialog | None = None
        self.open_button: QPushButton | None = None
        """The "Openen" button of the last export's message."""
        self.setStyleSheet(STYLE)

        self.locked = QWidget(self)
        locked_text = QLabel(
            self.tr("De cijfers zijn voor de coördinator. Open ze met de pincode."), self.locked
        )
        locked_text.setObjectName("lockedText")
        locked_text.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Cijfers &openen..."), self.locked)
        self.unlock_button.setAccessibleName(self.tr("Cijfers openen"))
        self.unlock_button.clicked.connect(self.unlock)
        locked_layout = QVBoxLayout(self.locked)
        locked_layout.addStretch(1)
        locked_layout.addWidget(locked_text, 0, Qt.AlignmentFlag.AlignHCenter)
        locked_layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        locked_layout.addStretch(2)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.locked)

    # --- Opening -------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.unlocked:
            if not self._asking:
                self._asking = True
                QTimer.singleShot(0, self._ask_once)  # after the tab is on screen, not inside showEvent
        elif self.merged is None:
            self.refresh()  # check-ins may have happened since the figures were last shown

    def _ask_once(self) -> None:
        try:
            if self.isVisible():
                self.unlock()
        finally:
            self._asking = False

    def unlock(self) -> bool:
        """Ask the coordinator PIN (none set: at once) and show the figures; False when refused."""
        if self.unlocked:
            return True
        if not self.pin(self, self.operations):
            return False
        self.unlocked = True
        if not self._built:  # built once; locking only hides it
            self._build()
        self.pages.setCurrentWidget(self.content)
        self.refresh()
        return True

    def lock(self) -> None:
        """Hide the figures again until the PIN is given (the tab was left, or nobody used the app)."""
        self.unlocked = False
        self.pages.setCurrentWidget(self.locked)

    def _build(self) -> None:
        """The figures' widgets, made on first opening (this is when QtCharts loads)."""
        from ui.cijfers_charts import Bar, BarChart, Tile, value_text
        from ui.operations import figures

        self._figures = figures
        self._bar, self._value_text = Bar, value_text
        self.content = QWidget(self)

        # Period and location
        self.kind_combo = QComboBox(self.content)
        for kind, name in zip(
            KINDS,
            (self.tr("Maand"), self.tr("Kwartaal"), self.tr("Jaar"), self.tr("Eigen periode")),
            strict=True,
        ):
            self.kind_combo.addItem(name, kind)
        self.kind_combo.setAccessibleName(self.tr("Soort periode"))
        self.previous_button = QPushButton(self.tr("◀ &Vorige"), self.content)
        self.previous_button.setAccessibleName(self.tr("Vorige periode"))
        self.next_button = QPushButton(self.tr("V&olgende ▶"), self.content)
        self.next_button.setAccessibleName(self.tr("Volgende periode"))
        self.period_label = OneLineWhereItFits(self.content)  # wraps on a netbook only
        self.period_label.setObjectName("periodLabel")
        self.start_edit = QDateEdit(self.content)
        self.end_edit = QDateEdit(self.content)
        for edit, name in ((self.start_edit, self.tr("Begindatum")), (self.end_edit, self.tr("Einddatum"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
        self.until_label = QLabel(self.tr("t/m"), self.content)
        self.location_combo = QComboBox(self.content)
        self.location_combo.setAccessibleName(self.tr("Locatie"))
        self.location_combo.setMinimumContentsLength(18)
        location_label = QLabel(self.tr("&Locatie:"), self.content)
        location_label.setBuddy(self.location_combo)
        period_row = QHBoxLayout()
        pickers: tuple[QWidget, ...] = (
            self.kind_combo,
            self.previous_button,
            self.period_label,
            self.start_edit,
            self.until_label,
            self.end_edit,
            self.next_button,
        )
        for widget in pickers:
            period_row.addWidget(widget)
        period_row.addStretch(1)
        period_row.addWidget(location_label)
        period_row.addWidget(self.location_combo)

        # k, busy, exports, merging
        self.k_label = OneLineWhereItFits(self.content)
        self.k_label.setObjectName("kLabel")
        self.k_spin = QSpinBox(self.content)
        self.k_spin.setRange(rules.LOWEST_MIN_COUNT, 1000)
        self.k_spin.setAccessibleName(self.tr("Minimale telling"))
        self.k_spin.setToolTip(
            self.tr("Kleinere aantallen worden nergens getoond of geëxporteerd, zodat niemand herkenbaar is.")
        )
        self.k_spin.setValue(figures.min_count(self.operations))
        k_spin_label = QLabel(self.tr("&Minimale telling:"), self.content)
        k_spin_label.setBuddy(self.k_spin)
        self.k_button = QPushButton(self.tr("&Instellen"), self.content)
        self.k_button.setAccessibleName(self.tr("Minimale telling instellen"))
        self.busy = QProgressBar(self.content)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig met berekenen"))
        self.busy.hide()
        self.export_menu = QMenu(self.content)
        self.export_actions = {}
        for fmt in figures.FORMATS:
            action = self.export_menu.addAction(
                self.tr("Exporteren als {name}...").format(name=FORMAT_NAMES.get(fmt, fmt.upper()))
            )
            action.triggered.connect(lambda _checked=False, fmt=fmt: self.ask_export(fmt))
            self.export_actions[fmt] = action
        # The file's language: Dutch (the workgroup's) unless chosen here, whatever the window speaks.
        self.export_menu.addSection(self.tr("Taal van het bestand"))
        self.export_language_group = QActionGroup(self.export_menu)
        self.export_language_group.setExclusive(True)
        self.export_languages: dict[str, QAction] = {}
        for code, name in language_choices():
            choice = self.export_menu.addAction(name)
            choice.setCheckable(True)
            choice.setChecked(code == figures.DEFAULT_LANGUAGE)
            choice.setData(code)
            self.export_language_group.addAction(choice)
            self.export_languages[code] = choice
        self.export_button = QPushButton(self.tr("&Exporteren"), self.content)
        self.export_button.setMenu(self.export_menu)
        self.merge_button = QPushButton(self.tr("Overzicht &samenvoegen..."), self.content)
        self.merge_button.setToolTip(
            self.tr("Voeg de JSON-bestanden van andere ontmoetingsplekken samen tot één overzicht.")
        )
        options_row = QHBoxLayout()
        options_row.addWidget(self.k_label)
        options_row.addSpacing(12)
        options_row.addWidget(k_spin_label)
        options_row.addWidget(self.k_spin)
        options_row.addWidget(self.k_button)
        options_row.addSpacing(12)
        options_row.addWidget(self.busy)
        options_row.addStretch(1)
        options_row.addWidget(self.export_button)
        options_row.addWidget(self.merge_button)

        # The merged overview's banner, and messages
        self.banner = QLabel(self.content)
        self.banner.setObjectName("mergedBanner")
        self.banner.setWordWrap(True)
        self.back_button = QPushButton(self.tr("&Terug naar eigen cijfers"), self.content)
        self.banner_row = QWidget(self.content)
        banner_layout = QHBoxLayout(self.banner_row)
        banner_layout.setContentsMargins(0, 0, 0, 0)
        banner_layout.addWidget(self.banner, 1)
        banner_layout.addWidget(self.back_button)
        self.banner_row.hide()
        self.status = QLabel(self.content)
        self.status.setObjectName("cijfersStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        # Tiles and charts: one per measure of the registry, with its title
        self.tiles: dict[str, Tile] = {}
        tiles_row = QGridLayout()  # four a row: room for more headline measures
        captions = [(m.key, core_text(m.title)) for m in figures.tiles()]
        for index, (key, caption) in enumerate([*captions, ("average", core_text(figures.AVERAGE_TITLE))]):
            tile = Tile(caption=caption, name=caption, parent=self.content)
            self.tiles[key] = tile
            tiles_row.addWidget(tile, index // TILES_A_ROW, index % TILES_A_ROW)
        self.charts: dict[str, BarChart] = {}
        self.chart_measures: dict[str, Measure] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        row = column = 0

        def place(key: str, title: str, *, horizontal: bool, wide: bool) -> None:
            nonlocal row, column
            if wide and column:
                row, column = row + 1, 0
            chart = BarChart(title=title, horizontal=horizontal, parent=self.content)
            self.charts[key] = chart
            grid.addWidget(chart, row, column, 1, 2 if wide else 1)
            row, column = (row + 1, 0) if wide or column else (row, 1)

        for measure in figures.charted():
            if measure.chart == "over_time":
                self.chart_measures[measure.key] = measure
                place(measure.key, core_text(measure.title), horizontal=False, wide=True)
        place("new_returning", self.tr("Nieuwe en terugkerende gezinnen"), horizontal=False, wide=False)
        for measure in figures.charted():
            if measure.chart != "over_time":
                self.chart_measures[measure.key] = measure
                place(measure.key, core_text(measure.title), horizontal=measure.chart == "bars", wide=False)
        shown = QWidget(self.content)
        shown_layout = QVBoxLayout(shown)
        shown_layout.addLayout(tiles_row)
        shown_layout.addLayout(grid)
        shown_layout.addStretch(1)
        self.scroll_area = QScrollArea(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(shown)

        layout = QVBoxLayout(self.content)
        layout.addLayout(period_row)
        layout.addLayout(options_row)
        layout.addWidget(self.banner_row)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self.pages.addWidget(self.content)

        self.period = last_complete("quarter", self.today())
        self.kind_combo.setCurrentIndex(KINDS.index("quarter"))
        self._show_period()
        self._fill_own_locations()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.previous_button.clicked.connect(lambda: self.set_period(self.period.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.set_period(self.period.shifted(1)))
        self.start_edit.dateChanged.connect(self._own_range_changed)
        self.end_edit.dateChanged.connect(self._own_range_changed)
        self.location_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.k_button.clicked.connect(lambda: self.set_min_count(self.k_spin.value()))
        self.merge_button.clicked.connect(self.ask_merge)
        self.back_button.clicked.connect(self.back_to_own)
        self._built = True

    # --- The pickers ---------------------------------------------------------------------------------
    def _fill_own_locations(self) -> None:
        places = self._figures.locations(self.operations)
        self._fill_locations(
            [(self.tr("Alle locaties"), None), *((place.name, place.id) for place in places)]
        )

    def _fill_locations(self, items: list[tuple[str, Any]]) -> None:
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for name, data in items:
            self.location_combo.addItem(name, data)
        self.location_combo.setCurrentIndex(0)
        self.location_combo.blockSignals(False)

    def _show_period(self) -> None:
        custom = self.period.kind == "custom"
        self.period_label.setText(self.period.label() if not custom else "")
        self.period_label.setVisible(not custom)
        for widget in (self.start_edit, self.until_label, self.end_edit):
            widget.setVisible(custom)
        for edit, day in ((self.start_edit, self.period.start), (self.end_edit, self.period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.next_button.setEnabled(self.merged is None and self.period.shifted(1).start <= self.today())
        self.previous_button.setEnabled(self.merged is None)

    def set_period(self, period: Period) -> None:
        """Show ``period`` (its kind is picked too) and recompute."""
        self.period = period
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(KINDS.index(period.kind))
        self.kind_combo.blockSignals(False)
        self._show_period()
        self.refresh()

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        if kind == "custom":
            self.set_period(Period("custom", self.period.start, self.period.end))
        else:
            self.set_period(last_complete(kind, self.today()))

    def _own_range_changed(self) -> None:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        self.period = Period("custom", start, end)  # type: ignore[arg-type]
        self.refresh()

    def choice(self) -> Choice:
        return Choice(self.period, self.location_combo.currentData())

    # --- Computing and showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the figures of the chosen period and location in the background."""
        if not self._built:
            return
        if self.merged is not None:
            self._display()
            return
        choice = self.choice()
        location_id = choice.location if isinstance(choice.location, int) else None
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.runner.submit(
            partial(
                self._figures.compute_report,
                self.operations,
                start=choice.period.start,
                end=choice.period.end,
                location_id=location_id,
            ),
            done=lambda report: self._computed(generation, report),
            failed=lambda error: self._compute_failed(generation, error),
        )

    def _set_busy(self, busy: bool) -> None:
        self._loading = busy
        self.busy.setVisible(busy)

    def _computed(self, generation: int, report: Report) -> None:
        if generation != self._generation or self.merged is not None:
            return  # an older question, or a merged overview took its place
        self._set_busy(False)
        self.own_report = report
        self._display()

    def _compute_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.own_report = None
        self.section = None
        self._say(
            rejected_text(error) if isinstance(error, Rejected) else self._unexpected(error), error=True
        )
        self._clear()

    @property
    def report(self) -> Report | None:
        """What is on screen: the merged overview, or the own figures."""
        return self.merged if self.merged is not None else self.own_report

    def _pick_section(self, report: Report) -> Section | None:
        wanted = self.location_combo.currentData()
        if isinstance(wanted, str):
            found = report.sections_of(wanted)
        else:
            found = report.sections_of(self._figures.ALL_LOCATIONS) or list(report.sections)
        return found[0] if found else None

    def _display(self) -> None:
        report = self.report
        if report is None:
            return
        self.k_label.setText(self.tr("Aantallen kleiner dan {k} worden niet getoond.").format(k=report.k))
        section = self._pick_section(report)
        self.section = section
        if section is None:
            self._say(self.tr("Deze locatie staat niet in het overzicht."), error=True)
            self._clear()
            return
        self._say("")
        self._fill_tiles(section, report.k)
        self._fill_charts(section, report.k)
        self.report_shown.emit()

    def _clear(self) -> None:
        for tile in self.tiles.values():
            tile.set("–")
        for chart in self.charts.values():
            chart.show_bars([], k=self.k_spin.value(), note=" ")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", "true" if error else "false")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    def _fill_tiles(self, section: Section, k: int) -> None:
        figures = self._figures
        families = section.value("families")
        for measure in figures.tiles():
            value = section.value(measure.key)
            tile = self.tiles[measure.key]
            if measure.key not in ("new_families", "returning_families"):
                tile.set(measure.reader(value, k, core_text))
            elif value is None:
                tile.set(
                    measure.reader(None, k, core_text),
                    self.tr("nieuw of terugkerend is kleiner dan {k}").format(k=k),
                )
            elif (
                value.status == "exact" and families is not None and families.status == "exact" and families.n
            ):
                tile.set(
                    f"{round(100 * (value.n or 0) / families.n)}%",
                    self.tr("{n} van {total} gezinnen").format(n=value.n, total=families.n),
                )
            else:
                tile.set(measure.reader(value, k, core_text), self.tr("gezinnen"))
        average = self.tiles["average"]
        visits, mornings = section.value("visits"), section.value("mornings")
        text = figures.average_text(section, k, core_text)
        if mornings is None or not mornings.n:
            average.set(text, self.tr("geen ochtenden"))
        elif visits is None or visits.status == "suppressed":
            average.set(text, self.tr("te weinig bezoeken om te tonen"))
        else:
            average.set(text, self.tr("bezoeken per ochtend"))

    def _bars(self, section: Section, measure: Measure, k: int) -> tuple[list[Bar], str]:
        """The categories of ``measure`` as bars, and a note on what is not drawn.

        Zeros of an open list (villages) and empty catch-alls ('onbekend') are left out and named.
        """
        total = section.value(measure.key)
        if total is None:
            return [], self.tr("Niet getoond.")
        if total.status == "suppressed":
            return [], self.tr("In totaal minder dan {k}: niet getoond.").format(k=k)
        bars: list[Bar] = []
        zeros: list[str] = []
        unknown: list[str] = []
        for figure in self._figures.in_reading_order(section, measure.key):
            label = measure.category_label(figure.category, core_text)
            is_zero = figure.value.status == "exact" and figure.value.n == 0
            if figure.value.status == "lower" and not figure.value.n:
                unknown.append(label)  # "at least 0" over several places: only in their "overig"
            elif is_zero and (measure.drop_zeros or figure.category in self._figures.LAST_CATEGORIES):
                if measure.drop_zeros:
                    zeros.append(label)
            else:
                bars.append(self._bar(label, figure.value, measure.reader(figure.value, k, core_text)))
        notes = []
        if zeros:
            notes.append(core_text(measure.zero_note, names=", ".join(zeros)))
        if unknown:
            notes.append(
                self.tr("Alleen onder 'overig' geteld (bij een van de locaties): {names}.").format(
                    names=", ".join(unknown)
                )
            )
        return bars, "\n".join(notes)

    def _over_time(self, section: Section, measure: Measure, k: int) -> None:
        """A breakdown by date (visits per morning): the dates in order; 'overig' (quiet mornings
        together) is no date and goes into the note."""
        figures = self._figures
        days = [f for f in section.breakdown(measure.key) if f.category != figures.OTHER]
        days.sort(key=lambda f: f.category)
        bars = [
            self._bar(self._short_date(f.category), f.value, measure.reader(f.value, k, core_text))
            for f in days
        ]
        note = ""
        other = section.value(measure.key, figures.OTHER)
        if other is not None and other.shown:
            note = self.tr("Weinig voorkomende groepen staan samen onder 'overig': {value}.").format(
                value=measure.reader(other, k, core_text)
            )
            if measure.key == "visits_by_morning":
                note = self.tr(
                    "Ochtenden met weinig bezoeken staan samen onder 'overig': {value} bezoeken."
                ).format(value=measure.reader(other, k, core_text))
        total = section.value(measure.key)
        if not days and total is not None and total.status == "suppressed":
            note = self.tr("In totaal minder dan {k}: niet getoond.").format(k=k)
        elif total is None:
            note = self.tr("Niet getoond.")
        self.charts[measure.key].show_bars(bars, k=k, note=note, labels_with_values=True)

    def _fill_charts(self, section: Section, k: int) -> None:
        new, returning = section.value("new_families"), section.value("returning_families")
        if new is None or returning is None:
            self.charts["new_returning"].show_bars(
                [],
                k=k,
                note=self.tr("Niet getoond: nieuw of terugkerend is kleiner dan {k}.").format(k=k),
            )
        else:
            self.charts["new_returning"].show_bars(
                [self._bar(self.tr("Nieuw"), new), self._bar(self.tr("Terugkerend"), returning)], k=k
            )
        for key, measure in self.chart_measures.items():
            if measure.chart == "over_time":
                self._over_time(section, measure, k)
                continue
            bars, note = self._bars(section, measure, k)
            self.charts[key].show_bars(bars, k=k, note=note, money=measure.money)

    @staticmethod
    def _short_date(category: str) -> str:
        """'2026-07-01' -> '1-7'; anything else unchanged."""
        try:
            day = date.fromisoformat(category)
        except ValueError:
            return core_text(category)
        return f"{day.day}-{day.month}"

    # --- k -------------------------------------------------------------------------------------------
    def set_min_count(self, k: int) -> bool:
        """Store k (one transaction) and recompute; a refusal is shown in Dutch and changes nothing."""
        try:
            self._figures.save_min_count(self.operations, k)
        except Rejected as error:
            self._tell(QMessageBox.Icon.Warning, self.tr("Dat lukt niet"), rejected_text(error))
            return False
        self.k_spin.setValue(k)
        self.refresh()
        return True

    # --- Exports -------------------------------------------------------------------------------------
    @property
    def export_language(self) -> str:
        """The language chosen in the export menu for the files' texts (Dutch unless changed)."""
        chosen = self.export_language_group.checkedAction()
        return str(chosen.data()) if chosen is not None else self._figures.DEFAULT_LANGUAGE

    def default_file_name(self, fmt: str) -> str:
        """'cijfers-2026-K3-alle-locaties.xlsx'."""
        report = self.report
        assert report is not None
        if self.merged is not None:
            where = "samengevoegd"
            period = period_of(report.period_start, report.period_end)
        else:
            where = (
                slug(self.location_combo.currentText())
                if self.location_combo.currentIndex() > 0
                else "alle-locaties"
            )
            period = self.period
        return f"cijfers-{period.slug()}-{where}{self._figures.SUFFIXES[fmt]}"

    def ask_export(self, fmt: str) -> None:
        """Ask where to save, then write the export of what is on screen in the background."""
        if self.report is None:
            return
        name = FORMAT_NAMES.get(fmt, fmt.upper())
        suffix = self._figures.SUFFIXES[fmt]
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporteren als {name}").format(name=name),
            str(documents_dir() / self.default_file_name(fmt)),
            self.tr("{name} (*{suffix})").format(name=name, suffix=suffix),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str, language: str | None = None) -> None:
        """Write the export of what is on screen to ``path`` in the background, in ``language``
        (by default the one chosen in the export menu)."""
        report = self.report
        if report is None:
            return
        progress = QProgressDialog(
            self.tr("De cijfers worden opgeslagen als {name}...").format(name=FORMAT_NAMES.get(fmt, fmt)),
            "",
            0,
            0,
            self,
        )
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Exporteren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        self.runner.submit(
            partial(self._figures.export, report, path, fmt, language or self.export_language),
            done=lambda written: self._exported(Path(written)),
            failed=lambda error: self._export_failed(fmt, error),
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _exported(self, path: Path) -> None:
        self._close_progress()
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("Opgeslagen"),
            self.tr(
                "De cijfers zijn opgeslagen in {path}. Er staan geen namen of codes van gezinnen in."
            ).format(path=path),
            open_path=path,
        )
        self.export_written.emit(path)

    def _export_failed(self, fmt: str, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Rejected):
            text = rejected_text(error)
        elif isinstance(error, OSError):
            text = self.tr("Het bestand kan niet worden opgeslagen: {reason}").format(
                reason=error.strerror or error
            )
        else:
            text = self._unexpected(error)
        self._tell(QMessageBox.Icon.Warning, self.tr("Exporteren lukt niet"), text)

    # --- Merging -------------------------------------------------------------------------------------
    def ask_merge(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Overzicht samenvoegen: kies de JSON-bestanden"),
            str(documents_dir()),
            self.tr("Cijferbestanden (*.json)"),
        )
        if chosen:
            self.merge_files([Path(name) for name in chosen])

    def merge_files(self, paths: Sequence[Path]) -> None:
        """Read and merge ``paths`` in the background; the screen then shows the merged overview."""
        self._set_busy(True)
        self.runner.submit(
            partial(self._figures.merge_files, list(paths)),
            done=lambda report: self._show_merged(report, count=len(paths)),
            failed=self._merge_failed,
        )

    def _show_merged(self, report: Report, *, count: int) -> None:
        self._set_busy(False)
        self._generation += 1  # a computation still under way no longer counts
        self.merged = report
        names = report.merged_from or []
        self.banner.setText(
            self.tr("Samengevoegd overzicht uit %n bestanden", "", len(names) or count)
            + (f": {', '.join(names)}" if names else "")
        )
        self.banner_row.show()
        others = [(name, name) for name in report.locations]
        self._fill_locations([(self.tr("Alle locaties"), self._figures.ALL_LOCATIONS), *others])
        period = period_of(report.period_start, report.period_end)
        self.period_label.setText(period.label())
        self.period_label.show()
        own_range: tuple[QWidget, ...] = (self.start_edit, self.until_label, self.end_edit)
        for widget in own_range:
            widget.hide()
        own_only: tuple[QWidget, ...] = (
            self.kind_combo,
            self.previous_button,
            self.next_button,
            self.k_spin,
            self.k_button,
        )
        for widget in own_only:
            widget.setEnabled(False)
        self._display()

    def _merge_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, self._figures.MergeProblems):
            lines = [
                f"{name}: "
                + (
                    rejected_text(reason)
                    if reason is not None
                    else tr("het bestand kan niet worden gelezen.")
                )
                for name, reason in error.problems
            ]
            text = self.tr("Deze bestanden kunnen niet worden samengevoegd:") + "\n\n" + "\n".join(lines)
        elif isinstance(error, Rejected):
            text = rejected_text(error)
        else:
            text = self._unexpected(error)
        self._tell(
            QMessageBox.Icon.Warning,
            self.tr("Samenvoegen lukt niet"),
            text + "\n\n" + self.tr("Er is niets veranderd."),
        )

    def back_to_own(self) -> None:
        """Leave the merged overview: the own figures of the chosen period again."""
        self.merged = None
        self.banner_row.hide()
        for widget in (self.kind_combo, self.k_spin, self.k_button):
            widget.setEnabled(True)
        self._fill_own_locations()
        self._show_period()
        self.refresh()

    # --- Messages ------------------------------------------------------------------------------------
    def _tell(
        self, icon: QMessageBox.Icon, title: str, text: str, *, open_path: Path | None = None
    ) -> QMessageBox:
        """A message that does not block the window; with ``open_path`` it offers to open that file."""
        if self.message is not None:
            self.message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if open_path is not None:
            self.open_button = box.addButton(self.tr("&Openen"), QMessageBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(open_path)))
            )
        box.addButton(self.tr("&Sluiten"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _result, box=box: self._forget(box))
        self.message = box
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if self.message is box:
            self.message = None

    def _unexpected(self, error: BaseException) -> str:
        return self.tr("Er ging iets mis: {error}").format(error=error)
