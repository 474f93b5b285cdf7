"""Import of earlier records: past visits from a paper or Excel list, read from CSV or XLSX.

The flow is read -> map -> preview -> apply:

- ``read_table`` reads a CSV (delimiter ``;``, ``,`` or tab, or Excel's ``sep=`` line; UTF-8, UTF-8
  with BOM or cp1252) or the sheets of an XLSX (every sheet with a table, or the ones chosen;
  their columns matched by header; the sheets left out are named) into plain rows, streaming:
  the limits (50 MB, 50,000 rows, 10,000 characters per cell, 200 columns) are checked while
  reading, an XLSX is read by the rows its XML holds (never the range it claims), and a cell that
  cannot be read refuses the file with a Dutch message naming the row, logged without content.
  The column headers are on the first row with at least two filled cells (a title line above
  them is skipped); a blank row is remembered as the end of a block.
- ``ColumnMapping`` says which column holds the date, the family name or code, the number of
  children, the number of adults and the village, or (one row per child) the child's name or
  birth date; ``guess_mapping`` proposes one from the meaning of Dutch headers: a column with a
  name word is a name, never a count ("Naam kind" is a child, "Naam moeder" the family), a
  signature or phone column is nothing, a birth date is never the visit's date.
- ``preview`` says, without writing anything, which rows would become visits and which rows are
  unreadable (with the row number and a Dutch reason), and which are already in the database.
- ``apply`` writes all readable rows in one transaction, or nothing.

Rules (documented here, once):

- The layout of a kept list: a blank date cell (a merged cell, or a date only on a morning's
  first row) takes the date of the row above within its block; a blank row, a title row, a
  (sub)total row and a new sheet end a block; a row with only a date starts one. Title rows,
  repeated headers and (sub)total rows ("Totaal", "Subtotaal", "Totaal januari"...) are left out
  with their reason (``Preview.left_out``). With a child's name or birth date mapped, each row is
  one child: the rows of one family on one day are one visit (children with a birth date have
  their age at the visit). A name starting with ``=``, ``+``, ``-`` or ``@`` is formula text and
  never stored.
- ``dates="mdy"`` reads numeric dates month first; with the default day-first reading, a file
  holding a date such as 02/13/2021 gets a warning (``Preview.warnings``).
- Villages are matched to the list ignoring case, accents, hyphens, spaces, apostrophes and the
  article ("Oud Beijerland", "Gravendeel"), or as an abbreviation ("OBL"); a spelling that
  matches none is reported as the file's (``Preview.unknown_villages``) and can be mapped
  (``village_map``); the mappings used in an import are remembered (the ``Setting``
  ``import_village_names``) for the next one.

- Dates are read day-month-year, as in Dutch usage: ``3/4/2026`` is 3 April. Accepted forms are
  ``31-3-2026``, ``31-03-2026``, ``31/3/2026``, ``31.3.2026``, ``31 maart 2026``, ``31 mrt 2026``
  (with or without a Dutch weekday in front, which must then match), ISO ``2026-03-31`` and real
  Excel date cells. A two-digit year (``31-3-26``) is not read: the century would be a guess.
  An impossible date (``31-2-2026``), a date in the future, a date before 2000 and a bare number
  in the date column (an Excel serial number without date format) make the row unreadable.
- A blank cell in a mapped children or adults column makes the row unreadable (no guessed
  zero). Optional columns for mothers, fathers and grandparents split the adults by role; a blank
  cell there counts 0 (on a tally sheet a blank means none). Adults whose role the list does not
  give are stored as ``others`` (role "anders"): adults column minus the role columns, which
  must not be negative. Without any adults or role column each visit counts one adult (of role
  "anders"). Every visit has at least one adult. Children from a list have no known age: each is a
  ``VisitChild`` with ``child_id`` None and ``age_known`` False (age band "onbekend").
- Families are found by code first (an existing family with that code); else by name: the same
  name elsewhere in the file, or a family that an earlier import at the same location created
  with that name (names are never matched against families registered at the door, nor across
  locations, so two different "Sanne"s are not merged; the first such family wins if an earlier
  import made two). Otherwise a new family is made: without consent date, with consent version
  ``"import"``, with the code from the file (1-8 letters or digits) or a new code, the name only if
  a name column is mapped, and the village from the file or the default chosen in the dialog.
  A village must be in the list of villages (matched ignoring case and accents).
- A morning is created, closed, for each date that has none at the location (hours from the
  weekly schedule; ``hosts`` 0 because the list does not say). Imported visits arrive at the
  start of the morning and leave at its end, with ``imported`` True.
- A family that already has a visit on that morning (checked in at the door, or imported
  before) is reported and skipped; so importing the same file twice adds nothing the second
  time, and ``apply`` refuses when nothing new is left.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypedDict

from sqlmodel import Session, col, select

from checkin import ages, rules, text
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Family, Location, Morning, Setting, Visit
from checkin.services import bulk
from checkin.services._common import get_or_reject, now_local
from checkin.services.lists import list_values
from checkin.services.locations import slot_on
from checkin.services.mornings import DEFAULT_END, DEFAULT_START, morning_on
from checkin.text import clean, fold

IMPORT_CONSENT_VERSION = "import"
"""consent_version of families created from an earlier list (they gave no consent in the app)."""
EARLIEST_YEAR = 2000
MAX_ROWS = 50_000
CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
IMPORT_NOTE = "Overgenomen uit een eerdere lijst (import)."

Cell = str | int | float | date | datetime | time | None


# ---------------------------------------------------------------------------------------- reading

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A list larger than this is refused before it is read."""
MAX_FIELD_CHARS = 10_000
"""A cell longer than this is not part of a visit list: the file is refused, naming the row."""
MAX_COLUMNS = 200
"""Columns after this one are not read (a visit list has a handful)."""
MAX_LINE_CHARS = 200_000
"""A CSV line longer than this is refused before the csv module splits it."""
MAX_XLSX_UNPACKED = 400 * 1024 * 1024
"""An XLSX whose parts unpack to more than this is refused (a zip bomb, or not a list)."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Section:
    """Rows ``start`` (an index into ``Table.rows``) onwards come from worksheet ``sheet``."""

    start: int
    sheet: str


@dataclass(frozen=True)
class Table:
    """The rows of a file: headers, and data rows with their row numbers in the file (1-based).

    Blank rows are not kept, but a row that follows one is in ``blank_before``: a blank row ends a
    block of rows that share a date. With several worksheets, ``sections`` says which rows come
    from which sheet (row numbers are per sheet); their columns are matched by header.
    """

    headers: list[str]
    rows: list[tuple[int, list[Cell]]]
    sheets: list[str] = field(default_factory=list)
    """For XLSX: the names of all sheets."""
    sheet: str = ""
    """For XLSX: the first sheet read."""
    chosen: list[str] = field(default_factory=list)
    """For XLSX: every sheet read, in order."""
    left_out: list[tuple[str, str]] = field(default_factory=list)
    """For XLSX: (sheet, Dutch reason) for each sheet not read."""
    sections: list[Section] = field(default_factory=list)
    blank_before: frozenset[int] = frozenset()

    def sheet_of(self, index: int) -> str:
        """The worksheet of ``rows[index]`` ('' for a CSV or a single sheet)."""
        if len(self.sections) < 2:
            return ""
        found = ""
        for section in self.sections:
            if section.start > index:
                break
            found = section.sheet
        return found

    def block_starts(self) -> set[int]:
        """Indexes of rows that start a new block: after a blank row, or the first row of a sheet."""
        return set(self.blank_before) | {section.start for section in self.sections}


def read_table(path: Path | str, *, sheet: str | None = None, sheets: Sequence[str] | None = None) -> Table:
    """Read a CSV or XLSX file into a ``Table``; ``Rejected`` with a Dutch message if that fails.

    An XLSX is read sheet by sheet: ``sheets`` (or the one ``sheet``) names the sheets to read;
    without them every sheet with a table is read and the others are named in ``left_out``. The
    limits (``MAX_FILE_BYTES``, ``MAX_ROWS``, ``MAX_FIELD_CHARS``) are checked while reading, so
    memory stays bounded whatever the file claims.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise Rejected(
            N_("{name} is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of .csv."),
            name=path.name,
        )
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise Rejected(N_("{name} is geen CSV- of XLSX-bestand."), name=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise Rejected(
                N_("Het bestand {name} is groter dan {mb} MB; splits het op."),
                name=path.name,
                mb=MAX_FILE_BYTES // (1024 * 1024),
            )
        if size == 0:
            raise Rejected(N_("Het bestand {name} is leeg."), name=path.name)
        wanted = list(sheets) if sheets else ([sheet] if sheet is not None else None)
        if suffix in XLSX_SUFFIXES:
            table = _read_xlsx(path, name=path.name, wanted=wanted)
        else:
            table = _read_csv(path)
    except FileNotFoundError as error:
        raise Rejected(N_("Het bestand {name} bestaat niet (meer)."), name=path.name) from error
    except OSError as error:
        raise Rejected(
            N_(
                "Het bestand {name} kan niet worden gelezen ({reason}). Is het nog open in een ander programma?"
            ),
            name=path.name,
            reason=error.strerror or type(error).__name__,
        ) from error
    if not table.headers:
        raise Rejected(N_("Het bestand {name} is leeg."), name=path.name)
    if not table.rows:
        raise Rejected(
            N_("Het bestand {name} heeft kolomkoppen, maar geen regels daaronder."), name=path.name
        )
    return table


class _Collector:
    """Takes the rows of one sheet (or CSV) as they are read: finds the header row, keeps the
    non-blank rows below it, and checks the limits on the way."""

    def __init__(self, *, sheet: str = "", counted: int = 0) -> None:
        self.sheet = sheet
        self.headers: list[Cell] | None = None
        self.rows: list[tuple[int, list[Cell]]] = []
        self.blank_before: set[int] = set()
        self.counted = counted
        """Rows kept so far in this file (all sheets), for ``MAX_ROWS``."""
        self._blank = False
        self.last = 0
        """The number of the last row added."""

    def blank(self) -> None:
        """A blank row (one the file leaves out) comes next."""
        self._blank = True

    def add(self, number: int, raw: Sequence[Any]) -> None:
        self.last = number
        if raw.count(None) + raw.count("") == len(raw):  # fast for the blank rows a sheet may claim
            self._blank = True
            return
        cells = [self._cell(number, value) for value in raw[:MAX_COLUMNS]]
        filled = sum(cell not in (None, "") for cell in cells)
        if not filled:
            self._blank = True
            return
        if self.headers is None:
            # The headers are on the first row with two or more filled cells: a title is skipped.
            if filled >= 2:
                self.headers = cells
                self._blank = False
            return
        self.counted += 1
        if self.counted > MAX_ROWS:
            raise Rejected(N_("Het bestand heeft meer dan {n} regels; splits het op."), n=MAX_ROWS)
        if self._blank and self.rows:
            self.blank_before.add(len(self.rows))
        self._blank = False
        self.rows.append((number, cells))

    def _cell(self, number: int, value: Any) -> Cell:
        if value is None or (isinstance(value, date | time | int | float) and not isinstance(value, bool)):
            return value
        text_value = value if isinstance(value, str) else str(value)  # bool, timedelta, error codes
        if len(text_value) > MAX_FIELD_CHARS:
            _log.warning("import refused: a cell longer than %d characters (row %d)", MAX_FIELD_CHARS, number)
            raise Rejected(
                N_("Regel {row}: een vak is langer dan {n} tekens. Dit is geen lijst met bezoeken."),
                row=_where(self.sheet, number),
                n=MAX_FIELD_CHARS,
            )
        return clean(text_value)

    def table(self) -> Table:
        if self.headers is None:
            return Table(headers=[], rows=[])
        width = max([len(self.headers), *(len(cells) for _, cells in self.rows)])
        headers = [_text(cell) for cell in self.headers] + [""] * (width - len(self.headers))
        while (
            headers and not headers[-1] and all(_blank_at(cells, len(headers) - 1) for _, cells in self.rows)
        ):
            headers.pop()  # trailing empty columns (Excel often reports a few)
        headers = [header or N_("Kolom {n}").format(n=i + 1) for i, header in enumerate(headers)]
        body = [(number, (cells + [None] * len(headers))[: len(headers)]) for number, cells in self.rows]
        return Table(headers=headers, rows=body, blank_before=frozenset(self.blank_before))


def _where(sheet: str, number: int) -> str:
    """The ``{row}`` of a message: '12', or '12 (werkblad Januari)'."""
    return f"{number} (werkblad {sheet})" if sheet else str(number)


def _read_csv(path: Path) -> Table:
    with path.open("rb") as raw:
        sample = raw.read(64 * 1024)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return _read_csv_as(path, sample, "utf-16")
    if b"\x00" in sample:
        raise Rejected(N_("Dit bestand is geen tekstbestand (CSV)."))
    if not sample.strip():
        raise Rejected(N_("Het bestand {name} is leeg."), name=path.name)
    try:
        return _read_csv_as(path, sample, "utf-8-sig")
    except UnicodeDecodeError:
        return _read_csv_as(path, sample, "cp1252")


def _read_csv_as(path: Path, sample: bytes, encoding: str) -> Table:
    head = sample.decode(encoding, errors="replace")
    lines = [line for line in head.splitlines() if line.strip()][:20]
    hint = re.fullmatch(r'"?sep=(.)"?', lines[0].strip()) if lines else None  # Excel writes "sep=;"
    delimiter = hint.group(1) if hint else max(";,\t", key=lambda d: sum(line.count(d) for line in lines))
    collector = _Collector()
    # cp1252 leaves five bytes undefined: those become a replacement character, never an error.
    with path.open(
        "r", encoding=encoding, errors="strict" if encoding != "cp1252" else "replace", newline=""
    ) as stream:
        reader = csv.reader(_lines(stream), delimiter=delimiter)
        skip_hint = bool(hint)
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                _log.warning(
                    "import refused: csv error near line %d (%s)", reader.line_num, type(error).__name__
                )
                raise Rejected(
                    N_(
                        "Regel {row}: deze regel kan niet worden gelezen (een vak is te lang of een aanhalingsteken sluit niet)."
                    ),
                    row=_where("", reader.line_num),
                ) from error
            if skip_hint:
                skip_hint = False
                continue
            collector.add(reader.line_num, cells)
    return collector.table()


def _lines(stream: io.TextIOBase) -> Iterator[str]:
    """The lines of ``stream``, refusing one longer than ``MAX_LINE_CHARS`` before it is split."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_CHARS:
            _log.warning("import refused: a line longer than %d characters (line %d)", MAX_LINE_CHARS, number)
            raise Rejected(
                N_("Regel {row}: de regel is langer dan {n} tekens. Dit is geen lijst met bezoeken."),
                row=_where("", number),
                n=MAX_LINE_CHARS,
            )
        yield line


def _read_xlsx(path: Path, *, name: str, wanted: list[str] | None) -> Table:
    from openpyxl import load_workbook  # loaded only when an XLSX is read
    from openpyxl.utils.exceptions import InvalidFileException

    damaged = Rejected(
        N_("{name} kan niet worden gelezen als Excel-bestand (.xlsx). Is het beschadigd?"), name=name
    )
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_XLSX_UNPACKED:
                _log.warning("import refused: xlsx unpacks to more than %d bytes", MAX_XLSX_UNPACKED)
                raise Rejected(N_("{name} is uitgepakt te groot voor een lijst met bezoeken."), name=name)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, SyntaxError) as error:
        _log.warning("import refused: xlsx not readable (%s)", type(error).__name__)
        raise damaged from error
    try:
        names = list(workbook.sheetnames)
        for chosen in wanted or []:
            if chosen not in names:
                raise Rejected(N_("Het werkblad '{sheet}' staat niet in {name}."), sheet=chosen, name=name)
        parts: list[tuple[str, Table]] = []
        left_out: list[tuple[str, str]] = []
        counted = 0
        for sheet_name in names:
            if wanted is not None and sheet_name not in wanted:
                left_out.append((sheet_name, N_("niet gekozen")))
                continue
            collector = _Collector(sheet=sheet_name, counted=counted)
            _read_sheet(workbook[sheet_name], collector)
            counted = collector.counted
            part = collector.table()
            if part.rows:
                parts.append((sheet_name, part))
            elif wanted is not None:
                raise Rejected(
                    N_("Het werkblad '{sheet}' heeft geen tabel: geen regels onder kolomkoppen."),
                    sheet=sheet_name,
                )
            else:
                left_out.append((sheet_name, N_("geen tabel met kolomkoppen en regels")))
    finally:
        workbook.close()
    return _combine(parts, names=names, left_out=left_out)


def _read_sheet(worksheet: Any, collector: _Collector) -> None:
    """Feed the rows of ``worksheet`` to ``collector``: only the rows the sheet's XML holds, with
    their row numbers, whatever range the sheet claims (A1:XFD1048576 costs nothing), and only
    the first ``MAX_COLUMNS`` columns (no row is padded to the width a cell far right implies)."""
    for number, values in _sheet_rows(worksheet, collector.sheet):
        if number > collector.last + 1:
            collector.blank()  # rows the sheet leaves out are blank rows
        collector.add(number, values)


def _sheet_rows(worksheet: Any, sheet: str) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values) of each row in the sheet's XML, through openpyxl's streaming parser;
    a cell it cannot read -> ``Rejected`` naming the row, logged without its content."""
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = worksheet.parent
    number = 0
    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        rows = parser.parse()
        while True:
            try:
                number, cells = next(rows)
            except StopIteration:
                return
            except Exception as error:  # on a cell of an odd type: ValueError, TypeError, OverflowError...
                _log.warning(
                    "import refused: xlsx cell unreadable near row %d (%s)", number + 1, type(error).__name__
                )
                raise Rejected(
                    N_(
                        "Regel {row}: een vak kan niet worden gelezen. Geef de kolom in Excel een gewone opmaak (Tekst, Getal of Datum) en sla opnieuw op."
                    ),
                    row=_where(sheet, number + 1),
                ) from error
            values: list[Any] = []
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    continue
                if column > len(values):
                    values.extend([None] * (column - len(values)))
                values[column - 1] = cell["value"]
            yield number, values


def _combine(parts: list[tuple[str, Table]], *, names: list[str], left_out: list[tuple[str, str]]) -> Table:
    """One table from the sheets read; the columns of later sheets are matched by header."""
    if not parts:
        return Table(headers=[], rows=[], sheets=names, sheet=names[0] if names else "", left_out=left_out)
    headers = list(parts[0][1].headers)
    rows: list[tuple[int, list[Cell]]] = []
    sections: list[Section] = []
    blank_before: set[int] = set()
    for sheet_name, part in parts:
        positions = []
        for header in part.headers:
            matches = [
                i for i, known in enumerate(headers) if fold(known) == fold(header) and i not in positions
            ]
            if matches:
                positions.append(matches[0])
            else:
                headers.append(header)
                positions.append(len(headers) - 1)
        sections.append(Section(start=len(rows), sheet=sheet_name))
        blank_before.update(len(rows) + index for index in part.blank_before)
        for number, cells in part.rows:
            placed: list[Cell] = [None] * len(headers)
            for position, value in zip(positions, cells, strict=False):
                placed[position] = value
            rows.append((number, placed))
    rows = [(number, (cells + [None] * len(headers))[: len(headers)]) for number, cells in rows]
    return Table(
        headers=headers,
        rows=rows,
        sheets=names,
        sheet=parts[0][0],
        chosen=[sheet_name for sheet_name, _ in parts],
        left_out=left_out,
        sections=sections,
        blank_before=frozenset(blank_before),
    )


def _blank_at(cells: list[Cell], index: int) -> bool:
    return index >= len(cells) or cells[index] in (None, "")


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.strftime("%d-%m-%Y %H:%M") if cell.time() != time(0) else cell.strftime("%d-%m-%Y")
    if isinstance(cell, date):
        return cell.strftime("%d-%m-%Y")
    return clean(str(cell))


# ---------------------------------------------------------------------------------------- mapping

FIELDS = (
    "date",
    "name",
    "code",
    "children",
    "adults",
    "mothers",
    "fathers",
    "grandparents",
    "village",
    "child_name",
    "child_birth",
)
ROLE_FIELDS = ("mothers", "fathers", "grandparents")
COUNT_FIELDS = ("children", "adults", "mothers", "fathers", "grandparents")
CHILD_FIELDS = ("child_name", "child_birth")
"""With one of these, each row is one child: rows of one family on one day are one visit."""
FIELD_LABELS = {
    "date": N_("Datum"),
    "name": N_("Naam gezin"),
    "code": N_("Gezinscode"),
    "children": N_("Aantal kinderen"),
    "adults": N_("Aantal volwassenen"),
    "mothers": N_("Aantal moeders"),
    "fathers": N_("Aantal vaders"),
    "grandparents": N_("Aantal grootouders"),
    "village": N_("Woonplaats"),
    "child_name": N_("Naam kind (een kind per regel)"),
    "child_birth": N_("Geboortedatum kind"),
}

# Words of headers, folded. A header is read by meaning, not by the first word found in it:
# a column with a name word is a name ("Naam kind", "Naam moeder"), never a count.
_IGNORE = {
    "handtekening",
    "paraaf",
    "handtek",
    "telefoon",
    "tel",
    "telefoonnummer",
    "opmerking",
    "opmerkingen",
    "email",
    "mail",
    "adres",
    "postcode",
    "bsn",
    "nr",
    "nummer",
    "notitie",
}
_BIRTH = {
    "geboortedatum",
    "geboren",
    "geb",
    "geboorte",
    "verjaardag",
    "birthday",
    "gebdatum",
    "geboortemaand",
    "birth",
    "dob",
}
_NAME = {"naam", "voornaam", "roepnaam", "bijnaam", "name", "namen", "achternaam"}
_CHILD = {"kind", "kinderen", "kids", "kinders", "kindje", "kindjes", "children", "child", "baby"}
_ADULT_PERSON = {"ouder", "verzorger", "verzorgers", "moeder", "vader", "gezin", "familie", "begeleider"}
_WORDS = {
    "date": {"datum", "dag", "date", "ochtend", "bezoekdatum"},
    "code": {"code", "gezinscode", "kaart", "kaartnummer", "kaartcode", "pasnummer"},
    "children": _CHILD,
    "mothers": {"moeders", "mama", "mamas", "moe"},
    "fathers": {"vaders", "papa", "papas"},
    "grandparents": {"grootouders", "grootouder", "opa", "oma", "opas", "omas"},
    "adults": {"volwassenen", "volwassene", "ouders", "volw", "begeleiders", "adults"},
    "village": {"woonplaats", "kern", "dorp", "plaats", "village", "woonkern"},
}
_COUNT_WORDS = {"aantal", "hoeveel", "totaal"}


def header_meaning(header: str) -> tuple[str | None, int]:
    """The field a header means, with a strength (2: plain, 1: only a person word such as
    "Ouder/verzorger", taken as the name when no real name column exists); None for none."""
    folded = fold(header)
    tokens = set(re.split(r"[^a-z0-9]+", folded)) - {""}
    if not tokens or (tokens & _IGNORE and not tokens & (_NAME | set().union(*_WORDS.values())) - _IGNORE):
        return None, 0
    if tokens & {"handtekening", "paraaf", "handtek"}:
        return None, 0  # "Handtekening ouder" is a signature, not a count
    if tokens & _BIRTH or "geboort" in folded:
        return ("child_birth", 2) if not tokens & {"ouder", "moeder", "vader"} else (None, 0)
    counted = bool(tokens & _COUNT_WORDS)
    if tokens & _NAME and not counted:
        return ("child_name", 2) if tokens & _CHILD and not tokens & _ADULT_PERSON else ("name", 2)
    for name in ("date", "code"):
        if tokens & _WORDS[name]:
            return name, 2
    if tokens & {"moeder", "vader"} and counted:
        return ("mothers" if "moeder" in tokens else "fathers"), 2
    if tokens & {"ouder"} and counted:
        return "adults", 2
    for name in ("children", "mothers", "fathers", "grandparents", "adults", "village"):
        if tokens & _WORDS[name]:
            return name, 2
    if folded in ("moeder", "vader"):
        return ("mothers" if folded == "moeder" else "fathers"), 2  # a tally column "Moeder"
    if tokens & _ADULT_PERSON:
        return "name", 1  # "Ouder/verzorger", "Gezin": the person, not a number
    return None, 0


@dataclass(frozen=True)
class ColumnMapping:
    """Column index (0-based) of each field in the table, or None when the file lacks it."""

    date: int | None = None
    name: int | None = None
    code: int | None = None
    children: int | None = None
    adults: int | None = None
    mothers: int | None = None
    fathers: int | None = None
    grandparents: int | None = None
    village: int | None = None
    child_name: int | None = None
    child_birth: int | None = None

    @property
    def per_child(self) -> bool:
        """One row per child (a child's name or birth date is mapped)."""
        return self.child_name is not None or self.child_birth is not None

    def validate(self, table: Table) -> None:
        if self.date is None:
            raise Rejected(
                N_(
                    "Er is geen kolom met de datum van het bezoek. Een lijst zonder bezoekdatums (zoals een lijst met gezinnen of leden) is geen lijst met bezoeken en kan hier niet worden ingelezen. Staat de datum er wel in, kies dan die kolom."
                )
            )
        used = [index for index in (getattr(self, name) for name in FIELDS) if index is not None]
        if any(not 0 <= index < len(table.headers) for index in used):
            raise Rejected(N_("Een gekozen kolom staat niet in het bestand."))
        if header_meaning(table.headers[self.date])[0] == "child_birth":
            raise Rejected(
                N_(
                    "De kolom '{header}' is een geboortedatum, geen datum van een bezoek. Kies de kolom met de datum van het bezoek."
                ),
                header=table.headers[self.date],
            )
        if self.name is None and self.code is None:
            raise Rejected(N_("Kies de kolom met de naam of de code van het gezin."))
        if len(set(used)) != len(used):
            raise Rejected(N_("Elke kolom kan maar voor een ding gekozen worden."))
        if self.per_child and self.children is not None:
            raise Rejected(
                N_(
                    "Kies het aantal kinderen of een kind per regel (naam of geboortedatum van het kind), niet allebei."
                )
            )


def guess_mapping(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[Cell]]] = ()) -> ColumnMapping:
    """A mapping from the meaning of Dutch (or English) column headers; with ``rows``, a column
    whose header reads as a count but holds words is taken as a name instead."""
    found: dict[str, tuple[int, int]] = {}
    for index, header in enumerate(headers):
        name, strength = header_meaning(header)
        if name in COUNT_FIELDS and rows and _mostly_words(rows, index):
            name, strength = ("child_name", 2) if name == "children" else ("name", 1)
        if name is None:
            continue
        if name not in found or strength > found[name][1]:
            found[name] = (index, strength)
    return ColumnMapping(**{name: index for name, (index, _) in found.items()})


def _mostly_words(rows: Sequence[tuple[int, Sequence[Cell]]], index: int) -> bool:
    values = [
        cells[index] for _, cells in rows[:200] if index < len(cells) and cells[index] not in (None, "")
    ]
    words = sum(isinstance(value, str) and not re.fullmatch(r"\d+", value) for value in values)
    return bool(values) and words * 2 > len(values)


# ---------------------------------------------------------------------------------------- dates

MONTHS: dict[str, int] = {
    **{fold(name): number for number, name in enumerate(text.MONTHS, start=1)},
    **{fold(name): number for number, name in enumerate(text.SHORT_MONTHS, start=1)},
    **{"febr": 2, "mar": 3, "sept": 9, "oct": 10},  # other abbreviations seen on lists
}
"""Month words a date may use (folded), to their number."""
WEEKDAYS: dict[str, int] = {
    **{fold(name): number for number, name in enumerate(text.WEEKDAYS)},
    **{name: number for number, name in enumerate(text.SHORT_WEEKDAYS)},
}
"""Weekday words a date may start with (folded), to ``date.weekday()``."""
_WEEKDAY_RE = re.compile(r"^([a-z]+)\.?,?\s+(?=\d)")
_ISO_RE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_TIME = r"(?:,?\s+(?:om\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*uur)?)?"
"""An optional time after a date (3-2-2021 10:15): read and left out."""
_DMY_RE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d+)" + _TIME + "$")
_TEXT_RE = re.compile(r"^(\d{1,2})\.?(?:\s*-\s*|\s+)([a-z]+)\.?(?:\s*-\s*|\s+)(\d+)" + _TIME + "$")
_MDY_HINT_RE = re.compile(r"^(?:[a-z]+\.?,?\s+)?(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}")
DATE_ORDERS = ("dmy", "mdy")
"""How a numeric date is read: day-month-year (Dutch, the default) or month-day-year."""


def parse_date(
    value: Cell, *, today: date | None = None, dates: str = "dmy", earliest: int = EARLIEST_YEAR
) -> date:
    """The date in a cell, read day-month-year (``dates="mdy"``: month first for numeric dates);
    ``Rejected`` with a Dutch reason when unreadable.

    See the module docstring for the accepted forms. Never guesses: a form that could mean two
    dates, or none, is refused.
    """
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif value is None or (isinstance(value, str) and not clean(value)):
        raise Rejected(N_("De datum ontbreekt."))
    elif isinstance(value, int | float):
        raise Rejected(
            N_(
                "In de datumkolom staat het getal {value}, geen datum. Geef de kolom in Excel de opmaak Datum."
            ),
            value=_text(value),
        )
    elif isinstance(value, time):
        raise Rejected(N_("In de datumkolom staat een tijd, geen datum."))
    else:
        day = _parse_date_text(str(value), dates=dates)
    if day.year < earliest:
        raise Rejected(N_("De datum {day} ligt te ver terug; kijk het jaartal na."), day=_dutch(day))
    if today is not None and day > today:
        raise Rejected(N_("De datum {day} ligt in de toekomst."), day=_dutch(day))
    return day


def _parse_date_text(raw: str, *, dates: str = "dmy") -> date:
    text = fold(raw)
    weekday: int | None = None
    match = _WEEKDAY_RE.match(text)
    if match and match.group(1) in WEEKDAYS:
        weekday = WEEKDAYS[match.group(1)]
        text = text[match.end() :]
    unreadable = Rejected(
        N_("'{value}' is geen datum die we kunnen lezen. Schrijf bijvoorbeeld 31-3-2026 of 31 maart 2026."),
        value=clean(raw),
    )
    if match := _ISO_RE.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DMY_RE.match(text):
        day, month, year = int(match.group(1)), int(match.group(3)), _year(match.group(4), raw)
        if dates == "mdy":
            day, month = month, day
    elif match := _TEXT_RE.match(text):
        if match.group(2) not in MONTHS:
            raise unreadable
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], _year(match.group(3), raw)
    else:
        raise unreadable
    try:
        result = date(year, month, day)
    except ValueError as error:
        raise Rejected(N_("'{value}' bestaat niet als datum."), value=clean(raw)) from error
    if weekday is not None and result.weekday() != weekday:
        raise Rejected(
            N_("'{value}' klopt niet: {day} valt op een andere dag van de week."),
            value=clean(raw),
            day=_dutch(result),
        )
    return result


def _year(digits: str, raw: str) -> int:
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        raise Rejected(
            N_("In '{value}' heeft het jaar twee cijfers; schrijf het jaar voluit (zoals 2026)."),
            value=clean(raw),
        )
    raise Rejected(N_("'{value}' is geen datum die we kunnen lezen."), value=clean(raw))


def _dutch(day: date) -> str:
    return day.strftime("%d-%m-%Y")


# ---------------------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class Problem:
    """A row that is not imported, with the Dutch reason (``template`` filled with ``params``).

    ``row`` 0 is a remark on the whole file (a warning). ``sheet`` names the worksheet when a
    workbook's sheets were read together.
    """

    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    sheet: str = ""

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True)
class PlannedVisit:
    """A row (or, one child per row, the rows of one family on one day) that would become a visit."""

    row: int
    day: date
    family: str
    """Name, or code, as shown in the preview."""
    code: str
    name: str
    new_family: bool
    children: int
    by_role: Adults
    village: str
    new_morning: bool
    family_key: tuple[str, Any] = ("", None)
    sheet: str = ""
    date_from_above: bool = False
    """The row's date cell was blank (or merged): the date of the row above in the same block."""
    child_ages: tuple[int | None, ...] = ()
    """Per child, its age in months at the visit when the list gives a birth date (None: unknown)."""

    @property
    def adults(self) -> int:
        return self.by_role.total


@dataclass(frozen=True)
class Preview:
    visits: list[PlannedVisit]
    unreadable: list[Problem]
    skipped: list[Problem]
    """Readable rows that are already in the database or twice in the file."""
    new_families: int
    new_mornings: int
    left_out: list[Problem] = field(default_factory=list)
    """Rows that are not visits: titles, repeated headers, (sub)totals, a date on its own."""
    warnings: list[Problem] = field(default_factory=list)
    """Remarks on the whole file (``row`` 0 or the row of an example): month-first dates, sheets
    not read."""
    unknown_villages: list[str] = field(default_factory=list)
    """Villages as the file writes them that match no entry of the list (map them, or add them)."""
    matched_villages: list[tuple[str, str]] = field(default_factory=list)
    """(the file's spelling, the list's village) for each village read by a looser match."""


class Choices(TypedDict):
    """What an import is planned from, as keywords that ``preview`` and ``apply`` both take: so what
    is written is planned from what the preview showed."""

    table: Table
    mapping: ColumnMapping
    location_id: int
    default_village: str
    dates: str
    village_map: dict[str, str] | None


@dataclass(frozen=True)
class ImportResult:
    visits: int
    families: int
    mornings: int
    unreadable: list[Problem]
    skipped: list[Problem]


@dataclass
class _Row:
    row: int
    day: date
    code: str
    name: str
    children: int
    by_role: Adults
    village: str
    sheet: str = ""
    date_from_above: bool = False
    child_ages: tuple[int | None, ...] = ()


def _count(cell: Cell, *, what: str, low: int, high: int) -> int:
    text = _text(cell)
    if not text:
        raise Rejected(N_("{what}: het vak is leeg."), what=what)
    if isinstance(cell, float) and not cell.is_integer():
        raise Rejected(N_("{what}: '{value}' is geen heel getal."), what=what, value=text)
    if not re.fullmatch(r"\d+", text):
        raise Rejected(N_("{what}: '{value}' is geen heel getal."), what=what, value=text)
    number = int(text)
    if not low <= number <= high:
        raise Rejected(
            N_("{what}: {value} ligt niet tussen {low} en {high}."),
            what=what,
            value=number,
            low=low,
            high=high,
        )
    return number


EXCEL_ERRORS = frozenset(
    ("#N/A", "#NAME?", "#REF!", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA")
)
"""What a cell of a formula that failed holds (an XLSX read with its values): never a name."""
FORMULA_STARTS = ("=", "+", "-", "@")
"""A name starting with one of these is formula text (=HYPERLINK(...), +cmd): never stored."""


def _read_row(
    number: int,
    cells: list[Cell],
    mapping: ColumnMapping,
    villages: _Villages,
    day: date,
    dates: str,
) -> _Row:
    def cell(index: int | None) -> Cell:
        return cells[index] if index is not None and index < len(cells) else None

    code = _text(cell(mapping.code)).upper().replace(" ", "")
    name = _text(cell(mapping.name))
    if not code and not name:
        raise Rejected(N_("Naam en code van het gezin ontbreken."))
    if name.startswith(FORMULA_STARTS):
        raise Rejected(
            N_("De naam begint met '{char}' en lijkt een formule; zo'n naam wordt niet overgenomen."),
            char=name[0],
        )
    if name.upper() in EXCEL_ERRORS:
        raise Rejected(N_("In het vak van de naam staat de Excel-foutwaarde {value}, geen naam."), value=name)
    if code and not re.fullmatch(r"[A-Z0-9]{1,8}", code):
        raise Rejected(N_("'{value}' is geen gezinscode (1 tot 8 letters of cijfers)."), value=code)
    if len(name) > rules.MAX_NAME_LENGTH:
        raise Rejected(
            N_("De naam is te lang: hoogstens {n} tekens (een voornaam is genoeg)."), n=rules.MAX_NAME_LENGTH
        )
    children = (
        _count(cell(mapping.children), what=N_("Aantal kinderen"), low=0, high=rules.MAX_CHILDREN_PER_FAMILY)
        if mapping.children is not None
        else 0
    )
    child_ages: tuple[int | None, ...] = ()
    if mapping.per_child:
        child_ages = _child(cell(mapping.child_name), cell(mapping.child_birth), day=day, dates=dates)
        children = len(child_ages)
    by_role = _roles(cell, mapping)
    village = ""
    raw_village = _text(cell(mapping.village))
    if raw_village:
        village = villages.match(raw_village) or ""
        if not village:
            raise Rejected(
                N_(
                    "De woonplaats '{value}' uit het bestand is onbekend: die staat zo niet in de lijst met woonplaatsen. Kies hierboven welke woonplaats het is, zet hem bij Instellingen in de lijst, of schrijf '{outside}' in het bestand."
                ),
                value=raw_village,
                outside=rules.OUTSIDE_VILLAGE,
            )
    return _Row(
        row=number,
        day=day,
        code=code,
        name=name,
        children=children,
        by_role=by_role,
        village=village,
        child_ages=child_ages,
    )


def _child(name: Cell, birth: Cell, *, day: date, dates: str) -> tuple[int | None, ...]:
    """The one child of a row (its age in months at ``day`` when the birth date is given), or none."""
    if _text(birth):
        born = _birth_month(birth, dates=dates)
        months = ages.months_between(birth_year=born.year, birth_month=born.month, on=day)
        if months < 0:
            raise Rejected(N_("Het kind is volgens de lijst na de datum van het bezoek geboren."))
        return (months,)
    child_name = _text(name)
    if child_name.startswith(FORMULA_STARTS):
        raise Rejected(
            N_("De naam begint met '{char}' en lijkt een formule; zo'n naam wordt niet overgenomen."),
            char=child_name[0],
        )
    return (None,) if child_name else ()


_MONTH_YEAR_RE = re.compile(r"^(?:(\d{1,2})[-/.]|([a-z]+)\.?\s+)(\d{4})$")


def _birth_month(value: Cell, *, dates: str) -> date:
    """A child's birth date, or only its month ("5-2024", "mei 2024"): the first of that month."""
    if isinstance(value, str) and (match := _MONTH_YEAR_RE.match(fold(value))):
        month = int(match.group(1)) if match.group(1) else MONTHS.get(match.group(2) or "", 0)
        if 1 <= month <= 12 and int(match.group(3)) >= 1990:
            return date(int(match.group(3)), month, 1)
    try:
        return parse_date(value, dates=dates, earliest=1990)
    except Rejected as error:
        raise Rejected(N_("Geboortedatum van het kind: {reason}"), reason=error.message) from error


class _Villages:
    """The list's villages, matched to a file's spelling: as written, by a remembered or chosen
    mapping, ignoring case, accents, hyphens, spaces and apostrophes ("Oud Beijerland"), without
    the article ("Gravendeel" for "'s-Gravendeel"), or as an abbreviation ("OBL")."""

    def __init__(self, values: Sequence[str], mapping: dict[str, str]) -> None:
        self.values = list(values)
        self.exact = {fold(value): value for value in values}
        self.mapping = {fold(key): value for key, value in mapping.items() if value in self.exact.values()}
        self.loose: dict[str, list[str]] = {}
        for value in values:
            for key in {_village_key(value), _village_key(_without_article(value))}:
                self.loose.setdefault(key, []).append(value)
        self.matched: dict[str, str] = {}
        self.unknown: dict[str, None] = {}
        self._seen: dict[str, str | None] = {}

    def match(self, raw: str) -> str | None:
        if raw in self._seen:  # a list repeats a handful of spellings many times
            found = self._seen[raw]
            if found is None:
                self.unknown.setdefault(raw)
            return found
        found = self._match(raw)
        self._seen[raw] = found
        return found

    def _match(self, raw: str) -> str | None:
        folded = fold(raw)
        found = self.exact.get(folded) or self.mapping.get(folded)
        if found is None:
            candidates = set(self.loose.get(_village_key(raw), [])) or {
                value for value in self.values if _abbreviates(raw, value)
            }
            found = next(iter(candidates)) if len(candidates) == 1 else None
            if found is not None:
                self.matched.setdefault(raw, found)
        if found is None:
            self.unknown.setdefault(raw)
        return found


def _village_key(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(value))


def _without_article(value: str) -> str:
    return re.sub(r"^['’`]?[st][- ]", "", fold(value)) if re.match(r"^['’`][st][- ]", fold(value)) else value


def _abbreviates(raw: str, value: str) -> bool:
    """True when ``raw`` (2 to 5 letters) abbreviates ``value``: it starts with the value's first
    letter, has the first letter of each of its words, in order, and only letters of the value."""
    short = fold(raw).replace(".", "")
    if not re.fullmatch(r"[a-z]{2,5}", short):
        return False
    words = [word for word in re.split(r"[^a-z]+", fold(_without_article(value))) if word]
    if len(words) < 2 and len(short) > 3:
        return False
    letters = iter("".join(words))
    if not all(char in letters for char in short):  # a subsequence
        return False
    initials = iter(short)
    return all(word[0] in initials for word in words)


VILLAGE_NAMES_KEY = "import_village_names"
"""The ``Setting`` with the villages chosen for a file's spellings, remembered for the next import."""


def remembered_villages(session: Session) -> dict[str, str]:
    """A file's spelling (folded) -> the village of the list, as chosen in earlier imports."""
    stored = session.get(Setting, VILLAGE_NAMES_KEY)
    if stored is None:
        return {}
    try:
        value = json.loads(stored.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _remember_villages(session: Session, village_map: dict[str, str]) -> None:
    """Add the user's choices to the remembered ones (in the caller's transaction)."""
    if not village_map:
        return
    known = set(list_values(session, "village"))
    merged = remembered_villages(session)
    merged.update({fold(key): value for key, value in village_map.items() if value in known and fold(key)})
    stored = session.get(Setting, VILLAGE_NAMES_KEY) or Setting(key=VILLAGE_NAMES_KEY, value="{}")
    stored.value = json.dumps(merged, ensure_ascii=False, sort_keys=True)
    session.add(stored)


def _roles(cell: Callable[[int | None], Cell], mapping: ColumnMapping) -> Adults:
    """Adults by role (mothers, fathers, grandparents, others) from the adults and role columns."""
    high = rules.MAX_ADULTS_PER_VISIT
    role_mapped = any(getattr(mapping, role) is not None for role in ROLE_FIELDS)
    split = []
    for role in ROLE_FIELDS:
        value = cell(getattr(mapping, role))
        split.append(0 if _text(value) == "" else _count(value, what=FIELD_LABELS[role], low=0, high=high))
    mothers, fathers, grandparents = split
    named = mothers + fathers + grandparents
    if mapping.adults is not None:
        total = _count(cell(mapping.adults), what=N_("Aantal volwassenen"), low=1, high=high)
        if total < named:
            raise Rejected(
                N_(
                    "Aantal volwassenen ({total}) is kleiner dan moeders, vaders en grootouders samen ({named})."
                ),
                total=total,
                named=named,
            )
    else:
        total = named if role_mapped else 1
    if total == 0:
        raise Rejected(N_("Op deze regel staat geen enkele volwassene."))
    if total > high:
        raise Rejected(N_("Hoogstens {n} volwassenen per gezin."), n=high)
    return Adults(mothers=mothers, fathers=fathers, grandparents=grandparents, others=total - named)


def preview(
    session: Session,
    *,
    table: Table,
    mapping: ColumnMapping,
    location_id: int,
    default_village: str = "",
    today: date | None = None,
    dates: str = "dmy",
    village_map: dict[str, str] | None = None,
) -> Preview:
    """What an import would do; writes nothing. See the module docstring for the rules.

    In steps: read every row (``_read_rows``), look up what the database already knows
    (``_Known``), then plan each readable row (``_Planner``). ``village_map`` maps a file's
    spelling of a village to the list's village (added to the ones remembered from earlier
    imports).
    """
    get_or_reject(session, Location, location_id, N_("Kies eerst een ontmoetingsplek."))
    if dates not in DATE_ORDERS:
        raise Rejected(N_("Kies hoe de datums geschreven zijn: dag-maand-jaar of maand-dag-jaar."))
    mapping.validate(table)
    today = today or now_local().date()
    village_list = list_values(session, "village")
    default_village = clean(default_village)
    if default_village and default_village not in village_list:
        raise Rejected(N_("Kies de woonplaats uit de lijst."))
    villages = _Villages(village_list, {**remembered_villages(session), **(village_map or {})})
    rows, unreadable, left_out = _read_rows(table, mapping, villages, today, dates)
    if mapping.per_child:
        rows = _one_visit_per_family_and_day(rows)
    planner = _Planner(_Known.look_up(session, rows, location_id=location_id), _codes_by_name(rows))
    for row in rows:
        planner.plan(row)
    unreadable = sorted([*unreadable, *planner.unreadable], key=_order(table))
    planned = planner.with_villages(default_village)
    return Preview(
        visits=planned,
        unreadable=unreadable,
        skipped=planner.skipped,
        new_families=len(planner.new_keys),
        new_mornings=len({visit.day for visit in planned if visit.new_morning}),
        left_out=left_out,
        warnings=_warnings(table, mapping, dates),
        unknown_villages=list(villages.unknown),
        matched_villages=sorted(villages.matched.items()),
    )


def _order(table: Table) -> Callable[[Problem], tuple[int, int]]:
    sheets = {name: index for index, name in enumerate(table.chosen)}
    return lambda problem: (sheets.get(problem.sheet, 0), problem.row)


_TOTAL_RE = re.compile(r"^(sub|eind|week|maand|jaar)?\s*-?\s*(totaa?l|totalen|total|som|gemiddelde?)\b")
"""A (sub)total row: "Totaal", "Subtotaal", "Totaal januari", "Eindtotaal", "Som"."""
_TOTAL_INITIALS = frozenset("sewmjgtSEWMJGT")
"""The first letters a total row's text can start with (a quick test before folding)."""


def _structure(cells: list[Cell], mapping: ColumnMapping, headers: list[str]) -> str | None:
    """Why a row is no visit ("Totaal", a title, the headers again), or None. ``headers`` folded."""
    filled = [(index, cell) for index, cell in enumerate(cells) if cell not in (None, "")]
    if any(
        isinstance(cell, str) and cell[:1] in _TOTAL_INITIALS and _TOTAL_RE.match(cell.casefold())
        for _, cell in filled
    ):
        return N_("Een totaal- of subtotaalregel; geen bezoek.")
    first_index, first = filled[0]
    if (
        len(filled) >= 2
        and isinstance(first, str)
        and first_index < len(headers)
        and fold(first) == headers[first_index]
        and all(
            isinstance(cell, str) and fold(cell) == headers[index]
            for index, cell in filled
            if index < len(headers)
        )
    ):
        return N_("De kolomkoppen nog een keer; geen bezoek.")
    person = {mapping.name, mapping.code, mapping.child_name} - {None}
    if len(filled) == 1 and filled[0][0] not in person and filled[0][0] != mapping.date:
        return N_("Een titel of losse opmerking; geen bezoek.")
    return None


def _read_rows(
    table: Table, mapping: ColumnMapping, villages: _Villages, today: date, dates: str
) -> tuple[list[_Row], list[Problem], list[Problem]]:
    """The readable rows, a problem for each unreadable one, and the rows that are no visits.

    A blank date cell takes the date of the row above within a block (a merged cell, or a date
    written only on a morning's first row); a blank row, a title, a total or a new sheet ends the
    block. A row with only a date starts a block for the rows below it.
    """
    rows: list[_Row] = []
    unreadable: list[Problem] = []
    left_out: list[Problem] = []
    starts = table.block_starts()
    date_index = mapping.date
    assert date_index is not None
    carried: date | None = None
    headers = [fold(header) for header in table.headers]
    sheet = ""
    family_above: list[Cell] | None = None
    """One row per child: the row above, whose family a row with a blank name cell shares."""
    for index, (number, cells) in enumerate(table.rows):
        if index in starts:
            carried = None
            sheet = table.sheet_of(index)
        reason = _structure(cells, mapping, headers)
        if reason is not None:
            left_out.append(Problem(number, reason, sheet=sheet))
            carried = None
            continue
        if index in starts:
            family_above = None
        raw_date = cells[date_index] if date_index < len(cells) else None
        from_above = raw_date in (None, "") and carried is not None
        try:
            if from_above:
                assert carried is not None
                day = carried
            else:
                carried = None
                day = parse_date(raw_date, today=today, dates=dates)
                carried = day
            if sum(cell not in (None, "") for cell in cells) == 1 and not from_above:
                left_out.append(
                    Problem(number, N_("Alleen een datum: die geldt voor de regels eronder."), sheet=sheet)
                )
                continue
            if from_above and family_above is not None and _family_blank(cells, mapping):
                cells = _with_family(cells, mapping, family_above)  # a merged parent cell over its children
            row = _read_row(number, cells, mapping, villages, day, dates)
        except Rejected as error:
            unreadable.append(Problem(number, error.template, error.params, sheet=sheet))
            family_above = None
            continue
        family_above = cells if mapping.per_child else None
        row.sheet = sheet
        row.date_from_above = from_above
        rows.append(row)
    return rows, unreadable, left_out


def _family_blank(cells: list[Cell], mapping: ColumnMapping) -> bool:
    """True when a row (one per child) names a child but no family: its parent cell is merged."""

    def blank(index: int | None) -> bool:
        return index is None or index >= len(cells) or cells[index] in (None, "")

    return (
        blank(mapping.name)
        and blank(mapping.code)
        and not (blank(mapping.child_name) and blank(mapping.child_birth))
    )


def _with_family(cells: list[Cell], mapping: ColumnMapping, above: list[Cell]) -> list[Cell]:
    filled = list(cells)
    for index in (mapping.name, mapping.code, mapping.village):
        if index is not None and index < len(filled) and index < len(above) and filled[index] in (None, ""):
            filled[index] = above[index]
    return filled


def _one_visit_per_family_and_day(rows: list[_Row]) -> list[_Row]:
    """One row per child -> one visit per family per day, with all its children (the first row's
    adults and village)."""
    grouped: dict[tuple[date, str, str], _Row] = {}
    for row in rows:
        key = (row.day, row.code, fold(row.name) if not row.code else "")
        first = grouped.get(key)
        if first is None:
            grouped[key] = row
            continue
        ages_so_far = first.child_ages + row.child_ages
        if len(ages_so_far) > rules.MAX_CHILDREN_PER_FAMILY:
            continue  # stays one visit with the children counted so far
        first.child_ages = ages_so_far
        first.children = len(ages_so_far)
        first.village = first.village or row.village
    return list(grouped.values())


def _warnings(table: Table, mapping: ColumnMapping, dates: str) -> list[Problem]:
    """Remarks on the whole file: the order of its dates, and the sheets that were not read."""
    warnings: list[Problem] = []
    assert mapping.date is not None
    month_first = day_first = None
    for index, (number, cells) in enumerate(table.rows):
        value = cells[mapping.date] if mapping.date < len(cells) else None
        match = _MDY_HINT_RE.match(fold(value)) if isinstance(value, str) else None
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first <= 12 < second and month_first is None:
            month_first = Problem(number, "", {"value": value}, sheet=table.sheet_of(index))
        if second <= 12 < first and day_first is None:
            day_first = Problem(number, "", {"value": value}, sheet=table.sheet_of(index))
    if month_first is not None and dates == "dmy":
        warnings.append(
            replace(
                month_first,
                template=N_(
                    "De datums lijken maand-dag-jaar geschreven (zoals '{value}'). Kies 'maand-dag-jaar' als dat zo is: dan wordt 01/05/2024 gelezen als 5 januari."
                ),
            )
        )
    if day_first is not None and dates == "mdy":
        warnings.append(
            replace(
                day_first,
                template=N_(
                    "Sommige datums lijken dag-maand-jaar geschreven (zoals '{value}'). Kijk of 'maand-dag-jaar' klopt."
                ),
            )
        )
    for sheet, reason in table.left_out:
        warnings.append(
            Problem(
                0, N_("Werkblad '{sheet}' is niet ingelezen: {reason}."), {"sheet": sheet, "reason": reason}
            )
        )
    return warnings


def _codes_by_name(rows: list[_Row]) -> dict[str, set[str]]:
    """Names that go with a code in this file, so that a row with only that name finds the family."""
    codes_by_name: dict[str, set[str]] = {}
    for row in rows:
        if row.code and row.name:
            codes_by_name.setdefault(fold(row.name), set()).add(row.code)
    return codes_by_name


FamilyKey = tuple[str, Any]
"""Which family a row means: ("id", family id), or a new one by ("code", code) or ("name", folded name)."""


@dataclass(frozen=True)
class _Known:
    """What the database already holds that an import's rows can match."""

    by_code: dict[str, Family]
    """Families with a code that the file names."""
    imported_by_name: dict[str, Family]
    """Families an earlier import at this location created, by folded name (the first one wins)."""
    mornings: dict[date, Morning]
    """The location's mornings by day."""
    visited: set[tuple[int, int]]
    """(morning id, family id) of the location's visits."""

    @classmethod
    def look_up(cls, session: Session, rows: list[_Row], *, location_id: int) -> _Known:
        codes = {row.code for row in rows if row.code}
        by_code = {
            family.code: family
            for family in (session.exec(select(Family).where(col(Family.code).in_(codes))) if codes else [])
            if family.code
        }
        imported_by_name: dict[str, Family] = {}
        for family in session.exec(
            select(Family)
            .where(Family.consent_version == IMPORT_CONSENT_VERSION, col(Family.erased_at).is_(None))
            .where(
                col(Family.id).in_(
                    select(Visit.family_id)
                    .join(Morning, col(Morning.id) == Visit.morning_id)
                    .where(Morning.location_id == location_id, col(Visit.imported))
                )
            )
            .order_by(col(Family.id))
        ):
            if family.display_name:
                imported_by_name.setdefault(fold(family.display_name), family)
        mornings = {
            morning.day: morning
            for morning in session.exec(select(Morning).where(Morning.location_id == location_id))
        }
        morning_ids = [m.id for m in mornings.values() if m.id is not None]
        visited = (
            {
                (visit.morning_id, visit.family_id)
                for visit in session.exec(select(Visit).where(col(Visit.morning_id).in_(morning_ids)))
            }
            if morning_ids
            else set()
        )
        return cls(by_code=by_code, imported_by_name=imported_by_name, mornings=mornings, visited=visited)

    def family_of(self, code: str, name: str) -> tuple[Family | None, FamilyKey]:
        """The known family a row with this code (or only this name) means, and its key."""
        if code:
            family = self.by_code.get(code)
            return family, (("id", family.id) if family else ("code", code))
        family = self.imported_by_name.get(fold(name))
        return family, (("id", family.id) if family else ("name", fold(name)))


class _Planner:
    """Plans the readable rows one by one: which family and morning, or why the row is skipped."""

    def __init__(self, known: _Known, codes_by_name: dict[str, set[str]]) -> None:
        self.known = known
        self.codes_by_name = codes_by_name
        self.planned: list[tuple[PlannedVisit, str]] = []
        """Each planned visit with the village its row names."""
        self.unreadable: list[Problem] = []
        self.skipped: list[Problem] = []
        self.seen: dict[tuple[date, FamilyKey], int] = {}
        self.new_keys: set[FamilyKey] = set()

    def plan(self, row: _Row) -> None:
        code = self._code(row)
        if code is None:
            return
        family, key = self.known.family_of(code, row.name)
        label = (family.display_name or family.code or "") if family else (row.name or code)
        morning = self.known.mornings.get(row.day)
        if self._skipped(row, key=key, label=label, family=family, morning=morning):
            return
        self.seen[(row.day, key)] = row.row
        if family is None:
            self.new_keys.add(key)
        visit = PlannedVisit(
            row=row.row,
            day=row.day,
            family=label,
            code=family.code or "" if family else code,
            name=family.display_name or "" if family else row.name,
            new_family=family is None,
            children=row.children,
            by_role=row.by_role,
            village=family.village if family else "",
            new_morning=morning is None,
            family_key=key,
            sheet=row.sheet,
            date_from_above=row.date_from_above,
            child_ages=row.child_ages,
        )
        self.planned.append((visit, row.village))

    def _code(self, row: _Row) -> str | None:
        """The row's code, or the one code its name has elsewhere in the file ('' for none); None
        (and a problem) when the name has more than one code in the file."""
        if row.code:
            return row.code
        candidates = self.codes_by_name.get(fold(row.name), set())
        if len(candidates) > 1:
            self.unreadable.append(
                Problem(
                    row.row,
                    N_("De naam '{name}' hoort in dit bestand bij meer dan een code."),
                    {"name": row.name},
                    sheet=row.sheet,
                )
            )
            return None
        return next(iter(candidates), "")

    def _skipped(
        self, row: _Row, *, key: FamilyKey, label: str, family: Family | None, morning: Morning | None
    ) -> bool:
        """True (and the reason noted) when the family already has this day in the file or a
        visit on that morning in the database."""
        earlier = self.seen.get((row.day, key))
        if earlier is not None:
            self.skipped.append(
                Problem(
                    row.row,
                    N_("{family} staat op {day} al in regel {row}."),
                    {"family": label, "day": _dutch(row.day), "row": earlier},
                    sheet=row.sheet,
                )
            )
            return True
        if family is not None and morning is not None and (morning.id, family.id) in self.known.visited:
            self.skipped.append(
                Problem(
                    row.row,
                    N_("{family} staat op {day} al bij de bezoeken; niet nog een keer overgenomen."),
                    {"family": label, "day": _dutch(row.day)},
                    sheet=row.sheet,
                )
            )
            return True
        return False

    def with_villages(self, default_village: str) -> list[PlannedVisit]:
        """The planned visits; a new family lives in the first village its rows name, else the default."""
        villages: dict[FamilyKey, str] = {}
        for visit, row_village in self.planned:
            if visit.new_family and row_village:
                villages.setdefault(visit.family_key, row_village)
        return [
            replace(visit, village=villages.get(visit.family_key, default_village))
            if visit.new_family
            else visit
            for visit, _ in self.planned
        ]


# ---------------------------------------------------------------------------------------- apply


def apply(
    session: Session,
    *,
    table: Table,
    mapping: ColumnMapping,
    location_id: int,
    default_village: str = "",
    now: datetime | None = None,
    dates: str = "dmy",
    village_map: dict[str, str] | None = None,
) -> ImportResult:
    """Import the readable rows in one transaction: everything is written, or nothing.

    The plan is made again here (not taken from an earlier preview), so that what is written
    matches the database at this moment. Families, mornings and visits are written through
    ``services.bulk``, by the same rules as at the door.
    """
    moment = now or now_local()
    plan = preview(
        session,
        table=table,
        mapping=mapping,
        location_id=location_id,
        default_village=default_village,
        today=moment.date(),
        dates=dates,
        village_map=village_map,
    )
    if not plan.visits:
        if plan.skipped:
            raise Rejected(N_("Alle bezoeken in dit bestand staan er al in. Er is niets overgenomen."))
        raise Rejected(N_("Geen enkele regel in het bestand is leesbaar. Er is niets overgenomen."))
    try:
        family_ids, new_families = _families(session, plan, moment=moment)
        mornings, new_mornings = _mornings(session, plan, location_id=location_id)
        bulk.record_visits_in_bulk(
            session,
            [
                bulk.PastVisit(
                    morning_id=mornings[visit.day].id,
                    family_id=family_ids[visit.family_key],
                    arrived_at=datetime.combine(visit.day, mornings[visit.day].start),
                    left_at=datetime.combine(visit.day, mornings[visit.day].end),
                    adults=visit.by_role,
                    children=_children(visit),
                    imported=True,
                )
                for visit in plan.visits
            ],
        )
        _remember_villages(session, village_map or {})
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return ImportResult(
        visits=len(plan.visits),
        families=new_families,
        mornings=new_mornings,
        unreadable=plan.unreadable,
        skipped=plan.skipped,
    )


_UNKNOWN_CHILD = bulk.PastChild(child_id=None, age_months=None, age_known=False)
"""A child counted on a list: no known child of the family, no known age."""


def _children(visit: PlannedVisit) -> list[bulk.PastChild]:
    """The children of a visit: with their age when the list gives a birth date."""
    aged = [
        bulk.PastChild(child_id=None, age_months=age, age_known=True) if age is not None else _UNKNOWN_CHILD
        for age in visit.child_ages
    ]
    return aged + [_UNKNOWN_CHILD] * (visit.children - len(aged))


@dataclass(frozen=True)
class _Morning:
    id: int
    start: time
    end: time


def _families(session: Session, plan: Preview, *, moment: datetime) -> tuple[dict[tuple[str, Any], int], int]:
    """The family id of each planned visit's family key, adding the new families; and how many are new."""
    family_ids: dict[tuple[str, Any], int] = {}
    new: dict[tuple[str, Any], bulk.PastFamily] = {}
    for visit in plan.visits:
        if not visit.new_family:
            family_ids[visit.family_key] = int(visit.family_key[1])
        elif visit.family_key not in new:
            new[visit.family_key] = bulk.PastFamily(
                code=visit.code or None,
                display_name=visit.name,
                village=visit.village,
                referral="",
                consent_date=None,
                consent_version=IMPORT_CONSENT_VERSION,
                created_at=moment,
            )
    reserved = {visit.code for visit in plan.visits if visit.code}
    added = bulk.add_families(session, list(new.values()), reserved=reserved)
    family_ids.update(zip(new, (family.id for family in added), strict=True))
    return family_ids, len(added)


def _mornings(session: Session, plan: Preview, *, location_id: int) -> tuple[dict[date, _Morning], int]:
    """The morning of each planned day at the location, adding the missing ones (closed); and how
    many are new."""
    mornings: dict[date, _Morning] = {}
    new: list[bulk.PastMorning] = []
    for day in dict.fromkeys(visit.day for visit in plan.visits):
        morning = morning_on(session, location_id=location_id, day=day)
        if morning is not None:
            assert morning.id is not None
            mornings[day] = _Morning(morning.id, morning.start, morning.end)
            continue
        slot = slot_on(session, location_id=location_id, day=day)
        start, end = (slot.start, slot.end) if slot else (DEFAULT_START, DEFAULT_END)
        new.append(
            bulk.PastMorning(
                location_id=location_id,
                day=day,
                start=start,
                end=end,
                hosts=0,
                host_notes=IMPORT_NOTE,
                opened_at=datetime.combine(day, start),
                closed_at=datetime.combine(day, end),
            )
        )
    for added, morning_id in zip(new, bulk.add_mornings(session, new), strict=True):
        mornings[added.day] = _Morning(morning_id, added.start, added.end)
    return mornings, len(new)
