"""The import dialog's operations on a real SQLite file: the preview writes nothing, the import all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session

from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Location
from tests.helpers.dbdump import counts, rejected_unchanged
from tests.helpers.factories import make_location
from ui.operations import Operations, imports

LINES = [
    "Datum;Gezin;Kinderen;Volwassenen;Woonplaats",
    "4-3-2026;Sanne;2;1;Numansdorp",
    "4 maart 2026;Fatima;1;2;Strijen",
    "11/3/2026;Sanne;1;1;",
    "31-2-2026;Bram;1;1;",
]


def test_choices_are_the_places_by_name_and_the_villages(
    operations: Operations, session: Session, location: Location
) -> None:
    other = make_location(session, name="Boefjes")
    found = imports.choices(operations)
    assert found.places == (
        imports.Place(location_id=other.id or 0, name="Boefjes"),
        imports.Place(location_id=location.id or 0, name="De Kleine Knuistjes"),
    )
    assert "Numansdorp" in found.villages and "Strijen" in found.villages


def test_preview_writes_nothing_and_the_import_writes_everything_once(
    operations: Operations, database: Database, location: Location, tmp_path: Path
) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    table = imports.read_file(operations, path)
    mapping = imports.guess_mapping(table.headers)
    place = location.id or 0
    before = counts(database.path)
    plan = imports.preview(operations, table=table, mapping=mapping, location_id=place, default_village="")
    assert counts(database.path) == before
    assert [visit.row for visit in plan.visits] == [2, 3, 4]
    assert [problem.row for problem in plan.unreadable] == [5]
    assert (plan.new_families, plan.new_mornings) == (2, 2)

    result = imports.import_visits(
        operations, table=table, mapping=mapping, location_id=place, default_village=""
    )
    assert (result.visits, result.families, result.mornings) == (3, 2, 2)
    after = counts(database.path)
    assert (after["visit"] - before["visit"], after["family"] - before["family"]) == (3, 2)

    with rejected_unchanged(database, "staan er al in"):
        imports.import_visits(operations, table=table, mapping=mapping, location_id=place, default_village="")
    with rejected_unchanged(database, "ontmoetingsplek"):
        imports.preview(operations, table=table, mapping=mapping, location_id=999, default_village="")


def test_an_unreadable_file_is_refused_in_dutch(operations: Operations, tmp_path: Path) -> None:
    flyer = tmp_path / "flyer.pdf"
    flyer.write_bytes(b"%PDF-1.4")
    with pytest.raises(Rejected, match="geen CSV- of XLSX-bestand"):
        imports.read_file(operations, flyer)
