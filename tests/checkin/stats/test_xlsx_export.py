"""The XLSX export, read back with openpyxl: sheets, numbers, Dutch texts, no formulas, no names."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from sqlmodel import Session

from checkin.models import Location
from checkin.stats import exports, xlsx_export
from checkin.stats.model import Report
from checkin.stats.registry import measures
from tests.checkin.stats.report_data import FORMULA_STARTS, SECRETS, counted, hand_made

SHEETS = ["Overzicht", "Bezoekers", "Bereik", "Drukte", "Thema's", "Drankjes", "Uitleg"]


def _book(report: Report) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(xlsx_export.render(report, made_on=date(2026, 12, 1))))


def _cells(book: Workbook) -> list[object]:
    return [
        cell
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]


def _row(sheet: object, label: str) -> list[object]:
    for row in sheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        if row[0] == label:
            return list(row[1:])
    raise AssertionError(f"no row {label!r}")


@pytest.fixture
def report(session: Session, location: Location) -> Report:
    return counted(session, location)


def test_sheets_and_overview_say_what_when_where_and_k(report: Report) -> None:
    book = _book(report)
    assert book.sheetnames == SHEETS
    overview = book["Overzicht"]
    assert overview["A1"].value == "Cijfers ontmoetingsplekken"
    assert _row(overview, "Periode")[0] == "november 2026"
    assert _row(overview, "Locaties")[0] == "De Kleine Knuistjes"
    assert _row(overview, "Minimale telling (k)")[0] == "5"
    assert _row(overview, "Anonimiteit")[0].startswith("Aantallen kleiner dan 5 worden niet getoond")
    assert _row(overview, "Gemaakt op")[0] == "1 december 2026"
    assert _row(overview, "Bezoeken") == [36]
    assert _row(overview, "Gezinnen") == [20]
    assert _row(overview, "Ochtenden") == [2]
    assert overview["A1"].font.bold
    assert overview.freeze_panes == "B1"
    assert book["Bezoekers"].freeze_panes == "B4"
    assert overview.column_dimensions["A"].width > 20


def test_uitleg_states_k_value_kinds_and_every_definition(report: Report) -> None:
    uitleg = _book(report)["Uitleg"]
    texts = [str(cell) for row in uitleg.iter_rows(values_only=True) for cell in row if cell is not None]
    assert _row(uitleg, "Minimale telling (k)") == ["5"]
    assert "minder dan 5 (<5)" in texts
    assert "ten minste N (≥N)" in texts
    for measure in measures():
        assert any(text.startswith(measure.definition) for text in texts), measure.key


def test_numbers_are_numbers_and_money_is_in_euros(report: Report) -> None:
    book = _book(report)
    assert _row(book["Drankjes"], "koffie") == [36]
    revenue = next(row for row in book["Drankjes"].iter_rows() if row[0].value == "contant")[1]
    assert revenue.value == 18.0  # 36 coffees at EUR 0.50
    assert "€" in revenue.number_format
    assert _row(book["Drukte"], "blij") == [36]


def test_suppressed_and_lower_bound_values_are_dutch_text() -> None:
    book = _book(hand_made())
    overview = book["Overzicht"]
    header = _row(overview, "Locatie")
    assert header == ["Alle locaties", "Plek Een", "Plek Twee"]  # all locations first
    assert _row(overview, "Bezoeken") == ["ten minste 41", 40, "minder dan 5"]
    assert _row(overview, "Nieuwe gezinnen") == ["–", 9, "–"]
    assert _row(overview, "Nieuw en terugkerend")[1] == "75% nieuwe gezinnen, 25% terugkerend"
    assert _row(book["Bezoekers"], "vader") == ["–", "minder dan 5", "–"]
    assert _row(book["Bezoekers"], "moeder") == ["ten minste 37", 37, "–"]
    assert "Samengevoegd uit" in [row[0] for row in overview.iter_rows(values_only=True)]


def test_no_cell_starts_like_a_formula(report: Report) -> None:
    for source in (report, hand_made()):
        book = _book(source)
        texts = [cell for cell in _cells(book) if isinstance(cell, str)]
        assert not [text for text in texts if text.startswith(FORMULA_STARTS)]
        assert not [
            cell for sheet in book for row in sheet.iter_rows() for cell in row if cell.data_type == "f"
        ]
    villages = _row(_book(report)["Bereik"], '\'=HYPERLINK("x")')
    assert villages == [5]
    for village in ("'+31", "'-x", "'@x"):
        assert _row(_book(report)["Bereik"], village) == [5]
    assert _row(_book(hand_made())["Bereik"], "'\tTabdorp") == ["–", 6, "–"]


def test_no_name_nickname_or_note_anywhere_in_the_file(report: Report) -> None:
    data = xlsx_export.render(report)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8")
    for secret in SECRETS:
        assert secret not in content
    assert "=HYPERLINK" not in content.replace("'=HYPERLINK", "")


def test_same_report_same_bytes_and_the_dispatcher_writes_it(report: Report) -> None:
    first = xlsx_export.render(report, made_on=date(2026, 12, 1))
    assert first == xlsx_export.render(report, made_on=date(2026, 12, 1))
    assert exports.render(report, "xlsx")[:2] == b"PK"
    book = openpyxl.load_workbook(io.BytesIO(first))
    assert book.properties.created == book.properties.modified
    assert book.properties.created.date() == report.period_end


def test_months_side_by_side(session: Session, location: Location) -> None:
    book = _book(counted(session, location, by="month"))
    assert _row(book["Overzicht"], "Periode")[-1] == "november 2026"
    assert _row(book["Overzicht"], "Bezoeken") == [36]
