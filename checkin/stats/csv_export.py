"""The CSV export: tidy data, one row per figure, in the layout of docs/statistics.md.

UTF-8 without a byte-order mark, comma-separated, CRLF line ends (RFC 4180), header
``location,period_start,period_end,measure,category,value``. Dates are YYYY-MM-DD, the category
is empty for a measure's total, the value is ``12``, ``<5`` (suppressed) or ``>=37`` (a lower
bound). Every cell passes through ``cells.safe_cell``, so no spreadsheet runs one as a formula.

Rule 5 (k, period, locations and definitions, in Dutch or the chosen language) without breaking the table: the export
first lists rows *about the export itself*, in the same six columns, with an empty ``location``
and the period of the whole export. Their ``measure`` is one of ``META_MEASURES``:

- ``k``: value the minimum count k;
- ``locatie``: value the name of one location in the export (one row each);
- ``bron``: value the file name of one export that a merged overview was built from;
- ``toelichting``: value a Dutch sentence on how to read the values (``notes.explanation``);
- ``definitie``: category the machine name of a measure, value its Dutch definition.

The texts (``toelichting``, ``definitie``) are in the export's ``language``; everything a script
reads stays the same in every language: the header, the ``measure`` names, the categories as the
data has them (``moeder``, ``overig``, a village's name), the location ``Alle locaties`` and the values.

The figures follow, each with its location's name in ``location``. So ``csv.DictReader`` reads the
whole file with one header, a script keeps the figures with ``row["location"] != ""`` (or
``row["measure"] not in META_MEASURES``), and a reader who opens the file sees what k and every
measure mean at the top. Comment lines would have been simpler to read but are not CSV.

No byte-order mark: the format is meant for scripts (R, pandas, Python's csv module), which would
read a BOM as part of the first column's name; Excel users get the XLSX export (Dutch Excel splits
a CSV on semicolons anyway, so a BOM would not make a double click work).
"""

from __future__ import annotations

import csv
import io

from checkin.i18n import SOURCE_LANGUAGE, translate
from checkin.stats import registry
from checkin.stats.cells import safe_cell
from checkin.stats.model import Report
from checkin.stats.notes import explanation

HEADER: tuple[str, ...] = ("location", "period_start", "period_end", "measure", "category", "value")
META_MEASURES: tuple[str, ...] = ("k", "locatie", "bron", "toelichting", "definitie")


def rows(report: Report, language: str = SOURCE_LANGUAGE) -> list[tuple[str, ...]]:
    """Every row after the header: first the rows about the export, then one per figure."""
    start, end = report.period_start.isoformat(), report.period_end.isoformat()

    def meta(measure: str, value: str, category: str = "") -> tuple[str, ...]:
        return ("", start, end, measure, category, value)

    result = [meta("k", str(report.k))]
    result += [meta("locatie", location) for location in report.locations]
    result += [meta("bron", name) for name in report.merged_from]
    result += [meta("toelichting", line) for line in explanation(report, language)]
    result += [
        meta("definitie", translate(measure.definition, language), measure.key)
        for measure in registry.measures()
    ]
    for section in report.sections:
        where = (section.location, section.period_start.isoformat(), section.period_end.isoformat())
        result += [
            (*where, figure.measure, figure.category, figure.value.text(report.k))
            for figure in section.figures
        ]
    return result


def render(report: Report, language: str = SOURCE_LANGUAGE) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(tuple(safe_cell(cell) for cell in row) for row in rows(report, language))
    return buffer.getvalue().encode("utf-8")
