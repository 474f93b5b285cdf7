"""Recording drinks on a visit or anonymously, the guard against typing errors, and the undo."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from checkin import rules
from checkin.db import Database
from checkin.models import Consumption, Location, Morning
from checkin.services import drinks, locations, mornings, visits
from tests.helpers.dbdump import counts, rejected_unchanged
from tests.helpers.factories import WEDNESDAY, make_family, make_morning


def _id(row: object) -> int:
    value = getattr(row, "id", None)
    assert isinstance(value, int)
    return value


@pytest.fixture
def morning(session: Session, location: Location) -> Morning:
    return make_morning(session, location)


def test_drinks_on_a_visit_at_the_price_of_the_moment(
    database: Database, session: Session, morning: Morning
) -> None:
    location = session.get(Location, morning.location_id)
    assert location is not None
    family = make_family(session)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))
    first = drinks.record_drinks(
        session,
        morning_id=_id(morning),
        visit_id=_id(visit),
        kind="limonade",
        quantity=3,
        payment="pin",
        now=datetime.combine(WEDNESDAY, time(10)),
    )
    location.price_cents = 75
    session.commit()
    second = drinks.record_drinks(session, morning_id=_id(morning), kind="koffie")
    with database.session() as fresh:
        stored = {c.id: c for c in fresh.exec(select(Consumption))}
    one, two = stored[first.id], stored[second.id]
    assert (one.visit_id, one.kind, one.quantity, one.unit_price_cents, one.payment) == (
        _id(visit),
        "limonade",
        3,
        50,
        "pin",
    )
    assert one.created_at == datetime.combine(WEDNESDAY, time(10))
    assert one.amount_cents == 150
    assert (two.visit_id, two.unit_price_cents, two.payment, two.amount_cents) == (None, 75, "contant", 75)


def test_free_drinks_count_zero(session: Session, morning: Morning) -> None:
    given_away = drinks.record_drinks(
        session, morning_id=_id(morning), kind="thee", quantity=4, payment="gratis"
    )
    assert given_away.amount_cents == 0


@pytest.mark.parametrize("quantity", [1, rules.MAX_QUANTITY_PER_ACTION])
def test_the_smallest_and_largest_quantity(
    database: Database, session: Session, morning: Morning, quantity: int
) -> None:
    drinks.record_drinks(session, morning_id=_id(morning), kind="koffie", quantity=quantity)
    with database.session() as fresh:
        assert fresh.exec(select(Consumption.quantity)).all() == [quantity]


@pytest.mark.parametrize("quantity", [-1, 0, 21, 10**9, -(10**9), True, False, "2", 2.0, None])
def test_impossible_quantities_are_rejected(
    database: Database, session: Session, morning: Morning, quantity: object
) -> None:
    with rejected_unchanged(database, "Het aantal moet tussen 1 en 20 liggen"):
        drinks.record_drinks(session, morning_id=_id(morning), kind="koffie", quantity=quantity)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quantity=st.integers())
def test_any_whole_number_is_either_recorded_or_rejected_without_a_trace(
    database: Database, session: Session, morning: Morning, quantity: int
) -> None:
    before = counts(database)["consumption"]
    if 1 <= quantity <= rules.MAX_QUANTITY_PER_ACTION:
        drinks.record_drinks(session, morning_id=_id(morning), kind="thee", quantity=quantity)
        assert counts(database)["consumption"] == before + 1
    else:
        with rejected_unchanged(database, "tussen 1 en 20"):
            drinks.record_drinks(session, morning_id=_id(morning), kind="thee", quantity=quantity)


@pytest.mark.parametrize(
    ("arguments", "phrase"),
    [
        ({"kind": "bier"}, "Onbekende consumptie: 'bier'"),
        ({"kind": ""}, "Onbekende consumptie"),
        ({"kind": "koffie", "payment": "bitcoin"}, "Onbekende betaalwijze: bitcoin"),
        ({"kind": "koffie", "visit_id": 999}, "bestaat niet"),
    ],
)
def test_record_rejects_bad_input(
    database: Database, session: Session, morning: Morning, arguments: dict[str, object], phrase: str
) -> None:
    with rejected_unchanged(database, phrase):
        drinks.record_drinks(session, morning_id=_id(morning), **arguments)  # type: ignore[arg-type]


def test_a_consumption_kind_switched_off_is_refused(
    database: Database, session: Session, morning: Morning
) -> None:
    from checkin.models import ListItem

    item = session.exec(
        select(ListItem).where(ListItem.kind == "consumption", ListItem.value == "limonade")
    ).one()
    item.active = False
    session.commit()
    with rejected_unchanged(database, "Onbekende consumptie"):
        drinks.record_drinks(session, morning_id=_id(morning), kind="limonade")


def test_drinks_on_a_visit_of_another_morning_are_rejected(
    database: Database, session: Session, location: Location, morning: Morning
) -> None:
    family = make_family(session)
    other = mornings.start_morning(session, location_id=_id(location), day=WEDNESDAY.replace(day=26))
    visit = visits.check_in(session, morning_id=_id(other), family_id=_id(family))
    with rejected_unchanged(database, "niet op deze ochtend ingecheckt"):
        drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(visit), kind="koffie")


def test_drinks_on_a_closed_or_unknown_morning_are_rejected(
    database: Database, session: Session, morning: Morning
) -> None:
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=0)
    with rejected_unchanged(database, "al afgesloten"):
        drinks.record_drinks(session, morning_id=_id(morning), kind="koffie")
    with rejected_unchanged(database, "bestaat niet"):
        drinks.record_drinks(session, morning_id=4040, kind="koffie")


def test_undo_drinks(database: Database, session: Session, morning: Morning) -> None:
    keep = drinks.record_drinks(session, morning_id=_id(morning), kind="koffie")
    undo = drinks.record_drinks(session, morning_id=_id(morning), kind="thee")
    drinks.undo_drinks(session, consumption_id=_id(undo))
    with database.session() as fresh:
        assert fresh.exec(select(Consumption.id)).all() == [keep.id]
    with rejected_unchanged(database, "bestaat niet"):
        drinks.undo_drinks(session, consumption_id=_id(undo))
    mornings.close_morning(session, morning_id=_id(morning), cash_counted_cents=50)
    with rejected_unchanged(database, "al afgesloten"):
        drinks.undo_drinks(session, consumption_id=_id(keep))


def test_drinks_of_morning_newest_first_per_visit_or_anonymous(session: Session, morning: Morning) -> None:
    family = make_family(session)
    visit = visits.check_in(session, morning_id=_id(morning), family_id=_id(family))

    def at(minute: int) -> datetime:
        return datetime.combine(WEDNESDAY, time(10, minute))

    a = drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(visit), kind="koffie", now=at(1))
    b = drinks.record_drinks(session, morning_id=_id(morning), visit_id=_id(visit), kind="thee", now=at(5))
    c = drinks.record_drinks(session, morning_id=_id(morning), kind="koffie", now=at(3))
    assert [
        d.id for d in drinks.drinks_of_morning(session, morning_id=_id(morning), visit_id=_id(visit))
    ] == [
        b.id,
        a.id,
    ]
    assert [d.id for d in drinks.drinks_of_morning(session, morning_id=_id(morning))] == [c.id]


def test_price_of_the_location_is_validated_at_creation(database: Database, session: Session) -> None:
    with rejected_unchanged(database, "prijs per consumptie"):
        locations.create_location(session, name="Duur", price_cents=rules.MAX_PRICE_CENTS + 1)
