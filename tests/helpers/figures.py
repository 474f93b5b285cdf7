"""Data for the figures' tests, written through the real services into a real SQLite file.

``seed_place`` makes one location with mornings, families, visits, drinks and moods, full of
things that must never reach an export (names, a family code, nicknames, a host note, an odd
arrival time) and of list entries a coordinator might type that a spreadsheet would run as a
formula.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from checkin.models import Location
from checkin.services import drinks, lists, mornings, visits
from checkin.services.families import ChildInput, FamilyInput, register_family
from tests.helpers.factories import make_location

SECRETS = ("Zeldzaamvoornaam", "K7F3", "Kindbijnaam", "GEHEIM", "10:17", "Geheimstraat", "2023-07")
"""Strings in the seeded data that no export may contain."""

DANGEROUS = {
    "village": '=HYPERLINK("http://x.invalid","klik")',
    "referral": "+31 6 12345678",
    "consumption": "-x",
    "theme": "@x",
}
"""List entries that begin like a formula (the tab, CR and LF cases are in the unit tests: the
lists trim white space, so they cannot come from the database)."""

FIRST_DAY = date(2026, 3, 4)  # a Wednesday


def seed_place(
    session: Session,
    *,
    name: str = "De Kleine Knuistjes",
    families: int = 6,
    weeks: int = 3,
    first_day: date = FIRST_DAY,
    dangerous: bool = True,
) -> Location:
    """One location whose ``families`` families (village and referral from ``DANGEROUS``) come
    every Wednesday for ``weeks`` weeks from ``first_day``, with drinks, a theme and a host note."""
    location = make_location(session, name=name)
    assert location.id is not None
    if dangerous:
        for kind, value in DANGEROUS.items():
            if value not in lists.list_values(session, kind):
                lists.add_list_value(session, kind=kind, value=value)
    village = DANGEROUS["village"] if dangerous else "Numansdorp"
    referral = DANGEROUS["referral"] if dangerous else "flyer/poster"
    family_ids = []
    for number in range(families):
        family = register_family(
            session,
            data=FamilyInput(
                display_name="Zeldzaamvoornaam" if number == 0 else f"Ouder {name[:3]} {number}",
                village=village,
                referral=referral,
                children=(ChildInput(birth_year=2023, birth_month=7, nickname="Kindbijnaam"),),
                consent=True,
            ),
            today=first_day,
            now=datetime.combine(first_day, time(9, 0)),
            code="K7F3" if number == 0 and name == "De Kleine Knuistjes" else None,
        )
        assert family.id is not None
        family_ids.append(family.id)
    for week in range(weeks):
        day = first_day + timedelta(weeks=week)
        morning = mornings.start_morning(
            session,
            location_id=location.id,
            day=day,
            theme=DANGEROUS["theme"] if dangerous else "Voorlezen",
            now=datetime.combine(day, time(9, 15)),
        )
        assert morning.id is not None
        for index, family_id in enumerate(family_ids):
            arrival = time(10, 17) if index == 0 else time(9, 30 + index)
            visit = visits.check_in(
                session, morning_id=morning.id, family_id=family_id, now=datetime.combine(day, arrival)
            )
            assert visit.id is not None
            drinks.record_drinks(
                session,
                morning_id=morning.id,
                kind=DANGEROUS["consumption"] if dangerous else "koffie",
                visit_id=visit.id,
                now=datetime.combine(day, arrival),
            )
            visits.check_out(session, visit_id=visit.id, mood="blij", now=datetime.combine(day, time(11, 0)))
        mornings.close_morning(
            session,
            morning_id=morning.id,
            cash_counted_cents=0,
            host_notes="GEHEIM: Zeldzaamvoornaam woont in de Geheimstraat",
            now=datetime.combine(day, time(11, 45)),
        )
    return location
