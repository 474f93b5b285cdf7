"""The figures as an Excel workbook (XLSX) that a coordinator reads without help.

Sheets: "Overzicht" (what, when, where, k, and the headline figures), one sheet per topic of the
registry ("Bezoekers", "Bereik", "Drukte", "Thema's", "Drankjes") and "Uitleg" (k, the three kinds of
value and every measure's definition). Each section of the report (a location over a period) is
one column, so months or locations sit side by side; the labels stay in view (frozen panes).

Numbers are numbers (money in euros with a euro format); a suppressed or lower-bound value is
text ("minder dan 5", "ten minste 37"). Every text cell goes through ``safe_cell``. The workbook
carries fixed dates and zip times derived from the report: the same report, the same bytes.

Every text (sheet names, headers, titles, definitions, category labels, dates) is Dutch, or in the
``language`` chosen for the export.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from checkin.i18n import N_, SOURCE_LANGUAGE
from checkin.stats import notes, registry, wording
from checkin.stats.cells import safe_cell
from checkin.stats.model import ALL_LOCATIONS, TOTAL, Report, Section, Value

EURO_FORMAT = '"€" #,##0.00'
DECIMAL_FORMAT = "0.0"
LABEL_WIDTH = 38
COLUMN_WIDTH = 20
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="555555")
BAND = PatternFill("solid", fgColor="DDEEEE")
HEADER = PatternFill("solid", fgColor="1F6E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
RIGHT = Alignment(horizontal="right")


def render(report: Report, *, made_on: date | None = None, language: str = SOURCE_LANGUAGE) -> bytes:
    """The workbook's bytes; ``made_on`` is the date it says it was made (today by default)."""
    words = wording.translator(language)
    workbook = Workbook()
    sections = wording.ordered_sections(report)
    overview = workbook.active
    assert overview is not None
    _overview(overview, report, sections, made_on or date.today(), language)
    for title, measures in registry.topics():
        sheet = workbook.create_sheet(sheet_name(words(title)))
        _topic_sheet(sheet, words(title), measures, report, sections, language)
    _explanation(workbook.create_sheet(sheet_name(words(N_("Uitleg")))), report, language)
    moment = datetime.combine(report.period_end, time(12, 0))
    workbook.properties.title = words(wording.TITLE)
    workbook.properties.creator = "checkin"
    workbook.properties.created = moment
    workbook.properties.modified = moment
    return _fixed_zip(workbook, moment)


def _fixed_zip(workbook: Workbook, moment: datetime) -> bytes:
    """The workbook written without openpyxl's "now": properties and zip entries carry ``moment``."""
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    fixed = io.BytesIO()
    stamp = moment.timetuple()[:6]
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()


# --- cells ------------------------------------------------------------------------------------------


def sheet_name(text: str) -> str:
    """A sheet's name as Excel allows it: without []:*?/\\ and at most 31 characters."""
    return re.sub(r"[\[\]:*?/\\]", "-", text)[:31] or "-"


def _text(sheet: Worksheet, row: int, column: int, text: str, *, font: Font | None = None) -> None:
    cell = sheet.cell(row=row, column=column, value=safe_cell(text))
    if font is not None:
        cell.font = font


def _value(
    sheet: Worksheet,
    row: int,
    column: int,
    value: Value | None,
    k: int,
    *,
    measure: str,
    language: str = SOURCE_LANGUAGE,
) -> None:
    """A published value: a number when exact, else the reader's text, right-aligned like numbers."""
    if value is not None and value.status == "exact":
        if registry.get(measure).money:
            cell = sheet.cell(row=row, column=column, value=(value.n or 0) / 100)
            cell.number_format = EURO_FORMAT
        else:
            sheet.cell(row=row, column=column, value=value.n)
        return
    cell = sheet.cell(
        row=row,
        column=column,
        value=safe_cell(wording.reader_value(value, k, measure=measure, language=language)),
    )
    cell.alignment = RIGHT


def _widths(sheet: Worksheet, columns: int, *, label: int = LABEL_WIDTH, other: int = COLUMN_WIDTH) -> None:
    sheet.column_dimensions["A"].width = label
    for column in range(2, columns + 2):
        sheet.column_dimensions[get_column_letter(column)].width = other


def _section_header(sheet: Worksheet, row: int, sections: list[Section], language: str) -> int:
    """Two header rows: the location and the period of each column; returns the next row."""
    words = wording.translator(language)
    _text(sheet, row, 1, words(N_("Locatie")), font=HEADER_FONT)
    _text(sheet, row + 1, 1, words(N_("Periode")), font=HEADER_FONT)
    for column, section in enumerate(sections, start=2):
        _text(sheet, row, column, wording.location_name(section.location, language), font=HEADER_FONT)
        _text(sheet, row + 1, column, wording.period_text(section.period_start, section.period_end, language))
    for line in (row, row + 1):
        for column in range(1, len(sections) + 2):
            cell = sheet.cell(row=line, column=column)
            cell.fill = HEADER if line == row else BAND
            cell.alignment = Alignment(horizontal="left" if column == 1 else "right", wrap_text=True)
    return row + 2


# --- sheets -----------------------------------------------------------------------------------------


def _overview(
    sheet: Worksheet, report: Report, sections: list[Section], made_on: date, language: str
) -> None:
    words = wording.translator(language)
    sheet.title = sheet_name(words(N_("Overzicht")))
    _text(sheet, 1, 1, words(wording.TITLE), font=TITLE_FONT)
    facts = [
        (words(N_("Periode")), wording.period_text(report.period_start, report.period_end, language)),
        (words(N_("Locaties")), wording.locations_text(report)),
        (words(N_("Minimale telling (k)")), str(report.k)),
        (words(N_("Anonimiteit")), wording.k_sentence(report.k, language)),
        (words(N_("Gemaakt op")), wording.long_date(made_on, language)),
    ]
    if report.merged_from:
        facts.append((words(N_("Samengevoegd uit")), ", ".join(report.merged_from)))
    row = 3
    for label, text in facts:
        _text(sheet, row, 1, label, font=BOLD)
        _text(sheet, row, 2, text)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=max(2, len(sections) + 1))
        sheet.cell(row=row, column=2).alignment = WRAP
        if len(text) > 60:  # merged cells do not grow by themselves
            sheet.row_dimensions[row].height = 15 * (1 + len(text) // 60)
        row += 1
    _text(sheet, row, 1, words(N_("De uitleg van elk cijfer staat op het blad 'Uitleg'.")), font=NOTE_FONT)
    row += 2
    _text(sheet, row, 1, words(N_("Belangrijkste cijfers")), font=TITLE_FONT)
    row = _section_header(sheet, row + 1, sections, language)
    for measure in wording.headlines():
        _text(sheet, row, 1, words(measure.title))
        for column, section in enumerate(sections, start=2):
            _value(
                sheet,
                row,
                column,
                section.value(measure.key),
                report.k,
                measure=measure.key,
                language=language,
            )
        row += 1
    _text(sheet, row, 1, words(wording.AVERAGE_TITLE))
    for column, section in enumerate(sections, start=2):
        average = wording.visits_per_morning(section)
        if average is not None and average.status == "exact":
            cell = sheet.cell(row=row, column=column, value=(average.n or 0) / 10)
            cell.number_format = DECIMAL_FORMAT
        else:  # the same words as on screen: 'ten minste 10,1', or '–'
            cell = sheet.cell(
                row=row,
                column=column,
                value=safe_cell(wording.average_text(section, report.k, words, language)),
            )
            cell.alignment = RIGHT
    row += 1
    _text(sheet, row, 1, words(N_("Nieuw en terugkerend")))
    for column, section in enumerate(sections, start=2):
        share = wording.new_and_returning(section, language) or "–"
        cell = sheet.cell(row=row, column=column, value=safe_cell(share))
        cell.alignment = Alignment(horizontal="right", wrap_text=True)
    sheet.row_dimensions[row].height = 30
    _widths(sheet, len(sections))
    sheet.freeze_panes = "B1"


def _topic_sheet(
    sheet: Worksheet,
    title: str,
    measures: tuple[registry.Measure, ...],
    report: Report,
    sections: list[Section],
    language: str,
) -> None:
    _text(sheet, 1, 1, title, font=TITLE_FONT)
    row = _section_header(sheet, 2, sections, language)
    sheet.freeze_panes = sheet.cell(row=row, column=2)
    for entry in measures:
        measure = entry.key
        row += 1
        _text(sheet, row, 1, wording.translator(language)(entry.title), font=BOLD)
        for column in range(1, len(sections) + 2):
            sheet.cell(row=row, column=column).fill = BAND
        row += 1
        for category in [*wording.categories(sections, measure), TOTAL]:
            _text(
                sheet,
                row,
                1,
                wording.category_label(measure, category, language),
                font=BOLD if category == TOTAL else None,
            )
            for column, section in enumerate(sections, start=2):
                _value(
                    sheet,
                    row,
                    column,
                    section.value(measure, category),
                    report.k,
                    measure=measure,
                    language=language,
                )
                if category == TOTAL:
                    sheet.cell(row=row, column=column).font = BOLD
            row += 1
    _widths(sheet, len(sections))


def _terms(sheet: Worksheet, row: int, pairs: list[tuple[str, str]]) -> int:
    """A bold term and its wrapped explanation per row, from ``row`` on; returns the next row."""
    for term, text in pairs:
        _text(sheet, row, 1, term, font=BOLD)
        _text(sheet, row, 2, text)
        sheet.cell(row=row, column=2).alignment = WRAP
        row += 1
    return row


def _explanation(sheet: Worksheet, report: Report, language: str) -> None:
    k = report.k
    words: Callable[[str], str] = wording.translator(language)
    _text(sheet, 1, 1, words(N_("Uitleg bij de cijfers")), font=TITLE_FONT)
    lines = [
        (words(N_("Minimale telling (k)")), str(k)),
        (words(N_("Anonimiteit")), wording.k_sentence(k, language)),
        (words(N_("Periode")), wording.period_text(report.period_start, report.period_end, language)),
        (words(N_("Locaties")), wording.locations_text(report)),
    ]
    everywhere = wording.location_name(ALL_LOCATIONS, language)
    together = notes.all_locations(report, language, name=everywhere)
    if together is not None:
        lines.append((everywhere, together))
    if report.merged_from:
        lines.append((words(N_("Samengevoegd uit")), ", ".join(report.merged_from)))
    row = _terms(sheet, 3, lines) + 1
    _text(sheet, row, 1, words(N_("Wat er in een cel kan staan")), font=TITLE_FONT)
    row = _terms(sheet, row + 1, wording.value_kinds(k, language)) + 1
    _text(sheet, row, 1, words(N_("Wat er geteld is")), font=TITLE_FONT)
    row = _terms(sheet, row + 1, wording.definitions(language))
    for line in range(3, row):
        sheet.cell(row=line, column=1).alignment = Alignment(vertical="top")
    _widths(sheet, 1, label=30, other=95)
    sheet.freeze_panes = "A2"
