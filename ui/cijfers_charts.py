"""The Cijfers screen's building blocks: headline tiles and bar charts (QtCharts), big enough for a projector.

They only display published values (``checkin.stats.model.Value``): a suppressed value has no size,
so its bar stays empty and its label and the note under the chart say "minder dan k"; a lower
bound is drawn at its bound and labelled "ten minste N". This module loads QtCharts, so the
screen imports it only when the coordinator first opens the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.stats.model import Value
from ui.messages import core_text

BAR_COLOUR = "#2e7d32"
AXIS_POINT_SIZE = 12
MIN_HEIGHT = 300
ROW_HEIGHT = 34
"""Height per category of a horizontal chart (px), so that no name is cut off."""
MANY = 14
"""With more categories than this, a vertical chart's labels stand upright and leave out the value."""


def tr(text: str) -> str:
    return QCoreApplication.translate("cijfers", text)


def value_text(value: Value | None, k: int) -> str:
    """``Value.dutch`` in the user's language: '12', 'minder dan 5', 'ten minste 37'."""
    if value is None:
        return tr("niet getoond")
    if value.status == "suppressed":
        return core_text("minder dan {k}", k=k)
    if value.status == "lower":
        return core_text("ten minste {n}", n=value.n)
    return str(value.n)


@dataclass(frozen=True)
class Bar:
    """One category of a chart: its label and its published value (None: left out by the rules)."""

    label: str
    value: Value | None


class Tile(QFrame):
    """A headline figure: a caption, a big number, and a line under it."""

    def __init__(self, *, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.number = QLabel("", self)
        self.number.setObjectName("tileNumber")
        self.number.setAccessibleName(caption)
        self.detail = QLabel("", self)
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, number: str, detail: str = "") -> None:
        self.number.setText(number)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class BarChart(QFrame):
    """A titled bar chart of one breakdown, with a note for what it cannot draw.

    ``horizontal`` suits long category names (villages, themes); vertical suits short ordered
    ones (ages, half hours, dates). ``bar_set`` holds the drawn values, ``categories`` the labels.
    """

    def __init__(self, *, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.horizontal = horizontal
        self.title = QLabel(title, self)
        self.title.setObjectName("chartTitle")
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_HEIGHT)
        self.view.setAccessibleName(title)
        self.note = QLabel("", self)
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.bar_set: QBarSet | None = None
        self.categories: list[str] = []

    def show_bars(
        self, bars: Sequence[Bar], *, k: int, note: str = "", labels_with_values: bool = True
    ) -> None:
        """Draw ``bars``; a suppressed or left-out value gets no bar and is named in the note."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        notes = [note] if note else []
        hidden = [bar.label for bar in bars if bar.value is None or bar.value.status == "suppressed"]
        if hidden:
            notes.append(
                tr("Geen staaf bij {names}: minder dan {k}, dus niet getoond.").format(
                    names=", ".join(hidden), k=k
                )
                if len(hidden) < len(bars)
                else tr("Te weinig om te tonen: minder dan {k}.").format(k=k)
            )
        if not bars:
            self.bar_set = None
            self.categories = []
            self.note.setText("\n".join(notes) or tr("Geen gegevens in deze periode."))
            self.note.show()
            return
        if self.horizontal:  # every name readable: the chart grows with its categories
            self.view.setMinimumHeight(max(MIN_HEIGHT, 70 + ROW_HEIGHT * len(bars)))
        many = not self.horizontal and len(bars) > MANY
        separator = ": " if self.horizontal else "\n"
        self.categories = [
            bar.label
            if many or not labels_with_values
            else f"{bar.label}{separator}{value_text(bar.value, k)}"
            for bar in bars
        ]
        values = [0 if bar.value is None else bar.value.shown for bar in bars]
        ordered = list(zip(self.categories, values, strict=True))
        if self.horizontal:
            ordered.reverse()  # a horizontal chart draws its first category at the bottom
        bar_set = QBarSet(self.title.text())
        bar_set.setColor(QColor(BAR_COLOUR))
        bar_set.setBorderColor(QColor(BAR_COLOUR))
        bar_set.append([float(v) for _, v in ordered])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.setBarWidth(0.7)
        series.append(bar_set)
        self.chart.addSeries(series)
        font = QFont()
        font.setPointSize(AXIS_POINT_SIZE if len(bars) <= MANY else AXIS_POINT_SIZE - 2)
        category_axis = QBarCategoryAxis()
        category_axis.append([label for label, _ in ordered])
        category_axis.setLabelsFont(font)
        if many:
            category_axis.setLabelsAngle(-90)
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        value_axis.setLabelsFont(font)
        value_axis.setRange(0, max(max(values), 1))
        value_axis.applyNiceNumbers()
        if value_axis.max() - value_axis.min() < 4:  # whole numbers only on a small scale
            value_axis.setTickCount(int(value_axis.max()) + 1)
        self.chart.addAxis(
            category_axis, Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom
        )
        self.chart.addAxis(
            value_axis, Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        self.bar_set = bar_set
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def drawn(self) -> dict[str, float]:
        """Label -> drawn bar length, in the order given (what a test reads instead of pixels)."""
        if self.bar_set is None:
            return {}
        values = [self.bar_set.at(i) for i in range(self.bar_set.count())]
        if self.horizontal:
            values.reverse()
        return dict(zip(self.categories, values, strict=True))
