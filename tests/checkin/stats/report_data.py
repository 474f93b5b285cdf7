"""Reports for the export tests: one counted from a real database, one made by hand.

The database holds the things no export may show (a rare first name, a child's nickname, a host
note) and villages a coordinator typed that look like spreadsheet formulas.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from checkin.models import Location
from checkin.services import drinks, lists, mornings, visits
from checkin.services.families import ChildInput
from checkin.stats.measures import build_report
from checkin.stats.model import ALL_LOCATIONS, TOTAL, Figure, Report, Section, Value
from tests.helpers.factories import WEDNESDAY, make_family, make_morning

SECRETS = ("Zeldzaamvoornaam", "Kleinduimpje", "GEHEIM-NOTITIE")
FORMULA_VILLAGES = ('=HYPERLINK("x")', "+31", "-x", "@x")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
START, END = date(2026, 11, 1), date(2026, 11, 30)


def fill(session: Session, location: Location) -> None:
    """Two mornings: 20 families, five from each of four villages that look like formulas; 16 come back."""
    for village in FORMULA_VILLAGES:
        lists.add_list_value(session, kind="village", value=village)
    villages = [village for village in FORMULA_VILLAGES for _ in range(5)]
    families = [
        make_family(
            session,
            name=SECRETS[0] if index == 0 else f"Ouder {index}",
            village=village,
            children=(ChildInput(birth_year=2025, birth_month=3, nickname=SECRETS[1]),),
        )
        for index, village in enumerate(villages)
    ]
    for week, day in enumerate((WEDNESDAY - timedelta(weeks=1), WEDNESDAY)):
        morning = make_morning(session, location, day=day)
        assert morning.id is not None
        for index, family in enumerate(families[: len(families) - 4 * week]):
            assert family.id is not None
            arrived = datetime.combine(day, time(9, 30)) + timedelta(minutes=3 * index)
            visit = visits.check_in(session, morning_id=morning.id, family_id=family.id, now=arrived)
            visits.check_out(session, visit_id=visit.id, mood="blij", now=arrived + timedelta(hours=1))
            drinks.record_drinks(
                session, morning_id=morning.id, kind="koffie", visit_id=visit.id, now=arrived
            )
        mornings.close_morning(
            session,
            morning_id=morning.id,
            cash_counted_cents=None,
            host_notes=f"{SECRETS[2]}: {SECRETS[0]} vertelde iets",
            now=datetime.combine(day, time(11, 45)),
        )


def counted(session: Session, location: Location, *, by: str | None = None, start: date = START) -> Report:
    fill(session, location)
    return build_report(session, start=start, end=END, by=by, k=5)


def hand_made() -> Report:
    """Two locations and their sum, with suppressed values, lower bounds and a tab in a category."""

    def section(location: str, cells: list[tuple[str, str, Value]]) -> Section:
        return Section(location, START, END, [Figure(m, c, v) for m, c, v in cells])

    exact, small, lower = Value.exact, Value.suppressed(), Value.lower
    first = section(
        "Plek Een",
        [
            ("mornings", TOTAL, exact(4)),
            ("visits", TOTAL, exact(40)),
            ("families", TOTAL, exact(12)),
            ("new_families", TOTAL, exact(9)),
            ("returning_families", TOTAL, exact(3)),
            ("adult_visits", "vader", small),
            ("adult_visits", "moeder", exact(37)),
            ("adult_visits", TOTAL, exact(41)),
            ("families_by_village", "\tTabdorp", exact(6)),
            ("families_by_village", "overig", exact(6)),
            ("families_by_village", TOTAL, exact(12)),
            ("revenue_cents", "contant", exact(1250)),
            ("revenue_cents", TOTAL, exact(1250)),
        ],
    )
    second = section(
        "Plek Twee",
        [
            ("mornings", TOTAL, exact(2)),
            ("visits", TOTAL, small),
            ("families", TOTAL, small),
            ("theme_visits", TOTAL, small),
        ],
    )
    both = section(
        ALL_LOCATIONS,
        [
            ("mornings", TOTAL, exact(6)),
            ("visits", TOTAL, lower(41)),
            ("families", TOTAL, lower(13)),
            ("adult_visits", "moeder", lower(37)),
            ("adult_visits", TOTAL, lower(42)),
        ],
    )
    return Report(
        k=5,
        period_start=START,
        period_end=END,
        locations=["Plek Een", "Plek Twee"],
        sections=[first, second, both],
        merged_from=["plek-een.json", "plek-twee.json"],
    )
