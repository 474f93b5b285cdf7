"""Import of earlier records: past visits from a paper or Excel list, read from CSV or XLSX.

The flow is read -> map -> preview -> apply:

- ``read_table`` reads a CSV (delimiter ``;``, ``,`` or tab, or Excel's ``sep=`` line; UTF-8, UTF-8
  with BOM or cp1252) or an XLSX sheet into plain rows. The column headers are on the first row
  with at least two filled cells (a title line above them is skipped).
- ``ColumnMapping`` says which column holds the date, the family name or code, the number of
  children, the number of adults and the village; ``guess_mapping`` proposes one from Dutch
  headers.
- ``preview`` says, without writing anything, which rows would become visits and which rows are
  unreadable (with the row number and a Dutch reason), and which are already in the database.
- ``apply`` writes all readable rows in one transaction, or nothing.

Rules (documented here, once):

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

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from checkin import rules, text
from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.i18n import N_
from checkin.models import Family, Location, Morning, Visit
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


@dataclass(frozen=True)
class Table:
    """The rows of a file: headers, and data rows with their row numbers in the file (1-based)."""

    headers: list[str]
    rows: list[tuple[int, list[Cell]]]
    sheets: list[str] = field(default_factory=list)
    """For XLSX: the names of all sheets (the one read is ``sheet``)."""
    sheet: str = ""


def read_table(path: Path | str, *, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file into a ``Table``; ``Rejected`` with a Dutch message if that fails."""
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
        data = path.read_bytes()
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
    if not data.strip():
        raise Rejected(N_("Het bestand {name} is leeg."), name=path.name)
    table = _read_xlsx(data, name=path.name, sheet=sheet) if suffix in XLSX_SUFFIXES else _read_csv(data)
    if not table.headers:
        raise Rejected(N_("Het bestand {name} is leeg."), name=path.name)
    if not table.rows:
        raise Rejected(
            N_("Het bestand {name} heeft kolomkoppen, maar geen regels daaronder."), name=path.name
        )
    if len(table.rows) > MAX_ROWS:
        raise Rejected(N_("Het bestand heeft meer dan {n} regels; splits het op."), n=MAX_ROWS)
    return table


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_csv(data: bytes) -> Table:
    text = _decode(data)
    if "\x00" in text:
        raise Rejected(N_("Dit bestand is geen tekstbestand (CSV)."))
    lines = [line for line in text.splitlines() if line.strip()][:20]
    hint = re.fullmatch(r'"?sep=(.)"?', lines[0].strip()) if lines else None  # Excel writes "sep=;"
    if hint:
        delimiter = hint.group(1)
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = max(";,\t", key=lambda d: sum(line.count(d) for line in lines))
    rows = _table_rows(list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)))
    if hint:
        rows = [(number + 1, cells) for number, cells in rows]
    return _to_table(rows)


def _read_xlsx(data: bytes, *, name: str, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # loaded only when an XLSX is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise Rejected(
            N_("{name} kan niet worden gelezen als Excel-bestand (.xlsx). Is het beschadigd?"), name=name
        ) from error
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise Rejected(N_("Het werkblad '{sheet}' staat niet in {name}."), sheet=sheet, name=name)
        # Without a chosen sheet: the first one with rows under its headers (a list often starts
        # with a sheet of explanation).
        for chosen in [sheet] if sheet is not None else names:
            rows = [list(values) for values in workbook[chosen].iter_rows(values_only=True)]
            table = _to_table(_table_rows(rows))
            if table.rows:
                break
        else:
            chosen = sheet if sheet is not None else names[0]
            table = _to_table(_table_rows([list(v) for v in workbook[chosen].iter_rows(values_only=True)]))
    finally:
        workbook.close()
    return Table(headers=table.headers, rows=table.rows, sheets=names, sheet=chosen)


def _table_rows(rows: Sequence[Sequence[Any]]) -> list[tuple[int, list[Cell]]]:
    """Non-blank rows with their 1-based row numbers; text cells trimmed."""
    result = []
    for number, row in enumerate(rows, start=1):
        cells: list[Cell] = [clean(cell) if isinstance(cell, str) else cell for cell in row]
        if any(cell not in (None, "") for cell in cells):
            result.append((number, cells))
    return result


def _to_table(rows: list[tuple[int, list[Cell]]]) -> Table:
    # The headers are on the first row with two or more filled cells: a title above them is skipped.
    start = next((i for i, (_, cells) in enumerate(rows) if sum(c not in (None, "") for c in cells) >= 2), 0)
    rows = rows[start:]
    if not rows:
        return Table(headers=[], rows=[])
    _, header_cells = rows[0]
    width = max(len(cells) for _, cells in rows)
    headers = [_text(cell) for cell in header_cells] + [""] * (width - len(header_cells))
    while headers and not headers[-1] and all(_blank_at(cells, len(headers) - 1) for _, cells in rows):
        headers.pop()  # trailing empty columns (Excel often reports a few)
    headers = [header or N_("Kolom {n}").format(n=i + 1) for i, header in enumerate(headers)]
    body = [(number, (cells + [None] * len(headers))[: len(headers)]) for number, cells in rows[1:]]
    return Table(headers=headers, rows=body)


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

FIELDS = ("date", "name", "code", "children", "adults", "mothers", "fathers", "grandparents", "village")
ROLE_FIELDS = ("mothers", "fathers", "grandparents")
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
}
# In this order: a header with words of two fields goes to the first ("Voornaam ouder" is a name).
_HEADER_WORDS = {
    "date": ("datum", "dag", "date", "ochtend"),
    "code": ("code", "gezinscode", "kaart", "kaartnummer", "kaartcode"),
    "children": ("kinderen", "kind", "kids", "kinders", "aantal kinderen", "children"),
    "mothers": ("moeders", "moeder", "mama", "mamas", "moe"),
    "fathers": ("vaders", "vader", "papa", "papas"),
    "grandparents": ("grootouders", "grootouder", "opa", "oma", "opas", "omas"),
    "name": ("naam", "gezin", "voornaam", "roepnaam", "bijnaam", "name", "familie"),
    "adults": ("volwassenen", "volwassene", "ouders", "ouder", "volw", "begeleiders", "adults"),
    "village": ("woonplaats", "kern", "dorp", "plaats", "village"),
}


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

    def validate(self, table: Table) -> None:
        if self.date is None:
            raise Rejected(N_("Kies de kolom met de datum."))
        if self.name is None and self.code is None:
            raise Rejected(N_("Kies de kolom met de naam of de code van het gezin."))
        used = [index for index in (getattr(self, name) for name in FIELDS) if index is not None]
        if any(not 0 <= index < len(table.headers) for index in used):
            raise Rejected(N_("Een gekozen kolom staat niet in het bestand."))
        if len(set(used)) != len(used):
            raise Rejected(N_("Elke kolom kan maar voor een ding gekozen worden."))


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """A mapping from Dutch (or English) column headers such as 'datum', 'naam', 'kinderen'."""
    found: dict[str, int] = {}
    folded = [fold(header) for header in headers]
    for exact in (True, False):
        for name, words in _HEADER_WORDS.items():
            if name in found:
                continue
            for index, header in enumerate(folded):
                if index in found.values():
                    continue
                tokens = set(re.split(r"[^a-z0-9]+", header))
                if (header in words) if exact else any(word in tokens for word in words):
                    found[name] = index
                    break
    return ColumnMapping(**found)


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
_DMY_RE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d+)$")
_TEXT_RE = re.compile(r"^(\d{1,2})\.?(?:\s*-\s*|\s+)([a-z]+)\.?(?:\s*-\s*|\s+)(\d+)$")


def parse_date(value: Cell, *, today: date | None = None) -> date:
    """The date in a cell, read day-month-year; ``Rejected`` with a Dutch reason when unreadable.

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
        day = _parse_date_text(str(value))
    if day.year < EARLIEST_YEAR:
        raise Rejected(N_("De datum {day} ligt te ver terug; kijk het jaartal na."), day=_dutch(day))
    if today is not None and day > today:
        raise Rejected(N_("De datum {day} ligt in de toekomst."), day=_dutch(day))
    return day


def _parse_date_text(raw: str) -> date:
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
    """A row that is not imported, with the Dutch reason (``template`` filled with ``params``)."""

    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True)
class PlannedVisit:
    """A row that would become a visit, with what it means."""

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

    @property
    def adults(self) -> int:
        return self.by_role.total

    @property
    def roles(self) -> tuple[int, int, int, int]:
        """The adults as (mothers, fathers, grandparents, others): for the import dialog until it
        reads ``by_role``."""
        return self.by_role.counts()


@dataclass(frozen=True)
class Preview:
    visits: list[PlannedVisit]
    unreadable: list[Problem]
    skipped: list[Problem]
    """Readable rows that are already in the database or twice in the file."""
    new_families: int
    new_mornings: int


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


def _read_row(
    number: int,
    cells: list[Cell],
    mapping: ColumnMapping,
    villages: dict[str, str],
    today: date,
) -> _Row:
    def cell(index: int | None) -> Cell:
        return cells[index] if index is not None and index < len(cells) else None

    day = parse_date(cell(mapping.date), today=today)
    code = _text(cell(mapping.code)).upper().replace(" ", "")
    name = _text(cell(mapping.name))
    if not code and not name:
        raise Rejected(N_("Naam en code van het gezin ontbreken."))
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
    by_role = _roles(cell, mapping)
    village = ""
    raw_village = _text(cell(mapping.village))
    if raw_village:
        village = villages.get(fold(raw_village), "")
        if not village:
            raise Rejected(
                N_(
                    "De woonplaats '{value}' staat niet in de lijst met woonplaatsen. Zet hem bij Instellingen in de lijst, of schrijf '{outside}' in het bestand."
                ),
                value=raw_village,
                outside=rules.OUTSIDE_VILLAGE,
            )
    return _Row(
        row=number, day=day, code=code, name=name, children=children, by_role=by_role, village=village
    )


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
) -> Preview:
    """What an import would do; writes nothing. See the module docstring for the rules.

    In steps: read every row (``_read_rows``), look up what the database already knows
    (``_Known``), then plan each readable row (``_Planner``).
    """
    get_or_reject(session, Location, location_id, N_("Kies eerst een ontmoetingsplek."))
    mapping.validate(table)
    today = today or now_local().date()
    village_list = list_values(session, "village")
    default_village = clean(default_village)
    if default_village and default_village not in village_list:
        raise Rejected(N_("Kies de woonplaats uit de lijst."))
    villages = {fold(value): value for value in village_list}
    rows, unreadable = _read_rows(table, mapping, villages, today)
    planner = _Planner(_Known.look_up(session, rows, location_id=location_id), _codes_by_name(rows))
    for row in rows:
        planner.plan(row)
    unreadable = sorted([*unreadable, *planner.unreadable], key=lambda problem: problem.row)
    planned = planner.with_villages(default_village)
    return Preview(
        visits=planned,
        unreadable=unreadable,
        skipped=planner.skipped,
        new_families=len(planner.new_keys),
        new_mornings=len({visit.day for visit in planned if visit.new_morning}),
    )


def _read_rows(
    table: Table, mapping: ColumnMapping, villages: dict[str, str], today: date
) -> tuple[list[_Row], list[Problem]]:
    """The readable rows, and a problem for each unreadable one."""
    rows: list[_Row] = []
    unreadable: list[Problem] = []
    for number, cells in table.rows:
        try:
            rows.append(_read_row(number, cells, mapping, villages, today))
        except Rejected as error:
            unreadable.append(Problem(number, error.template, error.params))
    return rows, unreadable


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
                )
            )
            return True
        if family is not None and morning is not None and (morning.id, family.id) in self.known.visited:
            self.skipped.append(
                Problem(
                    row.row,
                    N_("{family} staat op {day} al bij de bezoeken; niet nog een keer overgenomen."),
                    {"family": label, "day": _dutch(row.day)},
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
                    children=[_UNKNOWN_CHILD] * visit.children,
                    imported=True,
                )
                for visit in plan.visits
            ],
        )
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
