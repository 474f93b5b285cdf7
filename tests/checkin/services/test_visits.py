"""Checking families in and out, undoing it, who is here, and the families we miss."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import Session, col, select

from checkin.adults import Adults
from checkin.db import Database
from checkin.models import Child, Consumption, Family, Location, Morning, Visit, VisitChild
from checkin.services import drinks, families, locations, mornings, visits
from checkin.services.families import ChildInput, FamilyInput
from tests.helpers.dbdump import counts, rejected_unchanged
from tests.helpers.factories import WEDNESDAY, make_family, make_morning

TWO_KIDS = (
    ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),
    ChildInput(birth_year=2026, birth_month=3, nickname="Mo"),
)


def _id(row: Family | Morning | Visit | Location | Child) -> int:
    assert row.id is not None
    return row.id


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_a_first_check_in_brings_all_children_and_one_mother(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(
        session,
        children=(*TWO_KIDS, ChildInput(birth_year=2027, birth_month=2, expected=True)),
    )
    morning = make_morning(session, location)
    visit = visits.check_in(
        session, morning_id=_id(morning), family_id=_id(family), now=_at(WEDNESDAY, 9, 42)
    )
    with database.session() as fresh:
        stored = fresh.get(Visit, _id(visit))
        ages = sorted(
            (vc.age_months is None, vc.age_months or 0)
            for vc in fresh.exec(select(VisitChild).where(VisitChild.visit_id == _id(visit)))
        )
    assert stored is not None
    assert (stored.mothers, stored.fathers, stored.grandparents, stored.others) == (1, 0, 0, 0)
    assert stored.arrived_at == _at(WEDNESDAY, 9, 42)
    assert stored.left_at is None
    # 2024-05 -> 30 months, 2026-03 -> 8 months on 2026-11-25; the expected child is not there yet
    assert ages == [(False, 8), (False, 30)]


def test_the_next_check_in_pre_ticks_the_children_and_adults_of_the_last_visit(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session, children=TWO_KIDS)
    ela, _mo = families.children_of(session, _id(family))
    earlier = make_morning(session, location, day=WEDNESDAY - timedelta(weeks=1))
    visits.check_in(
        session,
        morning_id=_id(earlier),
        family_id=_id(family),
        child_ids=[_id(ela)],
        adults={"vader": 1, "grootouder": 1},
    )
    assert visits.last_visit_adults(session, _id(family)) == Adults(fathers=1, grandparents=1)
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    assert visits.visit_child_ids(session, _id(visit)) == [_id(ela)]
    assert visits.visit_adults(visit) == Adults(fathers=1, grandparents=1)
    assert dict(visits.visit_adults(visit)) == {"moeder": 0, "vader": 1, "grootouder": 1, "anders": 0}


def test_check_in_with_chosen_children_and_adults(session: Session, location: Location) -> None:
    family = make_family(session, children=TWO_KIDS)
    _ela, mo = families.children_of(session, _id(family))
    morning = make_morning(session, location)
    visit = visits.check_in(
        session, morning_id=_id(morning), family_id=_id(family), child_ids=[_id(mo)], adults={"anders": 2}
    )
    assert visits.visit_child_ids(session, _id(visit)) == [_id(mo)]
    assert visit.others == 2


def test_the_same_family_twice_on_one_morning_is_rejected(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session, name="Sanne")
    morning = make_morning(session, location)
    visits.check_in(session, morning_id=_id(morning), family_id=_id(family), now=_at(WEDNESDAY, 9, 50))
    with rejected_unchanged(database, "Sanne is vanochtend al ingecheckt (om 09:50)"):
        visits.check_in(session, morning_id=_id(morning), family_id=_id(family))


def test_a_check_in_into_a_closed_morning_is_rejected(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=0)
    with rejected_unchanged(database, "al afgesloten"):
        visits.check_in(session, morning_id=_id(morning), family_id=_id(family))


def test_a_check_in_of_an_unknown_family_or_morning(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    with rejected_unchanged(database, "Dit gezin bestaat niet"):
        visits.check_in(session, morning_id=_id(morning), family_id=404)
    with rejected_unchanged(database, "Deze ochtend bestaat niet"):
        visits.check_in(session, morning_id=404, family_id=_id(family))


@pytest.mark.parametrize(
    ("adults", "phrase"),
    [
        ({"tante": 1}, "Onbekende rol: tante"),
        ({"moeder": -1, "vader": 2}, "niet negatief"),
        ({}, "minstens een volwassene"),
        ({"moeder": 0}, "minstens een volwassene"),
        ({"moeder": 6, "grootouder": 5}, "Hoogstens 10 volwassenen"),
    ],
)
def test_check_in_rejects_impossible_adults(
    database: Database, session: Session, location: Location, adults: dict[str, int], phrase: str
) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    with rejected_unchanged(database, phrase):
        visits.check_in(session, morning_id=_id(morning), family_id=_id(family), adults=adults)


def test_check_in_rejects_children_of_another_family_and_doubles(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session, children=TWO_KIDS)
    other = make_family(session, name="Noor")
    (their_child,) = families.children_of(session, _id(other))
    ela, _mo = families.children_of(session, _id(family))
    morning = make_morning(session, location)
    for child_ids in ([_id(their_child)], [_id(ela), _id(ela)], [999]):
        with rejected_unchanged(database, "hoort niet bij dit gezin"):
            visits.check_in(session, morning_id=_id(morning), family_id=_id(family), child_ids=child_ids)


def _new_family(**changes: object) -> FamilyInput:
    values: dict[str, object] = {
        "display_name": "Agnieszka",
        "village": "Strijen",
        "referral": "Facebook/online",
        "children": TWO_KIDS,
        "consent": True,
    }
    values.update(changes)
    return FamilyInput(**values)  # type: ignore[arg-type]


def test_register_and_check_in(database: Database, session: Session, location: Location) -> None:
    morning = make_morning(session, location)
    visit = visits.register_and_check_in(
        session, morning_id=_id(morning), data=_new_family(), adults={"moeder": 1, "vader": 1}
    )
    found = counts(database)
    assert (found["family"], found["child"], found["visit"], found["visitchild"]) == (1, 2, 1, 2)
    assert (visit.mothers, visit.fathers) == (1, 1)


@pytest.mark.parametrize(
    ("data", "adults", "phrase"),
    [
        (_new_family(consent=False), None, "toestemmingstekst"),
        (_new_family(display_name="x" * 200), None, "te lang"),
        (_new_family(), {"moeder": 0}, "minstens een volwassene"),
    ],
)
def test_register_and_check_in_is_one_transaction(
    database: Database,
    session: Session,
    location: Location,
    data: FamilyInput,
    adults: dict[str, int] | None,
    phrase: str,
) -> None:
    morning = make_morning(session, location)
    with rejected_unchanged(database, phrase):
        visits.register_and_check_in(session, morning_id=_id(morning), data=data, adults=adults)
    # the session stays usable and holds no half-registered family
    session.commit()
    assert counts(database)["family"] == 0


def test_register_and_check_in_into_a_closed_morning(
    database: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=None)
    with rejected_unchanged(database, "al afgesloten"):
        visits.register_and_check_in(session, morning_id=_id(morning), data=_new_family())


def test_update_visit_changes_children_and_adults(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session, children=TWO_KIDS)
    ela, mo = families.children_of(session, _id(family))
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family), child_ids=[_id(ela)])
    visits.update_visit(session, visit_id=_id(visit), child_ids=[_id(mo)], adults={"vader": 2})
    with database.session() as fresh:
        stored = fresh.get(Visit, _id(visit))
        rows = fresh.exec(select(VisitChild)).all()
    assert stored is not None
    assert (stored.mothers, stored.fathers) == (0, 2)
    assert [(vc.child_id, vc.age_months) for vc in rows] == [(_id(mo), 8)]
    # only the adults: the children stay
    visits.update_visit(session, visit_id=_id(visit), adults={"moeder": 1})
    assert visits.visit_child_ids(session, _id(visit)) == [_id(mo)]
    visits.update_visit(session, visit_id=_id(visit), child_ids=[])
    assert visits.visit_child_ids(session, _id(visit)) == []


def test_update_visit_rejections(database: Database, session: Session, location: Location) -> None:
    family = make_family(session, children=TWO_KIDS)
    other = make_family(session, name="Noor")
    (their_child,) = families.children_of(session, _id(other))
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    with rejected_unchanged(database, "hoort niet bij dit gezin"):
        visits.update_visit(session, visit_id=_id(visit), child_ids=[_id(their_child)], adults={"vader": 1})
    session.rollback()
    with rejected_unchanged(database, "minstens een volwassene"):
        visits.update_visit(session, visit_id=_id(visit), adults={})
    with rejected_unchanged(database, "bestaat niet"):
        visits.update_visit(session, visit_id=999, adults={"vader": 1})
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=0)
    with rejected_unchanged(database, "al afgesloten"):
        visits.update_visit(session, visit_id=_id(visit), adults={"vader": 1})


def test_undo_check_in_removes_the_visit_its_children_and_its_drinks(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(session, children=TWO_KIDS)
    stays = make_family(session, name="Noor")
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    other = visits.check_in(session, morning_id=_id(morning), family_id=_id(stays))
    drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(visit), kind="koffie", quantity=2)
    drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(other), kind="thee")
    drinks.record_drinks(session, morning_id=_id(morning), kind="koffie")
    assert counts(database)["consumption"] == 3

    visits.undo_check_in(session, visit_id=_id(visit))

    with database.session() as fresh:
        assert [v.id for v in fresh.exec(select(Visit))] == [_id(other)]
        assert [vc.visit_id for vc in fresh.exec(select(VisitChild))] == [_id(other)]
        assert sorted((c.visit_id or 0, c.kind) for c in fresh.exec(select(Consumption))) == [
            (0, "koffie"),
            (_id(other), "thee"),
        ]
    # and the family can be checked in again
    visits.check_in(session, morning_id=_id(morning), family_id=_id(family))


def test_undo_check_in_rejections(database: Database, session: Session, location: Location) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    with rejected_unchanged(database, "bestaat niet"):
        visits.undo_check_in(session, visit_id=_id(visit) + 100)
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=0)
    with rejected_unchanged(database, "al afgesloten"):
        visits.undo_check_in(session, visit_id=_id(visit))


def test_check_out_with_mood_and_its_undo(database: Database, session: Session, location: Location) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    visits.check_out(session, visit_id=_id(visit), mood="blij", now=_at(WEDNESDAY, 11, 5))
    with database.session() as fresh:
        stored = fresh.get(Visit, _id(visit))
        assert stored is not None
        assert (stored.left_at, stored.mood) == (_at(WEDNESDAY, 11, 5), "blij")
    with rejected_unchanged(database, "al uitgecheckt"):
        visits.check_out(session, visit_id=_id(visit))
    visits.undo_check_out(session, visit_id=_id(visit))
    with database.session() as fresh:
        stored = fresh.get(Visit, _id(visit))
        assert stored is not None
        assert (stored.left_at, stored.mood) == (None, None)
    with rejected_unchanged(database, "nog niet uitgecheckt"):
        visits.undo_check_out(session, visit_id=_id(visit))
    with rejected_unchanged(database, "Onbekende keuze: boos"):
        visits.check_out(session, visit_id=_id(visit), mood="boos")
    visits.check_out(session, visit_id=_id(visit))  # without a mood
    assert visit.mood is None and visit.left_at is not None
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=0)
    with rejected_unchanged(database, "al afgesloten"):
        visits.undo_check_out(session, visit_id=_id(visit))


def test_present_list_with_totals(session: Session, location: Location) -> None:
    morning = make_morning(session, location)
    first = make_family(session, name="Sanne", children=TWO_KIDS)
    second = make_family(session, name="", children=())
    absent = make_family(session, name="Thuis")
    assert _id(absent)
    late = visits.check_in(
        session,
        morning_id=_id(morning),
        family_id=_id(second),
        adults={"vader": 1},
        now=_at(WEDNESDAY, 10, 15),
    )
    early = visits.check_in(
        session,
        morning_id=_id(morning),
        family_id=_id(first),
        adults={"moeder": 1, "grootouder": 1},
        now=_at(WEDNESDAY, 9, 35),
    )
    drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(early), kind="koffie", quantity=2)
    drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(early), kind="thee", payment="gratis")
    drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(early), kind="thee", payment="pin")
    drinks.record_drinks(
        session, morning_id=_id(morning), kind="koffie", quantity=5
    )  # anonymous: not on the list
    visits.check_out(session, visit_id=_id(late), now=_at(WEDNESDAY, 11, 0))

    rows = visits.present(session, _id(morning))
    assert [(r.visit_id, r.display_name, r.adults, r.children, r.drinks, r.owed_cents) for r in rows] == [
        (_id(early), "Sanne", 2, 2, 4, 150),
        (_id(late), "", 1, 0, 0, 0),
    ]
    assert rows[0].code == first.code
    assert rows[1].left_at == _at(WEDNESDAY, 11, 0)
    assert visits.present(session, _id(morning) + 1) == []


# --- families we miss ---------------------------------------------------------------------------

TODAY = date(2026, 11, 25)


def _visit_on(session: Session, location: Location, family: Family, days_ago: int) -> None:
    day = TODAY - timedelta(days=days_ago)
    morning = mornings.morning_on(session, location_id=_id(location), day=day) or make_morning(
        session, location, day=day
    )
    visits.check_in(session, morning_id=_id(morning), family_id=_id(family), now=_at(day, 10))


def test_families_we_miss(session: Session, location: Location) -> None:
    elsewhere = locations.create_location(session, name="Kletskoppen")
    lapsed = make_family(session, name="Lapsed")  # 3 visits, last 9 weeks ago
    for days in (63, 70, 77):
        _visit_on(session, location, lapsed, days)
    just_lapsed = make_family(session, name="Just")  # 3 visits, last 8 weeks and a day ago
    for days in (57, 64, 71):
        _visit_on(session, location, just_lapsed, days)
    on_the_edge = make_family(session, name="Edge")  # last exactly 8 weeks ago: not missed yet
    for days in (56, 63, 70):
        _visit_on(session, location, on_the_edge, days)
    twice = make_family(session, name="Twice")  # only 2 visits
    for days in (70, 77):
        _visit_on(session, location, twice, days)
    still_coming = make_family(session, name="Still")
    for days in (7, 70, 77, 84):
        _visit_on(session, location, still_coming, days)
    erased = make_family(session, name="Erased")
    for days in (70, 77, 84):
        _visit_on(session, location, erased, days)
    families.erase_family(session, family_id=_id(erased))
    other_place = make_family(session, name="Other")
    for days in (70, 77, 84):
        _visit_on(session, elsewhere, other_place, days)
    came_back_elsewhere = make_family(session, name="Mixed")  # missed here even if seen elsewhere
    for days in (70, 77, 84):
        _visit_on(session, location, came_back_elsewhere, days)
    _visit_on(session, elsewhere, came_back_elsewhere, 7)

    missed = visits.families_we_miss(session, location_id=_id(location), today=TODAY)
    assert [(m.display_name, m.visits, m.last_day) for m in missed] == [
        ("Just", 3, TODAY - timedelta(days=57)),
        ("Lapsed", 3, TODAY - timedelta(days=63)),
        ("Mixed", 3, TODAY - timedelta(days=70)),
    ]
    assert missed[0].code == just_lapsed.code
    # the other place misses its own regular, not the family that came there last week
    assert [
        m.display_name for m in visits.families_we_miss(session, location_id=_id(elsewhere), today=TODAY)
    ] == ["Other"]


def test_no_families_are_missed_in_an_empty_place(session: Session, location: Location) -> None:
    assert visits.families_we_miss(session, location_id=_id(location), today=TODAY) == []


def test_visit_ages_do_not_follow_later_edits_of_the_birth_month(
    session: Session, location: Location
) -> None:
    family = make_family(session)
    morning = make_morning(session, location)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    (child,) = families.children_of(session, _id(family))
    child.birth_year = 2025
    session.commit()
    ages = session.exec(select(VisitChild.age_months).where(col(VisitChild.visit_id) == _id(visit))).all()
    assert ages == [30]


def test_a_family_that_came_without_children_is_asked_who_came(
    database: Database, session: Session, location: Location
) -> None:
    """Copying 'no children' from the last visit would count a family with Ela as one without."""
    family = make_family(session, children=TWO_KIDS)
    ela, _mo = families.children_of(session, _id(family))
    earlier = make_morning(session, location, day=WEDNESDAY - timedelta(weeks=1))
    visits.check_in(session, morning_id=_id(earlier), family_id=_id(family), child_ids=[])
    morning = make_morning(session, location)
    assert visits.needs_who_came(session, family_id=_id(family), day=WEDNESDAY)
    with rejected_unchanged(database, "Vraag eerst welke kinderen er mee zijn"):
        visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family), child_ids=[_id(ela)])
    assert visits.visit_child_ids(session, _id(visit)) == [_id(ela)]


def test_a_family_without_children_is_not_asked(session: Session, location: Location) -> None:
    family = make_family(session, children=())
    earlier = make_morning(session, location, day=WEDNESDAY - timedelta(weeks=1))
    visits.check_in(session, morning_id=_id(earlier), family_id=_id(family))
    assert not visits.needs_who_came(session, family_id=_id(family), day=WEDNESDAY)
    visit = visits.check_in(session, morning_id=_id(make_morning(session, location)), family_id=_id(family))
    assert visits.visit_child_ids(session, _id(visit)) == []


def test_an_expected_child_is_not_present_nor_counted(
    database: Database, session: Session, location: Location
) -> None:
    family = make_family(
        session,
        children=(TWO_KIDS[0], ChildInput(birth_year=2027, birth_month=2, expected=True, nickname="Baby")),
    )
    ela, baby = families.children_of(session, _id(family))
    morning = make_morning(session, location)
    with rejected_unchanged(database, "Baby wordt nog verwacht"):
        visits.check_in(
            session, morning_id=_id(morning), family_id=_id(family), child_ids=[_id(ela), _id(baby)]
        )
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    assert visits.visit_child_ids(session, _id(visit)) == [_id(ela)]
    with rejected_unchanged(database, "Baby wordt nog verwacht"):
        visits.update_visit(session, visit_id=_id(visit), child_ids=[_id(baby)])
    assert mornings.summary(session, _id(morning)).children == 1
    [row] = visits.present(session, _id(morning))
    assert row.children == 1
