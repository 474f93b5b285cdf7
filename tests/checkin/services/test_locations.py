"""Locations and their weekly schedule."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import Session, select

from checkin.db import Database
from checkin.models import Location, ScheduleSlot
from checkin.services import locations
from checkin.services.locations import Slot
from tests.helpers.dbdump import rejected_unchanged


def test_create_with_a_schedule(database: Database, session: Session) -> None:
    place = locations.create_location(
        session,
        name="  Het   Speelnest ",
        address=" Dorpshuis, Kerkstraat 4 ",
        village="'s-Gravendeel",
        slots=[
            Slot(weekday=3, start=time(9, 30), end=time(11, 30)),
            Slot(weekday=0, start=time(13), end=time(15)),
        ],
        price_cents=0,
        capacity=500,
        web_url=" https://example.nl/speelnest ",
    )
    with database.session() as fresh:
        stored = fresh.get(Location, place.id)
        slots = fresh.exec(select(ScheduleSlot)).all()
    assert stored is not None
    assert (stored.name, stored.address, stored.price_cents, stored.capacity, stored.web_url) == (
        "Het Speelnest",
        "Dorpshuis, Kerkstraat 4",
        0,
        500,
        "https://example.nl/speelnest",
    )
    assert len(slots) == 2
    assert locations.schedule(session, place.id or 0) == [
        Slot(weekday=0, start=time(13), end=time(15)),
        Slot(weekday=3, start=time(9, 30), end=time(11, 30)),
    ]
    assert locations.slot_on(session, location_id=place.id or 0, day=date(2026, 11, 26)) == Slot(
        weekday=3, start=time(9, 30), end=time(11, 30)
    )
    assert locations.slot_on(session, location_id=place.id or 0, day=date(2026, 11, 25)) is None


def test_list_locations_by_name(session: Session) -> None:
    locations.create_location(session, name="Zonnetje")
    locations.create_location(session, name="Appeltje")
    assert [p.name for p in locations.list_locations(session)] == ["Appeltje", "Zonnetje"]


@pytest.mark.parametrize(
    ("arguments", "phrase"),
    [
        ({"name": ""}, "Vul de naam van de ontmoetingsplek in"),
        ({"name": "   "}, "Vul de naam van de ontmoetingsplek in"),
        ({"name": "x" * 81}, "te lang (hoogstens 80 tekens)"),
        ({"name": "x" * 200}, "te lang"),
        ({"name": "De Kleine Knuistjes"}, "Er is al een ontmoetingsplek met de naam"),
        ({"name": "B", "price_cents": -1}, "prijs per drankje"),
        ({"name": "B", "price_cents": 1001}, "prijs per drankje"),
        ({"name": "B", "capacity": 0}, "aantal plaatsen"),
        ({"name": "B", "capacity": 501}, "aantal plaatsen"),
        ({"name": "B", "slots": [Slot(weekday=2, start=time(11), end=time(9))]}, "eindigen na het begin"),
        ({"name": "B", "slots": [Slot(weekday=2, start=time(11), end=time(11))]}, "eindigen na het begin"),
        ({"name": "B", "slots": [Slot(weekday=7, start=time(9), end=time(11))]}, "openingstijd"),
        ({"name": "B", "web_url": "ftp://example.nl"}, "geen geldig webadres"),
        ({"name": "B", "web_url": "https://localhost"}, "geen geldig webadres"),
        ({"name": "B", "web_url": "www.example.nl"}, "geen geldig webadres"),
        ({"name": "B", "web_url": "https://exa mple.nl"}, "geen geldig webadres"),
    ],
)
def test_create_rejects_bad_input(
    database: Database, session: Session, location: Location, arguments: dict[str, object], phrase: str
) -> None:
    with rejected_unchanged(database, phrase):
        locations.create_location(session, **arguments)  # type: ignore[arg-type]


def test_validate_url() -> None:
    assert locations.validate_url("") == ""
    assert locations.validate_url(" http://a.nl/x?y=1 ") == "http://a.nl/x?y=1"


def test_update_place_renames_and_sets_the_openings(
    database: Database, session: Session, location: Location
) -> None:
    from datetime import time as clock

    from checkin.services.locations import schedule, update_place
    from tests.helpers.factories import make_location

    assert location.id is not None
    make_location(session, name="Het Speelhuis")
    with rejected_unchanged(database, "al een ontmoetingsplek"):
        update_place(session, location_id=location.id, name="Het Speelhuis", slots=[])
    with rejected_unchanged(database, "maar een keer"):
        update_place(
            session,
            location_id=location.id,
            name="De Knuistjes",
            slots=[Slot(1, clock(9), clock(11)), Slot(1, clock(13), clock(15))],
        )
    with rejected_unchanged(database, "eindigen na het begin"):
        update_place(
            session, location_id=location.id, name="De Knuistjes", slots=[Slot(1, clock(11), clock(9))]
        )
    update_place(
        session, location_id=location.id, name="  De Knuistjes ", slots=[Slot(4, clock(13), clock(15, 30))]
    )
    with database.session() as fresh:
        stored = fresh.get(Location, location.id)
        assert stored is not None and stored.name == "De Knuistjes"
        assert schedule(fresh, location.id) == [Slot(4, clock(13), clock(15, 30))]
