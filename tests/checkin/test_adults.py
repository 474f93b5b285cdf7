"""Adults by role: one type, read by column and by Dutch role, stored and read back on real visits."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import Session, select

from checkin import rules
from checkin.adults import COLUMNS, ONE_MOTHER, Adults
from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Location, Visit
from checkin.services import visits
from tests.helpers.dbdump import rejected_unchanged
from tests.helpers.factories import make_family, make_morning


def test_the_roles_read_as_columns_and_as_dutch_roles() -> None:
    adults = Adults(mothers=1, grandparents=2)
    assert adults.total == 3
    assert adults["moeder"] == 1 and adults["grootouder"] == 2 and adults["vader"] == 0
    assert list(adults) == list(rules.ADULT_ROLES) and len(adults) == 4
    assert adults.get("anders", 9) == 0 and adults.get("oom") is None
    assert dict(adults) == {"moeder": 1, "vader": 0, "grootouder": 2, "anders": 0}
    assert adults.by_role() == dict(adults)
    assert adults.counts() == (1, 0, 2, 0)
    assert adults.columns() == {"mothers": 1, "fathers": 0, "grandparents": 2, "others": 0}
    assert adults.present_roles() == [("moeder", 1), ("grootouder", 2)]
    assert adults.labelled() == "1 moeder, 2 grootouder"
    assert Adults(others=1).labelled(str.upper) == "1 OPPAS/ANDERS"
    with pytest.raises(KeyError):
        adults["oom"]


def test_from_the_old_role_mapping_and_back() -> None:
    assert Adults.from_roles({"vader": 1, "anders": 2}) == Adults(fathers=1, others=2)
    assert Adults.from_roles({}) == Adults()
    same = Adults(mothers=2)
    assert Adults.from_roles(same) is same
    assert Adults.from_roles(same.by_role()) == same
    with pytest.raises(Rejected, match="Onbekende rol: oom"):
        Adults.from_roles({"oom": 1})


def test_equal_adults_are_equal_and_hashable() -> None:
    assert Adults(mothers=1) == ONE_MOTHER
    assert len({Adults(mothers=1), ONE_MOTHER, Adults(fathers=1)}) == 2
    assert Adults(mothers=1) != Adults(fathers=1)


@pytest.mark.parametrize(
    ("adults", "phrase"),
    [
        (Adults(), "minstens een volwassene"),
        (Adults(mothers=-1, fathers=2), "niet negatief"),
        (Adults(mothers=rules.MAX_ADULTS_PER_VISIT, others=1), f"Hoogstens {rules.MAX_ADULTS_PER_VISIT}"),
    ],
)
def test_a_visit_needs_a_possible_number_of_adults(adults: Adults, phrase: str) -> None:
    with pytest.raises(Rejected, match=phrase):
        adults.validated()


def test_the_columns_are_the_visit_columns() -> None:
    assert set(COLUMNS) <= set(Visit.model_fields)
    visit = Visit(morning_id=1, family_id=1, arrived_at=datetime(2026, 11, 25, 9, 30), mothers=2, others=1)
    assert Adults.of(visit) == Adults(mothers=2, others=1)


def test_check_in_and_update_store_adults(database: Database, session: Session, location: Location) -> None:
    first, second = make_family(session, name="Sanne"), make_family(session, name="Fleur")
    morning = make_morning(session, location)
    assert morning.id is not None and first.id is not None and second.id is not None
    one = visits.check_in(
        session, morning_id=morning.id, family_id=first.id, adults=Adults(fathers=1, grandparents=1)
    )
    two = visits.check_in(session, morning_id=morning.id, family_id=second.id, adults=Adults(others=2))
    assert one.id is not None and two.id is not None
    visits.update_visit(session, visit_id=two.id, adults=Adults(mothers=1, others=1))
    visits.update_visit(session, visit_id=one.id, adults=Adults(fathers=2))
    session.expire_all()
    stored = {v.id: Adults.of(v) for v in session.exec(select(Visit))}
    assert stored == {one.id: Adults(fathers=2), two.id: Adults(mothers=1, others=1)}
    assert visits.last_visit_adults(session, second.id) == Adults(mothers=1, others=1)
    assert visits.present(session, morning.id)[0].adults == 2
    with rejected_unchanged(database, "minstens een volwassene"):
        visits.update_visit(session, visit_id=one.id, adults=Adults())
