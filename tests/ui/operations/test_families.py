"""The Gezinnen screen's operations on a real SQLite file: plain data out, one transaction each."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from checkin.errors import Rejected
from checkin.models import Family, Location
from checkin.services import visits
from checkin.settings import save_settings
from tests.helpers.dbdump import rejected_unchanged
from tests.helpers.factories import WEDNESDAY, make_family, make_morning
from ui.operations import Operations, families
from ui.operations.families import ChildInput, FamilyInput


@pytest.fixture
def ozlem(session: Session, location: Location) -> Family:
    """Özlem with Ela (born May 2024), who came this Wednesday."""
    family = make_family(session, name="Özlem")
    morning = make_morning(session, location)
    visits.check_in(
        session,
        morning_id=morning.id or 0,
        family_id=family.id or 0,
        now=datetime.combine(WEDNESDAY, time(9, 40)),
    )
    return family


def _is_plain(value: object) -> bool:
    """A frozen dataclass of plain values all the way down (no ORM row, no session)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        params = getattr(type(value), "__dataclass_params__", None)
        return bool(params and params.frozen) and all(
            _is_plain(getattr(value, f.name)) for f in dataclasses.fields(value)
        )
    if isinstance(value, tuple | list):
        return all(_is_plain(item) for item in value)
    return value is None or isinstance(value, str | int | bool | datetime | type(WEDNESDAY))


def test_overview_is_plain_rows_with_ages_and_visits(operations: Operations, ozlem: Family) -> None:
    [row] = families.overview(operations, today=WEDNESDAY)
    assert _is_plain(row)
    assert (row.family_id, row.display_name, row.visits, row.last_visit) == (ozlem.id, "Özlem", 1, WEDNESDAY)
    assert [(child.nickname, child.months) for child in row.children] == [("Ela", 30)]
    assert families.search_filter("ozl")(row.search_key)


def test_for_edit_reads_the_family_and_the_lists_together(operations: Operations, ozlem: Family) -> None:
    stored = families.for_edit(operations, ozlem.id or 0)
    assert _is_plain(stored)
    assert stored.data.display_name == "Özlem" and stored.data.consent
    [child] = stored.data.children
    assert (child.nickname, child.birth_year, child.birth_month) == ("Ela", 2024, 5) and child.id
    assert "Numansdorp" in stored.villages and "flyer/poster" in stored.referrals


def test_update_saves_and_a_rejection_halfway_changes_nothing(
    operations: Operations, database, session: Session, ozlem: Family
) -> None:
    stranger = make_family(session, name="Sanne")
    [ela] = families.for_edit(operations, ozlem.id or 0).data.children
    [strangers_child] = families.for_edit(operations, stranger.id or 0).data.children
    data = FamilyInput(
        display_name="Ozlem A.",
        village="Strijen",
        referral="flyer/poster",
        # A new child is added before the service meets a child of another family.
        children=(ChildInput(birth_year=2025, birth_month=3, nickname="Can"), strangers_child),
        consent=True,
    )
    with rejected_unchanged(database, "hoort niet bij dit gezin"):
        families.update(operations, family_id=ozlem.id or 0, data=data, today=WEDNESDAY)

    saved = families.update(
        operations,
        family_id=ozlem.id or 0,
        data=dataclasses.replace(data, children=(ela, data.children[0])),
        today=WEDNESDAY,
    )
    assert saved == families.SavedFamily(
        family_id=ozlem.id or 0, code=ozlem.code or "", display_name="Ozlem A."
    )
    again = families.for_edit(operations, ozlem.id or 0).data
    assert again.village == "Strijen" and [c.nickname for c in again.children] == ["Ela", "Can"]


def test_card_pdf_holds_the_code(operations: Operations, ozlem: Family) -> None:
    data = families.card_pdf(operations, code=ozlem.code or "")
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert ozlem.code in text


def test_access_report_names_the_family_and_the_retention_period(
    operations: Operations, session: Session, ozlem: Family, tmp_path: Path
) -> None:
    save_settings(session, retention_months=9)
    out = families.save_access_report(
        operations, family_id=ozlem.id or 0, out=tmp_path / "inzage.pdf", printed_on=WEDNESDAY
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Özlem" in text and "Ela" in text and "gezinnen die 9 maanden niet meer kwamen" in text


def test_erase_keeps_the_visit_anonymous_and_the_family_is_gone_for_every_operation(
    operations: Operations, database, ozlem: Family, tmp_path: Path
) -> None:
    assert families.family_name(operations, ozlem.id or 0) == "Özlem"
    result = families.erase(operations, family_id=ozlem.id or 0)
    assert result == families.Anonymised(families=1, backups_changed=0)
    assert families.overview(operations, today=WEDNESDAY) == []
    with rejected_unchanged(database, "gewist"):
        families.family_name(operations, ozlem.id or 0)
    with rejected_unchanged(database, "gewist"):
        families.save_access_report(
            operations, family_id=ozlem.id or 0, out=tmp_path / "inzage.pdf", printed_on=WEDNESDAY
        )
    assert not (tmp_path / "inzage.pdf").exists()
    with rejected_unchanged(database, "gewist"):
        families.erase(operations, family_id=ozlem.id or 0)


def test_a_nameless_family_is_named_by_its_code(operations: Operations, session: Session) -> None:
    family = make_family(session, name="", children=())
    assert families.family_name(operations, family.id or 0) == family.code
    with pytest.raises(Rejected):
        families.family_name(operations, 999)
