"""The Programma's activity table and the import preview, as a table view shows them."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from checkin.adults import Adults
from ui.item_models import ROW_ROLE, SORT_ROLE, ActivityTableModel, PreviewModel
from ui.operations.imports import PlannedVisit
from ui.operations.programme import ActivityRow

TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


def _headers(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]


def _view(qtbot: QtBot, model: Any) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_activity_table_headers_cells_and_sorting(qtbot: QtBot, qtmodeltester: Any) -> None:
    rows = [
        ActivityRow(
            1, 1, date(2026, 12, 2), "Zingen", "Muziek", "Liedjes.", "Jong JGZ", time(10), time(11), ""
        ),
        ActivityRow(2, 1, date(2026, 11, 25), "voorlezen", "Boeken", "", "bieb", None, None, ""),
        ActivityRow(3, 1, date(2027, 1, 6), "Bewegen", "", "", "Sportclub", time(9, 30), time(10), ""),
    ]
    model = ActivityTableModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = _view(qtbot, proxy)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert _headers(view) == ["Datum", "Titel", "Thema", "Partner", "Tijden"]

    cells = [[model.index(row, column).data() for column in range(5)] for row in range(3)]
    assert cells == [
        ["02-12-2026", "Zingen", "Muziek", "Jong JGZ", "10:00 - 11:00"],
        ["25-11-2026", "voorlezen", "Boeken", "bieb", ""],
        ["06-01-2027", "Bewegen", "", "Sportclub", "9:30 - 10:00"],
    ]
    tips = [[model.index(row, column).data(TOOLTIP) for column in range(5)] for row in range(3)]
    assert tips == [
        ["woensdag 2 december 2026", "Zingen\n\nLiedjes.", "Muziek", "Jong JGZ", "10:00 - 11:00"],
        ["woensdag 25 november 2026", "voorlezen", "Boeken", "bieb", "Openingstijden"],
        ["woensdag 6 januari 2027", "Bewegen", "", "Sportclub", "9:30 - 10:00"],
    ]

    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first, by date and not by its text
    assert [proxy.index(row, 1).data() for row in range(3)] == ["Bewegen", "Zingen", "voorlezen"]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # titles regardless of case
    assert [proxy.index(row, 1).data() for row in range(3)] == ["Bewegen", "voorlezen", "Zingen"]
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, 3).data() for row in range(3)] == ["bieb", "Jong JGZ", "Sportclub"]
    assert proxy.index(0, 0).data(ROW_ROLE) is rows[1]


def _planned(row: int, family: str, adults: Adults, **changes: Any) -> PlannedVisit:
    values: dict[str, Any] = {
        "row": row,
        "day": date(2026, 3, 4),
        "family": family,
        "code": "",
        "name": family,
        "new_family": True,
        "children": 1,
        "by_role": adults,
        "village": "",
        "new_morning": False,
        "family_key": ("name", family),
    }
    return PlannedVisit(**(values | changes))


def test_import_preview_headers_cells_and_notes(qtbot: QtBot, qtmodeltester: Any) -> None:
    visits = [
        _planned(2, "Sanne", Adults(mothers=1, fathers=1), new_morning=True),
        _planned(3, "Sanne", Adults(others=1), sheet="Maart", date_from_above=True, village="Mookhoek"),
        _planned(4, "Joris", Adults(others=2, grandparents=1), code="B7", new_family=False, children=0),
    ]
    model = PreviewModel()
    view = _view(qtbot, model)
    model.set_rows(visits)
    qtmodeltester.check(model)
    assert _headers(view) == [
        "Regel",
        "Datum",
        "Gezin",
        "Kinderen",
        "Volwassenen",
        "Woonplaats",
        "Opmerking",
    ]
    cells = [[model.index(row, column).data() for column in range(7)] for row in range(3)]
    assert cells == [
        ["2", "04-03-2026", "Sanne", "1", "2 (1 moeder, 1 vader)", "onbekend", "nieuw gezin, nieuwe ochtend"],
        ["Maart 3", "04-03-2026 (datum van de regel erboven)", "Sanne", "1", "1", "Mookhoek", ""],
        ["4", "04-03-2026", "Joris (B7)", "0", "3 (1 grootouder, 2 oppas/anders)", "onbekend", ""],
    ]
    assert all(model.index(0, column).data(TOOLTIP) is None for column in range(7))
    alignments = [int(model.index(0, column).data(ALIGNMENT) or 0) for column in range(7)]
    right = [bool(flags & Qt.AlignmentFlag.AlignRight.value) for flags in alignments]
    assert right == [True, False, False, True, True, False, False]

    model.set_rows(visits[1:])  # now the second Sanne row is the first of the family
    assert model.index(0, 6).data() == "nieuw gezin"
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
