"""The bulk writer of families, mornings, visits and drinks (import and demo), on real SQLite files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlmodel import Session, col, select

from checkin import rules
from checkin.adults import Adults
from checkin.db import Database
from checkin.models import Child, Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services import bulk, families, visits
from checkin.services.families import ChildInput
from tests.helpers.dbdump import dump, rejected_unchanged
from tests.helpers.factories import make_family, make_morning

DAY = date(2026, 10, 7)
AT = datetime(2026, 10, 7, 9, 0)


def _family(**changes: Any) -> bulk.PastFamily:
    family = bulk.PastFamily(
        display_name="Fatma",
        village="Strijen",
        referral="flyer/poster",
        created_at=AT,
        consent_date=DAY,
        consent_version=rules.CONSENT_VERSION,
        code="K7F3",
        children=(ChildInput(birth_year=2025, birth_month=2, nickname="Elif"),),
    )
    return replace(family, **changes)


def _morning(location: Location, **changes: Any) -> bulk.PastMorning:
    assert location.id is not None
    morning = bulk.PastMorning(
        location_id=location.id,
        day=DAY,
        start=time(9, 30),
        end=time(11, 30),
        opened_at=datetime(2026, 10, 7, 9, 15),
        closed_at=datetime(2026, 10, 7, 11, 40),
        hosts=2,
        theme="Slapen",
        cash_counted_cents=150,
    )
    return replace(morning, **changes)


def _drink(**changes: Any) -> bulk.PastDrink:
    drink = bulk.PastDrink(
        kind="koffie",
        quantity=1,
        unit_price_cents=50,
        payment="contant",
        created_at=datetime(2026, 10, 7, 10),
    )
    return replace(drink, **changes)


def test_families_mornings_visits_and_drinks_are_written_and_read_back_by_the_services(
    database: Database, session: Session, location: Location
) -> None:
    (added, bare) = bulk.add_families(session, [_family(), _family(code=None, display_name="", children=())])
    assert added.code == "K7F3" and len(added.child_ids) == 1
    assert len(bare.code) == rules.CODE_LENGTH and bare.child_ids == ()
    (morning_id,) = bulk.add_mornings(session, [_morning(location)])
    (visit_id, other_id) = bulk.record_visits_in_bulk(
        session,
        [
            bulk.PastVisit(
                morning_id=morning_id,
                family_id=added.id,
                arrived_at=datetime(2026, 10, 7, 9, 40),
                left_at=datetime(2026, 10, 7, 11, 0),
                adults=Adults(mothers=1, grandparents=1),
                children=[bulk.PastChild(child_id=added.child_ids[0], age_months=20)],
                drinks=[_drink(), _drink(payment="pin", quantity=2)],
                mood="blij",
            ),
            bulk.PastVisit(
                morning_id=morning_id,
                family_id=bare.id,
                arrived_at=datetime(2026, 10, 7, 9, 30),
                left_at=datetime(2026, 10, 7, 11, 30),
                adults=Adults(others=1),
                children=[bulk.PastChild(child_id=None, age_months=None, age_known=False)] * 2,
                imported=True,
            ),
        ],
    )
    bulk.record_drinks_in_bulk(session, morning_id=morning_id, drinks=[_drink(kind="thee")])
    session.commit()
    session.expire_all()

    # What the door's services see: found by name, child and code; last visit's adults and children.
    assert [m.family_id for m in families.search_families(session, "elif")] == [added.id]
    assert [m.family_id for m in families.search_families(session, bare.code)] == [bare.id]
    assert visits.last_visit_adults(session, added.id) == Adults(mothers=1, grandparents=1)
    assert families.last_visit_child_ids(session, added.id) == list(added.child_ids)
    rows = {row.visit_id: row for row in visits.present(session, morning_id)}
    assert (rows[visit_id].adults, rows[visit_id].children, rows[visit_id].drinks) == (2, 1, 3)
    assert rows[visit_id].owed_cents == 150
    assert (rows[other_id].adults, rows[other_id].children, rows[other_id].drinks) == (1, 2, 0)
    family = session.get(Family, added.id)
    assert family is not None and family.search_key == " fatma elif k7f3 " and family.consent_date == DAY
    morning = session.get(Morning, morning_id)
    assert morning is not None and (morning.hosts, morning.theme, morning.cash_counted_cents) == (
        2,
        "Slapen",
        150,
    )
    visit = session.get(Visit, other_id)
    assert visit is not None and visit.imported and Adults.of(visit) == Adults(others=1)
    unknown = session.exec(select(VisitChild).where(VisitChild.visit_id == other_id)).all()
    assert [(c.child_id, c.age_months, c.age_known) for c in unknown] == [(None, None, False)] * 2
    anonymous = session.exec(select(Consumption).where(col(Consumption.visit_id).is_(None))).all()
    assert [(d.kind, d.morning_id) for d in anonymous] == [("thee", morning_id)]


def test_the_writer_does_not_commit(database: Database, session: Session, location: Location) -> None:
    before = dump(database)
    bulk.add_families(session, [_family()])
    bulk.add_mornings(session, [_morning(location)])
    assert dump(database) == before  # another connection sees nothing yet
    session.rollback()
    assert session.exec(select(Family)).all() == []


def test_ids_come_back_in_the_order_given(database: Database, session: Session, location: Location) -> None:
    many = [_family(code=f"C{n:04d}", display_name=f"Naam {n}") for n in range(1200)]
    added = bulk.add_families(session, many)
    names = dict(session.exec(select(Family.id, Family.display_name)).all())
    assert [names[family.id] for family in added] == [f"Naam {n}" for n in range(1200)]
    kids = dict(session.exec(select(Child.id, Child.family_id)).all())
    assert all(kids[family.child_ids[0]] == family.id for family in added)


def test_new_codes_avoid_the_codes_in_use_and_the_reserved_ones(
    database: Database, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = make_family(session)
    assert existing.code is not None
    proposals = iter([existing.code, "RSRV", "NEW1"])
    monkeypatch.setattr(bulk, "random_code", lambda: next(proposals))
    (added,) = bulk.add_families(session, [_family(code=None)], reserved={"RSRV"})
    assert added.code == "NEW1"


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"display_name": "x" * (rules.MAX_NAME_LENGTH + 1)}, "te lang"),
        ({"village": "Rotterdam"}, "woonplaats uit de lijst"),
        ({"referral": "krant"}, "gevonden heeft"),
        ({"village": ""}, "woonplaats uit de lijst"),
        ({"referral": ""}, "gevonden heeft"),
        ({"code": "k7-f3"}, "geen gezinscode"),
        ({"children": (ChildInput(birth_year=2027, birth_month=1),)}, "toekomst"),
        ({"children": (ChildInput(birth_year=2025, birth_month=13),)}, "maand van 1 tot en met 12"),
        ({"children": (ChildInput(birth_year=2025, birth_month=1),) * 13}, "Hoogstens 12 kinderen"),
    ],
)
def test_a_family_breaking_a_rule_of_registration_is_refused(
    database: Database, session: Session, changes: dict[str, Any], phrase: str
) -> None:
    with rejected_unchanged(database, phrase):
        bulk.add_families(session, [_family(code="AAAA"), _family(**changes)])
    session.rollback()


def test_a_code_in_use_or_twice_in_the_batch_is_refused(database: Database, session: Session) -> None:
    existing = make_family(session)
    with rejected_unchanged(database, "al een gezin met de code"):
        bulk.add_families(session, [_family(code=existing.code)])
    session.rollback()
    with rejected_unchanged(database, "al een gezin met de code 'K7F3'"):
        bulk.add_families(session, [_family(), _family()])
    session.rollback()


def test_a_list_family_may_lack_village_and_referral(database: Database, session: Session) -> None:
    (added,) = bulk.add_families(
        session, [_family(village="", referral="", consent_date=None, consent_version="import")]
    )
    session.commit()
    family = session.get(Family, added.id)
    assert family is not None and (family.village, family.referral, family.consent_date) == ("", "", None)


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"hosts": 21}, "tussen 0 en 20"),
        ({"theme": "x" * (rules.MAX_LIST_VALUE_LENGTH + 1)}, "thema is te lang"),
        ({"host_notes": "x" * (rules.MAX_NOTE_LENGTH + 1)}, "notities zijn te lang"),
        ({"cash_counted_cents": -50}, "tussen 0 en 10.000 euro"),
        ({"end": time(9, 0)}, "einde van de ochtend"),
        ({"location_id": 999}, "ontmoetingsplek"),
    ],
)
def test_a_morning_breaking_a_rule_is_refused(
    database: Database, session: Session, location: Location, changes: dict[str, Any], phrase: str
) -> None:
    with rejected_unchanged(database, phrase):
        bulk.add_mornings(session, [_morning(location, **changes)])
    session.rollback()


def test_a_second_morning_on_a_day_is_refused(
    database: Database, session: Session, location: Location
) -> None:
    make_morning(session, location, day=DAY)
    with rejected_unchanged(database, "al begonnen"):
        bulk.add_mornings(session, [_morning(location)])
    session.rollback()
    with rejected_unchanged(database, "al begonnen"):
        bulk.add_mornings(session, [_morning(location, day=date(2026, 10, 14))] * 2)
    session.rollback()


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"adults": Adults()}, "minstens een volwassene"),
        ({"adults": Adults(mothers=11)}, "Hoogstens 10 volwassenen"),
        ({"mood": "boos"}, "Onbekende keuze"),
        ({"left_at": datetime(2026, 10, 7, 9, 0)}, "weggaan voordat"),
        ({"morning_id": 999}, "ochtend bestaat niet"),
        ({"family_id": 999}, "gezin bestaat niet"),
        ({"children": [bulk.PastChild(child_id=999, age_months=3)]}, "hoort niet bij dit gezin"),
        ({"drinks": [_drink(kind="bier")]}, "Onbekende consumptie"),
        ({"drinks": [_drink(quantity=0)]}, "tussen 1 en"),
        ({"drinks": [_drink(payment="iDeal")]}, "Onbekende betaalwijze"),
        ({"drinks": [_drink(unit_price_cents=-1)]}, "prijs per consumptie"),
    ],
)
def test_a_visit_breaking_a_rule_is_refused(
    database: Database, session: Session, location: Location, changes: dict[str, Any], phrase: str
) -> None:
    (added,) = bulk.add_families(session, [_family()])
    (morning_id,) = bulk.add_mornings(session, [_morning(location)])
    session.commit()
    visit = bulk.PastVisit(
        morning_id=morning_id,
        family_id=added.id,
        arrived_at=datetime(2026, 10, 7, 9, 40),
        left_at=None,
        adults=Adults(mothers=1),
    )
    with rejected_unchanged(database, phrase):
        bulk.record_visits_in_bulk(session, [replace(visit, **changes)])
    session.rollback()


def test_a_visit_twice_on_a_morning_or_of_an_erased_family_is_refused(
    database: Database, session: Session, location: Location
) -> None:
    family, other = make_family(session, name="Sanne"), make_family(session, name="Fleur")
    assert family.id is not None and other.id is not None
    (morning_id,) = bulk.add_mornings(session, [_morning(location)])
    session.commit()
    visit = bulk.PastVisit(
        morning_id=morning_id, family_id=family.id, arrived_at=AT, left_at=None, adults=Adults(fathers=1)
    )
    with rejected_unchanged(database, "al bij de bezoeken"):
        bulk.record_visits_in_bulk(session, [visit, visit])
    session.rollback()
    bulk.record_visits_in_bulk(session, [visit])
    session.commit()
    with rejected_unchanged(database, "al bij de bezoeken"):
        bulk.record_visits_in_bulk(session, [visit])
    session.rollback()
    families.erase_family(session, family_id=other.id)
    with rejected_unchanged(database, "gezin bestaat niet"):
        bulk.record_visits_in_bulk(session, [replace(visit, family_id=other.id)])
    session.rollback()


def test_a_child_of_another_family_is_refused(
    database: Database, session: Session, location: Location
) -> None:
    mine, theirs = bulk.add_families(session, [_family(), _family(code="OTHR")])
    (morning_id,) = bulk.add_mornings(session, [_morning(location)])
    session.commit()
    visit = bulk.PastVisit(
        morning_id=morning_id,
        family_id=mine.id,
        arrived_at=AT,
        left_at=None,
        adults=Adults(mothers=1),
        children=[bulk.PastChild(child_id=theirs.child_ids[0], age_months=20)],
    )
    with rejected_unchanged(database, "hoort niet bij dit gezin"):
        bulk.record_visits_in_bulk(session, [visit])
    session.rollback()
