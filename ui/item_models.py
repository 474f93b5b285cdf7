"""Item models over the core's plain rows: search results, the present list, all families, an import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from checkin.ages import describe_age
from checkin.i18n import CONTEXT, N_
from checkin.money import format_cents
from checkin.text import fold
from ui.messages import core_text
from ui.operations.door import FamilyMatch, MissedFamily, Present
from ui.operations.families import FamilyOverview
from ui.operations.imports import PlannedVisit
from ui.operations.programme import ActivityRow, dutch_date, hours_text

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, ROW_ROLE) gives the plain row behind a table line."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tooltip: Callable[[Row], str] | None = None
    """The cell's tooltip; without it the cell has none."""


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of plain rows described by columns; replaced wholesale on refresh."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._given: dict[int, int] = {}
        """Each row's place in the order it was given, for sorting back to it."""
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._given = {id(row): place for place, row in enumerate(self._rows)}
        self.endResetModel()
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves by a column's sort key (column -1: as they were given).

        A proxy that only filters then needs no comparisons through Python per keystroke.
        """
        self._sorted_by = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        if 0 <= column < len(self._columns):
            spec = self._columns[column]
            keys = [spec.sort(row) if spec.sort else spec.text(row) for row in old]
            permutation = sorted(
                range(len(old)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
            )
        else:
            permutation = sorted(range(len(old)), key=lambda i: self._given[id(old[i])])
        self._rows = [old[i] for i in permutation]
        moved = {before: after for after, before in enumerate(permutation)}
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # lupdate files tr("...") under CONTEXT


_RIGHT = Qt.AlignmentFlag.AlignRight
UNNAMED_CHILD = N_("kind")
"""How a child without a nickname is named in a list (with its age)."""


def match_children_text(row: FamilyMatch) -> str:
    """'Ela, kind (2 jr)': nicknames, and each child without one as 'kind' with its age."""
    unnamed = [
        f"{core_text(UNNAMED_CHILD)} ({core_text(describe_age(months))})" for months in row.unnamed_ages
    ]
    return ", ".join([row.children] * bool(row.children) + unnamed)


def family_results_model(parent: Any = None) -> RowsModel[FamilyMatch]:
    return RowsModel(
        [
            Column(_tr("Naam"), lambda r: r.display_name or _tr("(geen naam)")),
            Column(_tr("Kinderen"), match_children_text),
            Column(_tr("Woonplaats"), lambda r: r.village),
            Column(_tr("Code"), lambda r: r.code),
        ],
        parent,
    )


def present_model(parent: Any = None) -> RowsModel[Present]:
    return RowsModel(
        [
            Column(_tr("Gezin"), lambda r: r.display_name or r.code),
            Column(_tr("Code"), lambda r: r.code),
            Column(_tr("Binnen"), lambda r: r.arrived_at.strftime("%H:%M"), sort=lambda r: r.arrived_at),
            Column(
                _tr("Weg"),
                lambda r: r.left_at.strftime("%H:%M") if r.left_at else "",
                sort=lambda r: r.left_at.isoformat() if r.left_at else "",
            ),
            Column(_tr("Volw."), lambda r: str(r.adults), sort=lambda r: r.adults, align=_RIGHT),
            Column(_tr("Kind."), lambda r: str(r.children), sort=lambda r: r.children, align=_RIGHT),
            Column(_tr("Drankjes"), lambda r: str(r.drinks), sort=lambda r: r.drinks, align=_RIGHT),
            Column(
                _tr("Bedrag"), lambda r: format_cents(r.owed_cents), sort=lambda r: r.owed_cents, align=_RIGHT
            ),
        ],
        parent,
    )


def missed_model(parent: Any = None) -> RowsModel[MissedFamily]:
    return RowsModel(
        [
            Column(_tr("Gezin"), lambda r: r.display_name or r.code),
            Column(_tr("Code"), lambda r: r.code),
            Column(_tr("Bezoeken"), lambda r: str(r.visits), sort=lambda r: r.visits, align=_RIGHT),
            Column(
                _tr("Laatst gezien"), lambda r: r.last_day.strftime("%d-%m-%Y"), sort=lambda r: r.last_day
            ),
        ],
        parent,
    )


def children_text(row: FamilyOverview) -> str:
    """'Ela (2 jr 6 mnd), kind (verwacht)': each child's nickname and age today."""
    return ", ".join(
        f"{child.nickname or core_text(UNNAMED_CHILD)} ({core_text(describe_age(child.months))})"
        for child in row.children
    )


def families_model(parent: Any = None) -> RowsModel[FamilyOverview]:
    """Every family for the Gezinnen screen; sort keys are plain strings and numbers (fast in C++)."""
    return RowsModel(
        [
            Column(_tr("Code"), lambda r: r.code),
            Column(
                _tr("Naam"),
                lambda r: r.display_name or _tr("(geen naam)"),
                sort=lambda r: fold(r.display_name) or "\uffff",  # nameless families last
            ),
            Column(_tr("Woonplaats"), lambda r: r.village),
            Column(_tr("Kinderen"), children_text, sort=lambda r: len(r.children)),
            Column(_tr("Bezoeken"), lambda r: str(r.visits), sort=lambda r: r.visits, align=_RIGHT),
            Column(
                _tr("Laatste bezoek"),
                lambda r: r.last_visit.strftime("%d-%m-%Y") if r.last_visit else "",
                sort=lambda r: r.last_visit.isoformat() if r.last_visit else "",
                align=Qt.AlignmentFlag.AlignHCenter,  # apart from the number beside it
            ),
        ],
        parent,
    )


class PreviewModel(RowsModel[PlannedVisit]):
    """The rows an import would write, one visit per row (the dialog "Eerdere bezoeken importeren").

    The notes column says "nieuw gezin" only on the first row of a new family.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Regel"), lambda v: f"{v.sheet} {v.row}" if v.sheet else str(v.row), align=_RIGHT
                ),
                Column(self.tr("Datum"), self._day),
                Column(
                    self.tr("Gezin"),
                    lambda v: v.family if not v.code or v.family == v.code else f"{v.family} ({v.code})",
                ),
                Column(self.tr("Kinderen"), lambda v: str(v.children), align=_RIGHT),
                Column(self.tr("Volwassenen"), self._adults, align=_RIGHT),
                Column(self.tr("Woonplaats"), lambda v: v.village or self.tr("onbekend")),
                Column(self.tr("Opmerking"), self._notes),
            ],
            parent,
        )
        self._first_of_family: set[int] = set()
        """id() of each new family's first row."""

    def set_rows(self, rows: Sequence[PlannedVisit]) -> None:
        seen: set[tuple[str, Any]] = set()
        self._first_of_family = set()
        for visit in rows:
            if visit.family_key not in seen:
                seen.add(visit.family_key)
                self._first_of_family.add(id(visit))
        super().set_rows(rows)

    def _day(self, visit: PlannedVisit) -> str:
        day = visit.day.strftime("%d-%m-%Y")
        return self.tr("{day} (datum van de regel erboven)").format(day=day) if visit.date_from_above else day

    def _notes(self, visit: PlannedVisit) -> str:
        notes = []
        if visit.new_family and id(visit) in self._first_of_family:
            notes.append(self.tr("nieuw gezin"))
        if visit.new_morning:
            notes.append(self.tr("nieuwe ochtend"))
        return ", ".join(notes)

    @staticmethod
    def _adults(visit: PlannedVisit) -> str:
        """'2' when the list gives no roles, else '2 (1 moeder, 1 vader)'."""
        adults = visit.by_role
        if adults.others == adults.total:
            return str(adults.total)
        return f"{adults.total} ({adults.labelled(core_text)})"


class ActivityTableModel(RowsModel[ActivityRow]):
    """The activities of one place for the Programma screen: date, title, theme, partner, own hours.

    ``SORT_ROLE`` gives sortable keys (ISO date, folded text); ``ROW_ROLE`` the plain row.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Datum"),
                    lambda r: r.day.strftime("%d-%m-%Y"),
                    sort=lambda r: r.day.isoformat(),
                    tooltip=lambda r: dutch_date(r.day),
                ),
                Column(
                    self.tr("Titel"),
                    lambda r: r.title,
                    sort=lambda r: r.title.casefold(),
                    tooltip=lambda r: f"{r.title}\n\n{r.description}" if r.description else r.title,
                ),
                Column(
                    self.tr("Thema"),
                    lambda r: r.theme,
                    sort=lambda r: r.theme.casefold(),
                    tooltip=lambda r: r.theme,
                ),
                Column(
                    self.tr("Partner"),
                    lambda r: r.partner,
                    sort=lambda r: r.partner.casefold(),
                    tooltip=lambda r: r.partner,
                ),
                Column(
                    self.tr("Tijden"),
                    self._hours,
                    tooltip=lambda r: self._hours(r) or self.tr("Openingstijden"),
                ),
            ],
            parent,
        )

    @staticmethod
    def _hours(row: ActivityRow) -> str:
        """The activity's own hours; empty when it keeps the opening hours."""
        return "" if row.start is None or row.end is None else hours_text(row.start, row.end)
