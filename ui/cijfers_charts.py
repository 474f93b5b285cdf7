"""The Cijfers screen's building blocks: headline tiles and bar charts (QtCharts), big enough for a projector.

They only display published values (``checkin.stats.model.Value``): a suppressed value has no size,
so its bar stays empty and its label and the note under the chart say "minder dan k"; a lower
bound is drawn at its bound and labelled "ten minste N". This module loads QtCharts, so the
screen imports it only when the coordinator first opens the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

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

from ui.cijfers_period import TR_CONTEXT
from ui.messages import core_text
from ui.operations.figures import Value, reader

BAR_COLOUR = "#2e7d32"
AXIS_POINT_SIZE = 12
MIN_HEIGHT = 300
ROW_HEIGHT = 34
"""Height per category of a horizontal chart (px), so that no name is cut off."""
MANY = 14
"""With more categories than this, a vertical chart's labels stand upright and leave out the value."""


def tr(text: str) -> str:
    """A text of this module's functions; lupdate files texts of plain ``tr()`` calls under ''."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def translated(text: str) -> str:
    """A Dutch text of the core in the user's language."""
    return core_text(text)


def value_text(value: Value | None, k: int) -> str:
    """A published value in the registry's words, translated: '12', 'minder dan 5', 'ten minste 37', '–'."""
    return reader(value, k, translate=translated)


@dataclass(frozen=True)
class Bar:
    """One category of a chart: its label and its published value (None: left out by the rules)."""

    label: str
    value: Value | None
    text: str | None = None
    """How the value reads beside the bar (the measure's own words, '€ 3,50'); None: ``value_text``."""


class Tile(QFrame):
    """A headline figure: a caption, a big number, and a line under it."""

    def __init__(self, *, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
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
        # One series and two axes for the chart's life: a new report replaces their contents.
        # (Axes removed from a QChart are not deleted and stay drawn in the scene.)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.series = QHorizontalBarSeries(self.chart) if horizontal else QBarSeries(self.chart)
        self.series.setBarWidth(0.7)
        self.chart.addSeries(self.series)
        self.category_axis = QBarCategoryAxis(self.chart)
        self.value_axis = QValueAxis(self.chart)
        self.value_axis.setLabelFormat("%d")
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        self.chart.addAxis(self.category_axis, left if horizontal else bottom)
        self.chart.addAxis(self.value_axis, bottom if horizontal else left)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
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
        self,
        bars: Sequence[Bar],
        *,
        k: int,
        note: str = "",
        labels_with_values: bool = True,
        money: bool = False,
    ) -> None:
        """Draw ``bars``; a suppressed or left-out value gets no bar and is named in the note.

        ``money``: the values are cents, drawn in euros.
        """
        self.series.clear()
        self.category_axis.clear()
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
        for axis in (self.category_axis, self.value_axis):
            axis.setVisible(bool(bars))
        if not bars:
            self.bar_set = None
            self.categories = []
            self.note.setText("\n".join(notes) or tr("Geen gegevens in deze periode."))
            self.note.show()
            return
        if self.horizontal:  # every name readable: the chart grows with its categories
            self.view.setMinimumHeight(max(MIN_HEIGHT, 70 + ROW_HEIGHT * len(bars)))
        many = not self.horizontal and len(bars) > MANY
        self.categories = [
            bar.label
            if many or not labels_with_values
            else self._label(bar.label, bar.text if bar.text is not None else value_text(bar.value, k))
            for bar in bars
        ]
        values = [0.0 if bar.value is None else bar.value.shown / (100 if money else 1) for bar in bars]
        ordered = list(zip(self.categories, values, strict=True))
        if self.horizontal:
            ordered.reverse()  # a horizontal chart draws its first category at the bottom
        bar_set = QBarSet(self.title.text())
        bar_set.setColor(QColor(BAR_COLOUR))
        bar_set.setBorderColor(QColor(BAR_COLOUR))
        bar_set.append([float(v) for _, v in ordered])
        self.series.append(bar_set)
        font = QFont()
        font.setPointSize(AXIS_POINT_SIZE if len(bars) <= MANY else AXIS_POINT_SIZE - 2)
        self.category_axis.append([self._axis_label(label) for label, _ in ordered])
        self.category_axis.setLabelsFont(font)
        self.category_axis.setLabelsAngle(-90 if many else 0)
        self.value_axis.setLabelsFont(font)
        self.value_axis.setTickCount(5)
        self.value_axis.setRange(0, max(max(values), 1))
        self.value_axis.applyNiceNumbers()
        if self.value_axis.max() - self.value_axis.min() < 4:  # whole numbers only on a small scale
            self.value_axis.setTickCount(int(self.value_axis.max()) + 1)
        self.bar_set = bar_set
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def _label(self, label: str, value: str) -> str:
        """'moeder: 12' beside a horizontal bar; under a vertical one 'moeder', '12' on two lines,
        or three for 'ten minste' / '37', so that the label fits under its bar."""
        if self.horizontal:
            return f"{label}: {value}"
        words, _space, number = value.rpartition(" ")
        return "\n".join(part for part in (label, words, number) if part)

    @staticmethod
    def _axis_label(label: str) -> str:
        """A label of two lines: QtCharts breaks lines in rich text only (plain text stays as is)."""
        if "\n" not in label:
            return label
        return "<br>".join(escape(line, quote=False) for line in label.split("\n"))

    def drawn(self) -> dict[str, float]:
        """Label -> drawn bar length, in the order given (what a test reads instead of pixels)."""
        if self.bar_set is None:
            return {}
        values = [self.bar_set.at(i) for i in range(self.bar_set.count())]
        if self.horizontal:
            values.reverse()
        return dict(zip(self.categories, values, strict=True))
