"""Each measure of docs/statistics.md on a small hand-made world whose answers are written out here."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlmodel import Session

from checkin.adults import Adults
from checkin.errors import Rejected
from checkin.models import Location, Morning, Visit, VisitChild
from checkin.services import drinks, mornings, visits
from checkin.services.families import ChildInput
from checkin.settings import save_settings
from checkin.stats.measures import build_report, count_section, half_hour, split_periods, visit_count_band
from checkin.stats.model import ALL_LOCATIONS, OTHER, TOTAL, Value
from tests.helpers.factories import make_family, make_location

OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def _morning(session: Session, location: Location, day: date, theme: str = "") -> Morning:
    assert location.id is not None
    return mornings.start_morning(
        session, location_id=location.id, day=day, theme=theme, now=datetime.combine(day, time(9, 15))
    )


def _close(session: Session, morning: Morning) -> None:
    assert morning.id is not None
    mornings.close_morning(session, morning_id=morning.id, cash_counted_cents=None)


def _visit(session: Session, morning: Morning, family_id: int, clock: time, **kwargs: object) -> Visit:
    assert morning.id is not None
    return visits.check_in(
        session,
        morning_id=morning.id,
        family_id=family_id,
        now=datetime.combine(morning.day, clock),
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def world(session: Session, location: Location) -> dict[str, int]:
    """Two places. At De Kleine Knuistjes in October 2026:

    - 7 Oct (no theme): F1 at 09:31 (mother, child 19 months), F2 at 09:59 (father and
      grandparent; child 57 months, a baby expected stays home); drinks 2 koffie contant, 1 thee pin;
      F1 leaves with a happy face.
    - 14 Oct (theme Voeding): F1 at 10:00, F3 at 10:45 (mother, child 5 months); 3 limonade gratis.
    Earlier: F1 on 2 Sep (theme Slapen); F4 on 3 Jun and 1 Jul, never again (lapsed by 31 Oct).
    At Het Speelhuis: F3 on 21 Oct.
    """
    f1 = make_family(
        session,
        name="Anna",
        village="Numansdorp",
        referral="flyer/poster",
        children=(ChildInput(birth_year=2025, birth_month=3),),
    )
    f2 = make_family(
        session,
        name="Bram",
        village="Strijen",
        referral="consultatiebureau/JGZ",
        children=(
            ChildInput(birth_year=2022, birth_month=1),
            ChildInput(birth_year=2026, birth_month=12, expected=True),
        ),
    )
    f3 = make_family(
        session,
        name="Cem",
        village="Numansdorp",
        referral="flyer/poster",
        children=(ChildInput(birth_year=2026, birth_month=5),),
    )
    f4 = make_family(
        session,
        name="Dirk",
        village="Maasdam",
        referral="anders",
        children=(ChildInput(birth_year=2025, birth_month=1),),
    )
    ids = {name: family.id for name, family in (("f1", f1), ("f2", f2), ("f3", f3), ("f4", f4))}
    assert all(ids.values())

    for day in (date(2026, 6, 3), date(2026, 7, 1)):
        m = _morning(session, location, day)
        _visit(session, m, ids["f4"], time(9, 40))
        _close(session, m)
    m = _morning(session, location, date(2026, 9, 2), theme="Slapen")
    _visit(session, m, ids["f1"], time(9, 35))
    _close(session, m)

    m = _morning(session, location, date(2026, 10, 7))
    v1 = _visit(session, m, ids["f1"], time(9, 31))
    _visit(session, m, ids["f2"], time(9, 59), adults=Adults(fathers=1, grandparents=1))
    assert m.id is not None
    drinks.record_drinks(
        session, morning_id=m.id, kind="koffie", quantity=2, payment="contant", visit_id=v1.id
    )
    drinks.record_drinks(session, morning_id=m.id, kind="thee", quantity=1, payment="pin")
    assert v1.id is not None
    visits.check_out(session, visit_id=v1.id, mood="blij", now=datetime(2026, 10, 7, 11, 0))
    _close(session, m)

    m = _morning(session, location, date(2026, 10, 14), theme="Voeding")
    _visit(session, m, ids["f1"], time(10, 0))
    _visit(session, m, ids["f3"], time(10, 45))
    assert m.id is not None
    drinks.record_drinks(session, morning_id=m.id, kind="limonade", quantity=3, payment="gratis")
    _close(session, m)

    other = make_location(session, name="Het Speelhuis")
    m = _morning(session, other, date(2026, 10, 21))
    _visit(session, m, ids["f3"], time(9, 30))
    _close(session, m)
    assert location.id is not None and other.id is not None
    return {**ids, "knuistjes": location.id, "speelhuis": other.id}  # type: ignore[dict-item]


def test_each_measure_of_one_location_in_october(session: Session, world: dict[str, int]) -> None:
    raw = count_section(
        session, location_id=world["knuistjes"], location="K", start=OCTOBER[0], end=OCTOBER[1]
    )
    counts = raw.counts
    assert counts["mornings"] == {TOTAL: 2}
    assert counts["visits"] == {TOTAL: 4}
    assert counts["families"] == {TOTAL: 3}
    assert counts["new_families"] == {TOTAL: 2}  # F2 and F3 came here for the first time
    assert counts["returning_families"] == {TOTAL: 1}  # F1 came in September
    assert counts["visits_per_family"] == {"1": 2, "2-3": 1, "4+": 0, TOTAL: 3}
    assert counts["adult_visits"] == {"moeder": 3, "vader": 1, "grootouder": 1, "anders": 0, TOTAL: 5}
    assert counts["child_visits"] == {
        "0-1": 1,
        "1-2": 2,
        "2-3": 0,
        "3-4": 0,
        "4+": 1,
        "verwacht": 0,  # F2's expected baby is not checked in: not yet born, not present
        "onbekend": 0,
        TOTAL: 4,
    }
    villages = {c: n for c, n in counts["families_by_village"].items() if n}
    assert villages == {"Numansdorp": 2, "Strijen": 1, TOTAL: 3}
    referrals = {c: n for c, n in counts["families_by_referral"].items() if n}
    assert referrals == {"consultatiebureau/JGZ": 1, "flyer/poster": 2, TOTAL: 3}
    assert counts["arrivals"] == {"09:30": 2, "10:00": 1, "10:30": 1, TOTAL: 4}
    assert counts["theme_visits"] == {"Voeding": 2, "geen thema": 2, TOTAL: 4}
    assert counts["consumptions"] == {"koffie": 2, "thee": 1, "limonade": 3, TOTAL: 6}
    assert counts["revenue_cents"] == {"contant": 100, "pin": 50, "gratis": 150, TOTAL: 300}
    assert counts["mood"] == {"blij": 1, "neutraal": 0, "niet blij": 0, "niet ingevuld": 3, TOTAL: 4}
    assert counts["lapsed_families"] == {TOTAL: 1}  # F4: twice before 5 Sep, not since
    assert counts["visits_by_morning"] == {"2026-10-07": 2, "2026-10-14": 2, TOTAL: 4}


def test_first_visit_counts_per_location_and_for_all_together(
    session: Session, world: dict[str, int]
) -> None:
    speelhuis = count_section(
        session, location_id=world["speelhuis"], location="S", start=OCTOBER[0], end=OCTOBER[1]
    )
    assert speelhuis.counts["visits"] == {TOTAL: 1}
    assert speelhuis.counts["new_families"] == {TOTAL: 1}  # new at this place, known elsewhere
    everywhere = count_section(session, location_id=None, location="A", start=OCTOBER[0], end=OCTOBER[1])
    assert everywhere.counts["visits"] == {TOTAL: 5}
    assert everywhere.counts["families"] == {TOTAL: 3}
    assert everywhere.counts["new_families"] == {TOTAL: 2}


def test_a_period_without_mornings_counts_zero(session: Session, world: dict[str, int]) -> None:
    raw = count_section(
        session, location_id=world["knuistjes"], location="K", start=date(2026, 8, 1), end=date(2026, 8, 31)
    )
    assert raw.counts["mornings"] == {TOTAL: 0}
    assert raw.counts["visits"] == {TOTAL: 0}
    assert raw.counts["families"] == {TOTAL: 0}
    assert raw.counts["visits_by_morning"] == {TOTAL: 0}


def test_imported_visits_have_unknown_arrival_and_ages(session: Session, location: Location) -> None:
    family = make_family(session)
    assert location.id is not None and family.id is not None
    morning = Morning(
        location_id=location.id,
        day=date(2026, 3, 4),
        start=time(9, 30),
        end=time(11, 30),
        opened_at=datetime(2026, 3, 4, 9, 30),
        closed_at=datetime(2026, 3, 4, 11, 30),
    )
    session.add(morning)
    session.flush()
    assert morning.id is not None
    visit = Visit(
        morning_id=morning.id,
        family_id=family.id,
        arrived_at=datetime(2026, 3, 4, 9, 30),
        mothers=1,
        imported=True,
    )
    session.add(visit)
    session.flush()
    assert visit.id is not None
    session.add(VisitChild(visit_id=visit.id, age_months=None, age_known=False))
    session.commit()
    raw = count_section(
        session, location_id=location.id, location="K", start=date(2026, 3, 1), end=date(2026, 3, 31)
    )
    assert raw.counts["arrivals"] == {"onbekend": 1, TOTAL: 1}
    assert raw.counts["child_visits"]["onbekend"] == 1


def test_report_applies_the_rules_and_adds_all_locations(session: Session, world: dict[str, int]) -> None:
    report = build_report(session, start=OCTOBER[0], end=OCTOBER[1], k=3)
    assert report.k == 3
    assert report.locations == ["De Kleine Knuistjes", "Het Speelhuis"]
    assert [s.location for s in report] == ["De Kleine Knuistjes", "Het Speelhuis", ALL_LOCATIONS]
    knuistjes, speelhuis, together = report.sections
    assert knuistjes.value("visits") == Value.exact(4)
    assert knuistjes.value("families") == Value.exact(3)
    assert knuistjes.value("mornings") == Value.exact(2)
    # new 2, returning 1: both below 3, so both are left out (either follows from the other)
    assert knuistjes.value("new_families") is None
    assert knuistjes.value("returning_families") is None
    # Numansdorp 2 and Strijen 1 are both small: only "overig" (3) and the zeros remain
    villages = {f.category: f.value for f in knuistjes.breakdown("families_by_village") if f.value.n}
    assert villages == {OTHER: Value.exact(3)}
    assert speelhuis.value("visits") == Value.suppressed()
    assert together.value("visits") == Value.lower(5)  # 4 + at least 1
    assert together.value("mornings") == Value.exact(3)  # mornings are never suppressed
    assert together.value("consumptions") == Value.exact(6)


def test_report_of_one_location_split_by_month(session: Session, world: dict[str, int]) -> None:
    report = build_report(
        session,
        start=date(2026, 9, 1),
        end=date(2026, 10, 31),
        by="month",
        location_id=world["knuistjes"],
        k=3,
    )
    assert [(s.period_start, s.period_end) for s in report] == [
        (date(2026, 9, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 10, 31)),
    ]
    september, october = report.sections
    assert september.value("visits") == Value.suppressed()  # one visit
    assert october.value("visits") == Value.exact(4)


def test_k_comes_from_the_settings_and_is_never_below_three(session: Session, world: dict[str, int]) -> None:
    assert build_report(session, start=OCTOBER[0], end=OCTOBER[1]).k == 5
    save_settings(session, min_count=4)
    assert build_report(session, start=OCTOBER[0], end=OCTOBER[1]).k == 4
    with pytest.raises(Rejected, match="niet lager zijn dan 3"):
        build_report(session, start=OCTOBER[0], end=OCTOBER[1], k=2)


def test_bad_ranges_are_rejected_in_dutch(session: Session, world: dict[str, int]) -> None:
    with pytest.raises(Rejected, match="einddatum ligt voor de begindatum"):
        build_report(session, start=OCTOBER[1], end=OCTOBER[0])
    with pytest.raises(Rejected, match="bestaat niet"):
        build_report(session, start=OCTOBER[0], end=OCTOBER[1], location_id=999)
    with pytest.raises(Rejected, match="indeling"):
        split_periods(OCTOBER[0], OCTOBER[1], "week")


def test_split_periods_follows_the_calendar() -> None:
    assert split_periods(date(2026, 2, 15), date(2026, 8, 10), "quarter") == [
        (date(2026, 2, 15), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 8, 10)),
    ]
    assert split_periods(date(2025, 12, 1), date(2026, 1, 31), "month") == [
        (date(2025, 12, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 31)),
    ]
    assert split_periods(date(2025, 6, 1), date(2026, 6, 1), "year") == [
        (date(2025, 6, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 6, 1)),
    ]
    assert split_periods(date(2026, 1, 1), date(2026, 1, 1), None) == [(date(2026, 1, 1), date(2026, 1, 1))]


@pytest.mark.parametrize(
    ("clock", "band"), [("09:00", "09:00"), ("09:29", "09:00"), ("09:30", "09:30"), ("11:59", "11:30")]
)
def test_half_hour(clock: str, band: str) -> None:
    assert half_hour(clock) == band


@pytest.mark.parametrize(("n", "band"), [(1, "1"), (2, "2-3"), (3, "2-3"), (4, "4+"), (30, "4+")])
def test_visit_count_band(n: int, band: str) -> None:
    assert visit_count_band(n) == band
