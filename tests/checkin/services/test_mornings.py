"""Starting, theming, closing and reopening a morning, and its summary."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import Session, select

from checkin.db import Database
from checkin.errors import Rejected
from checkin.models import Activity, Location, Morning, Visit
from checkin.services import drinks, locations, mornings, visits
from tests.helpers.dbdump import counts, rejected_unchanged
from tests.helpers.factories import WEDNESDAY, make_family, make_morning

THURSDAY = WEDNESDAY + timedelta(days=1)


def _location_id(location: Location) -> int:
    assert location.id is not None
    return location.id


def _morning_id(morning: Morning) -> int:
    assert morning.id is not None
    return morning.id


def test_start_takes_the_hours_from_the_weekly_schedule(session: Session) -> None:
    place = locations.create_location(
        session,
        name="Kletskoppen",
        slots=[locations.Slot(weekday=WEDNESDAY.weekday(), start=time(9, 0), end=time(11, 15))],
    )
    morning = mornings.start_morning(session, location_id=_location_id(place), day=WEDNESDAY)
    assert (morning.start, morning.end) == (time(9, 0), time(11, 15))
    assert morning.closed_at is None
    assert morning.theme == ""
    assert morning.activity_id is None


def test_start_on_a_day_without_schedule_uses_the_default_hours(session: Session, location: Location) -> None:
    morning = mornings.start_morning(session, location_id=_location_id(location), day=THURSDAY)
    assert (morning.start, morning.end) == (mornings.DEFAULT_START, mornings.DEFAULT_END)


def test_start_takes_the_theme_from_the_activity_of_that_day(session: Session, location: Location) -> None:
    other_day = Activity(
        location_id=_location_id(location), day=THURSDAY, title="Peutergym", theme="Peutergym"
    )
    activity = Activity(
        location_id=_location_id(location), day=WEDNESDAY, title="Voorlezen", theme="Kinderboekenweek"
    )
    session.add_all([other_day, activity])
    session.commit()
    morning = make_morning(session, location)
    assert morning.theme == "Kinderboekenweek"
    assert morning.activity_id == activity.id


def test_an_activity_without_theme_gives_its_title(session: Session, location: Location) -> None:
    session.add(Activity(location_id=_location_id(location), day=WEDNESDAY, title="Sinterklaas"))
    session.commit()
    assert make_morning(session, location).theme == "Sinterklaas"


def test_a_theme_given_at_the_start_wins_over_the_programme(session: Session, location: Location) -> None:
    session.add(Activity(location_id=_location_id(location), day=WEDNESDAY, title="x", theme="Slapen"))
    session.commit()
    morning = mornings.start_morning(
        session, location_id=_location_id(location), day=WEDNESDAY, theme="  Voeding  ", hosts=3
    )
    assert morning.theme == "Voeding"
    assert morning.hosts == 3


def test_start_is_stored(database: Database, session: Session, location: Location) -> None:
    make_morning(session, location)
    with database.session() as fresh:
        stored = fresh.exec(select(Morning)).one()
    assert stored.day == WEDNESDAY
    assert stored.opened_at == datetime.combine(WEDNESDAY, time(9, 15))


def test_start_rejects_an_unknown_location(database: Database, session: Session) -> None:
    with rejected_unchanged(database, "Kies eerst een ontmoetingsplek"):
        mornings.start_morning(session, location_id=999, day=WEDNESDAY)


def test_start_twice_is_rejected(database: Database, session: Session, location: Location) -> None:
    make_morning(session, location)
    with rejected_unchanged(database, "al begonnen"):
        make_morning(session, location)


def test_start_of_a_closed_morning_is_rejected(
    database: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    mornings.close_morning(session, morning_id=_morning_id(morning), cash_counted_cents=0)
    with rejected_unchanged(database, "al afgesloten"):
        make_morning(session, location)


@pytest.mark.parametrize("hosts", [-1, 21])
def test_start_rejects_an_impossible_number_of_hosts(
    database: Database, session: Session, location: Location, hosts: int
) -> None:
    with rejected_unchanged(database, "gastvrouwen en gastheren"):
        mornings.start_morning(session, location_id=_location_id(location), day=WEDNESDAY, hosts=hosts)


def test_start_rejects_a_theme_that_is_too_long(
    database: Database, session: Session, location: Location
) -> None:
    with rejected_unchanged(database, "thema is te lang"):
        mornings.start_morning(session, location_id=_location_id(location), day=WEDNESDAY, theme="x" * 61)


def test_set_theme(database: Database, session: Session, location: Location) -> None:
    morning = make_morning(session, location)
    mornings.set_theme(session, morning_id=_morning_id(morning), theme=" Muziek  en zingen ")
    with database.session() as fresh:
        assert fresh.exec(select(Morning.theme)).one() == "Muziek en zingen"
    with rejected_unchanged(database, "thema is te lang"):
        mornings.set_theme(session, morning_id=_morning_id(morning), theme="y" * 61)
    with rejected_unchanged(database, "bestaat niet"):
        mornings.set_theme(session, morning_id=12345, theme="Slapen")


def test_close_with_summary_counts_only_cash_as_expected_cash(
    database: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    morning_id = _morning_id(morning)
    first = make_family(session, name="Sanne")
    second = make_family(session, name="Bart", children=())
    assert first.id is not None and second.id is not None
    arrival = datetime.combine(WEDNESDAY, time(9, 40))
    visit1 = visits.check_in(session, morning_id=morning_id, family_id=first.id, now=arrival)
    visit2 = visits.check_in(
        session, morning_id=morning_id, family_id=second.id, adults={"vader": 1, "grootouder": 2}, now=arrival
    )
    visits.check_out(session, visit_id=visit2.id or 0, now=arrival + timedelta(minutes=30))
    drinks.record_drinks(session, morning_id=morning_id, visit_id=visit1.id, kind="koffie", quantity=2)
    drinks.record_drinks(session, morning_id=morning_id, visit_id=visit1.id, kind="thee", payment="pin")
    drinks.record_drinks(
        session, morning_id=morning_id, visit_id=visit2.id, kind="limonade", quantity=3, payment="gratis"
    )
    drinks.record_drinks(session, morning_id=morning_id, kind="koffie")  # a passer-by, cash

    closing = datetime.combine(WEDNESDAY, time(11, 40))
    result = mornings.close_morning(
        session, morning_id=morning_id, cash_counted_cents=200, host_notes="  Rustig.  ", hosts=2, now=closing
    )
    assert result.visits == 2
    assert result.new_families == 2
    assert result.adults == 1 + 3
    assert result.children == 1
    assert result.drinks == 2 + 1 + 3 + 1
    assert result.expected_cash_cents == (2 + 1) * 50
    assert result.pin_cents == 50
    assert result.cash_counted_cents == 200
    assert result.cash_difference_cents == 50

    with database.session() as fresh:
        stored = fresh.get(Morning, morning_id)
        assert stored is not None
        assert stored.closed_at == closing
        assert stored.cash_counted_cents == 200
        assert stored.host_notes == "Rustig."
        assert stored.hosts == 2
        left = {v.id: v.left_at for v in fresh.exec(select(Visit))}
    # who was still there is checked out at the close; who left earlier keeps their time
    assert left == {visit1.id: closing, visit2.id: arrival + timedelta(minutes=30)}


def test_summary_counts_only_first_visits_as_new(session: Session, location: Location) -> None:
    family = make_family(session)
    assert family.id is not None
    earlier = make_morning(session, location, day=WEDNESDAY - timedelta(weeks=1))
    visits.check_in(session, morning_id=_morning_id(earlier), family_id=family.id)
    newcomer = make_family(session, name="Noor")
    assert newcomer.id is not None
    today = make_morning(session, location)
    visits.check_in(session, morning_id=_morning_id(today), family_id=family.id)
    visits.check_in(session, morning_id=_morning_id(today), family_id=newcomer.id)
    result = mornings.summary(session, _morning_id(today))
    assert (result.visits, result.new_families) == (2, 1)
    assert result.cash_counted_cents is None
    assert result.cash_difference_cents is None


def test_close_without_a_cash_count(session: Session, location: Location) -> None:
    morning = make_morning(session, location)
    result = mornings.close_morning(session, morning_id=_morning_id(morning), cash_counted_cents=None)
    assert result.cash_difference_cents is None
    assert result.visits == 0


def test_closing_a_closed_morning_is_rejected(
    database: Database, session: Session, location: Location
) -> None:
    morning = make_morning(session, location)
    mornings.close_morning(session, morning_id=_morning_id(morning), cash_counted_cents=150, host_notes="a")
    with rejected_unchanged(database, "al afgesloten"):
        mornings.close_morning(session, morning_id=_morning_id(morning), cash_counted_cents=0, host_notes="b")


@pytest.mark.parametrize(
    ("arguments", "phrase"),
    [
        ({"cash_counted_cents": -1}, "getelde bedrag"),
        ({"cash_counted_cents": 1_000_001}, "getelde bedrag"),
        ({"cash_counted_cents": 0, "host_notes": "x" * 4001}, "notities zijn te lang"),
        ({"cash_counted_cents": 0, "hosts": 21}, "gastvrouwen en gastheren"),
    ],
)
def test_close_rejects_bad_input(
    database: Database, session: Session, location: Location, arguments: dict[str, object], phrase: str
) -> None:
    morning = make_morning(session, location)
    family = make_family(session)
    visits.check_in(session, morning_id=_morning_id(morning), family_id=family.id or 0)
    with rejected_unchanged(database, phrase):
        mornings.close_morning(session, morning_id=_morning_id(morning), **arguments)  # type: ignore[arg-type]


def test_close_an_unknown_morning(database: Database, session: Session) -> None:
    with rejected_unchanged(database, "bestaat niet"):
        mornings.close_morning(session, morning_id=77, cash_counted_cents=0)


def test_reopen_keeps_the_counted_cash(database: Database, session: Session, location: Location) -> None:
    morning = make_morning(session, location)
    mornings.close_morning(session, morning_id=_morning_id(morning), cash_counted_cents=350)
    mornings.reopen_morning(session, morning_id=_morning_id(morning))
    with database.session() as fresh:
        stored = fresh.get(Morning, _morning_id(morning))
        assert stored is not None
        assert stored.closed_at is None
        assert stored.cash_counted_cents == 350
    # open again: families can check in
    family = make_family(session)
    visits.check_in(session, morning_id=_morning_id(morning), family_id=family.id or 0)
    assert counts(database)["visit"] == 1


def test_reopen_an_open_morning_is_rejected(database: Database, session: Session, location: Location) -> None:
    morning = make_morning(session, location)
    with rejected_unchanged(database, "nog open"):
        mornings.reopen_morning(session, morning_id=_morning_id(morning))


def test_morning_on_and_count_families(session: Session, location: Location) -> None:
    assert mornings.morning_on(session, location_id=_location_id(location), day=WEDNESDAY) is None
    morning = make_morning(session, location)
    assert mornings.morning_on(session, location_id=_location_id(location), day=WEDNESDAY) == morning
    assert mornings.morning_on(session, location_id=_location_id(location), day=date(2026, 12, 2)) is None
    assert mornings.count_families(session) == 0
    make_family(session)
    assert mornings.count_families(session) == 1


def test_the_float_is_remembered_and_not_counted_as_takings(session: Session, location: Location) -> None:
    """A box with EUR 20 float and EUR 1 of coffee counted at EUR 20,50 is EUR 0,50 short."""
    morning = make_morning(session, location)
    assert morning.id is not None
    drinks.record_drinks(
        session,
        morning_id=morning.id,
        kind="koffie",
        quantity=2,
        payment="contant",
        visit_id=None,
        now=datetime.combine(WEDNESDAY, time(10)),
    )
    assert mornings.summary(session, morning.id).float_cents == 0
    closed = mornings.close_morning(
        session, morning_id=morning.id, cash_counted_cents=2050, cash_float_cents=2000
    )
    assert (closed.expected_cash_cents, closed.float_cents, closed.cash_difference_cents) == (100, 2000, -50)
    session.refresh(location)
    assert location.cash_float_cents == 2000  # remembered for the next morning
    nxt = make_morning(session, location, day=WEDNESDAY + timedelta(weeks=1))
    assert nxt.id is not None
    assert mornings.summary(session, nxt.id).float_cents == 2000
    again = mornings.close_morning(session, morning_id=nxt.id, cash_counted_cents=2000)
    assert again.float_cents == 2000 and again.cash_difference_cents == 0
    assert (
        mornings.summary(session, morning.id).cash_difference_cents == -50
    )  # a closed morning keeps its own
    third = make_morning(session, location, day=WEDNESDAY + timedelta(weeks=2))
    assert third.id is not None
    with pytest.raises(Rejected, match="wisselgeld"):
        mornings.close_morning(session, morning_id=third.id, cash_counted_cents=0, cash_float_cents=-1)
