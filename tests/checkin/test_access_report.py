"""The "Inzage" PDF: everything stored about one family, readable and complete."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.access_report import family_record, write_access_report
from checkin.errors import Rejected
from checkin.services import drinks, families, visits
from checkin.services.families import ChildInput
from tests.helpers.factories import WEDNESDAY, make_family, make_morning


def test_report_holds_everything_stored(session, location, tmp_path: Path) -> None:
    family = make_family(
        session,
        name="Özlem",
        children=(
            ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
            ChildInput(birth_year=2027, birth_month=2, expected=True),
        ),
    )
    morning = make_morning(session, location)
    visit = visits.check_in(
        session,
        morning_id=morning.id,
        family_id=family.id,
        adults={"moeder": 1, "vader": 1},
        now=datetime.combine(WEDNESDAY, time(9, 40)),
    )
    drinks.record_drinks(session, morning_id=morning.id, kind="koffie", quantity=2, visit_id=visit.id)
    record = family_record(session, family_id=family.id)
    assert len(record.visits) == 1 and record.visits[0].drinks == 2 and record.visits[0].children == 2
    out = write_access_report(
        record, out=tmp_path / "inzage.pdf", printed_on=date(2026, 11, 25), invariant=True
    )
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in (
        "Özlem",
        family.code,
        "Numansdorp",
        "flyer/poster",
        "mei 2024",
        "Ela",
        "verwacht februari 2027",
        "25-11-2026",
        "De Kleine Knuistjes",
        "09:40",
        "1 moeder, 1 vader",
        "2026-1",
        "toestemming",
    ):
        assert expected in text, expected
    again = write_access_report(
        record, out=tmp_path / "again.pdf", printed_on=date(2026, 11, 25), invariant=True
    )
    assert again.read_bytes() == out.read_bytes()


def test_no_report_for_an_erased_family(session, location, tmp_path: Path) -> None:
    family = make_family(session)
    families.erase_family(session, family_id=family.id)
    with pytest.raises(Rejected):
        family_record(session, family_id=family.id)


def test_unwritable_target_leaves_nothing(session, location, tmp_path: Path) -> None:
    record = family_record(session, family_id=make_family(session).id)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Rejected):
        write_access_report(record, out=blocker / "inzage.pdf", printed_on=date(2026, 11, 25))
