"""Operations of the dialog "Eerdere bezoeken importeren": read a list, preview it, import it.

Reading, planning and writing all happen in ``checkin.imports``; the preview writes nothing and
the import writes every readable row in one transaction, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import imports
from checkin.imports import DATE_ORDERS as DATE_ORDERS
from checkin.imports import FIELD_LABELS as FIELD_LABELS
from checkin.imports import FIELDS as FIELDS
from checkin.imports import Choices as Choices
from checkin.imports import ColumnMapping as ColumnMapping
from checkin.imports import ImportResult as ImportResult
from checkin.imports import PlannedVisit as PlannedVisit
from checkin.imports import Preview as Preview
from checkin.imports import Problem as Problem
from checkin.imports import Table as Table
from checkin.imports import guess_mapping as guess_mapping
from checkin.services.lists import list_values
from checkin.services.locations import list_locations
from ui.operations import Operations

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class Place:
    location_id: int
    name: str


@dataclass(frozen=True)
class ImportChoices:
    """What the dialog offers: the places to import into and the villages for rows without one."""

    places: tuple[Place, ...]
    villages: tuple[str, ...]


def choices(operations: Operations) -> ImportChoices:
    """Every place by name, and the active villages in their list order, read in one session."""

    def read(session: Session) -> ImportChoices:
        places = tuple(
            Place(location_id=place.id, name=place.name)
            for place in list_locations(session)
            if place.id is not None
        )
        return ImportChoices(places=places, villages=tuple(list_values(session, "village")))

    return operations.run(read)


def read_file(
    operations: Operations, path: Path | str, *, sheet: str | None = None, sheets: Sequence[str] | None = None
) -> Table:
    """The rows of a CSV or XLSX file: every sheet with a table, or the ``sheets`` chosen
    (``Rejected`` in Dutch if it cannot be read).

    Reads no database: it takes ``operations`` only to have the shape of every operation.
    """
    del operations
    return imports.read_table(path, sheet=sheet, sheets=sheets)


def guess_columns(table: Table) -> ColumnMapping:
    """The columns guessed from the headers' meaning and the first rows' values."""
    return imports.guess_mapping(table.headers, table.rows)


def preview(
    operations: Operations,
    *,
    table: Table,
    mapping: ColumnMapping,
    location_id: int,
    default_village: str,
    dates: str = "dmy",
    village_map: dict[str, str] | None = None,
) -> Preview:
    """What importing ``table`` would write, and the rows it would not take; writes nothing."""
    return operations.run(
        lambda session: imports.preview(
            session,
            table=table,
            mapping=mapping,
            location_id=location_id,
            default_village=default_village,
            dates=dates,
            village_map=village_map,
        )
    )


def import_visits(
    operations: Operations,
    *,
    table: Table,
    mapping: ColumnMapping,
    location_id: int,
    default_village: str,
    dates: str = "dmy",
    village_map: dict[str, str] | None = None,
) -> ImportResult:
    """Write every readable row in one transaction: everything, or nothing (``Rejected`` or an error).
    The villages chosen in ``village_map`` are remembered for the next import."""
    return operations.run(
        lambda session: imports.apply(
            session,
            table=table,
            mapping=mapping,
            location_id=location_id,
            default_village=default_village,
            dates=dates,
            village_map=village_map,
        )
    )
