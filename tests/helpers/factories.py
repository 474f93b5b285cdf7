"""Small factories for test data, written through the real services into a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Session

from checkin.models import Family, Location, Morning
from checkin.services import families, locations, mornings
from checkin.services.families import ChildInput, FamilyInput

WEDNESDAY = date(2026, 11, 25)


def make_location(session: Session, *, name: str = "De Kleine Knuistjes") -> Location:
    return locations.create_location(
        session,
        name=name,
        address="IKC De Dubbeldekker, Buttervliet 2",
        village="Numansdorp",
        slots=[locations.Slot(weekday=2, start=time(9, 30), end=time(11, 30))],
        web_url="https://hoekschewaard.alsvillage.nl/ontmoetingsplekken",
    )


def make_morning(session: Session, location: Location, *, day: date = WEDNESDAY) -> Morning:
    assert location.id is not None
    return mornings.start_morning(
        session, location_id=location.id, day=day, now=datetime.combine(day, time(9, 15))
    )


def make_family(
    session: Session,
    *,
    name: str = "Özlem",
    village: str = "Numansdorp",
    referral: str = "flyer/poster",
    children: tuple[ChildInput, ...] = (ChildInput(birth_year=2024, birth_month=5, nickname="Ela"),),
    today: date = WEDNESDAY,
) -> Family:
    return families.register_family(
        session,
        data=FamilyInput(
            display_name=name, village=village, referral=referral, children=children, consent=True
        ),
        today=today,
        now=datetime.combine(today, time(9, 0)),
    )
